"""Chinese line breaking for PDF paragraphs (标点禁则, GB/T 15834 and GB/T 9704).

reportlab's CJK wrapping breaks between any two characters and knows one rule (a
Japanese list of marks that may not open a line, one of which it lets hang in the
margin). A bulletin needs more:

- no line starts with closing punctuation (，。、；：？！）》」』】〉”’ …);
- no line ends with an opening mark (（《「『【〈“‘ …);
- a number stays whole and with the measure word after it ("6次", "12本", "2026年",
  "98.50分", "40学时"), an ordinal with its 第 ("第3条"), a date whole ("11月30日"); a Latin word
  or staff number ("LJ0001") is never split.

``split_lines`` replaces reportlab's splitter for every paragraph wrapped as CJK: it fills
each line greedily and, when the next character does not fit, breaks at the last place
the rules allow; a closing mark that does not fit may hang in the margin rather than
open the next line. A run with no allowed break at all (a long number in a narrow
column) is broken where it overflows, so wrapping always ends.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import reportlab.lib.textsplit as textsplit
import reportlab.platypus.paragraph as paragraph_module
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.rl_config import _FUZZ

CLOSING = "，、。．；：？！）》」』】〉〕］｝”’%％‰℃°…·—～!),.:;?]}"
OPENING = "（《「『【〈〔［｛“‘([{$￥＄#＃@"
# What belongs to a number: digits, the decimal point, and what can follow one inside it.
NUMBER = frozenset("0123456789０１２３４５６７８９.,:%")


def _wordlike(ch: str) -> bool:
    """Part of a Latin word or a number, which a line never splits."""
    return (ch.isascii() and (ch.isalnum() or ch in "._-/")) or ch in NUMBER


def _ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def may_break(before: str, after: str) -> bool:
    """Whether a line may end after ``before`` and the next start with ``after``."""
    if not before or not after:
        return True
    if after in CLOSING or before in OPENING:
        return False
    if before.isspace() or after.isspace():
        return True
    if _wordlike(before) and _wordlike(after):
        return False
    if before in "第年月" and after in NUMBER:
        return False  # an ordinal or a date stays whole: 第3条, 2026年11月30日
    # A number keeps its measure word or unit: 6次, 12本, 2026年, 98.50分.
    return not (before in NUMBER and before not in ",:" and _ideograph(after))


# Measure words of two characters, which a number keeps whole: 40学时, 120人次.
TWO_CHARACTER_UNITS = frozenset(
    {"学时", "人次", "小时", "个月", "分钟", "周岁", "公里", "万元", "平方", "件次", "课时"}
)


def may_break_at(chars: Sequence[str], i: int) -> bool:
    """Whether a line may break before chars[i] (0 < i < len)."""
    if not may_break(chars[i - 1], chars[i]):
        return False
    return not (
        i >= 2 and chars[i - 2] in NUMBER and chars[i - 1] + chars[i] in TWO_CHARACTER_UNITS
    )


def breaks_allowed(text: str) -> list[int]:
    """The positions i (0 < i < len) where a line may break before text[i] (tests)."""
    return [i for i in range(1, len(text)) if may_break_at(text, i)]


def _width(u: Any, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return float(w)


def line_spans(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    hard: Collection[int] = (),
) -> list[tuple[int, int, bool]]:
    """(start, end, ends in a forced break) of each line: greedy filling, breaking at the
    last allowed place when a character does not fit, a closing mark hanging in the
    margin rather than opening the next line. ``hard`` holds the indices of forced
    breaks (a <br/>), which end their line including themselves."""
    spans: list[tuple[int, int, bool]] = []
    n = len(chars)
    start, i, used = 0, 0, 0.0

    def room() -> float:
        return float(max_widths[min(len(spans), len(max_widths) - 1)])

    while i < n:
        used += widths[i]
        i += 1
        if i - 1 in hard:
            spans.append((start, i, True))
            start, used = i, 0.0
            continue
        if used <= room() + _FUZZ or i - 1 == start:
            continue
        overflow = i - 1  # chars[overflow] does not fit after chars[start:overflow]
        following = chars[i] if i < n else ""
        if (
            chars[overflow] in CLOSING
            and overflow > start + 1
            and may_break(chars[overflow], following)
        ):
            end = i  # hang the closing mark in the margin
        else:
            end = next(
                (b for b in range(overflow, start, -1) if may_break_at(chars, b)),
                overflow,
            )
        spans.append((start, end, False))
        start, i, used = end, end, 0.0
    if start < n:
        spans.append((start, n, False))
    return spans


def split_lines(frags: Any, maxWidths: Any, calcBounds: Any, encoding: str = "utf8") -> Any:
    """reportlab's ``cjkFragSplit`` with the rules above (same arguments and result)."""
    units: list[Any] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend(paragraph_module.cjkU(t, f, encoding) for t in text)
        else:
            units.append(paragraph_module.cjkU(text, f, encoding))
    first = maxWidths[0]
    widths = [_width(u, first) for u in units]
    hard = {k for k, u in enumerate(units) if hasattr(u.frag, "lineBreak")}
    lines = []
    for number, (start, end, forced) in enumerate(
        line_spans([str(u) for u in units], widths, maxWidths, hard)
    ):
        max_width = maxWidths[min(number, len(maxWidths) - 1)]
        width = sum(widths[start:end])
        lines.append(
            paragraph_module.makeCJKParaLine(
                units[start:end], max_width, width, max_width - width, forced, calcBounds
            )
        )
    return paragraph_module.ParaLines(kind=1, lines=lines)


def split_text(
    word: str,
    maxWidths: Any,
    fontName: str,
    fontSize: float,
    encoding: str = "utf8",
) -> list[list[Any]]:
    """reportlab's ``wordSplit`` (a paragraph of one run of text) with the rules above:
    [extra space, line text] per line."""
    if not isinstance(maxWidths, list | tuple):
        maxWidths = [maxWidths]
    widths = [stringWidth(ch, fontName, fontSize) for ch in word]
    out: list[list[Any]] = []
    for number, (start, end, _forced) in enumerate(line_spans(word, widths, maxWidths)):
        max_width = maxWidths[min(number, len(maxWidths) - 1)]
        out.append([max_width - sum(widths[start:end]), word[start:end]])
    return out


def install() -> None:
    """Make every CJK paragraph of this process break by these rules (once)."""
    paragraph_module.cjkFragSplit = split_lines
    paragraph_module.wordSplit = split_text
    extra = "".join(c for c in CLOSING if c not in paragraph_module.ALL_CANNOT_START)
    # Read by reportlab's other CJK splitters (table cells drawn as plain strings).
    paragraph_module.ALL_CANNOT_START += extra
    textsplit.ALL_CANNOT_START += extra
