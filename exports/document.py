"""The parts of an official document (GB/T 9704-2012) that every Ducha PDF shares.

A document opens with the red masthead (发文机关标志 with the issue and a red rule), the
title and the salutation (主送机关), numbers its sections 一、二、… in 黑体 and (一)(二)…
in 楷体, is signed by the issuing unit with the date, and closes with the 版记 at the
foot of its last page: 抄送, then 印发机关 and 印发日期, between rules. The page itself
(margins, page numbers, faces, line breaking) is exports/pdf_common.py, whose
``build_pdf`` adds the 版记 to every document; docs/documents.md describes the layout.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from console.core.i18n import tr_context
from exports.pdf_common import (
    PAGE_NUMBER_SIZE,
    RED,
    Fonts,
    PageFrame,
    Styles,
    face_for,
    is_cjk_text,
    long_date,
    make_styles,
    one_line,
    paragraph,
)
from glossary import YearMonth

_t = tr_context("document")
_bulletin = tr_context("bulletin")  # the masthead's words, as the bulletins always said them

NUMERALS = "一二三四五六七八九十"
THICK_RULE = 0.35 * mm  # 版记's first and last rule
THIN_RULE = 0.25 * mm  # between its items


def numeral(number: int) -> str:
    return NUMERALS[number - 1] if 1 <= number <= len(NUMERALS) else str(number)


def section_heading(number: int, text: str) -> str:
    """一级标题: "一、概况" / "1. Overview"."""
    return _t("{numeral}. {heading}").format(numeral=numeral(number), number=number, heading=text)


def subsection_heading(number: int, text: str) -> str:
    """二级标题: "（一）按单位" / "(1) By unit"."""
    return _t("({numeral}) {heading}").format(numeral=numeral(number), number=number, heading=text)


def salutation(styles: Styles) -> Paragraph:
    """主送机关, flush left under the title."""
    return styles.para(_bulletin("To all squads, town teams and departments:"), styles.plain)


class Masthead(Flowable):
    """The red masthead of an internal bulletin: its name, the issue, the issuing unit
    and date, and a double red rule."""

    def __init__(
        self,
        fonts: Fonts,
        issuer: str,
        issued_on: date,
        month: YearMonth,
        width: float,
        *,
        issue: str | None = None,  # the line under the name; default: the month's issue
    ) -> None:
        super().__init__()
        self.fonts = fonts
        self.issuer = one_line(issuer)  # drawn straight on the canvas, not as markup
        self.issued_on = issued_on
        self.month = month
        self.width = width
        self.issue = issue
        self.height = 36 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        fonts = self.fonts
        name = _bulletin("Supervision Bulletin")
        size = 30
        face = face_for(name, fonts.title_face, fonts)
        # Chinese mastheads are spaced out; English words are not.
        spacing = size * 0.35 if is_cjk_text(name) else 0
        text_width = stringWidth(name, face, size) + spacing * (len(name) - 1)
        c.setFillColor(RED)
        t = c.beginText((self.width - text_width) / 2, self.height - size)
        t.setFont(face, size)
        t.setCharSpace(spacing)
        t.textOut(name)
        t.setCharSpace(0)  # the text state outlives the text object
        c.drawText(t)
        c.setFillColor(colors.black)
        issue = self.issue or _bulletin("{year}, issue {issue}").format(
            year=self.month.year, issue=self.month.month
        )
        c.setFont(face_for(issue, fonts.body, fonts), 14)
        c.drawCentredString(self.width / 2, self.height - size - 24, issue)
        y = 5 * mm
        c.setFont(face_for(self.issuer, fonts.body, fonts), 14)
        c.drawString(PAGE_NUMBER_SIZE, y + 4, self.issuer)
        day = long_date(self.issued_on)
        c.setFont(face_for(day, fonts.body, fonts), 14)
        c.drawRightString(self.width - PAGE_NUMBER_SIZE, y + 4, day)
        c.setStrokeColor(RED)
        c.setLineWidth(2)
        c.line(0, y, self.width, y)
        c.setLineWidth(0.6)
        c.line(0, y - 3, self.width, y - 3)


class Imprint(Flowable):
    """版记: 抄送 (when there is one), then 印发机关 on the left and 印发日期 on the right,
    in 4号, each between rules as wide as the type area — thick first and last, thin
    between. It takes the rest of the last page and sits at its foot."""

    SIZE = PAGE_NUMBER_SIZE  # 4号
    ROW = 2.0 * PAGE_NUMBER_SIZE

    def __init__(self, fonts: Fonts, organ: str, issued_on: date, copy_to: str) -> None:
        super().__init__()
        self.fonts = fonts
        self.organ = one_line(organ)
        self.printed = _t("{date} printed").format(date=long_date(issued_on))
        self.copy_to = (
            _t("Copy to: {recipients}.").format(recipients=one_line(copy_to)) if copy_to else ""
        )
        self.rows = 2 if self.copy_to else 1
        self.width = 0.0
        self.height = 0.0

    def own_height(self) -> float:
        return self.rows * self.ROW

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        # All the room left, so that it is drawn at the foot of the page.
        self.height = max(self.own_height(), avail_height - 1)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        fonts, size, row, indent = self.fonts, self.SIZE, self.ROW, self.SIZE
        c.setStrokeColor(colors.black)
        top = self.own_height()
        c.setLineWidth(THICK_RULE)
        c.line(0, top, self.width, top)
        c.setLineWidth(THICK_RULE)
        c.line(0, 0, self.width, 0)
        baseline = row * 0.32
        if self.copy_to:
            c.setLineWidth(THIN_RULE)
            c.line(0, row, self.width, row)
            c.setFont(face_for(self.copy_to, fonts.body, fonts), size)
            c.drawString(indent, row + baseline, self.copy_to)
        c.setFont(face_for(self.organ, fonts.body, fonts), size)
        c.drawString(indent, baseline, self.organ)
        c.setFont(face_for(self.printed, fonts.body, fonts), size)
        c.drawRightString(self.width - indent, baseline, self.printed)


def default_copy_to() -> str:
    return _t("Bureau leaders")


def faces_note(fonts: Fonts) -> str:
    """The one line a document prints when the official faces are not installed."""
    if not fonts.missing:
        return ""
    return _t(
        "The official document faces ({faces}) are not installed on this computer; "
        "other faces stand in for them."
    ).format(faces=fonts.missing_text())


def closing_parts(page: PageFrame) -> list[Flowable]:
    """What ``build_pdf`` adds at the end of every document: the faces note (only when
    a face is missing) and the 版记."""
    fonts = page.fonts
    styles = make_styles(fonts)
    parts: list[Flowable] = []
    note = faces_note(fonts)
    if note:
        parts.append(paragraph(note, _note_style(styles), fonts))
    copy_to = default_copy_to() if page.copy_to is None else page.copy_to
    parts.append(Imprint(fonts, page.organ or page.issuer, page.issued_on, copy_to))
    return parts


def _note_style(styles: Styles) -> ParagraphStyle:
    return ParagraphStyle("faces-note", parent=styles.note, spaceBefore=6 * mm)
