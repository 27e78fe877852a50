"""The year's stars (年度办案之星、服务之星、奔跑之星), defined on the year's months.

- Casework star of the year: the highest sum, over the year's months, of the person's
  capped casework points — each month's casework points as the monthly casework star
  counts them (each rule's month clipped to its cap).
- Service star of the year: the same with the service points.
- Most improved of the year: the largest rise of the average monthly total over the
  previous year's (both as the year view ranks them); only people ranked in both years.
Each goes to the highest positive value; a tie shares the star. No one with a month
graded fail in the year is a star of the year. The months are those of the year view
(console.core.scoring.periods): begun by today, each finalised or else live.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.scoring.periods import PeriodRanking, PeriodResult
from console.core.scoring.totals import clipped_points_query
from db.scoring import Rule
from glossary import Grade, RuleCategory, Star, YearMonth


@dataclass(frozen=True)
class YearStar:
    star: Star
    person: PeriodResult
    value: Decimal  # the yearly casework or service sum, or the rise of the average


def category_sums(
    session: Session, months: list[YearMonth], category: RuleCategory
) -> dict[int, Decimal]:
    """Person → the sum over ``months`` of their capped points under rules of
    ``category``, each month capped as the month's ranking caps it."""
    sums: dict[int, Decimal] = {}
    for month in months:
        per_rule = clipped_points_query(month).where(Rule.category == category).subquery()
        stmt = select(per_rule.c.person_id, func.sum(per_rule.c.points)).group_by(
            per_rule.c.person_id
        )
        for pid, points in session.execute(stmt):
            sums[pid] = sums.get(pid, Decimal(0)) + Decimal(points or 0)
    return sums


def _best(values: dict[int, Decimal]) -> tuple[set[int], Decimal]:
    best, winners = Decimal(0), set[int]()
    for pid, v in values.items():
        if v <= 0:
            continue
        if v > best:
            best, winners = v, {pid}
        elif v == best:
            winners.add(pid)
    return winners, best


def year_stars(session: Session, year: PeriodRanking, previous: PeriodRanking) -> list[YearStar]:
    """The stars of the year ranked in ``year`` (``previous``: the year before)."""
    people = {p.person_id: p for p in year.people if not p.grades.get(Grade.FAIL)}
    before = {p.person_id: p.average for p in previous.people}
    values = {
        Star.CASEWORK: category_sums(session, year.months, RuleCategory.CASEWORK),
        Star.SERVICE: category_sums(session, year.months, RuleCategory.SERVICE),
        Star.MOST_IMPROVED: {
            pid: p.average - before[pid] for pid, p in people.items() if pid in before
        },
    }
    stars: list[YearStar] = []
    for star, by_person in values.items():
        winners, value = _best({pid: v for pid, v in by_person.items() if pid in people})
        for pid in sorted(winners, key=lambda i: people[i].staff_no):
            stars.append(YearStar(star, people[pid], value))
    return stars
