"""The generation state shared by every part of the demo: the random stream and the rows.

``Demo`` holds the calendar, the one ``random.Random(seed)`` every choice comes from, the
generated people (``Member``) and the activity rows waiting for the bulk load, with the
helpers that allocate their ids and draw dates, people and point events.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from random import Random
from typing import Any, TypeVar

from console.core.demo import data
from glossary import Category, EventSource, EventStatus, Gender, PersonStatus, UnitKind, YearMonth

T = TypeVar("T")

Row = dict[str, Any]


@dataclass
class Member:
    """A generated person as the activity generators need them: dates, unit, temperament."""

    name: str
    unit_id: int
    category: Category
    position: str
    gender: Gender
    born: date
    hire: date
    field: bool  # works on the street (squad, town team): casework and patrol points
    head: bool
    id: int = 0
    status: PersonStatus = PersonStatus.ACTIVE
    end: date | None = None  # left or transferred out of the bureau
    moved: tuple[date, int] | None = None  # internal transfer: (date, previous unit)
    drive: float = 1.0  # casework productivity: spreads the rankings
    slack: float = 1.0  # propensity for deductions: a few people carry most of them
    diligence: float = 0.94  # chance of attending a training session
    legal_qualification: bool = False

    def active_on(self, day: date) -> bool:
        return self.hire <= day and (self.end is None or day < self.end)

    def unit_on(self, day: date) -> int:
        if self.moved is not None and day < self.moved[0]:
            return self.moved[1]
        return self.unit_id

    def span(self, first: date, last: date) -> tuple[date, date] | None:
        """The part of [first, last] in which the person was on the roll, if any."""
        start = max(first, self.hire)
        stop = last if self.end is None else min(last, self.end - timedelta(days=1))
        return (start, stop) if start <= stop else None


@dataclass
class Demo:
    """Generation state: the random stream, the calendar and the rows to bulk-load."""

    seed: int
    today: date
    months: list[YearMonth]
    rng: Random
    units: dict[str, tuple[int, data.UnitSpec]] = field(default_factory=dict)
    members: list[Member] = field(default_factory=list)
    rules: dict[str, tuple[int, Decimal, bool]] = field(default_factory=dict)
    admin_id: int = 0
    supervisor_id: int = 0
    rows: defaultdict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    # People with a recent serious finding or verified complaint: whom the talks go to.
    flagged: list[tuple[date, Member]] = field(default_factory=list)

    @property
    def start(self) -> date:
        return self.months[0].first_day

    @property
    def opened(self) -> datetime:
        """When the bureau started using the console: the stamp of the reference data."""
        return datetime.combine(self.start, time(8, 30))

    def next_id(self, table: str) -> int:
        return len(self.rows[table]) + 1

    def add(self, table: str, **values: Any) -> int:
        new_id = self.next_id(table)
        self.rows[table].append({"id": new_id, **values})
        return new_id

    def link(self, table: str, **values: Any) -> None:
        self.rows[table].append(values)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def weighted(self, items: Sequence[tuple[T, float]]) -> T:
        return self.rng.choices([i for i, _ in items], [w for _, w in items])[0]

    def between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def workday(self, first: date, last: date) -> date:
        """A random weekday in [first, last]; any day if the span has no weekday."""
        day = first
        for _ in range(10):
            day = self.between(first, last)
            if day.weekday() < 5:
                break
        return day

    def after(self, day: date, lo: int, hi: int) -> date:
        return min(day + timedelta(days=self.rng.randint(lo, hi)), self.today)

    def stamp(self, day: date, lo: int = 8, hi: int = 18) -> datetime:
        return datetime.combine(day, time(self.rng.randrange(lo, hi), self.rng.randrange(60)))

    def later(self, moment: datetime, lo: int, hi: int) -> datetime:
        """A decision some days after ``moment``, but never after today's office hours."""
        moved = moment + timedelta(days=self.rng.randint(lo, hi), hours=self.rng.randint(0, 3))
        return max(moment, min(moved, datetime.combine(self.today, time(18, 0))))

    def month_span(self, ym: YearMonth) -> tuple[date, date, float]:
        """First and last generated day of a month, and the share of the month they cover."""
        last = min(ym.last_day, self.today)
        return ym.first_day, last, last.day / ym.last_day.day

    def active(self, day: date, units: Iterable[int] | None = None) -> list[Member]:
        wanted = None if units is None else set(units)
        return [
            m
            for m in self.members
            if m.active_on(day) and (wanted is None or m.unit_on(day) in wanted)
        ]

    def unit_ids(self, *kinds: UnitKind) -> list[int]:
        return [uid for uid, spec in self.units.values() if spec.kind in kinds]

    def unit_of(self, key: str) -> int:
        return self.units[key][0]

    def event(
        self,
        code: str,
        day: date,
        quantity: Decimal | int | float,
        *,
        person: Member | None = None,
        unit_id: int | None = None,
        note: str | None = None,
        source: EventSource = EventSource.MANUAL,
        ref: str | None = None,
        recorded: datetime | None = None,
        status: EventStatus | None = None,
        reason: str | None = None,
    ) -> int:
        """One point event; its points are fixed at entry as quantity × the rule's points."""
        rule_id, per_unit, needs_approval = self.rules[code]
        qty = quantity if isinstance(quantity, Decimal) else Decimal(str(quantity))
        recorded_at = recorded or self.stamp(self.after(day, 0, 2))
        decided_by: int | None = None
        decided_at: datetime | None = None
        if status is None:
            status = EventStatus.APPROVED
            if needs_approval:
                # Claims of this month still wait for the admin; those of earlier months
                # were decided before the month was finalised.
                if YearMonth.of(day) == YearMonth.of(self.today) and self.chance(0.7):
                    status = EventStatus.PENDING
                else:
                    decided_by, decided_at = self.admin_id, self.later(recorded_at, 1, 5)
        elif status is not EventStatus.PENDING:
            decided_by = self.supervisor_id if status is EventStatus.VOID else self.admin_id
            decided_at = self.later(recorded_at, 0, 3)
        return self.add(
            "point_event",
            person_id=person.id if person else None,
            unit_id=unit_id,
            event_date=day,
            rule_id=rule_id,
            quantity=qty,
            points=qty * per_unit,
            note=note,
            evidence=None,
            source=source,
            source_ref=ref,
            recorded_by_id=self.supervisor_id,
            recorded_at=recorded_at,
            status=status,
            decided_by_id=decided_by,
            decided_at=decided_at,
            reason=reason,
        )

    def culprit(self, people: Sequence[Member]) -> Member:
        """Whom a finding or complaint names: the careless are named more often."""
        return self.rng.choices(people, [m.slack for m in people])[0]

    def note(self, code: str) -> str | None:
        notes = data.EVENT_NOTES.get(code)
        return self.pick(notes) if notes else None


def poisson(rng: Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def workdays(d: Demo, first: date, last: date, n: float) -> list[date]:
    """``n`` working days of the span in date order, so that ids follow the calendar."""
    return sorted(d.workday(first, last) for _ in range(round(n)))
