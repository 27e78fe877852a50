"""Value types stored in the database: a calendar month is a YearMonth, not text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_YM = re.compile(r"^\s*(\d{4})[-/.年]?(\d{1,2})月?\s*$")


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month, e.g. YearMonth(2026, 11). Ordered, hashable, stored as 202611."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if not 1900 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Accept 2026-11, 2026/11, 202611 and 2026年11月."""
        m = _YM.match(text)
        if not m:
            raise ValueError(f"not a month (expected YYYY-MM): {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)

    @classmethod
    def from_int(cls, value: int) -> YearMonth:
        return cls(value // 100, value % 100)

    def to_int(self) -> int:
        return self.year * 100 + self.month

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> YearMonth:
        return self.shift(1)

    def prev(self) -> YearMonth:
        return self.shift(-1)

    def shift(self, months: int) -> YearMonth:
        index = self.year * 12 + (self.month - 1) + months
        return YearMonth(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


class YearMonthType(TypeDecorator[YearMonth]):
    """Stores a YearMonth as the integer yyyymm: sortable, indexable, cheap to group by."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, YearMonth):
            return value.to_int()
        return int(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> YearMonth | None:
        return None if value is None else YearMonth.from_int(int(value))
