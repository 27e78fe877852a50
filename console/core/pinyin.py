"""Pinyin initials of a Chinese name ("周波浩" → "zbh"), for finding people by typing.

pypinyin is the maintained library for this. It is imported only when someone first
searches for a person, and without its phrase dictionary: a name is read character by
character anyway, and the phrases (400,000 entries) cost 0.5 s to load, 37 MB, and about
0.1 s on every later full garbage collection of the desktop's GUI thread.

A character with several readings gives each of them (曾 is zēng as a surname but céng
in words): 曾伟 is found by "zw" and by "cw" alike.
"""

from __future__ import annotations

import os
from functools import lru_cache

MAX_VARIANTS = 8  # a name of many polyphonic characters: enough readings to find it


@lru_cache(maxsize=8192)
def initials(name: str) -> str:
    """The lower-case pinyin initials of ``name``, each reading once, separated by
    spaces ("曾伟" → "cw zw"); letters and digits in it are kept ("李A3" → "la3")."""
    if not name:
        return ""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")  # read before the first import
    from pypinyin import Style, pinyin

    # One list of readings per Chinese character; a run of anything else comes back
    # whole, as written.
    variants = [""]
    for readings in pinyin(name, style=Style.FIRST_LETTER, heteronym=True, errors="default"):
        letters = dict.fromkeys("".join(ch for ch in r if ch.isalnum()).lower() for r in readings)
        variants = [v + letter for v in variants for letter in letters][:MAX_VARIANTS]
    return " ".join(dict.fromkeys(v for v in variants if v))
