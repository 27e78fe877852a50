"""The column type that stores a YearMonth (the value type itself is in ``glossary``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from glossary import YearMonth


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
