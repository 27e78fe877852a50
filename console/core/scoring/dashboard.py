"""What the Performance page shows beside the ranking itself: the score distribution, the
12-month trend, the stars with the figures that earned them, the entries waiting for a
decision, one person's entries of a month, and the rules that can be applied on a date.

Everything here reads; nothing writes. Results are plain dataclasses for the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from console.core.auth import User
from console.core.people import get_person
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import month_average
from console.core.scoring.events import EventRow, event_values
from console.core.scoring.ranking import compute_totals, month_ranking
from console.core.scoring.results import TWO_PLACES, LockState, MonthRanking
from console.core.scoring.snapshots import lock_state, read_snapshot
from console.core.scoring.squads import SquadResult, rank_squads
from console.core.scoring.totals import base_score, month_points
from db.accounts import UserAccount
from db.org import Person, Unit
from db.scoring import PointEvent, Rule, RuleSet
from glossary import EventStatus, RuleCategory, Star, YearMonth

MAX_BINS = 40


# --- the score distribution ----------------------------------------------------------------


@dataclass(frozen=True)
class Bin:
    """People whose total is at least ``lower`` and below ``upper``."""

    lower: Decimal
    upper: Decimal
    count: int


def _floor_to(value: Decimal, width: Decimal) -> Decimal:
    return (value / width).to_integral_value(rounding=ROUND_FLOOR) * width


def score_histogram(ranking: MonthRanking, bin_width: Decimal = Decimal(5)) -> list[Bin]:
    """Totals counted in bins of ``bin_width`` points aligned on its multiples (95–100,
    100–105 …), from the lowest total's bin to the highest's, empty bins included so the
    gaps show. A very wide spread doubles the width until at most 40 bins remain."""
    if bin_width <= 0:
        raise ValueError("bin width must be positive")
    totals = [p.total for p in ranking.people]
    if not totals:
        return []
    width = bin_width
    while (_floor_to(max(totals), width) - _floor_to(min(totals), width)) / width >= MAX_BINS:
        width *= 2
    low = _floor_to(min(totals), width)
    n = int((_floor_to(max(totals), width) - low) / width) + 1
    counts = [0] * n
    for total in totals:
        counts[int((_floor_to(total, width) - low) / width)] += 1
    return [Bin(low + i * width, low + (i + 1) * width, c) for i, c in enumerate(counts)]


# --- the 12-month trend --------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    month: YearMonth
    value: Decimal | None  # None: nobody (or not that person / squad) ranked that month


def _month_totals(session: Session, month: YearMonth, scope: set[int] | None) -> MonthRanking:
    """The month's totals as the ranking has them — the snapshot when finalised, else live —
    without the grades and stars, which a trend does not need (half the work per month)."""
    ranking = read_snapshot(session, month)
    if ranking is None:
        base, people = compute_totals(session, month)
        ranking = MonthRanking(month, base, people)
    if scope is not None:
        ranking = MonthRanking(
            month,
            ranking.base,
            [p for p in ranking.people if p.unit_id in scope],
            ranking.finalised,
            ranking.version,
        )
    return ranking


def average_trend(
    session: Session,
    user: User,
    month: YearMonth,
    months: int = 12,
    person_id: int | None = None,
    unit_id: int | None = None,
) -> list[TrendPoint]:
    """One value per month for the ``months`` months ending with ``month``, oldest first:
    the average total of the people the user may see, or one person's total
    (``person_id``), or one squad's score as the squad ranking computes it (``unit_id``)."""
    require_user(user)
    scope = visible_unit_ids(session, user)
    points: list[TrendPoint] = []
    for k in range(months - 1, -1, -1):
        m = month.shift(-k)
        ranking = _month_totals(session, m, scope)
        value: Decimal | None
        if person_id is not None:
            value = next((p.total for p in ranking.people if p.person_id == person_id), None)
        elif unit_id is not None:
            value = next(
                (s.score for s in rank_squads(session, ranking) if s.unit_id == unit_id), None
            )
        else:
            value = month_average([p.total for p in ranking.people])
        points.append(TrendPoint(m, value))
    return points


# --- the stars -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StarRow:
    star: Star
    person_id: int
    staff_no: str
    name: str
    unit_name: str
    total: Decimal
    rank: int
    figure: Decimal  # capped casework or service points, or the rise over last month's total


def _star_points(
    session: Session, month: YearMonth, person_ids: set[int]
) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    """Capped casework and service points per person (each rule's sum clipped to its cap)."""
    raw = func.sum(PointEvent.points)
    cap = Rule.monthly_cap
    clipped = case((cap.is_(None), raw), (raw > cap, cap), (raw < -cap, -cap), else_=raw)
    stmt = (
        select(PointEvent.person_id, Rule.category, clipped)
        .join(Rule, Rule.id == PointEvent.rule_id)
        .where(
            PointEvent.status == EventStatus.APPROVED,
            PointEvent.event_date >= month.first_day,
            PointEvent.event_date <= month.last_day,
            PointEvent.person_id.in_(person_ids),
            Rule.category.in_([RuleCategory.CASEWORK, RuleCategory.SERVICE]),
        )
        .group_by(PointEvent.person_id, PointEvent.rule_id, Rule.category, Rule.monthly_cap)
    )
    casework: dict[int, Decimal] = {}
    service: dict[int, Decimal] = {}
    for pid, category, points in session.execute(stmt).all():
        into = casework if category == RuleCategory.CASEWORK else service
        into[pid] = into.get(pid, Decimal(0)) + Decimal(str(points or 0)).quantize(TWO_PLACES)
    return casework, service


def month_stars(session: Session, ranking: MonthRanking) -> list[StarRow]:
    """The month's stars, star by star, each with the figure that earned it."""
    starred = [p for p in ranking.people if p.stars]
    if not starred:
        return []
    ids = {p.person_id for p in starred}
    casework = {p.person_id: p.casework for p in starred}
    service = {p.person_id: p.service for p in starred}
    if ranking.version is not None:
        # Read from the snapshot (final, or a broken seal still showing what was saved):
        # it keeps the stars, not the category points, so recount them. A locked month's
        # entries cannot change, so this is what the stars were awarded on.
        casework, service = _star_points(session, ranking.month, ids)
    previous: dict[int, Decimal] = {}
    improved = {p.person_id for p in starred if Star.MOST_IMPROVED in p.stars}
    if improved:
        prev = ranking.month.prev()
        base = base_score(session, prev)
        points = month_points(session, prev, improved)
        for pid in improved:
            pm = points.get(pid)
            change = pm.awards + pm.deductions if pm is not None else Decimal(0)
            previous[pid] = (base + change).quantize(TWO_PLACES)
    rows = []
    for star in Star:
        for p in starred:
            if star not in p.stars:
                continue
            if star == Star.CASEWORK:
                figure = casework.get(p.person_id, Decimal(0))
            elif star == Star.SERVICE:
                figure = service.get(p.person_id, Decimal(0))
            else:
                figure = p.total - previous.get(p.person_id, p.total)
            rows.append(
                StarRow(star, p.person_id, p.staff_no, p.name, p.unit_name, p.total, p.rank, figure)
            )
    return rows


# --- entries: waiting for a decision, and one person's month -------------------------------


@dataclass(frozen=True)
class EntryDetail(EventRow):
    """An entry with what the ledger keeps about its decision."""

    evidence: str | None = None
    recorded_at: datetime | None = None
    decided_by: str = ""  # display name of who approved, rejected or voided it
    decided_at: datetime | None = None
    reason: str | None = None  # why it was rejected or voided
    row_version: int = 0  # the version the user saw: a decision states it
    # Dated in a finalised month: it does not count, cannot be approved until the month is
    # reopened, and can be returned (rejected) to clear the queue.
    in_finalised_month: bool = False


_event_unit = func.coalesce(PointEvent.unit_id, Person.unit_id)
_recorder = aliased(UserAccount)
_decider = aliased(UserAccount)


def _entries_query() -> Select:
    return (
        select(
            PointEvent.id,
            PointEvent.event_date,
            PointEvent.person_id,
            Person.staff_no,
            Person.name,
            _event_unit.label("unit_id"),
            Unit.name,
            Rule.code,
            Rule.text,
            PointEvent.quantity,
            PointEvent.points,
            PointEvent.status,
            PointEvent.source,
            _recorder.display_name,
            PointEvent.note,
            PointEvent.evidence,
            PointEvent.recorded_at,
            _decider.display_name,
            PointEvent.decided_at,
            PointEvent.reason,
            PointEvent.row_version,
        )
        .select_from(PointEvent)
        .join(Rule, Rule.id == PointEvent.rule_id)
        .outerjoin(Person, Person.id == PointEvent.person_id)
        .outerjoin(Unit, Unit.id == _event_unit)
        .outerjoin(_recorder, _recorder.id == PointEvent.recorded_by_id)
        .outerjoin(_decider, _decider.id == PointEvent.decided_by_id)
        .order_by(PointEvent.event_date, PointEvent.id)
    )


def _details(session: Session, stmt: Select) -> list[EntryDetail]:
    rows = session.execute(stmt).all()
    months = {YearMonth.of(r[1]) for r in rows}
    # One question per month shown, not per row: a queue may hold thousands of entries.
    finalised = {m for m in months if lock_state(session, m).locked}
    return [
        EntryDetail(
            **event_values(r),
            evidence=r[15],
            recorded_at=r[16],
            decided_by=r[17] or "",
            decided_at=r[18],
            reason=r[19],
            row_version=r[20],
            in_finalised_month=YearMonth.of(r[1]) in finalised,
        )
        for r in rows
    ]


def pending_entries(session: Session, user: User) -> list[EntryDetail]:
    """Every entry awaiting approval that the user may see, whatever its month, oldest first."""
    require_user(user)
    stmt = _entries_query().where(PointEvent.status == EventStatus.PENDING)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(_event_unit.in_(scope))
    return _details(session, stmt)


def person_entries(
    session: Session, user: User, person_id: int, month: YearMonth
) -> list[EntryDetail]:
    """The person's entries dated in the month, in every status, with who recorded and who
    decided each: what stands behind their total. Raises NotFound or PermissionDenied when
    the person does not exist or lies outside the user's units."""
    require_user(user)
    get_person(session, user, person_id)
    stmt = _entries_query().where(
        PointEvent.person_id == person_id,
        PointEvent.event_date >= month.first_day,
        PointEvent.event_date <= month.last_day,
    )
    return _details(session, stmt)


# --- the rules a new entry can use ---------------------------------------------------------


@dataclass(frozen=True)
class RuleChoice:
    id: int
    code: str
    text: str
    points: Decimal  # per count unit; negative = deduction
    count_unit: str
    category: RuleCategory
    needs_approval: bool = False
    monthly_cap: Decimal | None = None


_CATEGORY_ORDER = {member: i for i, member in enumerate(RuleCategory)}


def rules_in_force(session: Session, on: date) -> list[RuleChoice]:
    """The active rules of the rule sets in force on ``on`` — the ones an entry dated then
    may use — in catalogue order (section, then code)."""
    rows = session.execute(
        select(
            Rule.id,
            Rule.code,
            Rule.text,
            Rule.points,
            Rule.count_unit,
            Rule.category,
            Rule.needs_approval,
            Rule.monthly_cap,
        )
        .join(RuleSet, RuleSet.id == Rule.rule_set_id)
        .where(
            Rule.active.is_(True),
            RuleSet.effective_from <= on,
            or_(RuleSet.effective_to.is_(None), RuleSet.effective_to >= on),
        )
    ).all()
    choices = [
        RuleChoice(
            id=r[0],
            code=r[1],
            text=r[2],
            points=Decimal(r[3]),
            count_unit=r[4] or "",
            category=RuleCategory(r[5]),
            needs_approval=bool(r[6]),
            monthly_cap=None if r[7] is None else Decimal(r[7]),
        )
        for r in rows
    ]
    choices.sort(key=lambda c: (_CATEGORY_ORDER.get(c.category, 99), c.code))
    return choices


# --- the page's month in one read ------------------------------------------------------


@dataclass(frozen=True)
class MonthView:
    """Everything the Performance page shows of a month, read in one transaction so that
    the ranking, its squads and stars, the waiting entries and the lock agree."""

    ranking: MonthRanking
    squads: list[SquadResult]
    stars: list[StarRow]
    pending: list[EntryDetail]
    state: LockState
    average: Decimal | None  # the month's average (policy.month_average)


def month_view(session: Session, user: User, month: YearMonth) -> MonthView:
    ranking = month_ranking(session, user, month)
    return MonthView(
        ranking,
        rank_squads(session, ranking),
        month_stars(session, ranking),
        pending_entries(session, user),
        lock_state(session, month),
        month_average([p.total for p in ranking.people]),
    )


@dataclass(frozen=True)
class PersonMonth:
    """One person's entries of a month, and whether the month is finalised (then none of
    them can change), read together."""

    entries: list[EntryDetail]
    locked: bool


def person_month(session: Session, user: User, person_id: int, month: YearMonth) -> PersonMonth:
    return PersonMonth(
        person_entries(session, user, person_id, month), lock_state(session, month).locked
    )
