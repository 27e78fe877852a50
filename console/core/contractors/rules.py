"""How a contractor's month is scored and paid (docs/contractors.md, with a worked example).

1. Checklist score = 100 × (points given over all items) ÷ (full marks over all items),
   to two decimals (half up). With the default checklist the full marks add up to 100,
   so the checklist score is simply the sum of the points given.
2. Deductions = for each finding on the company's staff found in the month (not void),
   the points set for its severity (default: minor 1, serious 3, grave 5).
3. Score = checklist score − deductions, never below 0.
4. Coefficient = that of the payment table's line with the highest lowest score the
   score reaches (default: ≥ 95 → 100%, ≥ 90 → 98%, ≥ 80 → 95%, below 80 → 90%; so a
   score of exactly 95 is paid 100%, exactly 90 98%, exactly 80 95%).
5. Payment of a contract = its monthly fee × the coefficient, rounded half up to the
   fen; the company's payment is the sum over its contracts that run in the month.
6. Elimination warning (考核淘汰): in a month whose window of the last 12 months (the month
   and the 11 before it) holds at least 3 assessed months with a score below 80.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from console.core.contractors.settings import ContractorSettings, PaymentBand
from glossary import Severity, YearMonth

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def two_places(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def checklist_score(points: Iterable[Decimal], full_marks: Iterable[Decimal]) -> Decimal:
    """100 × points given ÷ full marks, to the hundredth."""
    given, full = sum(points, Decimal(0)), sum(full_marks, Decimal(0))
    if full <= 0:
        return Decimal("0.00")
    return two_places(HUNDRED * given / full)


def deductions_for(severities: Iterable[Severity], settings: ContractorSettings) -> Decimal:
    return sum((settings.deduction_for(s) for s in severities), Decimal(0))


def month_score(checklist: Decimal, deductions: Decimal) -> Decimal:
    """The checklist score less the deductions, never below 0."""
    return two_places(max(Decimal(0), checklist - deductions))


def coefficient_for(score: Decimal, bands: Sequence[PaymentBand]) -> Decimal:
    """The share of the fee paid for ``score``: the line with the highest lowest score
    that the score reaches (boundaries belong to the higher line)."""
    reached = [b for b in bands if score >= b.min_score]
    if not reached:  # a table without a line from 0 is refused when saved; be safe anyway
        return min(bands, key=lambda b: b.min_score).coefficient if bands else Decimal(1)
    return max(reached, key=lambda b: b.min_score).coefficient


def payment(fee: Decimal, coefficient: Decimal) -> Decimal:
    """The fee × the coefficient, to the fen (half up)."""
    return two_places(fee * coefficient)


def months_below(
    scores: Mapping[YearMonth, Decimal], month: YearMonth, settings: ContractorSettings
) -> list[YearMonth]:
    """The assessed months of the window ending with ``month`` whose score is below the
    line, oldest first. A month not assessed counts as neither."""
    window = [month.shift(-i) for i in range(settings.elimination_window - 1, -1, -1)]
    return [m for m in window if m in scores and scores[m] < settings.elimination_line]


def elimination_warning(
    scores: Mapping[YearMonth, Decimal], month: YearMonth, settings: ContractorSettings
) -> bool:
    return len(months_below(scores, month, settings)) >= settings.elimination_count
