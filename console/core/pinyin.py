"""Pinyin initials of a Chinese name ("周波浩" → "zbh"), for finding people by typing.

pypinyin is the maintained library for this. It is imported only when someone first
searches for a person, and without its phrase dictionary: a name is read character by
character anyway, and the phrases (400,000 entries) cost 0.5 s to load, 37 MB, and about
0.1 s on every later full garbage collection of the desktop's GUI thread.

Each character is read as it usually is. A surname read otherwise than its character
(曾 is zēng as a surname, céng in words) is found by either reading: 曾伟 by "zw" and
"cw". Every other rare reading is left out: 立 read wèi would make "zw" find 周立.
"""

from __future__ import annotations

import os
from functools import lru_cache

# Surnames (百家姓) whose reading differs from their character's usual one: the initial
# a user types for them.
SURNAME_INITIALS = {
    "曾": "z",  # zēng
    "单": "s",  # shàn
    "解": "x",  # xiè
    "仇": "q",  # qiú
    "区": "o",  # ōu
    "查": "z",  # zhā
    "乐": "y",  # yuè
    "覃": "q",  # qín
    "尉": "y",  # yù (尉迟)
    "翟": "z",  # zhái
    "召": "s",  # shào
    "种": "c",  # chóng
    "繁": "p",  # pó
    "隗": "w",  # wěi
    "秘": "b",  # bì
    "重": "c",  # chóng
    "折": "s",  # shé
    "阚": "k",  # kàn
    "祭": "z",  # zhài
}


@lru_cache(maxsize=8192)
def initials(name: str) -> str:
    """The lower-case pinyin initials of ``name`` ("周波浩" → "zbh"); letters and digits
    in it are kept ("李A3" → "la3"); a surname of its own reading gives both, separated
    by a space ("曾伟" → "cw zw")."""
    if not name:
        return ""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")  # read before the first import
    from pypinyin import Style, lazy_pinyin

    # One letter per Chinese character; a run of anything else comes back as written.
    parts = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")
    usual = "".join(ch for ch in "".join(parts) if ch.isalnum()).lower()
    surname = SURNAME_INITIALS.get(name[0])
    if surname is None or not usual or usual[0] == surname:
        return usual
    return f"{usual} {surname}{usual[1:]}"
