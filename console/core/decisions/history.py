"""A person's grade history over the years (历年考核等次): year × month, from the
finalised snapshots only — the grades that were published and signed — with the count
of each grade per year. A month not finalised shows no grade, and says so."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from console.core.decisions.months import current_snapshots
from console.core.people import get_person
from console.core.user import User
from db.scoring import MonthlyResult
from glossary import Grade, YearMonth


@dataclass(frozen=True)
class YearGrades:
    year: int
    months: dict[int, Grade]  # month number (1–12) → grade, finalised months only
    counts: dict[Grade, int] = field(default_factory=dict)

    def grade(self, month: int) -> Grade | None:
        return self.months.get(month)


@dataclass(frozen=True)
class GradeHistory:
    person_id: int
    years: list[YearGrades]  # newest first; only years with a finalised month


def grade_history(session: Session, user: User, person_id: int) -> GradeHistory:
    """Every finalised month's grade of the person (the caller's scope is checked:
    a squad leader sees their own units' people only)."""
    get_person(session, user, person_id)
    locked = current_snapshots()
    mr = MonthlyResult
    rows = session.execute(
        select(mr.period, mr.grade)
        .join(locked, and_(locked.c.period == mr.period, locked.c.version == mr.version))
        .where(mr.person_id == person_id)
        .order_by(mr.period)
    ).all()
    by_year: dict[int, dict[int, Grade]] = {}
    for period, grade in rows:
        month = period if isinstance(period, YearMonth) else YearMonth.from_int(int(period))
        by_year.setdefault(month.year, {})[month.month] = grade
    years = [
        YearGrades(year, months, dict(Counter(months.values())))
        for year, months in sorted(by_year.items(), reverse=True)
    ]
    return GradeHistory(person_id, years)
