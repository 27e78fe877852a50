"""Which months count, and each person's grades in them.

A month's grade is the one the month's ranking gave (console.core.scoring.grades): for a
finalised month, the grade kept in its snapshot; for a month not yet finalised, the live
ranking's grade — counted only when the bureau's setting says so (``count_live``).
Months that have not begun never count. Finalised months are read and counted by the
database, so a year of a large bureau is a few grouped queries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, case, func, literal, select
from sqlalchemy.orm import Session

from console.core.scoring.ranking import rank_month
from db.scoring import MonthlyResult, PeriodLock
from glossary import Grade, YearMonth

WEAK = (Grade.BASIC, Grade.FAIL)  # the grades the rotation rule counts


@dataclass(frozen=True)
class CountedMonths:
    """The months of a period that have begun, by how they count."""

    finalised: list[YearMonth]
    live: list[YearMonth]  # not finalised, counted at their live grades
    not_counted: list[YearMonth]  # not finalised, and live months do not count

    @property
    def counted(self) -> list[YearMonth]:
        return sorted(self.finalised + self.live)


@dataclass
class PersonGrades:
    """One person's counted months: how many of each grade, and the weak months."""

    counts: Counter[Grade] = field(default_factory=Counter)
    weak: dict[YearMonth, Grade] = field(default_factory=dict)  # basic pass or fail

    @property
    def months(self) -> int:
        return sum(self.counts.values())


def current_snapshots(first: YearMonth | None = None, last: YearMonth | None = None):  # type: ignore[no-untyped-def]
    """SQL subquery (period, version): the months finalised now (between ``first`` and
    ``last`` when given) with the version of their snapshot — a month's newest lock
    row, when it is locked: the same test as ``lock_state``."""
    newest = select(PeriodLock.period, func.max(PeriodLock.version).label("version"))
    if first is not None and last is not None:
        newest = newest.where(PeriodLock.period.between(first, last))
    latest = newest.group_by(PeriodLock.period).subquery()
    return (
        select(PeriodLock.period.label("period"), PeriodLock.version.label("version"))
        .join(
            latest,
            and_(PeriodLock.period == latest.c.period, PeriodLock.version == latest.c.version),
        )
        .where(PeriodLock.locked.is_(True))
        .subquery()
    )


def finalised_versions(
    session: Session, first: YearMonth | None = None, last: YearMonth | None = None
) -> dict[YearMonth, int]:
    """Month → the version of its current snapshot, for the months finalised now."""
    snapshots = current_snapshots(first, last)
    rows = session.execute(select(snapshots.c.period, snapshots.c.version)).all()
    return {period: version for period, version in rows}


def counted_months(
    session: Session, months: list[YearMonth], today: date, count_live: bool
) -> tuple[CountedMonths, dict[YearMonth, int]]:
    """Sort ``months`` (those begun by ``today``) into finalised, live-and-counted and
    not counted; with the finalised ones' snapshot versions."""
    begun = [m for m in months if m.first_day <= today]
    if not begun:
        return CountedMonths([], [], []), {}
    versions = finalised_versions(session, min(begun), max(begun))
    finalised = [m for m in begun if m in versions]
    others = [m for m in begun if m not in versions]
    live, not_counted = (others, []) if count_live else ([], others)
    return CountedMonths(finalised, live, not_counted), {m: versions[m] for m in finalised}


def _version_of(
    period: SQLColumnExpression[YearMonth], versions: dict[YearMonth, int]
) -> ColumnElement[int]:
    return case(*((period == m, v) for m, v in versions.items()), else_=literal(None))


def person_grades(
    session: Session, counted: CountedMonths, versions: dict[YearMonth, int]
) -> dict[int, PersonGrades]:
    """Person → their grades over the counted months: the finalised months counted by
    the database, the live months from their live ranking."""
    result: dict[int, PersonGrades] = {}
    if versions:
        mr = MonthlyResult
        in_snapshot = and_(
            mr.period.between(min(versions), max(versions)),
            mr.version == _version_of(mr.period, versions),
        )
        grades = list(Grade)
        stmt = (
            select(
                mr.person_id,
                *(func.sum(case((mr.grade == g, 1), else_=0)) for g in grades),
            )
            .where(in_snapshot)
            .group_by(mr.person_id)
        )
        for row in session.connection().execute(stmt):
            tally = result.setdefault(row[0], PersonGrades())
            for i, g in enumerate(grades):
                if row[1 + i]:
                    tally.counts[g] += int(row[1 + i])
        weak = select(mr.person_id, mr.period, mr.grade).where(in_snapshot, mr.grade.in_(WEAK))
        for pid, period, grade in session.execute(weak):
            result.setdefault(pid, PersonGrades()).weak[period] = grade
    for month in counted.live:
        for p in rank_month(session, month).people:
            tally = result.setdefault(p.person_id, PersonGrades())
            tally.counts[p.grade] += 1
            if p.grade in WEAK:
                tally.weak[month] = p.grade
    return result
