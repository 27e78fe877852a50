"""What a month's ranking is made of, in a module of its own.

The ranking computes these, finalising stores them, the snapshot reads them back, and
grades and stars are decided on them: keeping the types apart lets each of those modules
import them at the top without importing one another in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from console.core.seal import Part
from glossary import Category, Grade, Star, YearMonth

TWO_PLACES = Decimal("0.01")


class PersonResult(NamedTuple):
    """One person's month. A named tuple rather than a dataclass: a ranking makes
    thousands of them, and a tuple is built in a fraction of a frozen dataclass's time."""

    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    base: Decimal
    awards: Decimal
    deductions: Decimal  # zero or negative
    total: Decimal
    rank: int  # bureau-wide; ties share a rank: 1, 2, 2, 4
    unit_rank: int
    serious: bool  # an approved serious-violation entry this month
    casework: Decimal  # capped casework points, for the casework star
    service: Decimal  # capped service points, for the service star
    grade: Grade = Grade.PASS
    stars: tuple[Star, ...] = ()


@dataclass(frozen=True)
class MonthRanking:
    month: YearMonth
    base: Decimal
    people: list[PersonResult]  # in rank order
    finalised: bool = False  # finalised, and its seal holds (console.core.seal)
    version: int | None = None  # the lock version a finalised month was read from
    # A finalised month whose data no longer match its seal: what differs. Such a month
    # is never shown as final (``finalised`` is False), and says so.
    broken: tuple[Part, ...] = ()


@dataclass(frozen=True)
class LockState:
    month: YearMonth
    locked: bool
    version: int | None  # the latest version, locked or reopened
    locked_at: datetime | None
    reopen_reason: str | None
    locked_by: str | None = None  # who finalised it (display name)
