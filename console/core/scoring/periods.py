"""Quarter and year views (季度晾晒、年度排名) over the monthly results.

Each month is taken as the month view shows it — its snapshot when finalised, otherwise
live — so a quarter never mixes a printed bulletin with numbers that have since moved.
People are ranked by their average monthly total (fair to someone who joined mid-year);
the sum and the grade counts stand beside it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_user, visible_unit_ids
from console.core.scoring.ranking import TWO_PLACES, rank_month
from console.core.scoring.snapshots import read_snapshot
from glossary import Grade, YearMonth

if TYPE_CHECKING:
    from datetime import date

_t = tr_context("periods")


@dataclass(frozen=True)
class PeriodResult:
    person_id: int
    staff_no: str
    name: str
    unit_name: str
    months: int  # months ranked in the period
    total_sum: Decimal
    average: Decimal
    rank: int
    grades: dict[Grade, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PeriodRanking:
    year: int
    quarter: int | None  # None: the whole year
    months: list[YearMonth]
    people: list[PeriodResult]
    grade_counts: dict[Grade, int]


def period_months(year: int, quarter: int | None, today: date) -> list[YearMonth]:
    """The months of the quarter or year that have begun by ``today``."""
    if quarter is not None and not 1 <= quarter <= 4:
        raise ValidationError([FieldError("quarter", _t("A quarter is 1, 2, 3 or 4."))])
    first = 1 if quarter is None else 3 * quarter - 2
    last = 12 if quarter is None else first + 2
    return [
        YearMonth(year, m) for m in range(first, last + 1) if YearMonth(year, m).first_day <= today
    ]


def period_ranking(
    session: Session, user: User, year: int, quarter: int | None, today: date
) -> PeriodRanking:
    months = period_months(year, quarter, today)
    sums: dict[int, Decimal] = {}
    counts: Counter[int] = Counter()
    grades: dict[int, Counter[Grade]] = {}
    who: dict[int, tuple[str, str, str]] = {}
    overall: Counter[Grade] = Counter()
    units: dict[int, int] = {}
    require_user(user)
    for month in months:
        # Bureau-wide, so that a squad leader sees the same ranks as the month view
        # gives (their rows are picked out at the end).
        ranking = read_snapshot(session, month) or rank_month(session, month)
        for p in ranking.people:
            sums[p.person_id] = sums.get(p.person_id, Decimal(0)) + p.total
            counts[p.person_id] += 1
            grades.setdefault(p.person_id, Counter())[p.grade] += 1
            overall[p.grade] += 1
            who[p.person_id] = (p.staff_no, p.name, p.unit_name)  # latest month's unit
            units[p.person_id] = p.unit_id
    averages = {pid: (total / counts[pid]).quantize(TWO_PLACES) for pid, total in sums.items()}
    order = sorted(averages, key=lambda pid: (-averages[pid], who[pid][0]))
    people: list[PeriodResult] = []
    for i, pid in enumerate(order):
        tied = people and people[-1].average == averages[pid]
        rank = people[-1].rank if tied else i + 1
        staff_no, name, unit_name = who[pid]
        people.append(
            PeriodResult(
                pid,
                staff_no,
                name,
                unit_name,
                counts[pid],
                sums[pid],
                averages[pid],
                rank,
                dict(grades[pid]),
            )
        )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        people = [p for p in people if units[p.person_id] in scope]
        overall = Counter()
        for row in people:
            overall.update(row.grades)
    return PeriodRanking(year, quarter, months, people, dict(overall))
