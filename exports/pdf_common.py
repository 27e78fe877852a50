"""What every Ducha PDF shares: the GB/T 9704-2012 page (A4, margins 37/35/28/26 mm,
page numbers "— n —" in 4号 on the outer side, the 版记 closing the last page), the
paragraph styles of an official document (仿宋 3号 body, 小标宋 2号 title, 黑体 and 楷体
headings), Chinese line breaking, and the one data-table builder.

The faces are found and registered by exports/faces.py (re-exported here); the parts of
a document that open and close it (masthead, salutation, 版记) are in exports/document.py.
docs/documents.md describes the layout.
"""

from __future__ import annotations

import math
import os
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from console.core import i18n
from console.core.i18n import N_, tr_context
from console.core.labels import label
from exports import linebreak

# Re-exported: the other exports import the faces from here.
from exports.faces import FONT_FILE as FONT_FILE
from exports.faces import SHIPPED_FACE as SHIPPED_FACE
from exports.faces import Fonts as Fonts
from exports.faces import covers as covers
from exports.faces import face_for as face_for
from exports.faces import markup as markup
from exports.faces import register_fonts as register_fonts
from exports.faces import system_font_dir as system_font_dir
from exports.safe_text import printable
from glossary import Star

_t = tr_context("reports")

# Colours of a Chinese official document: red masthead, black text, quiet grey rules.
RED = colors.HexColor("#C00000")
RULE = colors.HexColor("#9AA3AD")
HEADER_FILL = colors.HexColor("#E4E9F0")
ZEBRA = colors.HexColor("#F4F6F9")
MUTED = colors.HexColor("#555555")

# GB/T 9704-2012 on A4: 天头 37 mm, 订口 28 mm, so a type area of 156 × 225 mm.
MARGINS = (28 * mm, 26 * mm, 37 * mm, 35 * mm)  # left, right, top, bottom
PAGE_NUMBER_SIZE = 14.0  # 4号
PAGE_NUMBER_GAP = 7 * mm  # from the foot of the type area to the page number's dashes
FOOTER_Y = 10 * mm  # the issuing unit's line, under the page number

_chinese_line_breaking = linebreak.install
_chinese_line_breaking()


# ---------------------------------------------------------------------------- words


_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def month_name(month: int) -> str:
    return _t(_MONTHS[month - 1])


def long_date(day: date) -> str:
    """A date as it is written under a signature: 2026年11月22日 / 22 November 2026."""
    return _t("{day} {month_name} {year}").format(
        day=day.day, month_name=month_name(day.month), year=day.year
    )


def star_label(star: Star) -> str:
    return label(star)


def stars_text(stars: Sequence[Star]) -> str:
    return _t(", ").join(star_label(s) for s in stars)


def points(value: Decimal | None) -> str:
    """A score or points figure with its two decimals ('' for none)."""
    return "" if value is None else f"{value:.2f}"


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else ""


def cjk_language() -> bool:
    return i18n.language() == "zh_CN"


def is_cjk_text(text: str) -> bool:
    """Mostly Chinese: break lines between any characters (English breaks at spaces)."""
    cjk = sum(1 for ch in text if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return cjk > latin


# ---------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    title: ParagraphStyle
    provisional: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    plain: ParagraphStyle  # body without the first-line indent
    note: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    signature: ParagraphStyle

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain (unescaped) text, with per-character font fallback."""
        return paragraph(text, style or self.body, self.fonts)


class BalancedParagraph(Paragraph):
    """A centred title whose lines are of even length: the greedy break leaves a last
    line of one or two characters, which looks like a mistake on a title."""

    _offset = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        lines = len(getattr(self.blPara, "lines", ()))
        # Only a title of a few lines is balanced: one that runs on (a stored name of
        # thousands of characters) would cost seconds of re-wrapping for nothing.
        if lines < 2 or lines > 4:
            self._offset = 0.0
            return width, height
        low, high = avail_width / lines, avail_width
        while high - low > 2:
            middle = (low + high) / 2
            super().wrap(middle, avail_height)
            if len(self.blPara.lines) > lines:
                low = middle
            else:
                high = middle
        _, height = super().wrap(high, avail_height)
        self._offset = (avail_width - high) / 2
        return avail_width, height

    bold = False  # drawn emboldened: 宋体 standing in for 小标宋

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not self.bold:
            super().drawOn(canvas, x + self._offset, y, _sW)
            return
        # 宋体 has no bold face: the glyphs are filled and outlined (PDF text render mode
        # 2), which is how a word processor emboldens it.
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(self.style.fontSize * 0.03)
        canvas.addLiteral("2 Tr")
        super().drawOn(canvas, x + self._offset, y, _sW)
        canvas.addLiteral("0 Tr")
        canvas.restoreState()


def title_paragraph(
    text: str, style: ParagraphStyle, fonts: Fonts, *, organ: str = "", width: float = 0
) -> Paragraph:
    """A title on balanced lines. A Chinese title too long for one line that opens with
    the issuing organ breaks after it, as official titles do (机关名称 / 事由 / 文种)."""
    wrap = "CJK" if is_cjk_text(text) else None
    if style.wordWrap != wrap:
        style = _wrapped(style, wrap)
    rest = text[len(organ) :] if organ and text.startswith(organ) else ""
    room = (width or content_width()) - style.leftIndent - style.rightIndent
    too_wide = stringWidth(text, style.fontName, style.fontSize) > room
    if wrap and rest and too_wide:
        body = markup(organ, style.fontName, fonts) + "<br/>" + markup(rest, style.fontName, fonts)
    else:
        body = markup(text, style.fontName, fonts)
    title = BalancedParagraph(body, style)
    title.bold = fonts.title_bold and style.fontName == fonts.title
    return title


def paragraph(text: str, style: ParagraphStyle, fonts: Fonts) -> Paragraph:
    """Plain text as a paragraph: per-character font fallback, and Chinese line breaking
    when the text is Chinese (decided by the text, so an untranslated string still wraps
    at spaces)."""
    wrap = "CJK" if is_cjk_text(text) else None
    if style.wordWrap != wrap:
        style = _wrapped(style, wrap)
    return Paragraph(markup(text, style.fontName, fonts), style)


_WRAPPED: dict[tuple[int, str | None], ParagraphStyle] = {}


# A table row must fit on a page, or reportlab gives up on the whole document. No real
# entry comes near this height (about 18 lines of a cell); a longer text is cut short.
MAX_CELL_HEIGHT = 200.0


def fitted_cell(
    text: str,
    style: ParagraphStyle,
    fonts: Fonts,
    width: float,
    max_height: float = MAX_CELL_HEIGHT,
) -> Paragraph:
    """A wrapping table cell no taller than ``max_height``: a text too long for it ends
    in "…" where it is cut."""
    cell = paragraph(text, style, fonts)
    if cell.wrap(width, 100_000)[1] <= max_height:
        return cell
    fits, too_long = 0, len(text)
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if paragraph(text[:middle] + "…", style, fonts).wrap(width, 100_000)[1] <= max_height:
            fits = middle
        else:
            too_long = middle
    return paragraph(text[:fits] + "…", style, fonts)


def one_line(text: str) -> str:
    """Stored text for a place that holds one line (a table cell, a page footer): only
    printable characters, and line breaks or tabs as single spaces."""
    return " ".join(printable(text).split())


CHART_LABEL = 24  # characters: longer axis labels would squeeze the plot to nothing


def chart_label(text: str) -> str:
    """Stored text as a chart's axis label: one printable line, cut short with "…"."""
    text = one_line(text)
    return text if len(text) <= CHART_LABEL else text[: CHART_LABEL - 1] + "…"


def _wrapped(style: ParagraphStyle, wrap: str | None) -> ParagraphStyle:
    key = (id(style), wrap)
    found = _WRAPPED.get(key)
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}-{wrap}", parent=style, wordWrap=wrap)
        _WRAPPED[key] = found
    return found


BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
# 22 lines to the 225 mm type area, as the standard sets it.
LINE_PITCH = 225 * mm / 22


def make_styles(fonts: Fonts) -> Styles:
    """The styles of an official document: body 仿宋 3号 with a two-character first-line
    indent on the standard's line pitch, title 小标宋 2号, headings 黑体 (first level) and
    楷体 (second level) in 3号; notes and tables smaller."""
    base = ParagraphStyle(
        "ducha-body",
        fontName=fonts.body,
        fontSize=BODY_SIZE,
        leading=LINE_PITCH,
        alignment=TA_LEFT,
        firstLineIndent=2 * BODY_SIZE,  # 首行缩进两字
        spaceAfter=0,
    )
    return Styles(
        fonts=fonts,
        title=ParagraphStyle(
            "ducha-title",
            parent=base,
            fontName=fonts.title_face,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * 1.5,
            alignment=TA_CENTER,
            firstLineIndent=0,
            leftIndent=TITLE_SIZE,  # a title keeps clear of the margins
            rightIndent=TITLE_SIZE,
            spaceBefore=6,
            spaceAfter=LINE_PITCH / 2,
        ),
        provisional=ParagraphStyle(
            "ducha-provisional",
            parent=base,
            fontName=fonts.heading,
            fontSize=BODY_SIZE,
            leading=BODY_SIZE * 1.4,
            alignment=TA_CENTER,
            firstLineIndent=0,
            textColor=RED,
            spaceBefore=-6,
            spaceAfter=10,
        ),
        subtitle=ParagraphStyle(
            "ducha-subtitle",
            parent=base,
            fontName=fonts.subheading_face,
            fontSize=BODY_SIZE,
            leading=LINE_PITCH,
            alignment=TA_CENTER,
            firstLineIndent=0,
            textColor=MUTED,
            spaceAfter=6,
        ),
        heading=ParagraphStyle(
            "ducha-heading",
            parent=base,
            fontName=fonts.heading,  # 一级标题 黑体
            firstLineIndent=2 * BODY_SIZE,
            spaceBefore=6,  # clear of a table above it
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "ducha-subheading",
            parent=base,
            fontName=fonts.subheading_face,  # 二级标题 楷体
            firstLineIndent=2 * BODY_SIZE,
            keepWithNext=1,
        ),
        body=base,
        plain=ParagraphStyle("ducha-plain", parent=base, firstLineIndent=0),
        note=ParagraphStyle(
            "ducha-note",
            parent=base,
            fontSize=10.5,
            leading=15,
            firstLineIndent=0,
            textColor=MUTED,
            spaceBefore=3,
            spaceAfter=3,
        ),
        cell=ParagraphStyle(
            "ducha-cell", parent=base, fontSize=8.5, leading=10.5, firstLineIndent=0, spaceAfter=0
        ),
        header_cell=ParagraphStyle(
            "ducha-header-cell",
            parent=base,
            fontName=fonts.heading,
            fontSize=8.5,
            leading=10.5,
            firstLineIndent=0,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        signature=ParagraphStyle(
            "ducha-signature",
            parent=base,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
        ),
    )


# ---------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # points
    numeric: bool = False  # right-aligned
    centred: bool = False
    wrap: bool = False  # long text: a wrapping paragraph instead of one line


PAD_TOP, PAD_BOTTOM, PAD_SIDE = 2.0, 2.5, 3.0


def data_table(
    styles: Styles,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    zebra: bool = True,
    font_size: float = 8.5,
    total_row: bool = False,
    muted: Collection[int] = (),
) -> Table:
    """A data table that repeats its header on every page it spans, with zebra rows and
    right-aligned numbers.

    Cells are plain strings, drawn on one line; ``wrap`` columns, and any text too wide
    for its column, become wrapping paragraphs. A cell the body face cannot draw is
    switched to the shipped face. Rows listed in ``muted`` (0-based data rows) are grey.
    Row heights are worked out here, so that reportlab need not measure every cell of a
    3,000-row ranking again each time it splits the table at a page end.
    """
    fonts = styles.fonts
    body_face = styles.cell.fontName
    check_faces = body_face != fonts.fallback
    leading = font_size + 2
    cell_style = ParagraphStyle("cell", parent=styles.cell, fontSize=font_size, leading=leading)
    muted_style = ParagraphStyle("muted-cell", parent=cell_style, textColor=MUTED)
    room = [c.width - 2 * PAD_SIDE for c in columns]
    header = [_header_cell(c.header, styles, w) for c, w in zip(columns, room, strict=True)]
    heights = [max(p.wrap(w, 1000)[1] for p, w in zip(header, room, strict=True))]
    data: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), body_face, font_size, leading),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_SIDE),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_SIDE),
    ]
    for i, c in enumerate(columns):
        if c.numeric:
            commands.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
        elif c.centred:
            commands.append(("ALIGN", (i, 1), (i, -1), "CENTER"))
    if zebra and len(rows) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    muted = set(muted)
    for r, row in enumerate(rows, start=1):
        grey = r - 1 in muted
        if grey:
            commands.append(("TEXTCOLOR", (0, r), (-1, r), MUTED))
        height = leading
        line: list[Any] = []
        for i, (c, raw) in enumerate(zip(columns, row, strict=True)):
            value = one_line(raw)
            # No glyph is wider than 1 em: most cells are known to fit without measuring.
            if value and (
                c.wrap
                or (
                    len(value) * font_size > room[i]
                    and stringWidth(value, face_for(value, body_face, fonts), font_size) > room[i]
                )
            ):
                cell = fitted_cell(value, muted_style if grey else cell_style, fonts, room[i])
                height = max(height, cell.wrap(room[i], 10_000)[1])
                line.append(cell)
                continue
            if check_faces and value and not covers(body_face, value):
                commands.append(("FONTNAME", (i, r), (i, r), fonts.fallback))
            line.append(value)
        data.append(line)
        heights.append(height)
    if total_row and rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black))
        commands.append(("FONTNAME", (0, -1), (-1, -1), styles.heading.fontName))
    table = Table(
        data,
        colWidths=[c.width for c in columns],
        rowHeights=[h + PAD_TOP + PAD_BOTTOM for h in heights],
        repeatRows=1,
        hAlign="CENTER",
    )
    table.setStyle(TableStyle(commands))
    return table


HEADER_MIN_SIZE = 6.0


def _header_cell(text: str, styles: Styles, room: float) -> Paragraph:
    """A column heading that never breaks inside a word: an English word too long for
    its column ('Deductions' over a column of figures) is set smaller; a Chinese heading
    has no spaces to break at, so it is set smaller until it fits on one line, and only
    a heading too long even then is broken, into lines as even as can be."""
    style = styles.header_cell
    face = style.fontName
    cjk = is_cjk_text(text)
    pieces = [text] if cjk else text.split()
    longest = max((stringWidth(w, face, style.fontSize) for w in pieces), default=0)
    if longest > room:
        size = max(HEADER_MIN_SIZE, style.fontSize * room / longest * 0.97)
        style = ParagraphStyle(
            f"{style.name}-{size:.1f}", parent=style, fontSize=size, leading=size + 2
        )
        if cjk and stringWidth(text, face, size) > room:
            lines = math.ceil(stringWidth(text, face, size) / room)
            per_line = math.ceil(len(text) / lines)
            text = "\n".join(text[i : i + per_line] for i in range(0, len(text), per_line))
            return Paragraph(
                "<br/>".join(markup(t, face, styles.fonts) for t in text.split("\n")),
                _wrapped(style, "CJK"),
            )
    return paragraph(text, style, styles.fonts)


def signature_block(styles: Styles, issuer: str, issued_on: date) -> Table:
    """落款: the issuing unit with the date centred under it, four characters' space from
    the right margin, as official documents sign."""
    style = styles.signature
    day = long_date(issued_on)
    width = max(stringWidth(text, style.fontName, style.fontSize) for text in (issuer, day))
    rows = [[styles.para(issuer, style), ""], [styles.para(day, style), ""]]
    table = Table(rows, colWidths=[width + 12, 4 * style.fontSize], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                # Every cell gets a face: an empty cell would otherwise select Helvetica,
                # which then appears (not embedded) among the file's fonts.
                ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def fit_widths(columns: Sequence[Column], available: float) -> list[Column]:
    """Scale the columns to fill exactly the available width."""
    total = sum(c.width for c in columns)
    return [
        Column(c.header, c.width * available / total, c.numeric, c.centred, c.wrap) for c in columns
    ]


# ---------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class PageFrame:
    """What is printed on every page around the flowing content, and the 版记 that
    closes the document (see ``build_pdf``)."""

    issuer: str  # issuing unit (with a bulletin's code), small at the foot of every page
    issued_on: date
    running_title: str = ""  # top of every page after the first
    mark: str = ""  # top right of every page, e.g. 未定稿 on a provisional document
    fonts: Fonts = field(default_factory=lambda: register_fonts())
    organ: str = ""  # 印发机关 in the 版记; the issuer when blank
    copy_to: str | None = None  # 抄送 in the 版记; None: the default, "": no 抄送 line
    imprint: bool = True  # close the document with a 版记

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        left, right, _top, bottom = MARGINS
        fonts = self.fonts
        canvas.saveState()
        number = page_number_text(page)
        face = face_for(number, fonts.page_number_face, fonts)
        canvas.setFont(face, PAGE_NUMBER_SIZE)
        # The dashes' top 7 mm under the type area; odd pages on the right, even pages
        # on the left, one character in from the edge of the type area (单页码居右空一字).
        y = bottom - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE * 0.8
        if page % 2:
            canvas.drawRightString(width - right - PAGE_NUMBER_SIZE, y, number)
        else:
            canvas.drawString(left + PAGE_NUMBER_SIZE, y, number)
        canvas.setFillColor(MUTED)
        footer = _t("{issuer}   {date}").format(
            issuer=one_line(self.issuer), date=long_date(self.issued_on)
        )
        _text(canvas, fonts, 8, width / 2, FOOTER_Y, footer, align="centre")
        top = canvas._pagesize[1] - 15 * mm
        if self.running_title and page > 1:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            _text(canvas, fonts, 8.5, left, top, self.running_title)
            canvas.line(left, top - 4, width - right, top - 4)
        if self.mark:
            canvas.setFillColor(RED)
            _text(canvas, fonts, 10, width - right, top, self.mark, align="right")
        canvas.restoreState()


def page_number_text(page: int) -> str:
    """The page number as GB/T 9704 prints it: an em dash either side, "— 3 —"."""
    return f"\u2014 {page} \u2014"


def _text(
    canvas: Canvas,
    fonts: Fonts,
    size: float,
    x: float,
    y: float,
    text: str,
    align: str = "left",
) -> None:
    text = one_line(text)
    canvas.setFont(face_for(text, fonts.body, fonts), size)
    if align == "centre":
        canvas.drawCentredString(x, y, text)
    elif align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def numbered_canvas(frame: PageFrame) -> Callable[..., Canvas]:
    """A canvas class that knows the page count: pages are kept until the document is
    complete, then each gets its page number and footer and is written out."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                frame.draw(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return pagesize[0] - MARGINS[0] - MARGINS[1]


def build_pdf(
    path: str | os.PathLike[str],
    story: list[Flowable],
    page: PageFrame,
    *,
    title: str,
    subject: str = "",
    pagesize: tuple[float, float] = A4,
) -> Path:
    """Lay out the story on A4 pages and write it to ``path``.

    The GB/T 9704 page: its margins, the page numbers, and (unless ``page.imprint`` is
    off) a 版记 at the foot of the last page, preceded by a one-line note when the
    official faces were not found (exports/document.py).

    Written to a temporary file beside the target and moved into place, so a failure
    (disk full, the old file open in a viewer) never leaves half a document. Raises
    OSError (PermissionError when the target is locked) for the caller to show.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.tmp")
    left, right, top, bottom = MARGINS
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=one_line(title),
        author=one_line(page.issuer),
        subject=one_line(subject),
        creator="Ducha",
        lang="zh-CN" if cjk_language() else "en",
        # Not Helvetica, which would be listed as a font of the file and is not embedded.
        initialFontName=page.fonts.body,
    )
    # No frame padding: the content is exactly as wide as the margins say (content_width).
    body = Frame(
        left,
        bottom,
        pagesize[0] - left - right,
        pagesize[1] - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="a4", frames=[body])])
    if page.imprint:
        # Imported here: exports.document builds on this module.
        from exports.document import closing_parts

        story = [*story, *closing_parts(page)]
    try:
        doc.build(story, canvasmaker=numbered_canvas(page))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
