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
from db.enums import (
    AttendanceStatus,
    Category,
    FindingStatus,
    PersonStatus,
    TrainingCategory,
)
from db.integrity import Finding
from db.org import Person, Unit
from db.training import Attendance, TrainingSession
from db.types import YearMonth

LEGAL_HOURS_REQUIRED = 60  # 每名行政执法人员每年不少于60学时法律知识培训


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

    year_start, year_end = date(month.year, 1, 1), date(month.year, 12, 31)
    hours_rows = session.execute(
        select(Attendance.person_id, TrainingSession.category, func.sum(Attendance.hours))
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(
            Attendance.status == AttendanceStatus.PRESENT,
            TrainingSession.session_date >= year_start,
            TrainingSession.session_date <= min(year_end, today),
        )
        .group_by(Attendance.person_id, TrainingSession.category)
    ).all()
    total_hours = 0.0
    legal: dict[int, float] = {}
    for pid, cat, hours in hours_rows:
        if pid not in ids:
            continue
        total_hours += float(hours or 0)
        if cat == TrainingCategory.LEGAL:
            legal[pid] = legal.get(pid, 0.0) + float(hours or 0)
    officers = [p[0] for p in people if p[2] == Category.OFFICER]
    expected = expected_hours(month.year, today)
    on_pace = sum(1 for pid in officers if legal.get(pid, 0.0) >= expected)
    per_officer = sum(legal.get(pid, 0.0) for pid in officers) / len(officers) if officers else 0
    return Overview(
        month=month,
        active_people=len(people),
        by_category=by_category,
        by_unit=by_unit,
        average_score=trend[-1].average,
        score_trend=trend,
        open_findings=open_findings,
        overdue_findings=overdue,
        training_hours_year=total_hours,
        legal_hours_per_officer=per_officer,
        officers_on_pace=on_pace,
        officers_total=len(officers),
    )


def expected_hours(year: int, today: date) -> float:
    """Hours an officer should have by ``today``: the requirement × elapsed share of the year."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    if today < start:
        return 0.0
    if today >= end:
        return float(LEGAL_HOURS_REQUIRED)
    share = ((today - start).days + 1) / ((end - start).days + 1)
    return LEGAL_HOURS_REQUIRED * share
