"""The monthly bulletin (全员目标积分制考核情况通报): the document a bureau leader signs.

A4 portrait in the shape of an internal bulletin: a red masthead with the issue number
and the issuing unit, the title, an overview of the month, the squad ranking with its
chart, the month's stars, the grades, where points were lost, and the full individual
ranking (its header repeated on every page), closed by the issuing unit and the date.
A month that is not finalised is marked provisional (未定稿) in the title and on every
page; a finalised month whose data no longer match its seal is marked as broken. Every
bulletin carries its verification code (核验码, console.core.paper_code), on every page
and under the signature.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.i18n import tr_context
from console.core.labels import label
from console.core.scoring.bulletin import BulletinData, bulletin_data
from console.core.scoring.deductions import CategoryDeduction
from console.core.scoring.ranking import TWO_PLACES, MonthRanking, PersonResult
from console.core.scoring.squads import SquadResult
from console.core.seal import broken_message
from exports.charts import BAR as BAR
from exports.charts import Series, bar_chart
from exports.document import Masthead as Masthead
from exports.document import salutation
from exports.pdf_common import (
    PAD_SIDE,
    Column,
    Fonts,
    PageFrame,
    Styles,
    build_pdf,
    content_width,
    data_table,
    fit_widths,
    is_cjk_text,
    long_date,
    make_styles,
    month_name,
    points,
    register_fonts,
    share,
    signature_block,
    star_label,
    stars_text,
    title_paragraph,
)
from glossary import Grade, Star, YearMonth

_t = tr_context("bulletin")

MAX_NAMED = 3  # people named for the highest and lowest score before "and others"


def write_monthly_bulletin(
    session: Session,
    user: User,
    month: YearMonth,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Write the month's bulletin to ``path`` (PDF) and return it.

    Run it as a writing unit of work (``Workspace.run``): gathering the bulletin records
    its printing and verification code (console.core.scoring.bulletin), and a failure to
    write the file rolls that record back. PermissionDenied for a squad leader,
    ValidationError for a month that has not begun.
    """
    data = bulletin_data(session, user, month, issued_on)
    return render_monthly_bulletin(data, path, bureau_name=bureau_name, issued_on=issued_on)


def render_monthly_bulletin(
    data: BulletinData,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Lay the gathered bulletin out as a PDF (no queries here)."""
    month, ranking, squads, deductions = data.month, data.ranking, data.squads, data.deductions
    finalised_on = data.finalised_on
    fonts = register_fonts()
    styles = make_styles(fonts)
    title = _t(
        "{bureau}: bulletin on the all-staff points-based performance review, {month_name} {year}"
    ).format(bureau=bureau_name, month_name=month_name(month.month), year=month.year)
    provisional = not ranking.finalised
    # A finalised month changed outside the app since: printed as such, never as final.
    if ranking.broken:
        status_words, mark = _t(" (seal broken, not final)"), _t("Seal broken")
    elif provisional:
        status_words, mark = _t(" (provisional)"), _t("Provisional")
    else:
        status_words, mark = "", ""
    heading_title = title + status_words
    width = content_width()

    story: list[Flowable] = [
        Masthead(fonts, bureau_name, issued_on, month, width),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        *([styles.para(status_words.strip(), styles.provisional)] if provisional else []),
        salutation(styles),
        styles.para(
            _t(
                "The results of the all-staff points-based performance review for "
                "{month_name} {year} are hereby published as follows."
            ).format(month_name=month_name(month.month), year=month.year)
        ),
        styles.para(_t("1. Overview"), styles.heading),
        *_overview(styles, ranking, finalised_on),
        styles.para(_t("2. Squad ranking"), styles.heading),
        *_squads(styles, squads, width),
        # Short sections stay whole, heading included (a KeepTogether cannot be kept
        # with the heading before it by keepWithNext).
        KeepTogether(
            [
                styles.para(_t("3. Stars of the month"), styles.heading),
                *_stars(styles, ranking.people, width),
            ]
        ),
        KeepTogether(
            [
                styles.para(_t("4. Grades"), styles.heading),
                *_grades(styles, ranking.people, width),
            ]
        ),
        KeepTogether(
            [
                styles.para(_t("5. Main deductions"), styles.heading),
                *_deductions(styles, deductions, width),
            ]
        ),
        styles.para(_t("6. Individual ranking"), styles.heading),
        *_individuals(styles, ranking.people, width),
        Spacer(1, 14 * mm),
        signature_block(styles, bureau_name, issued_on),
        Spacer(1, 6 * mm),
        styles.para(
            _t(
                "Verification code: {code}. Check this bulletin against the database in "
                "Ducha (Help, Verify a printed bulletin) or with the command: "
                "ducha audit verify --code {code}"
            ).format(code=data.code),
            styles.plain,
        ),
    ]
    frame = PageFrame(
        # The code on every page: a single page can be checked on its own.
        issuer=_t("{issuer}   Code {code}").format(issuer=bureau_name, code=data.code),
        issued_on=issued_on,
        running_title=heading_title,
        mark=mark,
        fonts=fonts,
        organ=bureau_name,
    )
    return build_pdf(path, story, frame, title=heading_title, subject=str(month))


# ---------------------------------------------------------------------------- sections


def _named(people: Sequence[PersonResult]) -> str:
    names = _t(", ").join(
        _t("{name} ({unit})").format(name=p.name, unit=p.unit_name) for p in people[:MAX_NAMED]
    )
    if len(people) > MAX_NAMED:
        return _t("{names} and others ({count} people)").format(names=names, count=len(people))
    return names


def _overview(styles: Styles, ranking: MonthRanking, finalised_on: date | None) -> list[Flowable]:
    people = ranking.people
    if not people:
        return [styles.para(_t("No one was ranked this month."))]
    totals = [p.total for p in people]
    average = (sum(totals, Decimal(0)) / len(totals)).quantize(TWO_PLACES)
    highest, lowest = totals[0], totals[-1]
    grades = Counter(p.grade for p in people)
    text = _t(
        "{people} people were ranked this month (base score {base}). The average score was "
        "{average}; the highest was {highest}, scored by {top}; the lowest was {lowest}, "
        "scored by {bottom}."
    ).format(
        people=len(people),
        base=points(ranking.base),
        average=points(average),
        highest=points(highest),
        top=_named([p for p in people if p.total == highest]),
        lowest=points(lowest),
        bottom=_named([p for p in people if p.total == lowest]),
    )
    grades_text = _t(
        "{excellent} were graded excellent, {good} good, {passed} pass, {basic} basic pass "
        "and {fail} fail."
    ).format(
        excellent=grades[Grade.EXCELLENT],
        good=grades[Grade.GOOD],
        passed=grades[Grade.PASS],
        basic=grades[Grade.BASIC],
        fail=grades[Grade.FAIL],
    )
    if ranking.broken:
        status = broken_message(ranking.month, ranking.broken)
    elif ranking.finalised:
        status = _t("These results were finalised (version {version}) on {date}.").format(
            version=ranking.version, date=long_date(finalised_on) if finalised_on else ""
        )
    else:
        status = _t(
            "This month has not been finalised: the results are provisional and may still change."
        )
    return [styles.para(text), styles.para(grades_text), styles.para(status)]


def _squads(styles: Styles, squads: list[SquadResult], width: float) -> list[Flowable]:
    if not squads:
        return [styles.para(_t("No squad was ranked this month."))]
    columns = fit_widths(
        [
            Column(_t("Rank"), 14, centred=True),
            Column(_t("Unit"), 60),
            Column(_t("Members"), 18, numeric=True),
            Column(_t("Member average"), 26, numeric=True),
            Column(_t("Squad points"), 26, numeric=True),
            Column(_t("Score"), 24, numeric=True),
        ],
        width,
    )
    rows = [
        [
            str(s.rank),
            s.unit_name,
            str(s.members),
            points(s.member_average),
            points(s.unit_points),
            points(s.score),
        ]
        for s in squads
    ]
    return [
        styles.para(
            _t(
                "Squads and town teams are ranked by the average score of their members plus "
                "the points awarded to or deducted from the squad as a whole."
            )
        ),
        Spacer(1, 2 * mm),
        data_table(styles, columns, rows),
        Spacer(1, 4 * mm),
        squad_chart(styles.fonts, squads, width),
    ]


def squad_chart(fonts: Fonts, squads: Sequence[SquadResult], width: float) -> Drawing:
    """Horizontal bars of the squads' scores, best at the top, to the cent. The axis
    starts just under the lowest score (all lie near the base score), as the caption says."""
    scores = [float(s.score) for s in squads]
    low = math.floor(min(scores)) - 1 if scores else 0
    return bar_chart(
        fonts,
        [s.unit_name for s in squads],
        [Series(scores)],
        width,
        caption=_t("Squad scores (the axis starts at {low})").format(low=low),
        value_label="%.2f",
        axis_min=None,
    )


def _stars(styles: Styles, people: Sequence[PersonResult], width: float) -> list[Flowable]:
    rows = [
        [star_label(star), p.name, p.unit_name, p.staff_no, points(p.total)]
        for star in Star
        for p in people
        if star in p.stars
    ]
    if not rows:
        return [styles.para(_t("No stars were awarded this month."))]
    columns = fit_widths(
        [
            Column(_t("Star"), 26),
            Column(_t("Name"), 20),
            Column(_t("Unit"), 44),
            Column(_t("Staff no."), 18, centred=True),
            Column(_t("Total"), 16, numeric=True),
        ],
        width,
    )
    return [data_table(styles, columns, rows, zebra=False)]


def _grades(styles: Styles, people: Sequence[PersonResult], width: float) -> list[Flowable]:
    counts = Counter(p.grade for p in people)
    n = len(people)
    rows = [[label(g), str(counts[g]), share(counts[g], n)] for g in Grade]
    rows.append([_t("Total"), str(n), share(n, n)])
    columns = fit_widths(
        [
            Column(_t("Grade"), 40),
            Column(_t("People"), 30, numeric=True),
            Column(_t("Share"), 30, numeric=True),
        ],
        width * 0.6,
    )
    return [data_table(styles, columns, rows, zebra=False, total_row=True)]


def _deductions(
    styles: Styles, deductions: Sequence[CategoryDeduction], width: float
) -> list[Flowable]:
    if not deductions:
        return [styles.para(_t("No deductions were recorded this month."))]
    rows = [[label(d.category), str(d.count), points(d.points)] for d in deductions]
    rows.append(
        [
            _t("Total"),
            str(sum(d.count for d in deductions)),
            points(sum((d.points for d in deductions), Decimal(0))),
        ]
    )
    columns = fit_widths(
        [
            Column(_t("Rule category"), 40),
            Column(_t("Entries"), 30, numeric=True),
            Column(_t("Points"), 30, numeric=True),
        ],
        width * 0.6,
    )
    return [
        styles.para(
            _t(
                "Approved deductions of the month by rule category, as recorded (before the "
                "monthly caps of the rules)."
            )
        ),
        Spacer(1, 2 * mm),
        data_table(styles, columns, rows, zebra=False, total_row=True),
    ]


def _individuals(styles: Styles, people: Sequence[PersonResult], width: float) -> list[Flowable]:
    if not people:
        return [styles.para(_t("No one was ranked this month."))]
    size = 8
    face = styles.cell.fontName

    def fit(texts: Sequence[str], least: float, most: float) -> float:
        """A column as wide as its longest text (within bounds), so that names stay on
        one line."""
        longest = max((stringWidth(t, face, size) for t in set(texts)), default=0)
        return min(most, max(least, longest + 2 * PAD_SIDE + 1))

    heading_face = styles.header_cell.fontName

    def room_for(header: str, planned: float) -> float:
        """At least as wide as the heading's longest word set a little small (7 pt); a
        Chinese heading is one word, never broken (单位名次)."""
        words = header.split() if not is_cjk_text(header) else [header]
        longest = max((stringWidth(w, heading_face, 7) for w in words), default=0)
        return max(planned, longest + 2 * PAD_SIDE + 1)

    planned = [
        Column(_t("Rank"), fit([str(p.rank) for p in people], 24, 40), centred=True),
        Column(_t("Staff no."), fit([p.staff_no for p in people], 36, 72), centred=True),
        Column(_t("Name"), fit([p.name for p in people], 36, 64)),
        Column(_t("Unit"), fit([p.unit_name for p in people], 56, 112)),
        Column(_t("Base"), 33, numeric=True),
        Column(_t("Awards"), 32, numeric=True),
        Column(_t("Deductions"), 34, numeric=True),
        Column(_t("Total"), 34, numeric=True),
        Column(_t("Unit rank"), 28, centred=True),
        Column(_t("Grade"), fit([label(g) for g in Grade], 30, 60), centred=True),
    ]
    planned = [replace(c, width=room_for(c.header, c.width)) for c in planned]
    stars_w = max(56, width - sum(c.width for c in planned))
    columns = fit_widths([*planned, Column(_t("Stars"), stars_w, wrap=True)], width)
    rows = [
        [
            str(p.rank),
            p.staff_no,
            p.name,
            p.unit_name,
            points(p.base),
            points(p.awards),
            points(p.deductions),
            points(p.total),
            str(p.unit_rank),
            label(p.grade),
            stars_text(p.stars),
        ]
        for p in people
    ]
    return [
        styles.para(
            _t(
                "Ties share a rank. The rank is bureau-wide; the unit rank is within the "
                "person's unit."
            ),
            styles.note,
        ),
        data_table(styles, columns, rows, font_size=size),
    ]
