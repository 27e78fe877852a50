"""One number format per column: fixed decimals, one sign rule and thousands separators.

A column declares its format once (``points(1)``, ``count``, ``signed(1)``,
``percent(1)``); the table shows the value with it, sorts by the value, copies the text the
user sees, and an export writes the number with the matching Excel format, so the sheet
still sums. Within a column every cell then looks alike: "+23.0" beside "+22.2", and
"-0.5", "-1.0", "0.0", never "-1" or "0" among them.

The minus is the ASCII hyphen: a copied "-1.0" pastes into Excel or WPS as a number, a
typographic minus (U+2212) would paste as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any


@dataclass(frozen=True)
class NumberFormat:
    decimals: int = 0
    sign: bool = False  # "+" before positive values (points awarded)
    percent: bool = False  # the value is a share (0.25) shown as 25.0%

    def rounded(self, value: Any) -> Decimal | None:
        """The value as shown, rounded half up as people round by hand; None if blank."""
        if value is None or value == "":
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return None
        if not number.is_finite():
            return None
        if self.percent:
            number *= 100
        rounded = number.quantize(Decimal(1).scaleb(-self.decimals), rounding=ROUND_HALF_UP)
        return rounded if rounded else abs(rounded)  # never "-0.0"

    def text(self, value: Any) -> str:
        number = self.rounded(value)
        if number is None:
            return ""
        body = f"{number:{'+' if self.sign and number else ''},.{self.decimals}f}"
        return body + "%" if self.percent else body

    @property
    def excel(self) -> str:
        """The same format as an Excel number format code."""
        digits = "0." + "0" * self.decimals if self.decimals else "0"
        if self.percent:
            return digits + "%"
        body = "#,##" + digits
        return f"+{body};-{body};{digits}" if self.sign else body


def points(decimals: int = 1) -> NumberFormat:
    """A score or a total: 101.5, 1,250.0."""
    return NumberFormat(decimals)


def signed(decimals: int = 1) -> NumberFormat:
    """Points added or taken off: +2.5, -1.0, 0.0."""
    return NumberFormat(decimals, sign=True)


def percent(decimals: int = 1) -> NumberFormat:
    """A share given as a fraction (0.853), shown as 85.3%."""
    return NumberFormat(decimals, percent=True)


count = NumberFormat(0)
"""A number of things: 1,853."""
