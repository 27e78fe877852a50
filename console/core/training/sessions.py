"""Training sessions (培训) of a year with their attendance, and the year's training figures.

Sessions are bureau-wide, so everyone sees all of them; a squad leader's attendance
counts and hours cover only the people of their own units.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.permissions import require_user, visible_unit_ids
from console.core.training.requirements import LEGAL_HOURS_REQUIRED, expected_hours
from db.enums import AttendanceStatus, Category, PersonStatus, TrainingCategory
from db.org import Person
from db.training import Attendance, TrainingSession


@dataclass(frozen=True)
class SessionRow:
    id: int
    session_date: date
    title: str
    category: TrainingCategory
    hours: float
    organiser: str
    place: str
    present: int
    absent: int
    excused: int


@dataclass(frozen=True)
class TrainingKpis:
    year: int
    sessions_held: int  # sessions of the year dated up to today
    person_times: int  # present attendance rows of those sessions
    hours_credited: float
    officers: int  # active officers (在编执法) in scope
    legal_hours_per_officer: float
    officers_on_pace: int
    expected_hours: float  # legal hours an officer should have by today
    required_hours: int = LEGAL_HOURS_REQUIRED


def _count_status(status: AttendanceStatus) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((Attendance.status == status, 1), else_=0)), 0)


def list_sessions(session: Session, user: User, year: int) -> list[SessionRow]:
    """Every session of the year, oldest first, with present / absent / excused counts."""
    require_user(user)
    counts = select(
        Attendance.session_id.label("session_id"),
        _count_status(AttendanceStatus.PRESENT).label("present"),
        _count_status(AttendanceStatus.ABSENT).label("absent"),
        _count_status(AttendanceStatus.EXCUSED).label("excused"),
    ).group_by(Attendance.session_id)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        counts = counts.join(Person, Person.id == Attendance.person_id).where(
            Person.unit_id.in_(scope)
        )
    sub = counts.subquery()
    stmt = (
        select(
            TrainingSession.id,
            TrainingSession.session_date,
            TrainingSession.title,
            TrainingSession.category,
            TrainingSession.hours,
            TrainingSession.organiser,
            TrainingSession.place,
            sub.c.present,
            sub.c.absent,
            sub.c.excused,
        )
        # A squad leader sees the sessions their people were called to; others see all.
        .join(sub, sub.c.session_id == TrainingSession.id, isouter=scope is None)
        .where(
            TrainingSession.session_date >= date(year, 1, 1),
            TrainingSession.session_date <= date(year, 12, 31),
        )
        .order_by(TrainingSession.session_date, TrainingSession.id)
    )
    return [
        SessionRow(
            id=r[0],
            session_date=r[1],
            title=r[2],
            category=r[3],
            hours=float(r[4] or 0),
            organiser=r[5] or "",
            place=r[6] or "",
            present=int(r[7] or 0),
            absent=int(r[8] or 0),
            excused=int(r[9] or 0),
        )
        for r in session.execute(stmt).all()
    ]


def training_kpis(session: Session, user: User, year: int, today: date) -> TrainingKpis:
    """The year's training figures as of ``today`` (a past year counts to 31 December)."""
    require_user(user)
    scope = visible_unit_ids(session, user)
    start, end = date(year, 1, 1), min(date(year, 12, 31), today)

    held_q = select(func.count(func.distinct(TrainingSession.id))).where(
        TrainingSession.session_date >= start, TrainingSession.session_date <= end
    )
    if scope is not None:  # sessions the scope's people were called to
        held_q = (
            held_q.join(Attendance, Attendance.session_id == TrainingSession.id)
            .join(Person, Person.id == Attendance.person_id)
            .where(Person.unit_id.in_(scope))
        )
    held = session.scalar(held_q) or 0

    # Present hours per person, and how many of them were legal training: one grouped
    # query, at most one row per person of the bureau.
    is_legal = TrainingSession.category == TrainingCategory.LEGAL
    per_person = (
        select(
            Attendance.person_id,
            func.count(Attendance.id),
            func.coalesce(func.sum(Attendance.hours), 0),
            func.coalesce(func.sum(case((is_legal, Attendance.hours), else_=0)), 0),
        )
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(
            Attendance.status == AttendanceStatus.PRESENT,
            TrainingSession.session_date >= start,
            TrainingSession.session_date <= end,
        )
        .group_by(Attendance.person_id)
    )
    officers_q = select(Person.id).where(
        Person.status == PersonStatus.ACTIVE, Person.category == Category.OFFICER
    )
    if scope is not None:
        per_person = per_person.join(Person, Person.id == Attendance.person_id).where(
            Person.unit_id.in_(scope)
        )
        officers_q = officers_q.where(Person.unit_id.in_(scope))

    person_times = 0
    hours = 0.0
    legal: dict[int, float] = {}
    for pid, n, total, legal_hours in session.execute(per_person).all():
        person_times += int(n)
        hours += float(total)
        legal[pid] = float(legal_hours)
    officers = set(session.scalars(officers_q))
    expected = expected_hours(year, today)
    officer_hours = [legal.get(pid, 0.0) for pid in officers]
    return TrainingKpis(
        year=year,
        sessions_held=held,
        person_times=person_times,
        hours_credited=hours,
        officers=len(officers),
        legal_hours_per_officer=sum(officer_hours) / len(officers) if officers else 0.0,
        officers_on_pace=sum(1 for h in officer_hours if h >= expected),
        expected_hours=expected,
    )
