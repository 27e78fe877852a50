"""Progress towards the yearly training requirements, per person and per unit, with pace.

Credited hours are the hours of the sessions a person attended (status present) dated
from 1 January up to the date asked about. One grouped query gives them per person and
training category — a few rows per person, whatever the size of the attendance table —
and the arithmetic of ``requirements`` is applied in Python to at most a few thousand
people. Hours towards a requirement count in its own training category only, and each
requirement counts at most its own hours: a surplus of legal training does not hide a
shortfall elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import on_strength_on
from console.core.training.certificates import expiry_counts
from console.core.training.exams import list_exams
from console.core.training.requirements import (
    PaceStatus,
    TrainingSettings,
    expected_hours,
    load_training_settings,
    owed_hours,
    pace_status,
    shortfall_share,
)
from db.org import Person, Unit
from db.training import Attendance, TrainingSession
from glossary import AttendanceStatus, Category, TrainingCategory


@dataclass(frozen=True)
class RequirementLine:
    training_category: TrainingCategory
    required: float  # owed this year (pro rata for someone hired during it)
    credited: float  # hours of that category, uncapped
    expected: float


@dataclass(frozen=True)
class PersonProgress:
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    position: str
    required: float  # the sum of the person's requirements
    credited: float  # hours counted towards them (each requirement capped at its hours)
    expected: float  # by the date asked about
    total_hours: float  # every category, counted or not
    status: PaceStatus
    lines: tuple[RequirementLine, ...]

    @property
    def shortfall(self) -> float:
        """Hours short of the pace (0 when on pace or done)."""
        return max(0.0, self.expected - self.credited) if self.status == PaceStatus.BEHIND else 0.0

    @property
    def shortfall_share(self) -> float:
        return shortfall_share(self.credited, self.expected)


@dataclass(frozen=True)
class UnitProgress:
    unit_id: int
    unit_name: str
    headcount: int  # people on strength
    required_people: int  # of them, with a requirement
    done: int
    on_pace: int
    behind: int
    required: float
    credited: float
    expected: float
    total_hours: float

    @property
    def completion(self) -> float:
        """Hours counted ÷ hours required (0 … 1)."""
        return min(1.0, self.credited / self.required) if self.required else 0.0

    @property
    def on_pace_share(self) -> float | None:
        n = self.required_people
        return (self.done + self.on_pace) / n if n else None


@dataclass(frozen=True)
class YearProgress:
    year: int
    as_of: date
    people: tuple[PersonProgress, ...]
    units: tuple[UnitProgress, ...]

    @property
    def required_people(self) -> tuple[PersonProgress, ...]:
        return tuple(p for p in self.people if p.status != PaceStatus.NOT_REQUIRED)

    def count(self, status: PaceStatus) -> int:
        return sum(1 for p in self.people if p.status == status)

    def behind(self) -> list[PersonProgress]:
        """Those behind pace, furthest behind (as a share of the pace) first."""
        return sorted(
            (p for p in self.people if p.status == PaceStatus.BEHIND),
            key=lambda p: (-p.shortfall_share, -p.shortfall, p.staff_no),
        )


def period_end(year: int, as_of: date) -> date:
    return min(as_of, date(year, 12, 31))


def hours_by_person(
    session: Session, scope: set[int] | None, year: int, as_of: date
) -> dict[int, dict[TrainingCategory, float]]:
    """Present hours per person and category, 1 January … ``as_of`` (one grouped query)."""
    q = (
        select(Attendance.person_id, TrainingSession.category, func.sum(Attendance.hours))
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(
            Attendance.status == AttendanceStatus.PRESENT,
            TrainingSession.session_date >= date(year, 1, 1),
            TrainingSession.session_date <= period_end(year, as_of),
        )
        .group_by(Attendance.person_id, TrainingSession.category)
    )
    if scope is not None:
        q = q.join(Person, Person.id == Attendance.person_id).where(Person.unit_id.in_(scope))
    found: dict[int, dict[TrainingCategory, float]] = defaultdict(dict)
    for pid, category, hours in session.execute(q):
        found[pid][category] = float(hours or 0)
    return found


def person_progress(
    settings: TrainingSettings,
    year: int,
    as_of: date,
    hired: date | None,
    category: Category,
    hours: dict[TrainingCategory, float],
) -> tuple[float, float, float, PaceStatus, tuple[RequirementLine, ...]]:
    """(required, credited, expected, status, lines) of one person."""
    lines = []
    for r in settings.for_category(category):
        lines.append(
            RequirementLine(
                r.training_category,
                owed_hours(r.hours, year, hired),
                hours.get(r.training_category, 0.0),
                expected_hours(r.hours, year, as_of, hired),
            )
        )
    required = sum(line.required for line in lines)
    credited = sum(min(line.credited, line.required) for line in lines)
    expected = sum(line.expected for line in lines)
    return required, credited, expected, pace_status(required, credited, expected), tuple(lines)


def year_progress(session: Session, user: User, year: int, as_of: date) -> YearProgress:
    """Everyone on strength on ``as_of`` (in the user's scope) with their year so far."""
    require_user(user)
    return progress_of(session, visible_unit_ids(session, user), year, as_of)


def progress_of(session: Session, scope: set[int] | None, year: int, as_of: date) -> YearProgress:
    """``year_progress`` for the units in ``scope`` (None: all), without a user: for the
    early-warning rule, which runs bureau-wide."""
    settings = load_training_settings(session)
    hours = hours_by_person(session, scope, year, as_of)
    day = period_end(year, as_of)
    q = (
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            Unit.name,
            Person.category,
            Person.position,
            Person.hire_date,
        )
        .join(Unit, Unit.id == Person.unit_id)
        .where(on_strength_on(day))
        .order_by(Unit.sort_order, Unit.id, Person.staff_no)
    )
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    people = []
    for pid, staff_no, name, unit_id, unit_name, category, position, hired in session.execute(q):
        mine = hours.get(pid, {})
        required, credited, expected, status, lines = person_progress(
            settings, year, as_of, hired, category, mine
        )
        people.append(
            PersonProgress(
                pid,
                staff_no,
                name,
                unit_id,
                unit_name,
                category,
                position or "",
                required,
                credited,
                expected,
                sum(mine.values()),
                status,
                lines,
            )
        )
    return YearProgress(year, as_of, tuple(people), tuple(_units(people)))


def _units(people: list[PersonProgress]) -> list[UnitProgress]:
    by_unit: dict[int, list[PersonProgress]] = {}
    for p in people:  # already in unit order
        by_unit.setdefault(p.unit_id, []).append(p)
    units = []
    for unit_id, members in by_unit.items():
        required = [p for p in members if p.status != PaceStatus.NOT_REQUIRED]
        units.append(
            UnitProgress(
                unit_id,
                members[0].unit_name,
                len(members),
                len(required),
                sum(1 for p in required if p.status == PaceStatus.DONE),
                sum(1 for p in required if p.status == PaceStatus.ON_PACE),
                sum(1 for p in required if p.status == PaceStatus.BEHIND),
                sum(p.required for p in required),
                sum(p.credited for p in required),
                sum(p.expected for p in required),
                sum(p.total_hours for p in members),
            )
        )
    return units


# --- the year's figures -----------------------------------------------------------------


@dataclass(frozen=True)
class CategoryHours:
    category: TrainingCategory
    sessions: int
    person_times: int
    hours: float


@dataclass(frozen=True)
class MonthHours:
    month: int
    sessions: int
    person_times: int
    hours: float


def _attendance_scope(session: Session, user: User, q):  # type: ignore[no-untyped-def]
    scope = visible_unit_ids(session, user)
    if scope is not None:
        q = q.join(Person, Person.id == Attendance.person_id).where(Person.unit_id.in_(scope))
    return q


def hours_by_category(session: Session, user: User, year: int, as_of: date) -> list[CategoryHours]:
    """Sessions held, person-times present and hours credited per training category."""
    require_user(user)
    q = (
        select(
            TrainingSession.category,
            func.count(func.distinct(TrainingSession.id)),
            func.count(Attendance.id),
            func.coalesce(func.sum(Attendance.hours), 0),
        )
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(
            Attendance.status == AttendanceStatus.PRESENT,
            TrainingSession.session_date >= date(year, 1, 1),
            TrainingSession.session_date <= period_end(year, as_of),
        )
        .group_by(TrainingSession.category)
    )
    found = {
        cat: CategoryHours(cat, int(n), int(times), float(h))
        for cat, n, times, h in session.execute(_attendance_scope(session, user, q))
    }
    return [found.get(c, CategoryHours(c, 0, 0, 0.0)) for c in TrainingCategory]


def hours_by_month(session: Session, user: User, year: int, as_of: date) -> list[MonthHours]:
    """The twelve months of the year (those not yet reached: zero)."""
    require_user(user)
    month = extract("month", TrainingSession.session_date)
    q = (
        select(
            month,
            func.count(func.distinct(TrainingSession.id)),
            func.count(Attendance.id),
            func.coalesce(func.sum(Attendance.hours), 0),
        )
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(
            Attendance.status == AttendanceStatus.PRESENT,
            TrainingSession.session_date >= date(year, 1, 1),
            TrainingSession.session_date <= period_end(year, as_of),
        )
        .group_by(month)
    )
    found = {
        int(m): MonthHours(int(m), int(n), int(t), float(h))
        for m, n, t, h in session.execute(_attendance_scope(session, user, q))
    }
    return [found.get(m, MonthHours(m, 0, 0, 0.0)) for m in range(1, 13)]


@dataclass(frozen=True)
class TrainingOverview:
    year: int
    as_of: date
    sessions_held: int
    person_times: int
    hours_credited: float
    people: int  # on strength, in scope
    required_people: int
    done: int
    on_pace: int
    behind: int
    exams_sat: int
    exams_passed: int
    certificates_expiring: int
    certificates_expired: int
    average_hours: float  # per person on strength (all categories)
    hours_on_strength: float = 0.0  # the sum that average is of (the indicator's numerator)

    @property
    def on_pace_share(self) -> float | None:
        n = self.required_people
        return (self.done + self.on_pace) / n if n else None

    @property
    def pass_rate(self) -> float | None:
        return self.exams_passed / self.exams_sat if self.exams_sat else None


def training_overview(
    session: Session,
    user: User,
    year: int,
    as_of: date,
    progress: YearProgress | None = None,
    by_category: list[CategoryHours] | None = None,
) -> TrainingOverview:
    """The Training page's key figures (pass the progress and category hours if already
    read, to avoid reading them twice)."""
    # Imported here: the indicators module reads this one's progress.
    from console.core.indicators import training_hours_of

    require_user(user)
    progress = progress or year_progress(session, user, year, as_of)
    by_category = (
        by_category if by_category is not None else hours_by_category(session, user, year, as_of)
    )
    held_q = select(func.count(func.distinct(TrainingSession.id))).where(
        TrainingSession.session_date >= date(year, 1, 1),
        TrainingSession.session_date <= period_end(year, as_of),
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:  # the sessions the scope's people were called to
        held_q = (
            held_q.join(Attendance, Attendance.session_id == TrainingSession.id)
            .join(Person, Person.id == Attendance.person_id)
            .where(Person.unit_id.in_(scope))
        )
    exams = [e for e in list_exams(session, user, year) if e.exam_date <= as_of]
    expiring, expired = expiry_counts(session, user, as_of)
    required = progress.required_people
    hours = training_hours_of(progress)
    return TrainingOverview(
        year=year,
        as_of=as_of,
        sessions_held=session.scalar(held_q) or 0,
        person_times=sum(c.person_times for c in by_category),
        hours_credited=sum(c.hours for c in by_category),
        people=len(progress.people),
        required_people=len(required),
        done=sum(1 for p in required if p.status == PaceStatus.DONE),
        on_pace=sum(1 for p in required if p.status == PaceStatus.ON_PACE),
        behind=sum(1 for p in required if p.status == PaceStatus.BEHIND),
        exams_sat=sum(e.takers for e in exams),
        exams_passed=sum(e.passed for e in exams),
        certificates_expiring=expiring,
        certificates_expired=expired,
        average_hours=float(hours.value or 0.0),
        hours_on_strength=float(hours.numerator),
    )


@dataclass(frozen=True)
class ProgressReport:
    """Progress with the requirements it was measured against (``ducha training``)."""

    progress: YearProgress
    settings: TrainingSettings


def progress_report(session: Session, user: User, year: int, as_of: date) -> ProgressReport:
    return ProgressReport(
        year_progress(session, user, year, as_of), load_training_settings(session)
    )
