"""Figures for the Overview page: the bureau at a glance, from the database.

Each figure is the one another page shows, read through the same rule, so that the
Overview never disagrees with the page a user opens next:

- the month's average score and its 12-month trend are the ranking's average
  (``scoring.dashboard.average_trend``, as the Performance page draws it);
- open and overdue findings, and the training hours per head, are the shared
  indicators of ``console.core.indicators``, which the Integrity and Training pages read
  too (a void finding is neither open nor overdue; hours are per person on strength), and
  so is the month's inspection coverage (units inspected ÷ active units to cover);
- people are those on strength today (``policy.on_strength_on``).

Kept apart from ``console.core.overview``, which ``scoring.events`` imports: reading the
ranking's trend from here would otherwise close an import circle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.indicators import (
    Indicator,
    inspection_coverage_indicator,
    open_findings,
    overdue_findings,
    training_hours,
)
from console.core.integrity.warnings import open_warning_counts
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import on_strength_on
from console.core.scoring.dashboard import average_trend
from console.core.user import User
from db.org import Person, Unit
from glossary import Category, WarningLevel, YearMonth

TREND_MONTHS = 12


@dataclass(frozen=True)
class UnitCount:
    unit_id: int
    unit_name: str
    people: int


@dataclass(frozen=True)
class MonthScore:
    month: YearMonth
    average: Decimal | None  # None when nobody was ranked that month


@dataclass(frozen=True)
class Overview:
    month: YearMonth
    active_people: int  # on strength today
    by_category: dict[Category, int]
    by_unit: list[UnitCount]
    average_score: Decimal | None
    score_trend: list[MonthScore]
    open_findings: Indicator
    overdue_findings: Indicator
    training_hours: Indicator  # per person on strength, this year up to today
    # 督察全覆盖: units inspected in the month over the active units to cover.
    inspection_coverage: Indicator
    # Open early warnings per level, as the Integrity page's Warnings tab lists them.
    open_warnings: dict[WarningLevel, int] = field(default_factory=dict)


def _people_scope(
    session: Session, today: date, scope: set[int] | None
) -> list[tuple[int, int, Category]]:
    stmt = select(Person.id, Person.unit_id, Person.category).where(on_strength_on(today))
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    return [(r[0], r[1], r[2]) for r in session.execute(stmt).all()]


def build_overview(session: Session, user: User, month: YearMonth, today: date) -> Overview:
    require_user(user)
    scope = visible_unit_ids(session, user)
    people = _people_scope(session, today, scope)
    by_category = dict.fromkeys(Category, 0)
    unit_counts: dict[int, int] = {}
    for _, unit_id, category in people:
        by_category[category] += 1
        unit_counts[unit_id] = unit_counts.get(unit_id, 0) + 1
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    by_unit = sorted(
        (UnitCount(uid, names.get(uid, "?"), n) for uid, n in unit_counts.items()),
        key=lambda u: -u.people,
    )
    trend = [
        MonthScore(p.month, p.value)
        for p in average_trend(session, user, month, months=TREND_MONTHS)
    ]
    return Overview(
        month=month,
        active_people=len(people),
        by_category=by_category,
        by_unit=by_unit,
        average_score=trend[-1].average,
        score_trend=trend,
        open_findings=open_findings(session, user),
        overdue_findings=overdue_findings(session, user, today),
        training_hours=training_hours(session, user, month.year, today),
        open_warnings=open_warning_counts(session, user),
        inspection_coverage=inspection_coverage_indicator(
            session, user, month.first_day, month.last_day
        ),
    )
