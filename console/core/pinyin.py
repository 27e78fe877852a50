"""Pinyin initials of a Chinese name ("周波浩" → "zbh"), for finding people by typing.

pypinyin is the maintained library for this; its dictionaries load on first use (a few
hundred milliseconds), so it is imported only when someone first searches for a person.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """The lower-case pinyin initials of ``name``; letters and digits in it are kept."""
    if not name:
        return ""
    from pypinyin import Style, lazy_pinyin

    # One letter per Chinese character; a run of anything else comes back as written.
    parts = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")
    return "".join(ch for ch in "".join(parts) if ch.isalnum()).lower()
