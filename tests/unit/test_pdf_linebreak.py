"""Chinese punctuation never opens a line of a PDF paragraph (GB/T 15834)."""

from __future__ import annotations

from itertools import pairwise

import reportlab.platypus.paragraph as paragraph_module

import exports.pdf_common as pdf_common

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
