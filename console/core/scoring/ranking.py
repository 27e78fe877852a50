"""The month's ranking: every eligible person's total, bureau and unit rank, grade, stars.

One SQL statement does the arithmetic (per-rule cap clipping and the sums); the ranks,
grades and stars, which need the whole ordered list, are decided in Python on those
rows. A finalised month is read back from its snapshot instead.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from operator import itemgetter

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    String,
    case,
    cast,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.permissions import require_user, visible_unit_ids
from console.core.policy import on_strength_during
from console.core.scoring.amounts import amounts
from console.core.scoring.grades import assign_grades
from console.core.scoring.results import TWO_PLACES, MonthRanking, PersonResult
from console.core.scoring.settings import ScoringSettings, load_settings
from console.core.scoring.snapshots import read_snapshot, snapshot_totals
from console.core.scoring.stars import award_stars
from console.core.scoring.totals import base_score, clipped_points_query
from console.core.seal_verdicts import shown_seal_status
from db.org import Person, Unit
from db.scoring import PointTally, Rule
from glossary import Category, Grade, RuleCategory, Star, YearMonth

__all__ = [
    "TWO_PLACES",
    "MonthRanking",
    "PersonResult",
    "compute_totals",
    "eligible",
    "month_ranking",
    "previous_totals",
    "rank_month",
    "shown_month",
]


def eligible(month: YearMonth) -> ColumnElement[bool]:
    """People ranked in the month: on strength at some time in it (console.core.policy)."""
    return on_strength_during(month.first_day, month.last_day)


# Builds a named tuple from a plain one at half the cost of calling the class: a month
# makes thousands. Every field is given, in order, as the class declares them.
_tuple_new = tuple.__new__

# A person's category by its stored value: a lookup, where the column type's conversion
# cost a millisecond a month.
_CATEGORIES = {c.value: c for c in Category}

_STAFF_NO, _NET = itemgetter(1), itemgetter(5)  # columns of compute_totals' rows


def _cents(value):  # type: ignore[no-untyped-def]
    """A two-place amount as whole cents, exactly (ROUND first: 0.29 × 100 is not 29.0)."""
    return cast(func.round(value * 100), Integer)


# Beyond any month's points in cents: the bound of a rule without a monthly cap.
_NO_CAP = 10**15


def _rule_bounds():  # type: ignore[no-untyped-def]
    """Per rule, once: the cents its month is clipped to (lo, hi), whether it counts for
    the casework or the service star, and whether it is a serious violation.

    Materialised, so the database works these out for the few dozen rules rather than
    again in every sum over every row of the month's tally (a tenth of the statement's
    time on SQLite)."""
    cap = func.coalesce(_cents(Rule.monthly_cap), literal(_NO_CAP, BigInteger))
    return (
        select(
            Rule.id.label("rule_id"),
            cap.label("hi"),
            (-cap).label("lo"),
            (Rule.category == RuleCategory.CASEWORK).label("casework"),
            (Rule.category == RuleCategory.SERVICE).label("service"),
            case((Rule.serious, 1), else_=0).label("serious"),
        )
        .cte("rule_bounds")
        .prefix_with("MATERIALIZED")
    )


def _per_person(month: YearMonth):  # type: ignore[no-untyped-def]
    """Per person, in cents: the sum of each rule's month clipped to its cap and the sum
    of its magnitudes (awards and deductions follow from the two), the capped casework and
    service points for the stars, and whether a serious-violation rule was hit.

    Read from point_tally — the month's approved points per (person, rule), kept by
    triggers — in its primary-key order, so the rows arrive grouped by person and the
    sums stream without sorting the month's entries (see docs/scoring.md). Each sum
    evaluates the clipping again for each of the month's tens of thousands of rows, so
    there are as few as the figures need: awards and deductions come from the total and
    the magnitudes, and the stars' sums clip only their own category's rows."""
    rule = _rule_bounds()
    cents = PointTally.cents
    clipped = case((cents > rule.c.hi, rule.c.hi), (cents < rule.c.lo, rule.c.lo), else_=cents)
    return (
        select(
            PointTally.person_id.label("person_id"),
            func.sum(clipped).label("net"),
            func.sum(func.abs(clipped)).label("gross"),
            func.sum(case((rule.c.casework, clipped))).label("casework"),
            func.sum(case((rule.c.service, clipped))).label("service"),
            func.max(rule.c.serious).label("serious"),
        )
        .join(rule, rule.c.rule_id == PointTally.rule_id)
        .where(PointTally.period == month)
        .group_by(PointTally.person_id)
        .subquery()
    )


def compute_totals(session: Session, month: YearMonth) -> tuple[Decimal, list[PersonResult]]:
    """Totals and ranks of everyone eligible, straight from the entries (no grades yet)."""
    base = base_score(session, month)
    pp = _per_person(month)
    stmt = (
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            type_coerce(Person.category, String),
            type_coerce(func.coalesce(pp.c.net, 0), Integer),
            type_coerce(func.coalesce(pp.c.gross, 0), Integer),
            func.coalesce(pp.c.serious, 0),
            type_coerce(func.coalesce(pp.c.casework, 0), Integer),
            type_coerce(func.coalesce(pp.c.service, 0), Integer),
        )
        .outerjoin(pp, pp.c.person_id == Person.id)
        .where(eligible(month))
    )
    # Through the connection, not the ORM: these are plain rows, and skipping the ORM's
    # row loading is a third of the Python time on a bureau of thousands. The database
    # only sums; ordering and ranking a few thousand rows is quicker here than its
    # sorts for two window functions, and staff numbers then order alike on SQLite and
    # PostgreSQL whatever the server's collation.
    rows = session.connection().execute(stmt).all()
    units: dict[int, str] = {
        uid: name for uid, name in session.connection().execute(select(Unit.id, Unit.name))
    }
    # Whole cents throughout: equal totals are equal integers and tie exactly. Awards
    # are the positive part of the clipped sums, deductions the negative:
    # (net ± gross) / 2, exactly, as net + gross is twice the awards.
    base_cents = int(base * 100)
    # Highest total first, then by staff number: two sorts by one column each (a stable
    # sort keeps the staff-number order among equal totals), at a third of the cost of
    # one sort by a made-up key per row.
    ordered = sorted(rows, key=_STAFF_NO)
    ordered.sort(key=_NET, reverse=True)
    dec = amounts()
    people: list[PersonResult] = []
    # Ranks as SQL's RANK() gives them: ties share a rank, the next one skips (1, 2, 2, 4).
    rank, last_total = 0, None
    unit_seen: dict[int, int] = {}
    unit_last: dict[int, tuple[int, int]] = {}  # unit → (its last total, that one's rank)
    for i, r in enumerate(ordered):
        total, aw = base_cents + r[5], (r[5] + r[6]) // 2
        if total != last_total:
            rank, last_total = i + 1, total
        unit_id = r[3]
        seen = unit_seen[unit_id] = unit_seen.get(unit_id, 0) + 1
        previous = unit_last.get(unit_id)
        unit_rank = previous[1] if previous is not None and previous[0] == total else seen
        unit_last[unit_id] = (total, unit_rank)
        people.append(
            _tuple_new(
                PersonResult,
                (
                    r[0],
                    r[1],
                    r[2],
                    unit_id,
                    units[unit_id],
                    _CATEGORIES[r[4]],
                    base,
                    dec[aw],
                    dec[r[5] - aw],  # deductions: the net less the awards
                    dec[total],
                    rank,
                    unit_rank,
                    bool(r[7]),
                    dec[r[8]],
                    dec[r[9]],
                    Grade.PASS,
                    (),
                ),
            )
        )
    return base, people


def previous_totals(session: Session, month: YearMonth) -> dict[int, Decimal]:
    """Last month's totals, for the most-improved star: its snapshot when finalised,
    else one grouped query (no ranks, no stars)."""
    snapshot = snapshot_totals(session, month)
    if snapshot is not None:
        return snapshot
    base = base_score(session, month)
    per_rule = clipped_points_query(month).subquery()
    stmt = select(per_rule.c.person_id, func.sum(per_rule.c.points)).group_by(per_rule.c.person_id)
    points = {pid: Decimal(v or 0) for pid, v in session.execute(stmt).all()}
    eligible_ids = session.scalars(select(Person.id).where(eligible(month)))
    return {pid: base + points.get(pid, Decimal(0)) for pid in eligible_ids}


def _finished(p: PersonResult, grade: Grade, stars: tuple[Star, ...]) -> PersonResult:
    """``p`` with its grade and stars (the two last fields)."""
    # Concatenating is twice as quick as unpacking into a new tuple, for thousands a month.
    return _tuple_new(PersonResult, p[:-2] + (grade, stars))  # noqa: RUF005


def rank_month(
    session: Session, month: YearMonth, settings: ScoringSettings | None = None
) -> MonthRanking:
    """The whole bureau's month, computed live (what finalising would snapshot)."""
    settings = settings or load_settings(session)
    base, people = compute_totals(session, month)
    grades = assign_grades(people, settings)
    stars = award_stars(people, previous_totals(session, month.prev()), settings)
    final = [
        # Most people keep the defaults (a pass, no star): no second tuple for them.
        p
        if grades[p.person_id] is p.grade and p.person_id not in stars
        else _finished(p, grades[p.person_id], stars.get(p.person_id, ()))
        for p in people
    ]
    return MonthRanking(month, base, final)


def shown_month(
    session: Session, month: YearMonth, settings: ScoringSettings | None = None
) -> MonthRanking:
    """The one rule for whether a month is shown as final: its snapshot when finalised
    and its seal holds; live while provisional. A month whose seal is broken shows what
    the database holds (the saved results if still locked, else live) with what differs,
    and is never marked final — wherever it is shown (page, ``ducha score``, bulletin,
    scorecard). The seal's verdict is reached anew whenever the database has changed
    since it was last reached (console.core.seal_verdicts)."""
    status = shown_seal_status(session, month)
    ranking = read_snapshot(session, month) or rank_month(session, month, settings)
    if status.broken:
        ranking = replace(ranking, finalised=False, broken=status.differs)
    return ranking


def month_ranking(session: Session, user: User, month: YearMonth) -> MonthRanking:
    """The month as the user may see it (``shown_month``); a squad leader gets their own
    units' rows (ranks stay bureau-wide)."""
    require_user(user)
    ranking = shown_month(session, month)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        ranking = replace(ranking, people=[p for p in ranking.people if p.unit_id in scope])
    return ranking
