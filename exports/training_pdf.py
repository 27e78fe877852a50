"""The training report (教育培训学时情况通报): the year to date on A4.

An overview of the year's training, the units' progress towards the yearly requirements,
the people behind pace (named, so that their squads can act before December), hours by
category, the exams and their pass rates, certificates — coverage per unit and those
expiring or expired — and everyone's hours, closed by the issuing unit and the date.
Headers repeat on every page; a squad leader's report covers their own units.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.i18n import tr_context
from console.core.labels import label
from console.core.training.certificates import (
    CertificateRow,
    Coverage,
    Validity,
    validity_label,
)
from console.core.training.exams import ExamRow
from console.core.training.progress import (
    CategoryHours,
    PersonProgress,
    TrainingOverview,
    UnitProgress,
    YearProgress,
)
from console.core.training.report import TrainingReportData, training_report_data
from console.core.training.requirements import (
    TrainingSettings,
    status_label,
)
from exports.document import Masthead, salutation
from exports.pdf_common import (
    Column,
    PageFrame,
    Styles,
    build_pdf,
    content_width,
    data_table,
    fit_widths,
    long_date,
    make_styles,
    register_fonts,
    share,
    signature_block,
    title_paragraph,
)
from exports.training_projection_pdf import projection_section
from glossary import YearMonth

_t = tr_context("training_report")

MAX_CERTIFICATES = 200  # the expiry list names at most this many; the rest are counted


def hours(value: float) -> str:
    return f"{value:.1f}"


def percent(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}%"


def write_training_report(
    session: Session,
    user: User,
    year: int,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
    as_of: date | None = None,
) -> Path:
    """Write the year's training report to ``path`` (PDF) and return it.

    ``as_of`` (default: the date of issue) is the date the pace is measured on; for a
    year already over, the whole requirement is due.
    """
    data = training_report_data(session, user, year, as_of or issued_on)
    return render_training_report(data, path, bureau_name=bureau_name, issued_on=issued_on)


def render_training_report(
    data: TrainingReportData,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Lay the gathered report out as a PDF (no queries here): the masthead, title and
    salutation of every bulletin, then the sections."""
    year, progress = data.year, data.progress
    fonts = register_fonts()
    styles = make_styles(fonts)
    width = content_width()
    title = _t("{bureau}: training hours report, {year}").format(bureau=bureau_name, year=year)
    year_to = _t("Year to {date}").format(date=long_date(min(data.as_of, date(year, 12, 31))))
    story: list[Flowable] = [
        Masthead(fonts, bureau_name, issued_on, YearMonth.of(issued_on), width, issue=year_to),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        salutation(styles),
        styles.para(
            _t("The training of {year} up to {date} is hereby reported as follows.").format(
                year=year, date=long_date(min(data.as_of, date(year, 12, 31)))
            )
        ),
        styles.para(_t("1. Overview"), styles.heading),
        *_overview(styles, data.overview, data.settings, progress),
        styles.para(_t("2. Progress by unit"), styles.heading),
        *_units(styles, progress.units, width),
        styles.para(_t("3. People behind pace"), styles.heading),
        *_behind(styles, progress, width),
        KeepTogether(
            [
                styles.para(_t("4. Hours by category"), styles.heading),
                *_categories(styles, data.by_category, width),
            ]
        ),
        styles.para(_t("5. Exams and pass rates"), styles.heading),
        *_exams(styles, data.exams, width),
        styles.para(_t("6. Certificates"), styles.heading),
        *_coverage(styles, data.coverage, width),
        *_expiries(styles, data.certificates, width),
        styles.para(_t("7. Hours of each person"), styles.heading),
        *_people(styles, progress.required_people, width),
        styles.para(_t("8. Projection to 31 December"), styles.heading),
        *projection_section(styles, data.projection, width),
        Spacer(1, 14 * mm),
        signature_block(styles, bureau_name, issued_on),
    ]
    frame = PageFrame(issuer=bureau_name, issued_on=issued_on, running_title=title, fonts=fonts)
    return build_pdf(path, story, frame, title=title, subject=str(year))


# ---------------------------------------------------------------------------- sections


def _requirements_text(settings: TrainingSettings) -> str:
    if not settings.requirements:
        return _t("No yearly training requirement is set.")
    parts = _t(", ").join(
        _t("{people}: {hours} hours of {training}").format(
            people=label(r.person_category),
            hours=f"{r.hours:g}",
            training=label(r.training_category),
        )
        for r in settings.requirements
    )
    return _t("Yearly requirements: {parts}.").format(parts=parts)


def _overview(
    styles: Styles, o: TrainingOverview, settings: TrainingSettings, progress: YearProgress
) -> list[Flowable]:
    held = _t(
        "{sessions} training sessions were held, with {times} person-times trained and "
        "{hours} hours credited ({average} hours per person on strength)."
    ).format(
        sessions=o.sessions_held,
        times=o.person_times,
        hours=hours(o.hours_credited),
        average=hours(o.average_hours),
    )
    pace = _t(
        "Of the {n} people with a requirement, {done} have completed it, {on} are on pace and "
        "{behind} are behind pace; {share} are on pace or done."
    ).format(
        n=o.required_people,
        done=o.done,
        on=o.on_pace,
        behind=o.behind,
        share=percent(o.on_pace_share),
    )
    exams = (
        _t("{sat} exam papers were sat and {passed} passed, a pass rate of {rate}.").format(
            sat=o.exams_sat, passed=o.exams_passed, rate=percent(o.pass_rate)
        )
        if o.exams_sat
        else _t("No exam was sat.")
    )
    certs = _t("{expiring} certificates expire within 90 days and {expired} have expired.").format(
        expiring=o.certificates_expiring, expired=o.certificates_expired
    )
    rule = _t(
        "Hours expected by a date are the requirement times the share of the year passed "
        "before it; a person is behind pace when short of them."
    )
    return [
        styles.para(held),
        styles.para(_requirements_text(settings) + " " + pace),
        styles.para(exams + " " + certs),
        styles.para(rule, styles.note),
    ]


def _units(styles: Styles, units: Sequence[UnitProgress], width: float) -> list[Flowable]:
    rows = [u for u in units if u.required_people]
    if not rows:
        return [styles.para(_t("No one has a training requirement."))]
    columns = fit_widths(
        [
            Column(_t("Unit"), 62),
            Column(_t("People"), 16, numeric=True),
            Column(_t("Done"), 16, numeric=True),
            Column(_t("On pace"), 16, numeric=True),
            Column(_t("Behind"), 16, numeric=True),
            Column(_t("Hours credited"), 22, numeric=True),
            Column(_t("Hours required"), 22, numeric=True),
            Column(_t("Completion"), 20, numeric=True),
        ],
        width,
    )
    data = [
        [
            u.unit_name,
            str(u.required_people),
            str(u.done),
            str(u.on_pace),
            str(u.behind),
            hours(u.credited),
            hours(u.required),
            percent(u.completion),
        ]
        for u in rows
    ]
    credited = sum(u.credited for u in rows)
    required = sum(u.required for u in rows)
    data.append(
        [
            _t("Total"),
            str(sum(u.required_people for u in rows)),
            str(sum(u.done for u in rows)),
            str(sum(u.on_pace for u in rows)),
            str(sum(u.behind for u in rows)),
            hours(credited),
            hours(required),
            percent(min(1.0, credited / required) if required else None),
        ]
    )
    return [data_table(styles, columns, data, total_row=True)]


def _behind(styles: Styles, progress: YearProgress, width: float) -> list[Flowable]:
    behind = progress.behind()
    if not behind:
        return [styles.para(_t("No one is behind pace."))]
    columns = fit_widths(
        [
            Column(_t("Staff no."), 20, centred=True),
            Column(_t("Name"), 18),
            Column(_t("Unit"), 46),
            Column(_t("Category"), 18, centred=True),
            Column(_t("Credited"), 18, numeric=True),
            Column(_t("Expected"), 18, numeric=True),
            Column(_t("Required"), 18, numeric=True),
            Column(_t("Behind by"), 20, numeric=True),
        ],
        width,
    )
    rows = [
        [
            p.staff_no,
            p.name,
            p.unit_name,
            label(p.category),
            hours(p.credited),
            hours(p.expected),
            hours(p.required),
            percent(p.shortfall_share),
        ]
        for p in behind
    ]
    return [
        styles.para(
            _t(
                "{n} people are behind pace, furthest behind first. Their units are asked "
                "to arrange make-up study before the end of the year."
            ).format(n=len(behind))
        ),
        data_table(styles, columns, rows),
    ]


def _categories(styles: Styles, rows: Sequence[CategoryHours], width: float) -> list[Flowable]:
    total = sum(c.hours for c in rows)
    columns = fit_widths(
        [
            Column(_t("Category"), 40),
            Column(_t("Sessions"), 20, numeric=True),
            Column(_t("Person-times"), 22, numeric=True),
            Column(_t("Hours credited"), 24, numeric=True),
            Column(_t("Share"), 18, numeric=True),
        ],
        width * 0.75,
    )
    data = [
        [
            label(c.category),
            str(c.sessions),
            str(c.person_times),
            hours(c.hours),
            percent(c.hours / total) if total else "",
        ]
        for c in rows
    ]
    data.append(
        [
            _t("Total"),
            str(sum(c.sessions for c in rows)),
            str(sum(c.person_times for c in rows)),
            hours(total),
            "100.0%" if total else "",
        ]
    )
    return [data_table(styles, columns, data, zebra=False, total_row=True)]


def _exams(styles: Styles, exams: Sequence[ExamRow], width: float) -> list[Flowable]:
    if not exams:
        return [styles.para(_t("No exam was held this year."))]
    columns = fit_widths(
        [
            Column(_t("Date"), 22, centred=True),
            Column(_t("Exam"), 80, wrap=True),
            Column(_t("Pass mark"), 18, numeric=True),
            Column(_t("Sat"), 14, numeric=True),
            Column(_t("Passed"), 16, numeric=True),
            Column(_t("Pass rate"), 18, numeric=True),
            Column(_t("Average"), 18, numeric=True),
        ],
        width,
    )
    rows = [
        [
            e.exam_date.isoformat(),
            e.title,
            f"{e.pass_mark:g}",
            str(e.takers),
            str(e.passed),
            percent(e.pass_rate),
            "" if e.average is None else f"{e.average:.1f}",
        ]
        for e in exams
    ]
    sat = sum(e.takers for e in exams)
    passed = sum(e.passed for e in exams)
    rows.append(
        [_t("Total"), "", "", str(sat), str(passed), percent(passed / sat if sat else None), ""]
    )
    return [data_table(styles, columns, rows, total_row=True)]


def _coverage(styles: Styles, coverage: Sequence[Coverage], width: float) -> list[Flowable]:
    rows = [c for c in coverage if c.reviewers or c.officers or c.auxiliaries]
    if not rows:
        return []
    columns = fit_widths(
        [
            Column(_t("Unit"), 56),
            Column(_t("Legal reviewers"), 20, numeric=True),
            Column(_t("With legal qualification"), 24, numeric=True),
            Column(_t("Share"), 16, numeric=True),
            Column(_t("Officers"), 16, numeric=True),
            Column(_t("With valid enforcement certificate"), 28, numeric=True),
            Column(_t("Share"), 16, numeric=True),
        ],
        width,
    )
    data = [
        [
            c.unit_name,
            str(c.reviewers),
            str(c.reviewers_qualified),
            share(c.reviewers_qualified, c.reviewers),
            str(c.officers),
            str(c.officers_certified),
            share(c.officers_certified, c.officers),
        ]
        for c in rows
    ]
    reviewers = sum(c.reviewers for c in rows)
    qualified = sum(c.reviewers_qualified for c in rows)
    officers = sum(c.officers for c in rows)
    certified = sum(c.officers_certified for c in rows)
    data.append(
        [
            _t("Total"),
            str(reviewers),
            str(qualified),
            share(qualified, reviewers),
            str(officers),
            str(certified),
            share(certified, officers),
        ]
    )
    return [
        styles.para(
            _t(
                "Coverage by unit: the share of legal reviewers (法制审核员) holding the legal "
                "professional qualification, and of officers holding a valid enforcement "
                "certificate."
            )
        ),
        data_table(styles, columns, data, total_row=True),
        Spacer(1, 3 * mm),
    ]


def _expiries(styles: Styles, rows_in: Sequence[CertificateRow], width: float) -> list[Flowable]:
    if not rows_in:
        return [styles.para(_t("No certificate expires within 90 days or has expired."))]
    columns = fit_widths(
        [
            Column(_t("Staff no."), 20, centred=True),
            Column(_t("Name"), 18),
            Column(_t("Unit"), 42),
            Column(_t("Certificate"), 40),
            Column(_t("Number"), 30),
            Column(_t("Expires"), 22, centred=True),
            Column(_t("State"), 18, centred=True),
        ],
        width,
    )
    shown = rows_in[:MAX_CERTIFICATES]
    rows = [
        [
            c.staff_no,
            c.name,
            c.unit_name,
            label(c.kind),
            c.number,
            c.expires.isoformat() if c.expires else "",
            validity_label(c.validity),
        ]
        for c in shown
    ]
    story: list[Flowable] = [
        styles.para(
            _t(
                "Certificates expiring within 90 days or expired ({n}), soonest first: their "
                "holders should apply for renewal."
            ).format(n=len(rows_in))
        ),
        data_table(
            styles,
            columns,
            rows,
            muted=[i for i, c in enumerate(shown) if c.validity is Validity.EXPIRING],
        ),
    ]
    if len(rows_in) > MAX_CERTIFICATES:
        story.append(
            styles.para(
                _t("And {n} more; the Training page lists them all.").format(
                    n=len(rows_in) - MAX_CERTIFICATES
                ),
                styles.note,
            )
        )
    return story


def _people(styles: Styles, people: Sequence[PersonProgress], width: float) -> list[Flowable]:
    if not people:
        return [styles.para(_t("No one has a training requirement."))]
    columns = fit_widths(
        [
            Column(_t("Staff no."), 20, centred=True),
            Column(_t("Name"), 18),
            Column(_t("Unit"), 46),
            Column(_t("Category"), 18, centred=True),
            Column(_t("Credited"), 17, numeric=True),
            Column(_t("Expected"), 17, numeric=True),
            Column(_t("Required"), 17, numeric=True),
            Column(_t("All hours"), 17, numeric=True),
            Column(_t("Status"), 20, centred=True),
        ],
        width,
    )
    rows = [
        [
            p.staff_no,
            p.name,
            p.unit_name,
            label(p.category),
            hours(p.credited),
            hours(p.expected),
            hours(p.required),
            hours(p.total_hours),
            status_label(p.status),
        ]
        for p in people
    ]
    return [
        styles.para(
            _t(
                "Credited: hours counted towards the requirement; all hours: every category "
                "attended."
            ),
            styles.note,
        ),
        data_table(styles, columns, rows, font_size=8),
    ]
