"""Chinese punctuation never opens a line of a PDF paragraph (GB/T 15834)."""

from __future__ import annotations

from itertools import pairwise

import reportlab.platypus.paragraph as paragraph_module

import exports.pdf_common as pdf_common
from exports import linebreak

# A paragraph of a real bulletin that once printed "…最高分133.60分" / "，为徐磊杰…".
TEXT = (
    "本月全局共120人参加考核排名（基础分100.00分），平均得分107.80分；最高分133.60分，"
    "为徐磊杰（城南中队）；最低分100.00分，为周健文（财务装备科）。"
)
CLOSING = "）」』】》〉”’"


def _breaks(width: int) -> list[tuple[str, str]]:
    """(last character of a line, first character of the next) at each line break."""
    fonts = pdf_common.register_fonts()
    para = pdf_common.paragraph(TEXT, pdf_common.make_styles(fonts).body, fonts)
    para.wrap(width, 10_000)
    lines = []
    for line in para.blPara.lines:
        words = getattr(line, "words", None)
        text = "".join(w.text for w in words) if words is not None else "".join(line[1])
        lines.append(text.strip())
    return [(a[-1:], b[:1]) for a, b in pairwise(lines) if a and b]


def _bad(width: int) -> bool:
    # reportlab keeps one closing mark at a line's end, not two: "）；" may still split.
    return any(start in "，；：" and end not in CLOSING for end, start in _breaks(width))


def test_chinese_closing_punctuation_is_in_the_rule() -> None:
    for mark in "，、。；：？！）》」":
        assert mark in paragraph_module.ALL_CANNOT_START


def test_a_comma_never_starts_a_line() -> None:
    widths = range(150, int(pdf_common.content_width()) + 1)
    assert not [w for w in widths if _bad(w)]


# A paragraph that gives every rule a chance to fail at some width.
RULES_TEXT = (
    "本月共检查6次，发现问题12个，收缴执法证12本；城南中队（含“网格员”）在《考核细则》"
    "第3条下扣分98.50分，工号LJ0001的人员2026年共参加培训40学时，完成率87.5%。"
    "各单位要对照【整改清单】逐项落实，于11月30日前报送督察队。"
)


def _lines(text: str, width: float) -> list[str]:
    fonts = pdf_common.register_fonts()
    para = pdf_common.paragraph(text, pdf_common.make_styles(fonts).body, fonts)
    para.wrap(width, 100_000)
    out = []
    for line in para.blPara.lines:
        words = getattr(line, "words", None)
        out.append("".join(w.text for w in words) if words is not None else "".join(line[1]))
    return out


def _widths() -> range:
    return range(120, int(pdf_common.content_width()) + 1, 3)


def test_the_lines_hold_the_whole_text_in_order() -> None:
    for width in _widths():
        assert "".join(_lines(RULES_TEXT, width)) == RULES_TEXT


def test_no_line_starts_with_closing_punctuation() -> None:
    bad = [
        (w, line)
        for w in _widths()
        for line in _lines(RULES_TEXT, w)[1:]
        if line[:1] in linebreak.CLOSING
    ]
    assert bad == []


def test_no_line_ends_with_an_opening_mark() -> None:
    bad = [
        (w, line)
        for w in _widths()
        for line in _lines(RULES_TEXT, w)[:-1]
        if line[-1:] in linebreak.OPENING
    ]
    assert bad == []


def test_numbers_stay_whole_and_with_their_measure_words() -> None:
    kept = (
        *("6次", "12个", "12本", "第3条", "98.50分"),
        *("LJ0001", "2026年", "40学时", "87.5%", "11月30日"),
    )
    for w in _widths():
        lines = _lines(RULES_TEXT, w)
        for before, after in pairwise(lines):
            seam = before[-6:] + "|" + after[:6]
            for unit in kept:
                for cut in range(1, len(unit)):
                    assert unit[:cut] + "|" + unit[cut:] not in seam, (w, seam)


def test_the_break_rules() -> None:
    allowed = linebreak.breaks_allowed
    assert allowed("共6次") == [1]  # 共|6次, never 6|次
    assert allowed("（一）") == []  # nothing may end on （ or start with ）
    assert allowed("LJ0001号") == []
    assert allowed("完成。下月") == [1, 3, 4]  # after the stop, not before it
    assert allowed("共40学时") == [1]  # a two-character measure word stays with its number
    assert allowed("第3条") == []


def test_a_line_with_no_allowed_break_still_ends() -> None:
    """A number wider than its column is broken where it overflows, not lost."""
    lines = _lines("1234567890123456789012345678901234567890", 60)
    assert len(lines) > 1 and "".join(lines) == "1234567890123456789012345678901234567890"


def test_a_chinese_table_header_is_set_smaller_rather_than_broken() -> None:
    fonts = pdf_common.register_fonts()
    styles = pdf_common.make_styles(fonts)
    header = pdf_common._header_cell("持有效执法证人数", styles, 50)
    header.wrap(50, 1000)
    assert len(header.blPara.lines) == 1
    assert header.style.fontSize < styles.header_cell.fontSize
    # Too long even at the smallest size: broken into even lines, never one lone character.
    long = pdf_common._header_cell("具备法律职业资格的法制审核人员", styles, 30)
    long.wrap(30, 1000)
    lines = [
        "".join(w.text for w in line.words) if hasattr(line, "words") else "".join(line[1])
        for line in long.blPara.lines
    ]
    assert len(lines) > 1 and min(len(x) for x in lines) >= 2
