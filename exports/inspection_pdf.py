"""The inspection bulletin (督察通报) of a period: what the squad found and what became of it.

A4 portrait in the shape of the monthly bulletin: the red masthead with the period, the
title, an overview (inspections held, findings by severity, complaints, talks), where the
problems were (by unit and by topic, with a chart), the rectification status with every
overdue finding listed, typical problems, the open early warnings, and the closing
requirements, signed by the issuing unit with the date. Deadlines are judged on the day
of issue.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, date
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.i18n import tr_context
from console.core.integrity.bulletin import InspectionBulletinData, inspection_bulletin_data
from console.core.integrity.period import PeriodFigures
from console.core.integrity.warnings import WarningRow
from console.core.labels import label
from exports.charts import BAR, GRAVE_BAR, Series, bar_chart
from exports.coverage_pdf import coverage_section
from exports.document import Masthead, salutation, section_heading
from exports.pdf_common import (
    Column,
    Fonts,
    PageFrame,
    Styles,
    build_pdf,
    content_width,
    data_table,
    fit_widths,
    long_date,
    make_styles,
    month_name,
    register_fonts,
    share,
    signature_block,
    title_paragraph,
)
from glossary import ComplaintOutcome, FindingStatus, InspectionKind, Severity, YearMonth

_t = tr_context("inspection_bulletin")


def write_inspection_bulletin(
    session: Session,
    user: User,
    date_from: date,
    date_to: date,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Write the period's inspection bulletin to ``path`` (PDF) and return it.

    The data and its checks are console.core.integrity.bulletin's: PermissionDenied for
    a squad leader, ValidationError for a period that ends before it starts or starts
    after the day of issue.
    """
    data = inspection_bulletin_data(session, user, date_from, date_to, issued_on)
    return render_inspection_bulletin(data, path, bureau_name=bureau_name, issued_on=issued_on)


def render_inspection_bulletin(
    data: InspectionBulletinData,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Lay the gathered bulletin out as a PDF (no queries here)."""
    fig, date_from, date_to = data.figures, data.date_from, data.date_to
    fonts = register_fonts()
    styles = make_styles(fonts)
    period = period_text(date_from, date_to)
    title = _t("{bureau}: bulletin on the supervision inspections of {period}").format(
        bureau=bureau_name, period=period
    )
    width = content_width()
    sections = [
        (_t("Overview"), _overview(styles, fig, period)),
        (_t("Inspection coverage"), coverage_section(styles, data.coverage, period)),
        (_t("Where the problems were"), _distribution(styles, fig, width)),
        (_t("Rectification"), _rectification(styles, fig, width)),
        (_t("Typical problems"), _typical(styles, fig)),
        (_t("Early warnings"), _warnings(styles, fig, data.warnings, width)),
        (_t("Requirements"), _requirements(styles)),
    ]
    story: list[Flowable] = [
        Masthead(fonts, bureau_name, issued_on, YearMonth.of(date_to), width, issue=period),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        salutation(styles),
        styles.para(
            _t(
                "The supervision squad's inspections of {period} and the rectification of "
                "the problems found are hereby reported as follows."
            ).format(period=period)
        ),
    ]
    for number, (heading, body) in enumerate(sections, start=1):
        story.append(styles.para(section_heading(number, heading), styles.heading))
        story.extend(body)
    story += [Spacer(1, 14 * mm), signature_block(styles, bureau_name, issued_on)]
    frame = PageFrame(issuer=bureau_name, issued_on=issued_on, running_title=title, fonts=fonts)
    return build_pdf(
        path, story, frame, title=title, subject=f"{date_from.isoformat()}/{date_to.isoformat()}"
    )


def period_text(date_from: date, date_to: date) -> str:
    """1 July to 30 September 2026 / 2026年7月1日至9月30日: the year said once when the
    period lies within one."""
    if date_from.year == date_to.year:
        return _t("{start_day} {start_month} to {end_day} {end_month} {year}").format(
            start_day=date_from.day,
            start_month=month_name(date_from.month),
            end_day=date_to.day,
            end_month=month_name(date_to.month),
            year=date_to.year,
        )
    return _t("{start} to {end}").format(start=long_date(date_from), end=long_date(date_to))


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


# ---------------------------------------------------------------------------- sections


def _overview(styles: Styles, fig: PeriodFigures, period: str) -> list[Flowable]:
    kinds = _t(", ").join(
        _t("{kind} {n}").format(kind=label(k), n=fig.inspections_by_kind[k])
        for k in InspectionKind
        if fig.inspections_by_kind.get(k)
    )
    held = _t(
        "In {period} the squad held {n} inspections ({kinds}), visiting {units} units and "
        "checking {people} people."
    ).format(
        period=period,
        n=fig.inspections,
        kinds=kinds or _t("none"),
        units=fig.units_inspected,
        people=fig.people_inspected,
    )
    if not fig.inspections:
        held = _t("No inspection was held in {period}.").format(period=period)
    found = _t(
        "{n} problems were found: {minor} minor, {serious} serious and {grave} grave."
    ).format(
        n=fig.findings,
        minor=fig.by_severity.get(Severity.MINOR, 0),
        serious=fig.by_severity.get(Severity.SERIOUS, 0),
        grave=fig.by_severity.get(Severity.GRAVE, 0),
    )
    if not fig.findings:
        found = _t("No problem was found.")
    complaints = _t(
        "{n} complaints were received: {founded} founded, {unfounded} unfounded, {pending} "
        "still under investigation. {talks} integrity talks were held."
    ).format(
        n=fig.complaints,
        founded=fig.complaints_by_outcome.get(ComplaintOutcome.VERIFIED, 0),
        unfounded=fig.complaints_by_outcome.get(ComplaintOutcome.UNFOUNDED, 0),
        pending=fig.complaints_by_outcome.get(ComplaintOutcome.PENDING, 0),
        talks=fig.talks,
    )
    return [styles.para(held + found), styles.para(complaints)]


def _distribution(styles: Styles, fig: PeriodFigures, width: float) -> list[Flowable]:
    if not fig.findings:
        return [styles.para(_t("No problem was found in the period."))]
    unit_columns = fit_widths(
        [
            Column(_t("Unit"), 60),
            Column(_t("Findings"), 20, numeric=True),
            Column(label(Severity.MINOR), 18, numeric=True),
            Column(label(Severity.SERIOUS), 18, numeric=True),
            Column(label(Severity.GRAVE), 18, numeric=True),
            Column(_t("Verified"), 20, numeric=True),
            Column(_t("Overdue"), 20, numeric=True),
        ],
        width,
    )
    unit_rows = [
        [
            u.unit_name,
            str(u.findings),
            str(u.minor),
            str(u.serious),
            str(u.grave),
            str(u.verified),
            str(u.overdue),
        ]
        for u in fig.by_unit
    ]
    unit_rows.append(
        [
            _t("Total"),
            str(fig.findings),
            *(str(sum(getattr(u, k) for u in fig.by_unit)) for k in ("minor", "serious", "grave")),
            str(sum(u.verified for u in fig.by_unit)),
            str(sum(u.overdue for u in fig.by_unit)),
        ]
    )
    topic_columns = fit_widths(
        [
            Column(_t("Topic"), 60),
            Column(_t("Findings"), 24, numeric=True),
            Column(_t("Share"), 24, numeric=True),
            Column(_t("Serious or grave"), 30, numeric=True),
        ],
        width * 0.75,
    )
    topic_rows = [
        [t.topic, str(t.findings), share(t.findings, fig.findings), str(t.serious_or_grave)]
        for t in fig.by_topic
    ]
    topic_rows.append([_t("Total"), str(fig.findings), share(fig.findings, fig.findings), ""])
    worst = fig.by_topic[0]
    return [
        styles.para(_t("(1) By unit"), styles.subheading),
        data_table(styles, unit_columns, unit_rows, total_row=True),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                styles.para(_t("(2) By topic"), styles.subheading),
                styles.para(
                    _t(
                        "The most frequent problems concerned {topic} ({n}, {share} of all "
                        "findings)."
                    ).format(
                        topic=worst.topic,
                        n=worst.findings,
                        share=share(worst.findings, fig.findings),
                    )
                ),
                data_table(styles, topic_columns, topic_rows, zebra=False, total_row=True),
            ]
        ),
        Spacer(1, 4 * mm),
        topic_chart(styles.fonts, fig, width),
    ]


def topic_chart(fonts: Fonts, fig: PeriodFigures, width: float) -> Drawing:
    """Horizontal bars of the findings per topic, the most frequent at the top: all
    findings, and the serious or grave among them."""
    topics = fig.by_topic
    return bar_chart(
        fonts,
        [t.topic for t in topics],
        [
            Series([t.findings for t in topics], BAR, _t("All findings")),
            Series([t.serious_or_grave for t in topics], GRAVE_BAR, _t("Serious or grave")),
        ],
        width,
        caption=_t("Findings by topic"),
        value_label=_bar_label,
        row=20,
    )


def _bar_label(value: float) -> str:
    return f"{value:.0f}" if value else ""


def _rectification(styles: Styles, fig: PeriodFigures, width: float) -> list[Flowable]:
    status = _t(
        "As of {date}, {due} of the period's problems had passed their rectification "
        "deadline and {verified} of them were verified as rectified: a rectification rate "
        "of {rate}. Of all {n} problems, {done} are verified, {waiting} rectified and "
        "awaiting the check, and {progress} still being rectified."
    ).format(
        date=long_date(fig.as_of),
        due=fig.due,
        verified=fig.verified_due,
        rate=_percent(fig.rectification_rate),
        n=fig.findings,
        done=fig.verified,
        waiting=fig.rectified_awaiting_check,
        progress=fig.in_progress,
    )
    out: list[Flowable] = [
        styles.para(status),
        styles.para(
            _t(
                "The rectification rate is the verified share of the problems whose "
                "deadline has passed."
            ),
            styles.note,
        ),
    ]
    if not fig.overdue:
        out.append(styles.para(_t("No problem is overdue.")))
        return out
    out.append(
        styles.para(
            _t(
                "{n} problems are past their deadline and not yet rectified (including any "
                "found before the period). They are listed below and are to be rectified "
                "at once."
            ).format(n=len(fig.overdue))
        )
    )
    columns = fit_widths(
        [
            Column(_t("Deadline"), 19, centred=True),
            Column(_t("Days overdue"), 11, numeric=True),
            Column(_t("Unit"), 30),
            Column(_t("Person"), 12),
            Column(_t("Topic"), 22),
            Column(_t("Severity"), 9, centred=True),
            Column(_t("Status"), 14, centred=True),
            Column(_t("Problem"), 45, wrap=True),
        ],
        width,
    )
    rows = [
        [
            f.deadline.isoformat() if f.deadline else "",
            str((fig.as_of - f.deadline).days) if f.deadline else "",
            f.unit_name,
            f.person_name,
            f.topic,
            label(f.severity),
            label(f.status),
            f.description,
        ]
        for f in fig.overdue
    ]
    out.append(data_table(styles, columns, rows, font_size=8))
    return out


def _typical(styles: Styles, fig: PeriodFigures) -> list[Flowable]:
    if not fig.typical:
        return [styles.para(_t("No serious or grave problem was found in the period."))]
    out: list[Flowable] = [
        styles.para(_t("The serious and grave problems found, grave first:"), _lead_in(styles))
    ]
    for i, f in enumerate(fig.typical, start=1):
        who = (
            _t("{unit}, {person}").format(unit=f.unit_name, person=f.person_name)
            if f.person_name
            else f.unit_name
        )
        rectified = (
            _t("verified as rectified") if f.status == FindingStatus.VERIFIED else label(f.status)
        )
        out.append(
            styles.para(
                _t("({n}) {who}: {text} ({severity}, {topic}, found {date}; {status}).").format(
                    n=i,
                    who=who,
                    text=f.description.rstrip("。.；;"),
                    severity=label(f.severity),
                    topic=f.topic,
                    date=long_date(f.found_date),
                    status=rectified,
                )
            )
        )
    total = sum(n for s, n in fig.by_severity.items() if s != Severity.MINOR)
    if total > len(fig.typical):
        out.append(
            styles.para(
                _t("({shown} of {total} serious or grave problems are described.)").format(
                    shown=len(fig.typical), total=total
                ),
                styles.note,
            )
        )
    return out


def _lead_in(styles: Styles) -> ParagraphStyle:
    """A line that introduces what follows stays on its page."""
    return ParagraphStyle("lead-in", parent=styles.plain, keepWithNext=1)


def _warnings(
    styles: Styles, fig: PeriodFigures, warnings: Sequence[WarningRow], width: float
) -> list[Flowable]:
    intro = _t(
        "{fired} early warnings were raised in the period; {open} warnings await action."
    ).format(fired=fig.warnings_fired, open=len(warnings))
    if not warnings:
        return [styles.para(intro)]
    per_rule: dict[str, int] = {}
    for w in warnings:
        per_rule[w.rule_title] = per_rule.get(w.rule_title, 0) + 1
    count_columns = fit_widths(
        [Column(_t("Warning"), 60), Column(_t("Awaiting action"), 30, numeric=True)],
        width * 0.5,
    )
    count_rows = [[title, str(n)] for title, n in per_rule.items()]
    count_rows.append([_t("Total"), str(len(warnings))])
    columns = fit_widths(
        [
            Column(_t("Raised"), 18, centred=True),
            Column(_t("Name"), 13),
            Column(_t("Unit"), 30),
            Column(_t("Warning"), 22),
            Column(_t("Grounds"), 60, wrap=True),
        ],
        width,
    )
    rows = [
        [
            w.fired_at.replace(tzinfo=UTC).astimezone().date().isoformat(),
            w.person_name,
            w.unit_name,
            w.rule_title,
            w.summary,
        ]
        for w in warnings
    ]
    return [
        styles.para(intro),
        data_table(styles, count_columns, count_rows, zebra=False, total_row=True),
        Spacer(1, 3 * mm),
        styles.para(
            _t(
                "The units concerned are to talk with the people warned and report the "
                "action taken to the supervision squad."
            )
        ),
        data_table(styles, columns, rows, font_size=8),
    ]


def _requirements(styles: Styles) -> list[Flowable]:
    return [
        styles.para(
            _t(
                "Every unit is to check itself against the problems in this bulletin, draw "
                "lessons from the typical cases, and rectify what is found at once. Overdue "
                "problems are to be rectified and reported for verification without delay; "
                "the supervision squad will follow them up in its next inspections."
            )
        )
    ]
