"""A deterministic demo bureau: units, people, accounts and two years of activity.

``generate_demo`` fills an empty database with the fictional 临江市综合行政执法局 so that
every page, report and chart has something real-looking to show. The same seed and the
same ``today`` give the same rows, timestamps included: nothing here reads the clock, and
every random choice comes from one ``random.Random(seed)`` in a fixed order.

The reference data (units, people, accounts, rules) goes through the ORM so that each row
lands in the audit log like any other record; the high-volume activity tables are loaded
with Core bulk inserts and put on the audit record with one ``record_bulk`` row per table,
which is what keeps 400 people × 24 months within a few seconds.
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

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from console.core import demo_data as data
from console.core.auth import hash_password
from console.core.default_rules import install_default_rules
from console.core.errors import DuchaError
from console.core.i18n import tr_context
from db import models
from db.accounts import UserAccount
from db.audit import Actor, record_bulk
from db.enums import (
    AttendanceStatus,
    Category,
    CertificateKind,
    ComplaintChannel,
    ComplaintOutcome,
    EventSource,
    EventStatus,
    FindingStatus,
    Gender,
    Grade,
    PersonStatus,
    Role,
    Severity,
    TalkKind,
    TrainingCategory,
    UnitKind,
)
from db.integrity import (
    CaseReview,
    Complaint,
    Finding,
    Inspection,
    IntegrityTalk,
    MajorMatterReport,
    Pledge,
    RiskPoint,
    case_review_handler,
    inspection_person,
    inspection_unit,
)
from db.org import Person, PersonTransfer, Unit
from db.scoring import PointEvent, RuleSet
from db.training import Attendance, Certificate, Exam, ExamResult, TrainingSession
from db.types import YearMonth

_t = tr_context("demo")
T = TypeVar("T")

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "ducha123"
MIN_PEOPLE = 3 * len(data.UNITS)

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: date
    username: str
    password: str
    first_month: YearMonth
    last_month: YearMonth
    months: int
    counts: dict[str, int]  # table name → rows, audit log included


@dataclass
class _Member:
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
class _Demo:
    """Generation state: the random stream, the calendar and the rows to bulk-load."""

    seed: int
    today: date
    months: list[YearMonth]
    rng: Random
    units: dict[str, tuple[int, data.UnitSpec]] = field(default_factory=dict)
    members: list[_Member] = field(default_factory=list)
    rules: dict[str, tuple[int, Decimal, bool]] = field(default_factory=dict)
    admin_id: int = 0
    supervisor_id: int = 0
    rows: defaultdict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    # People with a recent serious finding or verified complaint: whom the talks go to.
    flagged: list[tuple[date, _Member]] = field(default_factory=list)

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

    def active(self, day: date, units: Iterable[int] | None = None) -> list[_Member]:
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
        person: _Member | None = None,
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
                # Claims of the last month still wait for the admin; older ones were decided.
                if (self.today - day).days <= 30 and self.chance(0.7):
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

    def culprit(self, people: Sequence[_Member]) -> _Member:
        """Whom a finding or complaint names: the careless are named more often."""
        return self.rng.choices(people, [m.slack for m in people])[0]

    def note(self, code: str) -> str | None:
        notes = data.EVENT_NOTES.get(code)
        return self.pick(notes) if notes else None


def _poisson(rng: Random, lam: float) -> int:
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


def _years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# ------------------------------------------------------------------ units and people


def _create_units(session: Session, d: _Demo) -> None:
    for i, spec in enumerate(data.UNITS, start=1):
        session.add(
            Unit(
                id=i,
                parent_id=d.unit_of(spec.parent) if spec.parent else None,
                name=spec.name,
                short_name=spec.short_name,
                kind=spec.kind,
                sort_order=i * 10,
                active=True,
                created_at=d.opened,
            )
        )
        d.units[spec.key] = (i, spec)
    session.flush()


def _head_counts(total: int) -> list[int]:
    """People per unit: the spec weights scaled to ``total`` (largest remainder, min 3)."""
    weights = [s.weight for s in data.UNITS]
    exact = [w * total / sum(weights) for w in weights]
    counts = [max(3, int(x)) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: int(exact[i]) - exact[i])
    i = 0
    while sum(counts) < total:
        counts[by_remainder[i % len(counts)]] += 1
        i += 1
    while sum(counts) > total:
        counts[counts.index(max(counts))] -= 1
    return counts


_SURNAMES = [s for s, _ in data.SURNAMES]
_SURNAME_WEIGHTS = [w for _, w in data.SURNAMES]


def _name(d: _Demo, gender: Gender, taken: set[str]) -> str:
    pool = (data.MALE_CHARS if gender is Gender.MALE else data.FEMALE_CHARS) + data.NEUTRAL_CHARS
    name = ""
    for _ in range(50):
        surname = d.rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]
        given = d.rng.sample(pool, 2 if d.chance(0.7) else 1)
        if d.chance(0.06):
            given[-1] = d.pick(data.RARE_CHARS)
        name = surname + "".join(given)
        if name not in taken:
            break
    # Real rosters have namesakes too; after 50 tries one more is harmless.
    taken.add(name)
    return name


def _position(d: _Demo, spec: data.UnitSpec, category: Category) -> str:
    if category is Category.OFFICER:
        return spec.staff
    if category is Category.AUXILIARY:
        return data.AUXILIARY_POSITION
    if category is Category.ASSISTANT:
        return d.pick(data.ASSISTANT_POSITIONS)
    return d.pick(data.CONTRACTOR_POSITIONS)


def _draft(
    d: _Demo, unit_id: int, spec: data.UnitSpec, k: int, heads: int, taken: set[str]
) -> _Member:
    head = k < heads
    category = Category.OFFICER if head else d.weighted(data.CATEGORY_MIX[spec.kind])
    gender = Gender.MALE if d.chance(data.MALE_SHARE[category]) else Gender.FEMALE
    youngest = 1988 if head else data.YOUNGEST.get(category, 2000)
    born = date(d.rng.randint(1965, youngest), d.rng.randint(1, 12), d.rng.randint(1, 28))
    hired = _years(born, d.rng.randint(22, 30)) + timedelta(days=d.rng.randint(0, 200))
    position = spec.heads[k] if head else _position(d, spec, category)
    street = category in (Category.OFFICER, Category.AUXILIARY)
    return _Member(
        name=_name(d, gender, taken),
        unit_id=unit_id,
        category=category,
        position=position,
        gender=gender,
        born=born,
        hire=min(hired, d.start - timedelta(days=d.rng.randint(30, 400))),
        field=spec.kind in (UnitKind.SQUAD, UnitKind.TOWN_TEAM),
        head=head,
        drive=d.rng.lognormvariate(0, 0.45),
        slack=d.weighted(data.SLACK),
        # About one in eight officers and auxiliaries skips training and falls behind pace.
        diligence=0.5 if street and d.chance(0.13) else d.rng.uniform(0.9, 0.98),
        legal_qualification=category is Category.OFFICER
        and d.chance(0.7 if position == "法制审核员" else 0.12),
    )


def _churn(d: _Demo, m: _Member, street_units: list[int]) -> None:
    """New hires, leavers and internal moves within the demo period (never a unit's head)."""
    period = (d.today - d.start).days
    r = d.rng.random()
    if r < 0.04 and period > 60:
        m.born = date(d.rng.randint(1995, 2002), d.rng.randint(1, 12), d.rng.randint(1, 28))
        m.hire = d.start + timedelta(days=d.rng.randint(0, period - 30))
    elif r < 0.08 and period > 60:
        m.status = PersonStatus.LEFT if r < 0.07 else PersonStatus.TRANSFERRED
        m.end = d.start + timedelta(days=d.rng.randint(30, period))
    if m.field and len(street_units) > 1 and d.chance(0.05):
        first = max(m.hire, d.start) + timedelta(days=30)
        last = (m.end or d.today) - timedelta(days=30)
        if first < last:
            others = [u for u in street_units if u != m.unit_id]
            m.moved = (d.between(first, last), d.pick(others))


def _create_people(session: Session, d: _Demo, people: int) -> None:
    taken: set[str] = set()
    drafts: list[_Member] = []
    for (unit_id, spec), count in zip(d.units.values(), _head_counts(people), strict=True):
        heads = min(len(spec.heads), max(1, count // data.HEADS_PER[spec.kind]))
        drafts.extend(_draft(d, unit_id, spec, k, heads, taken) for k in range(count))
    street_units = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for m in drafts:
        if not m.head:
            _churn(d, m, street_units)
    # Staff numbers follow seniority: the roll as it stood, then newcomers by hire date.
    drafts.sort(key=lambda m: (m.hire >= d.start, m.hire if m.hire >= d.start else d.start))
    for i, m in enumerate(drafts, start=1):
        m.id = i
        session.add(_person_row(d, m))
        if m.moved is not None:
            session.add(
                PersonTransfer(
                    person_id=m.id,
                    from_unit_id=m.moved[1],
                    to_unit_id=m.unit_id,
                    transfer_date=m.moved[0],
                    reason=d.pick(("工作需要调整", "轮岗交流", "充实一线执法力量")),
                    created_at=d.stamp(m.moved[0]),
                )
            )
    d.members = drafts
    session.flush()


def _person_row(d: _Demo, m: _Member) -> Person:
    return Person(
        id=m.id,
        staff_no=f"{data.STAFF_PREFIX}{m.id:04d}",
        name=m.name,
        unit_id=m.unit_id,
        category=m.category,
        position=m.position,
        gender=m.gender,
        birth_date=m.born,
        hire_date=m.hire,
        status=m.status,
        legal_qualification=m.legal_qualification,
        phone=f"1{d.pick('3589')}{d.rng.randrange(10**9):09d}",
        left_date=m.end,
        note=None,
        created_at=d.stamp(m.hire) if m.hire >= d.start else d.opened,
    )


def _by_position(d: _Demo, unit_key: str, position: str | None = None) -> _Member:
    """The first member of a unit in a position (or the first non-head officer)."""
    unit_id = d.unit_of(unit_key)
    crew = [m for m in d.members if m.unit_id == unit_id and m.end is None]
    for m in crew:
        if (
            (m.position == position)
            if position
            else (not m.head and m.category is Category.OFFICER)
        ):
            return m
    return crew[-1]


def _head_of(d: _Demo, unit_key: str) -> _Member:
    unit_id = d.unit_of(unit_key)
    return next(m for m in d.members if m.unit_id == unit_id and m.head)


def _create_accounts(session: Session, d: _Demo) -> None:
    # One argon2 computation per account: a handful, never one per person.
    accounts = (
        (DEMO_USERNAME, Role.ADMIN, _by_position(d, "ducha", "督察队队长"), None),
        ("duchayuan", Role.SUPERVISOR, _by_position(d, "ducha"), None),
        ("zhongduizhang", Role.SQUAD_LEADER, _by_position(d, "east", "中队长"), "east"),
        ("lingdao", Role.VIEWER, _by_position(d, "bureau", "局长"), None),
    )
    for i, (username, role, person, unit_key) in enumerate(accounts, start=1):
        session.add(
            UserAccount(
                id=i,
                username=username,
                display_name=person.name,
                password_hash=hash_password(DEMO_PASSWORD),
                role=role,
                unit_id=d.unit_of(unit_key) if unit_key else None,
                person_id=person.id,
                active=True,
                created_at=d.opened,
            )
        )
    d.admin_id, d.supervisor_id = 1, 2
    session.flush()


def _install_rules(session: Session, d: _Demo) -> None:
    rule_set: RuleSet = install_default_rules(session, d.start, created_at=d.opened)
    d.rules = {r.code: (r.id, r.points, r.needs_approval) for r in rule_set.rules}


# ------------------------------------------------------------------------ point events


def _eligible(m: _Member, who: str) -> bool:
    if who == "all":
        return True
    if who == "field":
        return m.field
    return m.field and m.category is Category.OFFICER


def _casework(d: _Demo, m: _Member, ym: YearMonth, stop: date, share: float) -> None:
    """The month's statistics from the enforcement platform and the command centre."""
    closed = ym.last_day < d.today
    # A closed month is imported on the first working days of the next one.
    when = d.after(ym.next().first_day, 1, 3) if closed else stop
    recorded = d.stamp(when, 8, 10)
    weight = {Category.OFFICER: 1.0, Category.AUXILIARY: 0.6}.get(m.category, 0.0)
    lam = m.drive * share
    counts = (
        ("AJ01", _poisson(d.rng, 8 * lam * weight), EventSource.CASE_IMPORT, "cases"),
        ("AJ02", _poisson(d.rng, 1.0 * lam * weight), EventSource.CASE_IMPORT, "cases"),
        ("AJ03", _poisson(d.rng, 2.5 * lam * weight), EventSource.CASE_IMPORT, "cases"),
        ("XC01", _poisson(d.rng, 12 * lam), EventSource.EVENT_IMPORT, "dispatch"),
        ("XC02", max(1, _poisson(d.rng, 8 * lam)), EventSource.EVENT_IMPORT, "dispatch"),
    )
    for code, count, source, prefix in counts:
        if count:
            d.event(
                code, stop, count, person=m, source=source, ref=f"{prefix}-{ym}", recorded=recorded
            )


def _extras(d: _Demo, m: _Member, ym: YearMonth, start: date, stop: date, share: float) -> None:
    for code, p, who, scaled in data.EXTRAS:
        if _eligible(m, who) and d.chance(p * share * (m.slack if scaled else 1.0)):
            d.event(code, d.workday(start, stop), 1, person=m, note=d.note(code))
    if m.field and ym.month in data.HOLIDAY_MONTHS and d.chance(0.35 * share):
        d.event("XC05", d.between(start, stop), d.rng.randint(1, 2), person=m, note=d.note("XC05"))


def _monthly_points(d: _Demo) -> None:
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for m in d.members:
            span = m.span(first, last)
            if span is None:
                continue
            start, stop = span
            part = share * ((stop - start).days + 1) / ((last - first).days + 1)
            if m.field:
                _casework(d, m, ym, stop, part)
            else:
                # Offices are scored on the tasks the bureau hands them.
                count = d.rng.randint(1, 3)
                d.event("QT01", d.workday(start, stop), count, person=m, note=d.note("QT01"))
            _extras(d, m, ym, start, stop, part)
        _squad_month(d, ym, first, last)


def _squad_month(d: _Demo, ym: YearMonth, first: date, last: date) -> None:
    """Events booked to a squad as a whole: the red flag and the city's notices."""
    squads = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    if ym.last_day < d.today:
        d.event("QT02", ym.last_day, 1, unit_id=d.pick(squads), note=d.note("QT02"))
    for unit_id in squads:
        if d.chance(0.04):
            d.event("QT03", d.workday(first, last), 1, unit_id=unit_id, note=d.note("QT03"))


def _corrections(d: _Demo) -> None:
    """Recent entries that did not stand, and claims still waiting for approval."""
    first = max(d.start, d.today - timedelta(days=45))
    people = [m for m in d.active(d.today) if m.field]
    if not people:
        return
    for _ in range(d.rng.randint(3, 6)):
        code = d.pick(("BZ01", "AJ04", "FW02", "BZ04"))
        d.event(
            code,
            d.workday(first, d.today),
            1,
            person=d.pick(people),
            note=d.note(code),
            status=EventStatus.REJECTED,
            reason=d.pick(data.REJECT_REASONS),
        )
    for _ in range(d.rng.randint(3, 6)):
        code = d.pick(("AJ01", "FW01", "JL02", "XC01"))
        d.event(
            code,
            d.workday(first, d.today),
            1,
            person=d.pick(people),
            status=EventStatus.VOID,
            reason=d.pick(data.VOID_REASONS),
        )
    for _ in range(d.rng.randint(2, 4)):
        code = d.pick(("BZ01", "AJ04"))
        day = d.workday(first, d.today)
        d.event(code, day, 1, person=d.pick(people), note=d.note(code), status=EventStatus.PENDING)


# ------------------------------------------------------------------------- integrity


@dataclass
class _Finding:
    inspection_id: int
    unit_id: int
    person: _Member | None
    found: date
    topic: str
    severity: Severity
    description: str
    deadline: date
    status: FindingStatus = FindingStatus.VERIFIED


def _days(d: _Demo, first: date, last: date, n: float) -> list[date]:
    """``n`` working days of the span in date order, so that ids follow the calendar."""
    return sorted(d.workday(first, last) for _ in range(round(n)))


def _inspections(d: _Demo) -> list[_Finding]:
    ducha = d.unit_of("ducha")
    inspectors = [m.name for m in d.members if m.unit_id == ducha]
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    offices = d.unit_ids(UnitKind.DEPARTMENT, UnitKind.BRANCH)
    findings: list[_Finding] = []
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in _days(d, first, last, d.rng.randint(15, 25) * share):
            units = d.rng.sample(offices if d.chance(0.08) else street, 2 if d.chance(0.2) else 1)
            findings.extend(_inspection(d, day, units, inspectors))
    return findings


def _inspection(d: _Demo, day: date, units: list[int], inspectors: list[str]) -> list[_Finding]:
    kind = d.weighted(data.INSPECTION_KINDS)
    topics = d.rng.sample(data.CHECKLIST, d.rng.randint(1, 3))
    crew = d.active(day, units)
    people = d.rng.sample(crew, min(len(crew), d.rng.randint(2, 6)))
    unit_name = next(spec.name for uid, spec in d.units.values() if uid == units[0])
    iid = d.add(
        "inspection",
        inspection_date=day,
        kind=kind,
        title=d.pick(data.INSPECTION_TITLES[kind.value]).format(unit=unit_name, topic=topics[0]),
        inspectors="、".join(d.rng.sample(inspectors, min(2, len(inspectors)))),
        topics=topics,
        notes=d.pick(data.INSPECTION_NOTES) if d.chance(0.5) else None,
        created_at=d.stamp(day, 14, 18),
    )
    for unit_id in units:
        d.link("inspection_unit", inspection_id=iid, unit_id=unit_id)
    for person in people:
        d.link("inspection_person", inspection_id=iid, person_id=person.id)
    if not d.chance(0.4):
        return []
    found: list[_Finding] = []
    for _ in range(d.weighted(((1, 0.7), (2, 0.25), (3, 0.05)))):
        unit_id = d.pick(units)
        here = [p for p in people if p.unit_on(day) == unit_id]
        topic = d.pick(topics)
        found.append(
            _Finding(
                inspection_id=iid,
                unit_id=unit_id,
                person=d.culprit(here) if here and d.chance(0.75) else None,
                found=day,
                topic=topic,
                severity=d.weighted(data.SEVERITIES),
                description=d.pick(data.FINDINGS[topic]),
                deadline=day + timedelta(days=d.rng.randint(7, 30)),
            )
        )
    return found


def _settle(d: _Demo, findings: list[_Finding]) -> None:
    for f in findings:
        age = (d.today - f.found).days
        f.status = d.weighted(next(mix for limit, mix in data.STATUS_BY_AGE if age <= limit))
        if f.status is FindingStatus.OPEN and age > 7:
            f.status = FindingStatus.ASSIGNED  # 交办 happens within the week
    # Every stage of the loop should be on screen: borrow a recent finding for an empty one.
    recent = sorted(
        (f for f in findings if (d.today - f.found).days <= 30), key=lambda f: f.found, reverse=True
    )
    for status in FindingStatus:
        tally = {s: sum(1 for f in findings if f.status is s) for s in FindingStatus}
        if tally[status] == 0:
            spare = next((f for f in recent if tally[f.status] > 1), None)
            if spare is not None:
                spare.status = status


def _lifecycle(d: _Demo, f: _Finding) -> Row:
    """The dates of 交办 → 整改 → 复核 consistent with the finding's status today."""
    out: Row = {
        "assigned_date": None,
        "rectified_date": None,
        "rectification": None,
        "verified_date": None,
        "verified_by_id": None,
    }
    if f.status is FindingStatus.OPEN:
        return out
    assigned = f.found + timedelta(days=d.rng.randint(0, min(2, (d.today - f.found).days)))
    out["assigned_date"] = assigned
    if f.status is FindingStatus.ASSIGNED:
        return out
    if d.chance(0.12):
        target = f.deadline + timedelta(days=d.rng.randint(1, 12))
    else:
        target = d.between(assigned + timedelta(days=1), f.deadline)
    rectified = min(target, d.today)
    text = d.pick(data.RECTIFICATIONS)
    if f.status is FindingStatus.SENT_BACK:
        text += data.SENT_BACK_NOTE
    out.update(rectified_date=rectified, rectification=text)
    if f.status is FindingStatus.VERIFIED:
        out.update(verified_date=d.after(rectified, 1, 7), verified_by_id=d.supervisor_id)
    return out


def _write_findings(d: _Demo, findings: list[_Finding]) -> None:
    for f in sorted(findings, key=lambda f: f.found):
        dates = _lifecycle(d, f)
        whom: dict[str, Any] = {"person": f.person, "unit_id": None if f.person else f.unit_id}
        ref = f"inspection-{f.inspection_id}"
        source = EventSource.INSPECTION_FINDING
        event_id = d.event(
            data.SEVERITY_RULE[f.severity],
            f.found,
            1,
            note=f.description,
            source=source,
            ref=ref,
            **whom,
        )
        rectified = dates["rectified_date"]
        if rectified is not None and rectified > f.deadline:
            d.event(
                "DC04", rectified, 1, note=f"{f.topic}问题逾期整改", source=source, ref=ref, **whom
            )
        if f.person is not None and f.severity is not Severity.MINOR:
            d.flagged.append((f.found, f.person))
        d.add(
            "finding",
            inspection_id=f.inspection_id,
            unit_id=f.unit_id,
            person_id=f.person.id if f.person else None,
            found_date=f.found,
            topic=f.topic,
            severity=f.severity,
            description=f.description,
            deadline=f.deadline,
            status=f.status,
            point_event_id=event_id,
            created_at=d.stamp(f.found, 15, 18),
            **dates,
        )


def _complaints(d: _Demo) -> None:
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in _days(d, first, last, d.rng.randint(3, 8) * share):
            channel = d.weighted(data.COMPLAINT_CHANNELS)
            crew = d.active(day, street)
            person = d.culprit(crew) if crew and d.chance(0.8) else None
            unit_id = person.unit_on(day) if person else d.pick(street)
            substance = d.pick(data.COMPLAINTS)
            if (d.today - day).days <= 20 and d.chance(0.7):
                outcome, closed = ComplaintOutcome.PENDING, None
            else:
                outcome = (
                    ComplaintOutcome.VERIFIED if d.chance(0.25) else ComplaintOutcome.UNFOUNDED
                )
                closed = d.after(day, 5, 20)
            event_id = None
            if outcome is ComplaintOutcome.VERIFIED and closed is not None:
                event_id = d.event(
                    "TS02" if channel is ComplaintChannel.MEDIA else "TS01",
                    closed,
                    1,
                    person=person,
                    unit_id=None if person else unit_id,
                    note=substance,
                    source=EventSource.COMPLAINT,
                    ref=f"complaint-{d.next_id('complaint')}",
                )
                if person is not None:
                    d.flagged.append((closed, person))
            d.add(
                "complaint",
                received_date=day,
                channel=channel,
                person_id=person.id if person else None,
                unit_id=unit_id,
                substance=substance,
                outcome=outcome,
                closed_date=closed,
                point_event_id=event_id,
                created_at=d.stamp(day),
            )


def _grade(score: float) -> Grade:
    for floor, grade in (
        (90, Grade.EXCELLENT),
        (80, Grade.GOOD),
        (70, Grade.PASS),
        (60, Grade.BASIC),
    ):
        if score >= floor:
            return grade
    return Grade.FAIL


def _case_reviews(d: _Demo) -> None:
    legal = d.unit_of("legal")
    reviewers = [m.name for m in d.members if m.unit_id == legal]
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    numbers: defaultdict[int, set[int]] = defaultdict(set)
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in _days(d, first, last, d.rng.randint(6, 12) * share):
            unit_id = d.pick(street)
            officers = [m for m in d.active(day, [unit_id]) if m.category is Category.OFFICER]
            if not officers:
                continue
            number = d.rng.randint(1, 1500)
            while number in numbers[day.year]:
                number = d.rng.randint(1, 1500)
            numbers[day.year].add(number)
            case_no = f"{data.CASE_PREFIX}〔{day.year}〕{number:04d}号"
            score = round(min(99.0, max(45.0, d.rng.gauss(80, 10))) * 2) / 2
            grade = _grade(score)
            k = d.rng.randint(1, 3)
            review_id = d.add(
                "case_review",
                case_no=case_no,
                unit_id=unit_id,
                review_date=day,
                reviewer="、".join(d.rng.sample(reviewers, min(2, len(reviewers)))),
                score=score,
                grade=grade,
                problems="；".join(d.rng.sample(data.REVIEW_PROBLEMS, k)) if score < 90 else None,
                created_at=d.stamp(day),
            )
            handlers = d.rng.sample(officers, min(2, len(officers)))
            for h in handlers:
                d.link("case_review_handler", case_review_id=review_id, person_id=h.id)
            codes = {Grade.EXCELLENT: ["AP01"], Grade.FAIL: ["AP02"]}.get(grade, [])
            if score >= 96 and d.chance(0.4):
                codes.append("AP03")
            for code in codes:
                for h in handlers:
                    d.event(
                        code,
                        day,
                        1,
                        person=h,
                        note=case_no,
                        source=EventSource.CASE_REVIEW,
                        ref=case_no,
                    )


def _leader(d: _Demo, position: str) -> str:
    m = _by_position(d, "bureau", position)
    return f"{m.name}（{m.position}）"


def _registers(d: _Demo) -> None:
    """Risk points, pledges, integrity talks and major-matter reports."""
    review = max(d.start, min(date(d.today.year, 1, 15), d.today))
    for position, unit_key, text, level, measures in data.RISK_POINTS:
        unit_id = d.unit_of(unit_key) if unit_key else None
        owner = _head_of(d, unit_key).name if unit_key else _leader(d, "纪检组长")
        d.add(
            "risk_point",
            unit_id=unit_id,
            position=position,
            description=text,
            level=level,
            measures=measures,
            owner=owner,
            review_date=review,
            created_at=d.opened,
        )
    _pledges(d)
    _talks(d)
    for _ in range(max(3, len(d.members) // 25)):
        day = d.workday(d.start, d.today)
        crew = d.active(day)
        d.add(
            "major_matter_report",
            person_id=d.pick(crew).id,
            report_date=day,
            matter=d.pick(data.MAJOR_MATTERS),
            notes=None,
            created_at=d.stamp(day),
        )


def _pledges(d: _Demo) -> None:
    for year in range(d.start.year, d.today.year + 1):
        for m in d.members:
            season = date(year, 1, 6) + timedelta(days=d.rng.randint(0, 45))
            signed = max(season, m.hire + timedelta(days=d.rng.randint(3, 20)))
            if signed.year != year or signed > d.today or not m.active_on(signed):
                continue
            if year == d.today.year and d.chance(0.05):
                continue  # the register always has a few still missing this year
            d.add(
                "pledge", person_id=m.id, year=year, signed_date=signed, created_at=d.stamp(signed)
            )


def _talks(d: _Demo) -> None:
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in _days(d, first, last, d.rng.randint(2, 5) * share):
            kind = d.weighted(data.TALK_KINDS)
            person: _Member | None = None
            if kind is TalkKind.PRE_APPOINTMENT:
                person = d.pick([m for m in d.active(day) if m.category is Category.OFFICER])
                talker = _leader(d, "局长")
            elif kind is not TalkKind.COLLECTIVE:
                recent = [
                    m for when, m in d.flagged if 0 <= (day - when).days <= 60 and m.active_on(day)
                ]
                person = d.pick(recent or d.active(day, street))
                talker = _leader(d, "纪检组长")
            else:
                talker = _leader(d, "政委")
            d.add(
                "integrity_talk",
                talk_date=day,
                kind=kind,
                talker=talker,
                person_id=person.id if person else None,
                unit_id=person.unit_on(day) if person else d.pick(street),
                notes=d.pick(data.TALK_NOTES[kind.value]),
                created_at=d.stamp(day),
            )


# -------------------------------------------------------------------------- training

_STREET = (Category.OFFICER, Category.AUXILIARY)
_ALL = tuple(Category)


@dataclass(frozen=True)
class _Plan:
    category: TrainingCategory
    title: str
    hours: float
    categories: tuple[Category, ...]
    units: tuple[int, ...]  # empty: every unit
    people: tuple[_Member, ...] = ()  # given: exactly these (induction)


def _legal_title(d: _Demo) -> str:
    return d.pick(data.LEGAL_BRANDS) + d.pick(data.LEGAL_TITLES)


def _month_plans(d: _Demo, ym: YearMonth) -> list[_Plan]:
    """The month's programme: legal training for all and for each half of the units, so that
    a diligent officer passes 60 hours a year; a few other sessions on top."""
    legal = TrainingCategory.LEGAL
    plans = [_Plan(legal, _legal_title(d), d.pick((3.0, 4.0, 4.0, 5.0, 6.0)), _STREET, ())]
    units = [uid for uid, _ in d.units.values()]
    d.rng.shuffle(units)
    half = len(units) // 2
    for group in (units[:half], units[half:]):
        hours = d.pick((2.0, 3.0, 3.0, 4.0))
        plans.append(_Plan(legal, _legal_title(d), hours, _STREET, tuple(sorted(group))))
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for _ in range(d.rng.randint(1, 3)):
        cat = d.weighted(data.OTHER_TRAINING)
        title = d.pick(data.OTHER_TITLES[cat.value])
        hours = d.pick((2.0, 2.5, 3.0, 4.0))
        if cat is TrainingCategory.SKILLS:
            plan = _Plan(
                cat,
                title,
                hours,
                (Category.AUXILIARY, Category.ASSISTANT),
                tuple(sorted(d.rng.sample(street, 4))),
            )
        elif cat is TrainingCategory.DRILL:
            plan = _Plan(cat, title, hours, _ALL, tuple(sorted(d.rng.sample(street, 3))))
        elif cat is TrainingCategory.ONLINE:
            plan = _Plan(
                cat, title, hours, _STREET, tuple(sorted(d.rng.sample(street, len(street) // 2)))
            )
        elif cat is TrainingCategory.LECTURE_HALL:
            plan = _Plan(cat, title, hours, (Category.OFFICER,), ())
        else:
            plan = _Plan(cat, title, 2.0, _ALL, ())
        plans.append(plan)
    newcomers = tuple(m for m in d.members if d.start <= m.hire and YearMonth.of(m.hire) == ym)
    if newcomers:
        title = data.OTHER_TITLES["induction"][0]
        units_of = tuple(sorted({m.unit_id for m in newcomers}))
        plans.append(_Plan(TrainingCategory.INDUCTION, title, 8.0, _ALL, units_of, newcomers))
    return plans


def _training(d: _Demo) -> None:
    # (person, month) → legal hours attended and the last day: the month's PX01 entry.
    legal: dict[tuple[int, YearMonth], tuple[float, date]] = {}
    for ym in d.months:
        first, last, share = d.month_span(ym)
        plans = [p for p in _month_plans(d, ym) if d.chance(share) or p.people]
        for index, (plan, day) in enumerate(
            zip(plans, _days(d, first, last, len(plans)), strict=True)
        ):
            if plan.people:
                day = max(day, max(m.hire for m in plan.people))
            audience = list(plan.people) or [
                m for m in d.active(day, plan.units or None) if m.category in plan.categories
            ]
            sid = _session(d, plan, day)
            present = _attend(d, sid, day, plan, audience)
            if plan.category is TrainingCategory.LEGAL:
                for m, hours in present:
                    before = legal.get((m.id, ym), (0.0, day))[0]
                    legal[(m.id, ym)] = (before + hours, day)
            if index == 0 and plan.category is TrainingCategory.LEGAL and ym.month in (3, 6, 9, 12):
                _exam(d, f"{plan.title}考试", day, sid, [m for m, _ in present])
        if ym.month == 11:  # the annual legal knowledge exam of every officer
            day = d.workday(first, last)
            takers = [m for m in d.active(day) if m.category is Category.OFFICER]
            _exam(d, f"{ym.year}年度行政执法人员法律知识考试", day, None, takers)
    by_id = {m.id: m for m in d.members}
    for (pid, ym), (hours, day) in legal.items():
        d.event(
            "PX01", day, hours, person=by_id[pid], source=EventSource.TRAINING, ref=f"training-{ym}"
        )


def _session(d: _Demo, plan: _Plan, day: date) -> int:
    online = plan.category is TrainingCategory.ONLINE
    return d.add(
        "training_session",
        title=plan.title,
        category=plan.category,
        session_date=day,
        hours=plan.hours,
        organiser=data.ORGANISER.get(plan.category, "政治处"),
        place=data.ONLINE_PLACE if online else d.pick(data.PLACES),
        audience={
            "categories": [c.value for c in plan.categories] if plan.categories != _ALL else [],
            "units": [str(u) for u in plan.units],
        },
        created_at=d.stamp(day, 17, 19),
    )


def _attend(
    d: _Demo, sid: int, day: date, plan: _Plan, audience: list[_Member]
) -> list[tuple[_Member, float]]:
    present: list[tuple[_Member, float]] = []
    for m in audience:
        r = d.rng.random()
        hours = 0.0
        if r < m.diligence:
            status, hours = AttendanceStatus.PRESENT, plan.hours
            if plan.hours > 1 and d.chance(0.05):  # left early: partial hours
                hours -= d.rng.randint(1, int(plan.hours)) * 0.5
            present.append((m, hours))
        elif r < (1 + m.diligence) / 2:
            status = AttendanceStatus.EXCUSED
        else:
            status = AttendanceStatus.ABSENT
            d.event(
                "PX03",
                day,
                1,
                person=m,
                note=plan.title,
                source=EventSource.TRAINING,
                ref=f"training-{sid}",
            )
        d.add("attendance", session_id=sid, person_id=m.id, status=status, hours=hours)
    return present


def _exam(d: _Demo, title: str, day: date, session_id: int | None, takers: list[_Member]) -> None:
    eid = d.add(
        "exam",
        title=title,
        exam_date=day,
        pass_mark=60.0,
        session_id=session_id,
        created_at=d.stamp(day, 14, 18),
    )
    for m in takers:
        mean = 75 if m.diligence > 0.6 else 68  # who skips the classes does worse
        score = round(min(100.0, max(30.0, d.rng.gauss(mean, 11))) * 2) / 2
        d.add("exam_result", exam_id=eid, person_id=m.id, score=score)
        code = "PX02" if score < 60 else "PX04" if score >= 90 else None
        if code:
            d.event(
                code, day, 1, person=m, note=title, source=EventSource.TRAINING, ref=f"exam-{eid}"
            )


def _expiry(d: _Demo, m: _Member, years: int) -> tuple[date, date]:
    """Issue and expiry dates; a few current holders have lapsed or lapse within 90 days."""
    r = d.rng.random()
    if m.end is None and r < 0.03:
        expires = d.today - timedelta(days=d.rng.randint(1, 120))
    elif m.end is None and r < 0.09:
        expires = d.today + timedelta(days=d.rng.randint(1, 90))
    else:
        expires = d.today + timedelta(days=d.rng.randint(91, years * 365))
    issued = _years(expires, -years)
    if issued < m.hire:  # a newcomer's first card
        issued = min(m.hire + timedelta(days=d.rng.randint(30, 120)), d.today)
        expires = _years(issued, years)
    return issued, expires


def _certificates(d: _Demo) -> None:
    serial: defaultdict[str, int] = defaultdict(int)
    for m in d.members:
        held: list[tuple[CertificateKind, str, date, date | None, str | None]] = []
        if m.category in data.CERTIFICATES:
            kind, prefix, years = data.CERTIFICATES[m.category]
            issued, expires = _expiry(d, m, years)
            serial[prefix] += 1
            held.append((kind, f"{prefix}{issued.year}{serial[prefix]:04d}", issued, expires, None))
        if m.legal_qualification:
            issued = date(d.rng.randint(2008, min(2022, d.today.year)), 12, d.rng.randint(1, 28))
            number = f"A{issued.year}{d.rng.randrange(10**11):011d}"
            held.append((CertificateKind.LEGAL_QUALIFICATION, number, issued, None, None))
        if m.field and m.category in _STREET and d.chance(0.05):
            issued, expires = _expiry(d, m, 2)
            number = f"UTC{d.rng.randrange(10**8):08d}"
            held.append(
                (CertificateKind.DRONE_PILOT, number, issued, expires, "多旋翼视距内驾驶员")
            )
        for kind, number, since, until, note in held:
            d.add(
                "certificate",
                person_id=m.id,
                kind=kind,
                number=number,
                issued=since,
                expires=until,
                note=note,
                created_at=d.stamp(since) if since >= d.start else d.opened,
            )


# ---------------------------------------------------------------------------- loading

# In foreign-key order: SQLite checks each statement as it runs.
_BULK: tuple[tuple[str, Any], ...] = (
    ("point_event", PointEvent),
    ("inspection", Inspection),
    ("inspection_unit", inspection_unit),
    ("inspection_person", inspection_person),
    ("finding", Finding),
    ("complaint", Complaint),
    ("case_review", CaseReview),
    ("case_review_handler", case_review_handler),
    ("risk_point", RiskPoint),
    ("pledge", Pledge),
    ("integrity_talk", IntegrityTalk),
    ("major_matter_report", MajorMatterReport),
    ("training_session", TrainingSession),
    ("attendance", Attendance),
    ("exam", Exam),
    ("exam_result", ExamResult),
    ("certificate", Certificate),
)


def _bulk_load(session: Session, d: _Demo) -> None:
    for name, target in _BULK:
        rows = d.rows.get(name)
        if not rows:
            continue
        table: Table = target if isinstance(target, Table) else target.__table__
        session.execute(insert(table), rows)
        record_bulk(session, name, len(rows), note=f"demo seed {d.seed}")


def _refuse_non_empty(session: Session) -> None:
    for model in (Person, Unit, UserAccount, RuleSet):
        if session.scalar(select(func.count()).select_from(model)):
            raise DuchaError(
                _t(
                    "This database already holds data. The demo bureau can only be "
                    "generated into a new, empty database."
                )
            )


def _counts(session: Session) -> dict[str, int]:
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in models.Base.metadata.sorted_tables
    }


def generate_demo(
    session: Session,
    *,
    seed: int = 2026,
    today: date,
    people: int = 400,
    months: int = 24,
) -> DemoSummary:
    """Fill an empty, migrated database with the demo bureau and commit (all or nothing).

    ``today`` is the last generated day: ``months`` months end with its month, which runs
    only up to it. The same ``seed`` and ``today`` always produce the same rows. Raises
    DuchaError if the database already holds units, people, accounts or a rule set, and
    ValueError below ``MIN_PEOPLE`` people (every unit needs a head and some staff).
    """
    if people < MIN_PEOPLE:
        raise ValueError(f"people must be at least {MIN_PEOPLE}")
    if months < 1:
        raise ValueError("months must be at least 1")
    _refuse_non_empty(session)
    session.info["actor"] = Actor(None, "demo")
    last = YearMonth.of(today)
    d = _Demo(seed, today, [last.shift(i - months + 1) for i in range(months)], Random(seed))
    try:
        _create_units(session, d)
        _create_people(session, d, people)
        _create_accounts(session, d)
        _install_rules(session, d)
        _monthly_points(d)
        _corrections(d)
        findings = _inspections(d)
        _settle(d, findings)
        _write_findings(d, findings)
        _complaints(d)
        _case_reviews(d)
        _registers(d)
        _training(d)
        _certificates(d)
        _bulk_load(session, d)
        counts = _counts(session)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return DemoSummary(
        seed=seed,
        today=today,
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        first_month=d.months[0],
        last_month=d.months[-1],
        months=months,
        counts=counts,
    )
