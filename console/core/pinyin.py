"""Pinyin initials of a Chinese name ("周波浩" → "zbh"), for finding people by typing.

Behind this one function so that adding the pypinyin library is the only change needed:
without it, people are still found by name and staff number, and initials are empty.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _library() -> Any:
    try:
        return importlib.import_module("pypinyin")
    except ImportError:
        return None


def initials(name: str) -> str:
    """The lower-case pinyin initials of ``name``; "" when the library is not installed."""
    lib = _library()
    if lib is None or not name:
        return ""
    letters = lib.lazy_pinyin(name, style=lib.Style.FIRST_LETTER, errors="ignore")
    return "".join(p[:1] for p in letters).lower()
