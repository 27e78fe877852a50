"""The year's star-level review (辅助人员年度星级评定) as a document for signature: the
masthead, the title, an overview, the rule as applied, the proposed changes with their
reasons, and every person's level and pay tier, closed by the issuing unit and date.

A pure renderer: the review arrives gathered and permission-checked
(console.core.star_levels.review); nothing here queries. A review that cannot yet be
confirmed (the year not over, months not finalised) is marked provisional on every page.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from console.core.i18n import tr_context
from console.core.labels import label
from console.core.star_levels.review import CONFIRMED, ReviewRow, StarReview
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
    register_fonts,
    signature_block,
    title_paragraph,
)
from glossary import YearMonth

_t = tr_context("star_levels")


def review_title(bureau_name: str, year: int) -> str:
    return _t("{bureau}: review of the star levels of auxiliary staff, {year}").format(
        bureau=bureau_name, year=year
    )


def provisional(review: StarReview) -> bool:
    """Whether the review is not yet final: the year not over or a month not finalised."""
    return not review.year_over or bool(review.provisional)


def change_text(row: ReviewRow) -> str:
    if row.change > 0:
        return _t("up {n}").format(n=row.change)
    if row.change < 0:
        return _t("down {n}").format(n=-row.change)
    return _t("kept")


def training_text(row: ReviewRow) -> str:
    if not row.training_owed:
        return _t("none owed")
    return _t("met") if row.training_met else _t("not met")


def render_star_review(
    review: StarReview, path: str | os.PathLike[str], *, bureau_name: str, issued_on: date
) -> Path:
    """Lay the review out as a PDF and return the file written."""
    fonts = register_fonts()
    styles = make_styles(fonts)
    width = content_width()
    title = review_title(bureau_name, review.year)
    draft = provisional(review)
    mark = _t("Provisional") if draft else ""
    story: list[Flowable] = [
        Masthead(
            fonts,
            bureau_name,
            issued_on,
            YearMonth(review.year, 12),
            width,
            issue=_t("Star levels {year}").format(year=review.year),
        ),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        *([styles.para(_t("(provisional)"), styles.provisional)] if draft else []),
        styles.para(_t("To all squads, town teams and departments:"), styles.plain),
        styles.para(
            _t(
                "Under the bureau's star-level rules for auxiliary staff, the star levels "
                "for {next} were reviewed on the monthly grades, founded complaints and "
                "training of {year}, as follows."
            ).format(year=review.year, next=review.year + 1)
        ),
        styles.para(_t("1. Overview"), styles.heading),
        *_overview(styles, review),
        styles.para(_t("2. The rule applied"), styles.heading),
        *_rule(styles, review),
        styles.para(_t("3. Changes of level"), styles.heading),
        *_changes(styles, review, width),
        styles.para(_t("4. Levels and pay tiers of all staff reviewed"), styles.heading),
        _everyone(styles, review, width),
        Spacer(1, 14 * mm),
        signature_block(styles, bureau_name, issued_on),
    ]
    frame = PageFrame(
        issuer=bureau_name,
        issued_on=issued_on,
        running_title=title,
        mark=mark,
        fonts=fonts,
    )
    return build_pdf(path, story, frame, title=title, subject=str(review.year))


def _overview(styles: Styles, review: StarReview) -> list[Flowable]:
    rows = review.rows
    confirmed = sum(1 for r in rows if r.state == CONFIRMED)
    text = _t(
        "{n} auxiliary and assistant staff were reviewed: {up} go up one star, {down} go "
        "down one star and {kept} keep their level. {confirmed} of them are confirmed."
    ).format(
        n=len(rows),
        up=review.count(1),
        down=review.count(-1),
        kept=review.count(0),
        confirmed=confirmed,
    )
    out: list[Flowable] = [styles.para(text)]
    if review.provisional:
        out.append(
            styles.para(
                _t("Months not yet finalised: {months}. Their grades may still change.").format(
                    months=_t(", ").join(str(m) for m in review.provisional)
                )
            )
        )
    return out


def _rule(styles: Styles, review: StarReview) -> list[Flowable]:
    s = review.settings
    bands = _t(", ").join(
        _t("from {years} years: {level} stars").format(years=b.from_years, level=b.level)
        for b in sorted(s.service_bands, key=lambda b: b.from_years)
    )
    return [
        styles.para(
            _t(
                "Up one star with at least {n} excellent months and no fail month; down one "
                "star on any fail month or a founded complaint; levels stay within 1 to 5 "
                "stars, and 5 stars also need the year's training requirement met."
            ).format(n=s.excellent_needed)
        ),
        styles.para(
            _t("Staff without a level start from their years of service: {bands}.").format(
                bands=bands
            )
        ),
    ]


def _changes(styles: Styles, review: StarReview, width: float) -> list[Flowable]:
    changed = review.changes
    if not changed:
        return [styles.para(_t("No level changes this year."))]
    columns = fit_widths(
        [
            Column(_t("Staff no."), 50),
            Column(_t("Name"), 45),
            Column(_t("Unit"), 80, wrap=True),
            Column(_t("Level"), 36, centred=True),
            Column(_t("New level"), 45, centred=True),
            Column(_t("Reason"), 200, wrap=True),
        ],
        width,
    )
    rows = [
        [r.staff_no, r.name, r.unit_name, str(r.level), str(r.proposed), r.reason_text]
        for r in changed
    ]
    return [data_table(styles, columns, rows)]


def _everyone(styles: Styles, review: StarReview, width: float) -> Flowable:
    columns = fit_widths(
        [
            Column(_t("Staff no."), 50),
            Column(_t("Name"), 42),
            Column(_t("Unit"), 52, wrap=True),
            Column(_t("Category"), 40),
            Column(_t("Excellent"), 30, numeric=True),
            Column(_t("Fail"), 36, numeric=True),
            Column(_t("Complaints"), 46, numeric=True),
            Column(_t("Training"), 36, centred=True),
            Column(_t("Level"), 36, centred=True),
            Column(_t("New level"), 45, centred=True),
            Column(_t("Pay tier"), 76, numeric=True),  # "300 yuan/month" whole on A4
        ],
        width,
    )
    rows = [
        [
            r.staff_no,
            r.name,
            r.unit_name,
            label(r.category),
            str(r.excellent),
            str(r.fails),
            str(r.founded_complaints),
            training_text(r),
            str(r.level),
            str(r.proposed),
            r.pay_proposed,
        ]
        for r in review.rows
    ]
    return data_table(styles, columns, rows, font_size=8)
