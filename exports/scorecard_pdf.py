"""One person's year on A4 (个人年度积分考核卡): who they are, the twelve months as ranked,
and every entry behind those months, grouped by month.

Months not yet begun, or in which the person was not on strength (before hire, after
leaving), stay blank. Entries are listed in every status, so that the person can see what
was rejected or voided as well as what counted; only approved ones count.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.scorecard import MonthLine, PersonYear, YearEntry, person_year
from exports.grade_history_pdf import grade_history_section
from exports.pdf_common import (
    HEADER_FILL,
    RULE,
    Column,
    PageFrame,
    Styles,
    build_pdf,
    content_width,
    data_table,
    fit_widths,
    fitted_cell,
    make_styles,
    month_name,
    points,
    register_fonts,
    star_label,
    stars_text,
    title_paragraph,
)
from glossary import EventStatus, Grade, Star

_t = tr_context("scorecard")


def write_scorecard(
    session: Session,
    user: User,
    staff_no: str,
    year: int,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Write the person's scorecard for the year to ``path`` (PDF) and return it.

    Months after ``issued_on`` are not yet reached. Raises NotFound for an unknown staff
    number and PermissionDenied for a person outside a squad leader's units.
    """
    card = person_year(session, user, staff_no, year, today=issued_on)
    fonts = register_fonts()
    styles = make_styles(fonts)
    p = card.person
    title = _t("Annual points scorecard {year}").format(year=year)
    width = content_width()
    story: list[Flowable] = [
        styles.para(bureau_name, styles.subtitle),
        title_paragraph(title, styles.title, fonts, width=width),
        _details(styles, card, width),
        styles.para(_t("Monthly results"), styles.heading),
        *_months(styles, card, width),
        *grade_history_section(styles, card.grade_history, width),
        styles.para(_t("Entries"), styles.heading),
        *_entries(styles, card, width),
    ]
    frame = PageFrame(
        issuer=bureau_name,
        issued_on=issued_on,
        running_title=_t("{name} ({staff_no}): {title}").format(
            name=p.name, staff_no=p.staff_no, title=title
        ),
        fonts=fonts,
        copy_to="",  # a person's card is handed to them, not copied round the bureau
    )
    return build_pdf(
        path, story, frame, title=f"{title} — {p.name} ({p.staff_no})", subject=str(year)
    )


def _details(styles: Styles, card: PersonYear, width: float) -> Table:
    """The person as a grid of label/value pairs, two pairs a line."""
    p = card.person
    pairs = [
        (_t("Name"), p.name),
        (_t("Staff no."), p.staff_no),
        (_t("Unit"), p.unit_name),
        (_t("Category"), label(p.category)),
        (_t("Position"), p.position or ""),
        (_t("Hire date"), p.hire_date.isoformat() if p.hire_date else ""),
        (_t("Status"), label(p.status)),
        (_t("Left on"), p.left_date.isoformat() if p.left_date else ""),
    ]
    key, value = width * 0.16, width * 0.34
    room = value - 12  # the table's default padding, 6 points a side

    def shown(text: str) -> Paragraph:
        return fitted_cell(text, styles.cell, styles.fonts, room)

    rows = [
        [
            styles.para(pairs[i][0], styles.header_cell),
            shown(pairs[i][1]),
            styles.para(pairs[i + 1][0], styles.header_cell),
            shown(pairs[i + 1][1]),
        ]
        for i in range(0, len(pairs), 2)
    ]
    table = Table(rows, colWidths=[key, value, key, value])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
                ("BOX", (0, 0), (-1, -1), 0.9, "black"),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _month_label(line: MonthLine) -> str:
    text = month_name(line.month.month)
    return text if line.result is None or line.finalised else text + " *"


def _months(styles: Styles, card: PersonYear, width: float) -> list[Flowable]:
    columns = fit_widths(
        [
            Column(_t("Month"), 34),
            Column(_t("Base"), 26, numeric=True),
            Column(_t("Awards"), 26, numeric=True),
            Column(_t("Deductions"), 26, numeric=True),
            Column(_t("Total"), 26, numeric=True),
            Column(_t("Rank"), 28, centred=True),
            Column(_t("Unit rank"), 26, centred=True),
            Column(_t("Grade"), 26, centred=True),
            Column(_t("Stars"), 42, wrap=True),
        ],
        width,
    )
    rows: list[list[str]] = []
    for line in card.months:
        r = line.result
        if r is None:
            rows.append([_month_label(line), *[""] * 8])
            continue
        rows.append(
            [
                _month_label(line),
                points(r.base),
                points(r.awards),
                points(r.deductions),
                points(r.total),
                _t("{rank} of {ranked}").format(rank=r.rank, ranked=line.ranked),
                str(r.unit_rank),
                label(r.grade),
                stars_text(r.stars),
            ]
        )
    story: list[Flowable] = [data_table(styles, columns, rows)]
    ranked = [line for line in card.months if line.result is not None]
    if not ranked:
        story.append(
            styles.para(_t("No month of {year} ranked this person.").format(year=card.year))
        )
        return story
    story.append(Spacer(1, 2 * mm))
    story.append(styles.para(_summary(ranked), styles.plain))
    stars = _stars_summary(ranked)
    if stars:
        story.append(styles.para(stars, styles.plain))
    if any(not line.finalised for line in ranked):
        story.append(
            styles.para(
                _t("* Not finalised: the month's figures are provisional and may still change."),
                styles.note,
            )
        )
    return story


def _summary(ranked: list[MonthLine]) -> str:
    results = [line.result for line in ranked if line.result is not None]
    average = (sum((r.total for r in results), Decimal(0)) / len(results)).quantize(Decimal("0.01"))
    best = min(ranked, key=lambda line: (line.result.rank if line.result else 0, line.month))
    grades = Counter(r.grade for r in results)
    grade_text = _t(", ").join(
        _t("{grade} {count}").format(grade=label(g), count=grades[g]) for g in Grade if grades[g]
    )
    return _t(
        "Ranked in {months} months; average monthly total {average}; best rank {rank} "
        "({month_name}). Grades: {grades}."
    ).format(
        months=len(results),
        average=points(average),
        rank=best.result.rank if best.result else "",
        month_name=month_name(best.month.month),
        grades=grade_text,
    )


def _stars_summary(ranked: list[MonthLine]) -> str:
    stars = Counter(s for line in ranked for s in line.stars)
    if not stars:
        return ""
    return _t("Stars: {stars}.").format(
        stars=_t(", ").join(
            _t("{star} ×{count}").format(star=star_label(s), count=stars[s])
            for s in Star
            if stars[s]
        )
    )


def _entries(styles: Styles, card: PersonYear, width: float) -> list[Flowable]:
    if not card.entries:
        return [styles.para(_t("No entries in {year}.").format(year=card.year))]
    columns = fit_widths(
        [
            Column(_t("Date"), 26, centred=True),
            Column(_t("Rule"), 21, centred=True),
            Column(_t("Rule text"), 89, wrap=True),
            Column(_t("Qty"), 16, numeric=True),
            Column(_t("Points"), 18, numeric=True),
            Column(_t("Status"), 24, centred=True),
            Column(_t("Recorded by"), 30, wrap=True),
        ],
        width,
    )
    story: list[Flowable] = []
    for line in card.months:
        entries = card.entries_of(line.month)
        if not entries:
            continue
        heading = _t("{month_name} {year}: {count} entries").format(
            month_name=month_name(line.month.month), year=line.month.year, count=len(entries)
        )
        table = data_table(
            styles,
            columns,
            [_entry_row(e) for e in entries],
            font_size=8,
            muted=[i for i, e in enumerate(entries) if e.status != EventStatus.APPROVED],
        )
        # The month's heading never sits alone at the foot of a page.
        story.append(KeepTogether([styles.para(heading, styles.subheading), table]))
        story.append(Spacer(1, 2 * mm))
    story.append(
        styles.para(
            _t(
                "Only approved entries count, within each rule's monthly cap; entries awaiting "
                "approval, rejected or void are listed in grey for the record."
            ),
            styles.note,
        )
    )
    return story


def _entry_row(e: YearEntry) -> list[str]:
    return [
        e.event_date.isoformat(),
        e.rule_code,
        e.rule_text,
        f"{e.quantity.normalize():f}",
        points(e.points),
        label(e.status),
        e.recorded_by or label(e.source),
    ]
