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

from sqlalchemy import (
    ColumnElement,
    Integer,
    SQLColumnExpression,
    and_,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session, aliased

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_user, visible_unit_ids
from console.core.scoring.ranking import TWO_PLACES, rank_month
from console.core.scoring.snapshots import lock_state
from db.org import Person, Unit
from db.scoring import MonthlyResult
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


@dataclass
class _Tally:
    """One person's months so far: their sum in cents, months, grades and latest unit."""

    cents: int = 0
    months: int = 0
    grades: Counter[Grade] = field(default_factory=Counter)
    latest: YearMonth | None = None
    staff_no: str = ""
    name: str = ""
    unit_id: int = 0
    unit_name: str = ""

    def seen_in(
        self, month: YearMonth, staff_no: str, name: str, unit_id: int, unit_name: str
    ) -> None:
        if self.latest is None or month > self.latest:  # the latest month's unit stands
            self.latest = month
            self.staff_no, self.name, self.unit_id, self.unit_name = (
                staff_no,
                name,
                unit_id,
                unit_name,
            )


def _cents(value):  # type: ignore[no-untyped-def]
    """A two-place amount as whole cents, exactly (ROUND first: 0.29 × 100 is not 29.0)."""
    return cast(func.round(value * 100), Integer)


def _add_finalised(
    session: Session, finalised: dict[YearMonth, int], tallies: dict[int, _Tally]
) -> None:
    """Add the finalised months' snapshots, summed by the database: a year of a large
    bureau is tens of thousands of rows, which SQL adds up faster than Python reads them."""
    if not finalised:
        return

    first, last_month = min(finalised), max(finalised)

    def version_of(period: SQLColumnExpression[YearMonth]) -> ColumnElement[int]:
        """The newest finalised version of the month in ``period``."""
        return case(*((period == m, v) for m, v in finalised.items()), else_=literal(None))

    mr = MonthlyResult
    per_person = (
        select(
            mr.person_id.label("person_id"),
            func.count().label("months"),
            func.sum(_cents(mr.total)).label("cents"),
            func.max(mr.period).label("latest"),
            *(
                func.sum(case((mr.grade == grade, 1), else_=0)).label(grade.value)
                for grade in Grade
            ),
        )
        # A range of months, so that the period index is used (not every person's rows).
        .where(mr.period.between(first, last_month), mr.version == version_of(mr.period))
        .group_by(mr.person_id)
        .subquery()
    )
    # The unit of each person's latest month, found through the (period, version,
    # person) key: a window function over the year sorted all of it, ten times slower.
    last = aliased(MonthlyResult)
    stmt = (
        select(per_person, last.unit_id, Person.staff_no, Person.name, Unit.name)
        .join(
            last,
            and_(
                last.person_id == per_person.c.person_id,
                last.period == per_person.c.latest,
                last.version == version_of(per_person.c.latest),
            ),
        )
        .join(Person, Person.id == per_person.c.person_id)
        .join(Unit, Unit.id == last.unit_id)
    )
    grades = list(Grade)
    for r in session.connection().execute(stmt):
        tally = tallies.setdefault(r[0], _Tally())
        tally.months += r[1]
        tally.cents += int(r[2])
        for i, grade in enumerate(grades):
            if r[4 + i]:
                tally.grades[grade] += r[4 + i]
        unit_id, staff_no, name, unit_name = r[4 + len(grades) :]
        latest = r[3] if isinstance(r[3], YearMonth) else YearMonth.from_int(int(r[3]))
        tally.seen_in(latest, staff_no, name, unit_id, unit_name)


def period_ranking(
    session: Session, user: User, year: int, quarter: int | None, today: date
) -> PeriodRanking:
    require_user(user)
    months = period_months(year, quarter, today)
    tallies: dict[int, _Tally] = {}
    # Each month as the month view shows it: its snapshot when finalised (summed in SQL),
    # else computed live. Bureau-wide, so that a squad leader sees the same ranks as the
    # month view gives (their rows are picked out at the end).
    finalised: dict[YearMonth, int] = {}
    for month in months:
        state = lock_state(session, month)
        if state.locked and state.version is not None:
            finalised[month] = state.version
            continue
        for p in rank_month(session, month).people:
            tally = tallies.setdefault(p.person_id, _Tally())
            tally.months += 1
            tally.cents += int(p.total.scaleb(2))
            tally.grades[p.grade] += 1
            tally.seen_in(month, p.staff_no, p.name, p.unit_id, p.unit_name)
    _add_finalised(session, finalised, tallies)
    sums = {pid: Decimal(t.cents).scaleb(-2) for pid, t in tallies.items()}
    averages = {pid: (sums[pid] / tallies[pid].months).quantize(TWO_PLACES) for pid in tallies}
    order = sorted(averages, key=lambda pid: (-averages[pid], tallies[pid].staff_no))
    people: list[PeriodResult] = []
    for i, pid in enumerate(order):
        tied = people and people[-1].average == averages[pid]
        rank = people[-1].rank if tied else i + 1
        t = tallies[pid]
        people.append(
            PeriodResult(
                pid,
                t.staff_no,
                t.name,
                t.unit_name,
                t.months,
                sums[pid],
                averages[pid],
                rank,
                dict(t.grades),
            )
        )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        people = [p for p in people if tallies[p.person_id].unit_id in scope]
    overall: Counter[Grade] = Counter()
    for row in people:
        overall.update(row.grades)
    return PeriodRanking(year, quarter, months, people, dict(overall))
