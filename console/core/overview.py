"""Figures for the Overview page: the bureau at a glance, from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.permissions import require_user, visible_unit_ids
from console.core.scoring.totals import base_score, month_points
from console.core.training.sessions import training_kpis
from db.integrity import Finding
from db.org import Person, Unit
from glossary import (
    Category,
    FindingStatus,
    PersonStatus,
    YearMonth,
)


@dataclass(frozen=True)
class UnitCount:
    unit_id: int
    unit_name: str
    people: int


@dataclass(frozen=True)
class MonthScore:
    month: YearMonth
    average: Decimal | None  # None when nobody was active


@dataclass(frozen=True)
class Overview:
    month: YearMonth
    active_people: int
    by_category: dict[Category, int]
    by_unit: list[UnitCount]
    average_score: Decimal | None
    score_trend: list[MonthScore]
    open_findings: int
    overdue_findings: int
    training_hours_year: float
    legal_hours_per_officer: float
    officers_on_pace: int
    officers_total: int


def _people_scope(session: Session, user: User) -> list[tuple[int, int, Category]]:
    stmt = select(Person.id, Person.unit_id, Person.category).where(
        Person.status == PersonStatus.ACTIVE
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    return [(r[0], r[1], r[2]) for r in session.execute(stmt).all()]


def average_score(session: Session, month: YearMonth, person_ids: set[int]) -> Decimal | None:
    if not person_ids:
        return None
    base = base_score(session, month)
    # One grouped query for everyone, filtered here: an IN list of thousands of ids
    # would cost more than the rows it saves. Past months average over today's people.
    points = month_points(session, month)
    total = sum(
        (p.awards + p.deductions for pid, p in points.items() if pid in person_ids), Decimal(0)
    )
    return (base * len(person_ids) + total) / len(person_ids)


def build_overview(session: Session, user: User, month: YearMonth, today: date) -> Overview:
    require_user(user)
    people = _people_scope(session, user)
    ids = {p[0] for p in people}
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
        MonthScore(m, average_score(session, m, ids))
        for m in (month.shift(-i) for i in range(11, -1, -1))
    ]

    finding_scope = select(func.count(Finding.id))
    scope = visible_unit_ids(session, user)
    if scope is not None:
        finding_scope = finding_scope.where(Finding.unit_id.in_(scope))
    open_q = finding_scope.where(Finding.status != FindingStatus.VERIFIED)
    open_findings = session.scalar(open_q) or 0
    overdue = (
        session.scalar(
            open_q.where(
                Finding.status.in_(
                    [FindingStatus.OPEN, FindingStatus.ASSIGNED, FindingStatus.SENT_BACK]
                ),
                Finding.deadline < today,
            )
        )
        or 0
    )

    # The same figures as the Training page: one definition, one number.
    training = training_kpis(session, user, month.year, today)
    return Overview(
        month=month,
        active_people=len(people),
        by_category=by_category,
        by_unit=by_unit,
        average_score=trend[-1].average,
        score_trend=trend,
        open_findings=open_findings,
        overdue_findings=overdue,
        training_hours_year=training.hours_credited,
        legal_hours_per_officer=training.legal_hours_per_officer,
        officers_on_pace=training.officers_on_pace,
        officers_total=training.officers,
    )
