"""The month's ranking: every eligible person's total, bureau and unit rank, grade, stars.

One SQL statement does the arithmetic (per-rule cap clipping, sums, ranks by window
functions); grades and stars, which need the whole ranked list, are decided in Python
on those rows. A finalised month is read back from its snapshot instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.permissions import require_user, visible_unit_ids
from console.core.scoring.grades import assign_grades
from console.core.scoring.settings import ScoringSettings, load_settings
from console.core.scoring.stars import Star, award_stars
from console.core.scoring.totals import base_score, clipped_points_query
from db.enums import Category, EventStatus, Grade, PersonStatus, RuleCategory
from db.org import Person, Unit
from db.scoring import PointEvent, Rule
from db.types import YearMonth

TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class PersonResult:
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    base: Decimal
    awards: Decimal
    deductions: Decimal  # zero or negative
    total: Decimal
    rank: int  # bureau-wide; ties share a rank: 1, 2, 2, 4
    unit_rank: int
    serious: bool  # an approved serious-violation entry this month
    casework: Decimal  # capped casework points, for the casework star
    service: Decimal  # capped service points, for the service star
    grade: Grade = Grade.PASS
    stars: tuple[Star, ...] = ()


@dataclass(frozen=True)
class MonthRanking:
    month: YearMonth
    base: Decimal
    people: list[PersonResult]  # in rank order
    finalised: bool = False
    version: int | None = None  # the lock version a finalised month was read from


def eligible(month: YearMonth):  # type: ignore[no-untyped-def]
    """People on strength at some time in the month: hired by its end, not gone before it."""
    return and_(
        or_(Person.hire_date.is_(None), Person.hire_date <= month.last_day),
        or_(
            Person.status == PersonStatus.ACTIVE,
            and_(Person.left_date.is_not(None), Person.left_date >= month.first_day),
        ),
    )


def _category_points(month: YearMonth):  # type: ignore[no-untyped-def]
    """Capped points per person for the star categories (casework, service)."""
    raw = func.sum(PointEvent.points)
    cap = Rule.monthly_cap
    clipped = case((cap.is_(None), raw), (raw > cap, cap), (raw < -cap, -cap), else_=raw)
    per_rule = (
        select(
            PointEvent.person_id.label("person_id"),
            Rule.category.label("category"),
            clipped.label("points"),
        )
        .join(Rule, Rule.id == PointEvent.rule_id)
        .where(
            PointEvent.status == EventStatus.APPROVED,
            PointEvent.event_date >= month.first_day,
            PointEvent.event_date <= month.last_day,
            PointEvent.person_id.is_not(None),
            Rule.category.in_([RuleCategory.CASEWORK, RuleCategory.SERVICE]),
        )
        .group_by(PointEvent.person_id, PointEvent.rule_id, Rule.category, Rule.monthly_cap)
        .subquery()
    )
    zero = literal(0)
    return (
        select(
            per_rule.c.person_id,
            func.sum(
                case((per_rule.c.category == RuleCategory.CASEWORK, per_rule.c.points), else_=zero)
            ).label("casework"),
            func.sum(
                case((per_rule.c.category == RuleCategory.SERVICE, per_rule.c.points), else_=zero)
            ).label("service"),
        )
        .group_by(per_rule.c.person_id)
        .subquery()
    )


def compute_totals(session: Session, month: YearMonth) -> tuple[Decimal, list[PersonResult]]:
    """Totals and ranks of everyone eligible, straight from the entries (no grades yet)."""
    base = base_score(session, month)
    per_rule = clipped_points_query(month).subquery()
    zero = literal(0)
    per_person = (
        select(
            per_rule.c.person_id,
            func.sum(case((per_rule.c.points > 0, per_rule.c.points), else_=zero)).label("aw"),
            func.sum(case((per_rule.c.points < 0, per_rule.c.points), else_=zero)).label("de"),
        )
        .group_by(per_rule.c.person_id)
        .subquery()
    )
    serious = (
        select(PointEvent.person_id)
        .join(Rule, Rule.id == PointEvent.rule_id)
        .where(
            Rule.serious.is_(True),
            PointEvent.status == EventStatus.APPROVED,
            PointEvent.event_date >= month.first_day,
            PointEvent.event_date <= month.last_day,
        )
        .distinct()
        .subquery()
    )
    stars = _category_points(month)
    awards = func.coalesce(per_person.c.aw, 0)
    deductions = func.coalesce(per_person.c.de, 0)
    # Rounded in SQL so that equal totals are equal to the last bit and tie exactly.
    total = func.round(literal(base) + awards + deductions, 2)
    stmt = (
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            Unit.name,
            Person.category,
            awards,
            deductions,
            total.label("total"),
            func.rank().over(order_by=total.desc()).label("rank"),
            func.rank().over(partition_by=Person.unit_id, order_by=total.desc()),
            serious.c.person_id.is_not(None),
            func.coalesce(stars.c.casework, 0),
            func.coalesce(stars.c.service, 0),
        )
        .join(Unit, Unit.id == Person.unit_id)
        .outerjoin(per_person, per_person.c.person_id == Person.id)
        .outerjoin(serious, serious.c.person_id == Person.id)
        .outerjoin(stars, stars.c.person_id == Person.id)
        .where(eligible(month))
        .order_by(total.desc(), Person.staff_no)
    )
    people = [
        PersonResult(
            person_id=r[0],
            staff_no=r[1],
            name=r[2],
            unit_id=r[3],
            unit_name=r[4],
            category=r[5],
            base=base,
            awards=_dec(r[6]),
            deductions=_dec(r[7]),
            total=_dec(r[8]),
            rank=int(r[9]),
            unit_rank=int(r[10]),
            serious=bool(r[11]),
            casework=_dec(r[12]),
            service=_dec(r[13]),
        )
        for r in session.execute(stmt).all()
    ]
    return base, people


def _dec(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(TWO_PLACES)


def rank_month(
    session: Session, month: YearMonth, settings: ScoringSettings | None = None
) -> MonthRanking:
    """The whole bureau's month, computed live (what finalising would snapshot)."""
    settings = settings or load_settings(session)
    base, people = compute_totals(session, month)
    graded = assign_grades(people, settings)
    previous = {p.person_id: p.total for p in compute_totals(session, month.prev())[1]}
    starred = award_stars(graded, previous, settings)
    return MonthRanking(month, base, starred)


def month_ranking(session: Session, user: User, month: YearMonth) -> MonthRanking:
    """The month as the user may see it: the snapshot if finalised, else live; a squad
    leader gets their own units' rows (ranks stay bureau-wide)."""
    require_user(user)
    from console.core.scoring.locking import read_snapshot

    ranking = read_snapshot(session, month) or rank_month(session, month)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        ranking = replace(ranking, people=[p for p in ranking.people if p.unit_id in scope])
    return ranking
