"""Where the training year will end: each person's hours on 31 December at their current
pace, who will miss their requirement, and which of the year's remaining planned sessions
would close the gap. docs/training.md ("Projection to 31 December") states it with a
worked example.

The pace, per requirement (one training category):

- a person's year runs from 1 January — or from the day of hire, if later — to
  31 December: ``window`` days (the days the requirement is owed for, pro rata);
- by the date asked about, ``elapsed`` days of it have passed before that day — the
  Training page's pace (``requirements.expected_hours``), so the two never disagree;
- ``projected = credited × window ÷ elapsed``: the hours so far, kept up at the same daily
  rate to the end of the year. Once the year is over, projected = credited.

Sessions already scheduled after the date are *not* added to the projection: the pace
already stands for the sessions a person keeps attending, and adding them would count the
same future twice. They are what closes a gap instead, listed for each person who will
miss: the hours still missing (owed − credited, per requirement) are covered by that
category's remaining sessions whose intended audience takes the person in, earliest
first, until the missing hours are reached — or "even all remaining sessions will not
suffice" when together they fall short.

A person will miss when, for any of their requirements, the projection is below the
hours owed; exactly on target is not missing. Before the year has begun (a year still to
come) there is no pace, and nobody is judged. Credited and owed hours are the progress
module's (one rule); the work is the one grouped query of ``progress`` plus one query for
hire dates and one for the year's remaining sessions, whatever the size of the bureau.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.permissions import require_user, visible_unit_ids
from console.core.training.progress import YearProgress, period_end, progress_of
from console.core.training.requirements import counted_from
from console.core.training.sessions import audience_of, takes_in
from db.org import Person
from db.training import TrainingSession
from glossary import Category, TrainingCategory

_EPSILON = 1e-9


@dataclass(frozen=True)
class PlannedSession:
    session_id: int
    session_date: date
    title: str
    category: TrainingCategory
    hours: float


@dataclass(frozen=True)
class LineProjection:
    training_category: TrainingCategory
    required: float  # owed this year (pro rata from hire)
    credited: float  # hours of that category so far, uncapped
    projected: float  # on 31 December at the current pace, uncapped
    begun: bool = True  # False before the person's year has begun: nobody is judged yet

    @property
    def missing(self) -> float:
        """Hours still to be credited to meet it (0 when met)."""
        return max(0.0, self.required - self.credited)

    @property
    def will_miss(self) -> bool:
        return self.begun and self.projected < self.required - _EPSILON


@dataclass(frozen=True)
class PersonProjection:
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    counted_from: date  # 1 January, or the day of hire if later
    elapsed_days: int  # of the person's year, up to the date asked about (included)
    window_days: int  # of the person's year, to 31 December
    required: float
    credited: float  # counted towards the requirements (each capped at its hours)
    projected: float  # likewise capped: a surplus in one category hides no shortfall
    lines: tuple[LineProjection, ...]
    # For those who will miss: the sessions to attend, earliest first, and whether they
    # suffice; empty and False for the others.
    plan: tuple[PlannedSession, ...] = ()
    reachable: bool = False

    @property
    def will_miss(self) -> bool:
        return any(line.will_miss for line in self.lines)

    @property
    def short_by(self) -> float:
        """Hours the projection falls short of the requirement (0 when it reaches it)."""
        return max(0.0, self.required - self.projected)

    @property
    def missing(self) -> float:
        return sum(line.missing for line in self.lines)

    @property
    def plan_hours(self) -> float:
        return sum(s.hours for s in self.plan)

    @property
    def pace_per_day(self) -> float:
        return self.credited / self.elapsed_days if self.elapsed_days else 0.0


@dataclass(frozen=True)
class YearProjection:
    year: int
    as_of: date
    people: tuple[PersonProjection, ...]  # everyone with a requirement, in unit order
    remaining: tuple[PlannedSession, ...]  # the year's sessions after the date

    def missing(self) -> list[PersonProjection]:
        """Those who will miss, furthest short first."""
        return sorted(
            (p for p in self.people if p.will_miss),
            key=lambda p: (-p.short_by, p.staff_no),
        )

    @property
    def will_miss(self) -> int:
        return sum(1 for p in self.people if p.will_miss)

    @property
    def cannot_reach(self) -> int:
        return sum(1 for p in self.people if p.will_miss and not p.reachable)


# --- the arithmetic -------------------------------------------------------------------


def days_of(year: int, as_of: date, hired: date | None) -> tuple[int, int]:
    """(elapsed, window): the days of the person's year passed before ``as_of`` — the
    Training page's pace (requirements.expected_hours), so that nobody on pace there is
    projected to miss here — and the days to 31 December, both ends included."""
    start = counted_from(year, hired)
    window = (date(year, 12, 31) - start).days + 1
    if as_of > date(year, 12, 31):
        return max(0, window), max(0, window)
    elapsed = (period_end(year, as_of) - start).days
    return max(0, min(elapsed, window)), max(0, window)


def projected_hours(credited: float, elapsed: int, window: int) -> float:
    """The hours on 31 December at the current pace: credited × window ÷ elapsed."""
    if elapsed <= 0 or elapsed >= window:
        return credited  # no pace yet, or the year is over
    return credited * window / elapsed


def choose_sessions(
    missing: float, sessions: list[PlannedSession]
) -> tuple[tuple[PlannedSession, ...], bool]:
    """Earliest first until ``missing`` hours are reached: (chosen, enough). When even all
    of them fall short, all are chosen and enough is False."""
    chosen: list[PlannedSession] = []
    total = 0.0
    for s in sorted(sessions, key=lambda s: (s.session_date, s.session_id)):
        if total >= missing - _EPSILON:
            break
        chosen.append(s)
        total += s.hours
    return tuple(chosen), total >= missing - _EPSILON


# --- the service -------------------------------------------------------------------------


def year_projection(
    session: Session,
    user: User,
    year: int,
    as_of: date,
    progress: YearProgress | None = None,
) -> YearProjection:
    """Everyone with a requirement in the user's scope, projected to 31 December (pass
    the year's progress if already read, to read it once)."""
    require_user(user)
    scope = visible_unit_ids(session, user)
    progress = progress or progress_of(session, scope, year, as_of)
    hired = _hire_dates(session, scope)
    remaining = _remaining_sessions(session, year, as_of)
    people = []
    for p in progress.required_people:
        elapsed, window = days_of(year, as_of, hired.get(p.person_id))
        lines = tuple(
            LineProjection(
                line.training_category,
                line.required,
                line.credited,
                projected_hours(line.credited, elapsed, window),
                elapsed > 0,
            )
            for line in p.lines
        )
        plan: tuple[PlannedSession, ...] = ()
        reachable = False
        if any(line.will_miss for line in lines):
            plan, reachable = _plan(lines, remaining, p.category, p.unit_id)
        people.append(
            PersonProjection(
                p.person_id,
                p.staff_no,
                p.name,
                p.unit_id,
                p.unit_name,
                p.category,
                counted_from(year, hired.get(p.person_id)),
                elapsed,
                window,
                p.required,
                p.credited,
                sum(min(line.projected, line.required) for line in lines),
                lines,
                plan,
                reachable,
            )
        )
    return YearProjection(year, as_of, tuple(people), tuple(s for s, _, _ in remaining))


_Remaining = list[tuple[PlannedSession, tuple[Category, ...], tuple[int, ...]]]


def _plan(
    lines: tuple[LineProjection, ...], remaining: _Remaining, category: Category, unit_id: int
) -> tuple[tuple[PlannedSession, ...], bool]:
    """The sessions each short requirement needs, together in date order."""
    chosen: list[PlannedSession] = []
    enough = True
    for line in lines:
        if not line.will_miss:
            continue
        open_to = [
            s
            for s, cats, units in remaining
            if s.category == line.training_category and takes_in(cats, units, category, unit_id)
        ]
        picked, ok = choose_sessions(line.missing, open_to)
        chosen.extend(picked)
        enough = enough and ok
    return tuple(sorted(chosen, key=lambda s: (s.session_date, s.session_id))), enough


def _hire_dates(session: Session, scope: set[int] | None) -> dict[int, date | None]:
    q = select(Person.id, Person.hire_date)
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    return {pid: hired for pid, hired in session.execute(q)}


def _remaining_sessions(session: Session, year: int, as_of: date) -> _Remaining:
    """The year's sessions dated after ``as_of``, with their intended audience."""
    q = (
        select(
            TrainingSession.id,
            TrainingSession.session_date,
            TrainingSession.title,
            TrainingSession.category,
            TrainingSession.hours,
            TrainingSession.audience,
        )
        .where(
            TrainingSession.session_date > as_of,
            TrainingSession.session_date >= date(year, 1, 1),
            TrainingSession.session_date <= date(year, 12, 31),
        )
        .order_by(TrainingSession.session_date, TrainingSession.id)
    )
    found: _Remaining = []
    for sid, day, title, category, hours, audience in session.execute(q):
        cats, units = audience_of(audience)
        found.append((PlannedSession(sid, day, title, category, float(hours or 0)), cats, units))
    return found
