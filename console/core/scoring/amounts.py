"""Whole cents → their Decimal amounts, shared by every reading of a month's figures.

A month's figures take a few thousand distinct values, the same from one month and one
reading to the next; making each Decimal again cost more than the rest of the ranking's
Python. The figures are kept and compared as whole cents, and become Decimals here.
"""

from __future__ import annotations

from decimal import Decimal

KEPT = 200_000  # distinct amounts kept before starting anew (a few MB)


class Amounts(dict[int, Decimal]):
    """``amounts[cents]`` is that many cents as a two-place Decimal, made once."""

    def __missing__(self, cents: int) -> Decimal:
        amount = self[cents] = Decimal(int(cents)).scaleb(-2)
        return amount


_shared = Amounts()


def amounts() -> Amounts:
    """The shared lookup, for one reading. Another thread may be filling it at the same
    time; both write the same amount for the same cents, so that is harmless."""
    global _shared
    if len(_shared) > KEPT:
        _shared = Amounts()
    return _shared
