"""Sort keys for text as a Chinese office sorts it: names in pinyin order (陈 李 王 张 赵
周, not by code point: 周 安 张 …), and numbers inside text by value (A9 before A10), so
staff numbers of different lengths sort as numbers.

QCollator uses the platform's collation (ICU, or Windows' own), which knows pinyin order
for zh_CN. One collator is made on first use and kept: making one costs more than many
keys.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt

_collator: QCollator | None = None


def collator() -> QCollator:
    global _collator
    if _collator is None:
        _collator = QCollator(QLocale("zh_CN"))
        _collator.setNumericMode(True)
        _collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return _collator


def collation_key(key: Any) -> Any:
    """The key to sort by: text becomes its collation key (tuples of text, element by
    element); numbers, dates and None are left alone."""
    if isinstance(key, str):
        return collator().sortKey(key)
    if isinstance(key, tuple):
        return tuple(collation_key(k) for k in key)
    return key
