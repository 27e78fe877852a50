"""The red and black lists (红黑榜) of a month or a quarter, for public posting.

A4 portrait under the bulletin's red masthead: the rule the lists follow and how a tie
at the cut was settled, the red list, the black list, the issuing unit and the date.
A period not wholly finalised is marked provisional in the title and on every page.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from console.core.decisions.honour_roll import Cut, HonourRoll, RollEntry, honour_roll
from console.core.i18n import tr_context
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
    title_paragraph,
)
from glossary import YearMonth

_t = tr_context("decisions")


def write_honour_roll(
    session: Session,
    user: User,
    year: int,
    path: str | os.PathLike[str],
    *,
    month: int | None = None,
    quarter: int | None = None,
    bureau_name: str,
    issued_on: date,
) -> Path:
    """Gather the lists (console.core.decisions.honour_roll) and write them to ``path``."""
    roll = honour_roll(session, user, year, month=month, quarter=quarter, today=issued_on)
    return render_honour_roll(roll, path, bureau_name=bureau_name, issued_on=issued_on)


def period_words(roll: HonourRoll) -> str:
    if roll.month is not None:
        return str(YearMonth(roll.year, roll.month))
    return _t("Q{quarter} {year}").format(quarter=roll.quarter, year=roll.year)


def render_honour_roll(
    roll: HonourRoll, path: str | os.PathLike[str], *, bureau_name: str, issued_on: date
) -> Path:
    """Lay the gathered lists out as a PDF (no queries here)."""
    fonts = register_fonts()
    styles = make_styles(fonts)
    width = content_width()
    title = _t("{bureau}: red and black lists, {period}").format(
        bureau=bureau_name, period=period_words(roll)
    )
    provisional = not roll.finalised
    mark = _t("Provisional") if provisional else ""
    heading_title = title + (_t(" (provisional)") if provisional else "")
    score_name = _t("Total") if roll.month is not None else _t("Average")
    story: list[Flowable] = [
        Masthead(fonts, bureau_name, issued_on, roll.months[-1], width, issue=period_words(roll)),
        title_paragraph(title, styles.title, fonts, organ=bureau_name, width=width),
        *([styles.para(_t("(provisional)"), styles.provisional)] if provisional else []),
        styles.para(_rule(roll)),
        *[styles.para(text) for text in _ties(roll)],
        styles.para(_t("1. Red list ({n} people)").format(n=len(roll.red)), styles.heading),
        *_table(styles, roll.red, score_name, width, _t("No one is on the red list.")),
        styles.para(_t("2. Black list ({n} people)").format(n=len(roll.black)), styles.heading),
        *_table(styles, roll.black, score_name, width, _t("No one is on the black list.")),
        Spacer(1, 14 * mm),
        signature_block(styles, bureau_name, issued_on),
    ]
    frame = PageFrame(
        issuer=bureau_name,
        issued_on=issued_on,
        running_title=heading_title,
        mark=mark,
        fonts=fonts,
    )
    return build_pdf(path, story, frame, title=heading_title, subject=period_words(roll))


def _rule(roll: HonourRoll) -> str:
    ranked_by = (
        _t("the month's total")
        if roll.month is not None
        else _t("the average monthly total over the quarter's months")
    )
    return _t(
        "{ranked} people were ranked by {by}. The red list names the stars of the period "
        "and the top {n}, except anyone graded fail in the period; the black list names "
        "everyone graded fail in the period and the bottom {n}, except anyone on the red list."
    ).format(ranked=roll.ranked, by=ranked_by, n=roll.size)


def _tie_text(cut: Cut | None, top: bool) -> str:
    if cut is None:
        return ""
    n, score, listed = min(cut.size, cut.listed), points(cut.score), cut.listed
    if top:
        text = (
            _t(
                "The top {n} end at {score}; {listed} people reach it, a tie at the cut, "
                "so all of them are listed."
            )
            if cut.tied
            else _t("The top {n} end at {score}, with no tie at the cut.")
        )
    else:
        text = (
            _t(
                "The bottom {n} end at {score}; {listed} people are at or below it, a tie "
                "at the cut, so all of them are listed."
            )
            if cut.tied
            else _t("The bottom {n} end at {score}, with no tie at the cut.")
        )
    return text.format(n=n, score=score, listed=listed)


def _ties(roll: HonourRoll) -> list[str]:
    texts = [_tie_text(roll.top, True), _tie_text(roll.bottom, False)]
    return [t for t in texts if t]


def _table(
    styles: Styles, entries: list[RollEntry], score_name: str, width: float, empty: str
) -> list[Flowable]:
    if not entries:
        return [styles.para(empty)]
    columns = fit_widths(
        [
            Column(_t("Rank"), 12, numeric=True),
            Column(_t("Staff no."), 18, centred=True),
            Column(_t("Name"), 18),
            Column(_t("Unit"), 40),
            Column(score_name, 16, numeric=True),
            Column(_t("Why listed"), 60, wrap=True),
        ],
        width,
    )
    rows = [
        [
            str(e.person.rank),
            e.person.staff_no,
            e.person.name,
            e.person.unit_name,
            points(e.person.score),
            _t("; ").join(e.reasons),
        ]
        for e in entries
    ]
    return [data_table(styles, columns, rows)]
