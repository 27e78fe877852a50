"""The quarterly publication (季度晾晒) and the yearly ranking (年度排名).

A4 portrait under the bulletin's red masthead: an overview of the period, the year's
stars (yearly ranking only, with how each is decided), the stars of each month, the
units by average, and every person's average monthly total with the count of each
grade. A period with months not yet finalised is marked provisional.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from console.core.decisions.period_reports import PeriodReport, period_report
from console.core.i18n import tr_context
from console.core.labels import label
from console.core.user import User
from exports.bulletin_pdf import Masthead
from exports.pdf_common import (
    Column,
    PageFrame,
    Styles,
    build_pdf,
    content_width,
    data_table,
    fit_widths,
    make_styles,
    points,
    register_fonts,
    signature_block,
    star_label,
    title_paragraph,
)
from glossary import Grade

_t = tr_context("decisions")


def write_period_report(
    session: Session,
    user: User,
    year: int,
    quarter: int | None,
    path: str | os.PathLike[str],
    *,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """The quarter's publication (``quarter`` 1–4) or the year's ranking (None)."""
    report = period_report(session, user, year, quarter, issued_on)
    return render_period_report(report, path, bureau_name=bureau_name, issued_on=issued_on)


def period_name(year: int, quarter: int | None) -> str:
    if quarter is None:
        return _t("{year}").format(year=year)
    return _t("Q{quarter} {year}").format(quarter=quarter, year=year)


def render_period_report(
    report: PeriodReport, path: str | os.PathLike[str], *, bureau_name: str, issued_on: date
) -> Path:
    """Lay the gathered report out as a PDF (no queries here)."""
    ranking = report.ranking
    yearly = ranking.quarter is None
    fonts = register_fonts()
    styles = make_styles(fonts)
    width = content_width()
    name = period_name(ranking.year, ranking.quarter)
    title = (
        _t("{bureau}: annual ranking of the performance review, {period}")
        if yearly
        else _t("{bureau}: quarterly publication of the performance review, {period}")
    ).format(bureau=bureau_name, period=name)
    provisional = report.provisional
    heading_title = title + (_t(" (provisional)") if provisional else "")
    # Numbered headings spelled out whole: Chinese numbers them 一、二、三.
    headings: tuple[str, ...]
    if yearly:
        headings = (
            _t("1. Overview"),
            _t("2. Stars of the year"),
            _t("3. Stars of the months"),
            _t("4. Units by average"),
            _t("5. Individual ranking"),
        )
        bodies = [_overview(styles, report), _year_stars(styles, report, width)]
    else:
        headings = (
            _t("1. Overview"),
            _t("2. Stars of the months"),
            _t("3. Units by average"),
            _t("4. Individual ranking"),
        )
        bodies = [_overview(styles, report)]
    # The short sections are kept whole; the long tables flow on (their header repeats).
    short = len(bodies)
    bodies += [
        _month_stars(styles, report, width),
        _units(styles, report, width),
        _people(styles, report, width),
    ]
    story: list[Flowable] = [
        Masthead(fonts, bureau_name, issued_on, ranking.months[-1], width, issue=name),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        *([styles.para(_t("(provisional)"), styles.provisional)] if provisional else []),
        styles.para(_t("To all squads, town teams and departments:"), styles.plain),
        styles.para(
            _t(
                "The results of the performance review for {period} are published as follows."
            ).format(period=name)
        ),
    ]
    for i, (heading, body) in enumerate(zip(headings, bodies, strict=True), start=1):
        head = styles.para(heading, styles.heading)
        if i <= short:
            story.append(KeepTogether([head, *body]))
        else:
            story += [head, *body]
    story += [Spacer(1, 14 * mm), signature_block(styles, bureau_name, issued_on)]
    frame = PageFrame(
        issuer=bureau_name,
        issued_on=issued_on,
        running_title=heading_title,
        mark=_t("Provisional") if provisional else "",
        fonts=fonts,
    )
    return build_pdf(path, story, frame, title=heading_title, subject=name)


def _overview(styles: Styles, report: PeriodReport) -> list[Flowable]:
    ranking = report.ranking
    counts = ranking.grade_counts
    months = ranking.months
    text = _t(
        "{first} to {last}: {n} months, of which {final} finalised. {people} people were "
        "ranked by their average monthly total over the months they were ranked in."
    ).format(
        first=months[0],
        last=months[-1],
        n=len(months),
        final=len(report.finalised),
        people=len(ranking.people),
    )
    grades = _t(
        "Monthly grades given: {excellent} excellent, {good} good, {passed} pass, "
        "{basic} basic pass and {fail} fail."
    ).format(
        excellent=counts.get(Grade.EXCELLENT, 0),
        good=counts.get(Grade.GOOD, 0),
        passed=counts.get(Grade.PASS, 0),
        basic=counts.get(Grade.BASIC, 0),
        fail=counts.get(Grade.FAIL, 0),
    )
    story = [styles.para(text), styles.para(grades)]
    if report.provisional:
        story.append(
            styles.para(
                _t(
                    "Months not yet finalised are counted at their provisional results, "
                    "which may still change."
                )
            )
        )
    return story


def _year_stars(styles: Styles, report: PeriodReport, width: float) -> list[Flowable]:
    rule = _t(
        "Casework star of the year: the highest sum of capped casework points over the "
        "year's months; service star: the same for service points; most improved: the "
        "largest rise of the average monthly total over the previous year's. Ties share "
        "the star; no one graded fail in any month of the year is a star of the year."
    )
    if not report.year_stars:
        return [styles.para(rule, styles.note), styles.para(_t("No star of the year."))]
    columns = fit_widths(
        [
            Column(_t("Star"), 30),
            Column(_t("Name"), 20),
            Column(_t("Unit"), 44),
            Column(_t("Staff no."), 18, centred=True),
            Column(_t("Value"), 18, numeric=True),
        ],
        width,
    )
    rows = [
        [
            _t("{star} of the year").format(star=star_label(s.star)),
            s.person.name,
            s.person.unit_name,
            s.person.staff_no,
            points(s.value),
        ]
        for s in report.year_stars
    ]
    return [styles.para(rule, styles.note), data_table(styles, columns, rows, zebra=False)]


def _month_stars(styles: Styles, report: PeriodReport, width: float) -> list[Flowable]:
    if not report.month_stars:
        return [styles.para(_t("No stars were awarded in these months."))]
    columns = fit_widths(
        [
            Column(_t("Month"), 16, centred=True),
            Column(_t("Star"), 26),
            Column(_t("Name"), 20),
            Column(_t("Unit"), 44),
            Column(_t("Staff no."), 18, centred=True),
        ],
        width,
    )
    rows = [
        [str(s.month), star_label(s.star), s.name, s.unit_name, s.staff_no]
        for s in report.month_stars
    ]
    return [data_table(styles, columns, rows)]


def _units(styles: Styles, report: PeriodReport, width: float) -> list[Flowable]:
    if not report.units:
        return [styles.para(_t("No one was ranked in this period."))]
    columns = fit_widths(
        [
            Column(_t("Rank"), 10, numeric=True),
            Column(_t("Unit"), 50),
            Column(_t("People"), 14, numeric=True),
            Column(_t("Average"), 18, numeric=True),
            Column(_t("Excellent months"), 20, numeric=True),
            Column(_t("Fail months"), 18, numeric=True),
        ],
        width,
    )
    rows = [
        [str(i), u.unit_name, str(u.people), points(u.average), str(u.excellent), str(u.fails)]
        for i, u in enumerate(report.units, start=1)
    ]
    note = _t("A unit's average is the mean of its people's average monthly totals.")
    return [data_table(styles, columns, rows), styles.para(note, styles.note)]


def _people(styles: Styles, report: PeriodReport, width: float) -> list[Flowable]:
    people = report.ranking.people
    if not people:
        return [styles.para(_t("No one was ranked in this period."))]
    columns = fit_widths(
        [
            Column(_t("Rank"), 11, numeric=True),
            Column(_t("Staff no."), 17, centred=True),
            Column(_t("Name"), 16),
            Column(_t("Unit"), 36),
            Column(_t("Months"), 11, numeric=True),
            Column(_t("Average"), 16, numeric=True),
            *(Column(label(g), 11, numeric=True) for g in Grade),
        ],
        width,
    )
    rows = [
        [
            str(p.rank),
            p.staff_no,
            p.name,
            p.unit_name,
            str(p.months),
            points(p.average),
            *(str(p.grades.get(g, 0) or "") for g in Grade),
        ]
        for p in people
    ]
    return [data_table(styles, columns, rows, font_size=8)]
