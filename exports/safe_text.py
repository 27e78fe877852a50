"""Stored text made fit to print: what every export does to a value before writing it.

Text can reach the database without passing the input guard (a bulk import, a restore,
raw SQL), so an export must cope with anything a column may hold. Control characters
are invisible on paper and in Excel, and XML (the stuff of .xlsx) cannot hold most of
them at all: openpyxl refuses the whole workbook over one. They are dropped here; tab,
line feed and carriage return stay, since multi-line notes are ordinary text.
"""

from __future__ import annotations

import re

# C0 controls but tab, LF and CR; DEL and the C1 controls; lone surrogates; and the two
# noncharacters XML 1.0 forbids (U+FFFE, U+FFFF).
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """The text without the characters no export can carry."""
    return UNPRINTABLE.sub("", text)
