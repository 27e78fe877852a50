"""Where the month's points were lost (主要扣分情况): approved deductions by rule category.

The sums are of the entries as recorded, before the monthly caps: the bulletin reports
what went wrong, not how much of it counted. Squad-level deductions are included; the
unit of an entry is the one recorded with it, else the person's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.permissions import require_user, visible_unit_ids
from db.org import Person
from db.scoring import PointEvent, Rule
from glossary import EventStatus, RuleCategory, YearMonth

TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class CategoryDeduction:
    category: RuleCategory
    count: int  # approved deduction entries
    points: Decimal  # their sum: negative


def deductions_by_category(
    session: Session, user: User, month: YearMonth
) -> list[CategoryDeduction]:
    """Approved negative entries of the month the user may see, by rule category, the
    heaviest first."""
    require_user(user)
    event_unit = func.coalesce(PointEvent.unit_id, Person.unit_id)
    total = func.sum(PointEvent.points)
    stmt = (
        select(Rule.category, func.count(PointEvent.id), total)
        .select_from(PointEvent)
        .join(Rule, Rule.id == PointEvent.rule_id)
        .outerjoin(Person, Person.id == PointEvent.person_id)
        .where(
            PointEvent.status == EventStatus.APPROVED,
            PointEvent.event_date >= month.first_day,
            PointEvent.event_date <= month.last_day,
            PointEvent.points < 0,
        )
        .group_by(Rule.category)
        .order_by(total, Rule.category)
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(event_unit.in_(scope))
    return [
        CategoryDeduction(
            category=RuleCategory(category),
            count=int(count),
            points=Decimal(str(points)).quantize(TWO_PLACES),
        )
        for category, count, points in session.execute(stmt).all()
    ]
