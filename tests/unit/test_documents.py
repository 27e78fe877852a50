"""Printed documents fit for signature (GB/T 9704-2012), read back from the PDF itself.

A4 with margins 37/35/28/26 mm, page numbers "— n —" in 4号 on the outer side, a 版记
(抄送, 印发机关 and 印发日期) at the foot of the last page, the official faces used when
the machine has them, and one line saying so when it does not.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from exports import document, faces, pdf_common
from exports.pdf_common import PageFrame, build_pdf, make_styles, register_fonts

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

A4_W, A4_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 28 * mm, 26 * mm, 37 * mm, 35 * mm
ISSUED = date(2026, 11, 22)
ORGAN = "临江市综合行政执法局"
LINE = "各单位要对照本通报逐项自查自纠，举一反三，切实加强队伍作风建设和执法规范化建设。"


def _words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words: (xMin, yMin, xMax, yMax, text), y measured from the top."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    pages = []
    for page in re.findall(r"<page (.*?)</page>", html, flags=re.S):
        width, height = (float(v) for v in re.findall(r'(?:width|height)="([\d.]+)"', page)[:2])
        assert (round(width, 1), round(height, 1)) == (round(A4_W, 1), round(A4_H, 1))
        pages.append(
            [
                (float(a), float(b), float(c), float(d), t)
                for a, b, c, d, t in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                    r"(.*?)</word>",
                    page,
                )
            ]
        )
    return pages


def _document(tmp_path: Path, fonts: faces.Fonts | None = None, paragraphs: int = 60) -> Path:
    fonts = fonts or register_fonts()
    styles = make_styles(fonts)
    story: list[Flowable] = [styles.para("关于督察情况的通报", styles.title)]
    story += [styles.para(LINE, styles.plain) for _ in range(paragraphs)]
    frame = PageFrame(issuer=ORGAN, issued_on=ISSUED, fonts=fonts, copy_to="局领导，各中队")
    return build_pdf(tmp_path / "doc.pdf", story, frame, title="通报")


def _body(page: list[tuple[float, float, float, float, str]]) -> list[tuple[float, ...]]:
    """The words of the type area: not the page number, footer line or running title."""
    return [w[:4] for w in page if w[1] > TOP - 30 and w[3] < A4_H - BOTTOM + 2]


@needs_poppler
def test_a4_with_the_standard_margins(tmp_path: Path) -> None:
    pages = _words(_document(tmp_path))
    assert len(pages) >= 3
    middle = _body(pages[1])  # a page of nothing but body text
    assert min(w[0] for w in middle) == pytest.approx(LEFT, abs=1)
    # A full line reaches the right margin; a hanging "，" or "。" may stand out one character.
    assert max(w[2] for w in middle) == pytest.approx(A4_W - RIGHT, abs=16.5)
    assert min(w[1] for w in middle) >= TOP - 1
    assert min(w[1] for w in middle) < TOP + 16
    assert max(w[3] for w in middle) <= A4_H - BOTTOM + 1
    assert content_width_mm() == pytest.approx(156, abs=0.01)


def content_width_mm() -> float:
    return pdf_common.content_width() / mm


@needs_poppler
def test_page_numbers_are_dashed_on_the_outer_side_under_the_type_area(tmp_path: Path) -> None:
    pages = _words(_document(tmp_path))
    for number, page in enumerate(pages, start=1):
        under = sorted((w for w in page if w[1] > A4_H - BOTTOM), key=lambda w: w[0])
        dashes = [w for w in under if w[4] == "\u2014"]
        assert len(dashes) == 2, f"page {number}"
        # 7 mm from the foot of the type area to the page number, set in 4号 (14 pt).
        assert dashes[0][1] == pytest.approx(A4_H - BOTTOM + 7 * mm, abs=3)
        assert dashes[0][3] - dashes[0][1] == pytest.approx(14, abs=1)
        between = [w[4] for w in under if dashes[0][0] < w[0] < dashes[1][0]]
        assert between == [str(number)]
        if number % 2:  # odd: right, one character in from the edge of the type area
            assert dashes[1][2] == pytest.approx(A4_W - RIGHT - 14, abs=1)
        else:
            assert dashes[0][0] == pytest.approx(LEFT + 14, abs=1)
    assert pdf_common.page_number_text(12) == "\u2014 12 \u2014"


@needs_poppler
def test_the_imprint_closes_the_last_page(tmp_path: Path) -> None:
    pages = _words(_document(tmp_path))
    last = pages[-1]
    text = " ".join(w[4] for w in last)
    assert "Copy to: 局领导，各中队." in text
    assert ORGAN in text and "22 November 2026 printed" in text
    printed = next(w for w in last if w[4] == "printed")
    # At the foot of the type area, flush with its right side less one character.
    assert printed[3] == pytest.approx(A4_H - BOTTOM, abs=14)
    assert printed[2] == pytest.approx(A4_W - RIGHT - 14, abs=1)
    assert not any("printed" in w[4] for page in pages[:-1] for w in page)


@needs_poppler
def test_no_copy_to_line_when_there_is_no_one_to_copy(tmp_path: Path) -> None:
    fonts = register_fonts()
    styles = make_styles(fonts)
    frame = PageFrame(issuer=ORGAN, issued_on=ISSUED, fonts=fonts, copy_to="")
    path = build_pdf(tmp_path / "a.pdf", [styles.para(LINE)], frame, title="x")
    text = " ".join(w[4] for w in _words(path)[-1])
    assert "Copy to" not in text and "printed" in text


def _fake_faces(folder: Path, *names: str) -> Path:
    """A font folder holding the shipped face under the official faces' file names."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(faces.FONT_FILE, target)
    return folder


def test_the_official_faces_are_found_by_their_file_names(tmp_path: Path) -> None:
    folder = _fake_faces(
        tmp_path / "fonts",
        "SIMFANG.TTF",
        "FZXiaoBiaoSong-B05S.ttf",
        "simhei.ttf",
        "truetype/kai/simkai.ttf",  # fontconfig folders nest
    )
    fonts = register_fonts(folder)
    assert fonts.missing == ()
    roles = [fonts.body, fonts.title, fonts.heading, fonts.subheading]
    assert len(set(roles)) == 4 and faces.SHIPPED_FACE not in roles
    styles = make_styles(fonts)
    assert styles.body.fontName == fonts.body and styles.body.fontSize == 16
    assert styles.title.fontName == fonts.title and styles.title.fontSize == 22
    assert styles.heading.fontName == fonts.heading
    assert styles.subheading.fontName == fonts.subheading
    assert document.faces_note(fonts) == ""


def test_fangsong_gb2312_is_preferred_and_songti_stands_in(tmp_path: Path) -> None:
    both = register_fonts(
        _fake_faces(tmp_path / "a", "simfang.ttf", "FangSong_GB2312.ttf", "simsun.ttc")
    )
    assert both.body.startswith("Ducha-body") and "FangSong" not in both.missing
    chosen = faces.candidates(faces.FANGSONG, faces.font_files([tmp_path / "a"]))[0].name
    assert chosen == "FangSong_GB2312.ttf"
    # Without 小标宋 the title is set in 宋体, and the note names what is missing.
    assert both.title.startswith("Ducha-song")
    assert both.missing == ("XiaoBiaoSong", "HeiTi", "KaiTi")


def test_songti_standing_in_for_the_title_is_set_bold(tmp_path: Path) -> None:
    song = register_fonts(_fake_faces(tmp_path / "a", "simsun.ttc"))
    official = register_fonts(_fake_faces(tmp_path / "b", "simsun.ttc", "FZXBSJW.TTF"))
    assert song.title_bold and not official.title_bold
    assert song.page_number_face == song.song != ""  # page numbers in 宋体
    assert not register_fonts(use_system=False).title_bold  # the shipped face: as it is
    for fonts, bold in ((song, True), (official, False)):
        title = pdf_common.title_paragraph("关于督察情况的通报", make_styles(fonts).title, fonts)
        canvas = Canvas(str(tmp_path / "t.pdf"), pageCompression=0)
        title.wrap(400, 200)
        title.drawOn(canvas, 50, 500)
        canvas.save()
        # Filled and outlined glyphs (text render mode 2) are how 宋体 is emboldened.
        assert (b"2 Tr" in (tmp_path / "t.pdf").read_bytes()) is bold


@needs_poppler
def test_without_the_official_faces_the_document_says_so_in_one_line(tmp_path: Path) -> None:
    fonts = register_fonts(_fake_faces(tmp_path / "fonts", "simhei.ttf"))
    assert fonts.body == faces.SHIPPED_FACE and fonts.heading != faces.SHIPPED_FACE
    assert fonts.missing == ("FangSong", "XiaoBiaoSong", "KaiTi")
    path = _document(tmp_path, fonts, paragraphs=3)
    text = "".join(w[4] for page in _words(path) for w in page)
    note = document.faces_note(fonts)
    assert "FangSong" in note and "HeiTi" not in note
    assert "".join(note.split()) in text


@needs_poppler
def test_with_the_official_faces_there_is_no_note(tmp_path: Path) -> None:
    fonts = register_fonts(
        _fake_faces(tmp_path / "fonts", "simfang.ttf", "fzxbsjw.ttf", "simhei.ttf", "simkai.ttf")
    )
    path = _document(tmp_path, fonts, paragraphs=3)
    text = " ".join(w[4] for page in _words(path) for w in page)
    assert "installed" not in text


def test_a_face_that_cannot_be_embedded_is_passed_over(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "simfang.ttf").write_bytes(b"not a font")
    fonts = register_fonts(folder)
    assert fonts.body == faces.SHIPPED_FACE and "FangSong" in fonts.missing


def test_every_report_shares_one_masthead_and_one_chart() -> None:
    """The inspection bulletin and the training report take the masthead from the shared
    document module, not from the monthly bulletin."""
    root = Path(pdf_common.__file__).parent
    for name in ("inspection_pdf.py", "training_pdf.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "exports.bulletin_pdf" not in imported, name
    for name in ("bulletin_pdf.py", "inspection_pdf.py"):
        source = (root / name).read_text(encoding="utf-8")
        assert "HorizontalBarChart" not in source and "bar_chart(" in source, name
