"""What every Ducha PDF shares: embedded Chinese fonts, the A4 page with its footer
("第 N 页 共 M 页", issuing unit, date), paragraph styles and the data-table style.

Fonts: reportlab embeds only TrueType outlines and never falls back per character. The
shipped WenQuanYi Micro Hei covers every basic CJK ideograph (rare name characters such
as 喆堃玥璟 included) and is always registered. On Windows the GB/T 9704 faces SimSun
(body) and SimHei (headings) give the official look when present; any text with a
character they lack is drawn in the shipped face instead (see ``markup`` and
``face_for``), so no name ever prints as a blank box.
"""

from __future__ import annotations

import hashlib
import html
import os
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFError, TTFont
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
from exports.safe_text import printable
from glossary import Star

_t = tr_context("reports")

FONT_FILE = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "wqy-microhei.ttc"
SHIPPED_FACE = "DuchaSans"

# Colours of a Chinese official document: red masthead, black text, quiet grey rules.
RED = colors.HexColor("#C00000")
RULE = colors.HexColor("#9AA3AD")
HEADER_FILL = colors.HexColor("#E4E9F0")
ZEBRA = colors.HexColor("#F4F6F9")
MUTED = colors.HexColor("#555555")

MARGINS = (20 * mm, 20 * mm, 18 * mm, 20 * mm)  # left, right, top, bottom
FOOTER_Y = 10 * mm


def _chinese_line_breaking() -> None:
    """Chinese punctuation that may not open a line (GB/T 15834): reportlab's CJK list
    comes from Japanese and lacks the full-width comma and a few others, which let a line
    of a bulletin begin with "，"."""
    import reportlab.lib.textsplit as textsplit
    import reportlab.platypus.paragraph as paragraph_module

    extra = "".join(
        c for c in "，、。；：？！）》」』】〉”’" if c not in paragraph_module.ALL_CANNOT_START
    )
    paragraph_module.ALL_CANNOT_START += extra
    textsplit.ALL_CANNOT_START += extra


_chinese_line_breaking()


# ---------------------------------------------------------------------------- fonts


@dataclass(frozen=True)
class Fonts:
    body: str  # 正文: SimSun on Windows, else the shipped face
    heading: str  # 标题: SimHei on Windows, else the shipped face
    fallback: str = SHIPPED_FACE  # covers what the others lack


def system_font_dir() -> Path | None:
    """Windows' font folder, where SimSun and SimHei live; None elsewhere."""
    if os.name != "nt":
        return None
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    return Path(windir) / "Fonts"


def _register(name: str, path: Path) -> bool:
    """Register a TrueType face (face 0 of a collection); False if it cannot be embedded."""
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    if not path.is_file():
        return False
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError):
        # PostScript outlines, a licence that forbids embedding, a damaged file.
        return False
    return True


@cache
def register_fonts(font_dir: Path | None = None, *, use_system: bool = True) -> Fonts:
    """Register the faces once per process and say which to use for what.

    ``font_dir`` replaces the Windows font folder (tests); ``use_system=False`` uses
    only the shipped face.
    """
    if not _register(SHIPPED_FACE, FONT_FILE):
        raise FileNotFoundError(f"the shipped font is missing: {FONT_FILE}")
    folder = font_dir if font_dir is not None else system_font_dir()
    if not use_system or folder is None:
        return Fonts(SHIPPED_FACE, SHIPPED_FACE)
    # Names tied to the folder, so that faces from different folders never collide.
    tag = "" if font_dir is None else "-" + hashlib.sha1(str(folder).encode()).hexdigest()[:8]
    song, hei = f"DuchaSong{tag}", f"DuchaHei{tag}"
    body = song if _register(song, folder / "simsun.ttc") else SHIPPED_FACE
    heading = hei if _register(hei, folder / "simhei.ttf") else body
    return Fonts(body, heading)


@cache
def _coverage(face: str) -> frozenset[int]:
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


def covers(face: str, text: str) -> bool:
    """Whether the face has a glyph for every (non-space) character of the text."""
    chars = _coverage(face)
    return all(ord(ch) in chars for ch in text if not ch.isspace())


def face_for(text: str, face: str, fonts: Fonts) -> str:
    """The face to draw a whole string in: the wanted one if it covers it, else the
    shipped one (for canvas strings and plain table cells, which take one face)."""
    return face if face == fonts.fallback or covers(face, text) else fonts.fallback


def markup(text: str, face: str, fonts: Fonts) -> str:
    """Paragraph markup for plain text: XML-escaped, with every run of characters the
    face lacks switched to the shipped face — per-character fallback.

    Stored text is only ever text here: a name such as ``<b>`` or ``&amp;`` prints as
    typed, and characters no PDF text can carry (control characters) are dropped.
    """
    text = printable(text)
    if face == fonts.fallback or covers(face, text):
        return html.escape(text, quote=False)
    chars = _coverage(face)
    out: list[str] = []
    run: list[str] = []
    missing = False
    for ch in text:
        lacks = not ch.isspace() and ord(ch) not in chars
        if lacks != missing and run:
            out.append(_run("".join(run), fonts.fallback if missing else None))
            run = []
        missing = lacks
        run.append(ch)
    if run:
        out.append(_run("".join(run), fonts.fallback if missing else None))
    return "".join(out)


def _run(text: str, face: str | None) -> str:
    escaped = html.escape(text, quote=False)
    return f'<font face="{face}">{escaped}</font>' if face else escaped


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

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x + self._offset, y, _sW)


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
    return BalancedParagraph(body, style)


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


def make_styles(fonts: Fonts) -> Styles:
    base = ParagraphStyle(
        "ducha-body",
        fontName=fonts.body,
        fontSize=11.5,
        leading=20,
        alignment=TA_LEFT,
        firstLineIndent=2 * 11.5,  # 首行缩进两字
        spaceAfter=4,
    )
    return Styles(
        fonts=fonts,
        title=ParagraphStyle(
            "ducha-title",
            parent=base,
            fontName=fonts.heading,
            fontSize=17,
            leading=26,
            alignment=TA_CENTER,
            firstLineIndent=0,
            leftIndent=2 * 17,  # a title keeps clear of the margins
            rightIndent=2 * 17,
            spaceBefore=6,
            spaceAfter=10,
        ),
        provisional=ParagraphStyle(
            "ducha-provisional",
            parent=base,
            fontName=fonts.heading,
            fontSize=13,
            leading=18,
            alignment=TA_CENTER,
            firstLineIndent=0,
            textColor=RED,
            spaceBefore=-6,
            spaceAfter=10,
        ),
        subtitle=ParagraphStyle(
            "ducha-subtitle",
            parent=base,
            fontSize=10.5,
            leading=15,
            alignment=TA_CENTER,
            firstLineIndent=0,
            textColor=MUTED,
            spaceAfter=8,
        ),
        heading=ParagraphStyle(
            "ducha-heading",
            parent=base,
            fontName=fonts.heading,
            fontSize=13,
            leading=20,
            firstLineIndent=0,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "ducha-subheading",
            parent=base,
            fontName=fonts.heading,
            fontSize=10.5,
            leading=15,
            firstLineIndent=0,
            spaceBefore=4,
            spaceAfter=3,
        ),
        body=base,
        plain=ParagraphStyle("ducha-plain", parent=base, firstLineIndent=0),
        note=ParagraphStyle(
            "ducha-note",
            parent=base,
            fontSize=9,
            leading=13,
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


def _header_cell(text: str, styles: Styles, room: float) -> Paragraph:
    """A column heading; one word too long for its column ('Deductions' over a column
    of figures) is set smaller rather than broken in the middle."""
    style = styles.header_cell
    if not is_cjk_text(text):
        longest = max(
            (stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0
        )
        if longest > room:
            size = max(6.0, style.fontSize * room / longest * 0.97)
            style = ParagraphStyle(
                f"{style.name}-{size:.1f}", parent=style, fontSize=size, leading=size + 2
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
    """What is printed on every page around the flowing content."""

    issuer: str  # issuing unit, bottom left
    issued_on: date  # bottom right
    running_title: str = ""  # top of every page after the first
    mark: str = ""  # top right of every page, e.g. 未定稿 on a provisional document
    fonts: Fonts = field(default_factory=lambda: register_fonts())

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        left, right, _top, _bottom = MARGINS
        fonts = self.fonts
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, FOOTER_Y + 11, width - right, FOOTER_Y + 11)
        canvas.setFillColor(MUTED)
        _text(canvas, fonts, 8.5, left, FOOTER_Y, self.issuer)
        _text(
            canvas,
            fonts,
            8.5,
            width / 2,
            FOOTER_Y,
            _t("Page {page} of {pages}").format(page=page, pages=pages),
            align="centre",
        )
        _text(canvas, fonts, 8.5, width - right, FOOTER_Y, long_date(self.issued_on), align="right")
        top = canvas._pagesize[1] - 11 * mm
        if self.running_title and page > 1:
            _text(canvas, fonts, 8.5, left, top, self.running_title)
            canvas.line(left, top - 4, width - right, top - 4)
        if self.mark:
            canvas.setFillColor(RED)
            _text(canvas, fonts, 10, width - right, top, self.mark, align="right")
        canvas.restoreState()


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
    complete, then each gets its footer ("第 N 页 共 M 页") and is written out."""

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
    try:
        doc.build(story, canvasmaker=numbered_canvas(page))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
