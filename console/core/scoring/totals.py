"""A month's points per person, aggregated in SQL.

total = base score + Σ over rules of (the person's approved points under that rule in the
month, clipped to the rule's monthly cap). The per (person, rule) sums are kept by
database triggers in point_tally (whole cents), so a month is read, not re-aggregated.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from db.scoring import Points, PointTally, Rule, RuleSet
from glossary import YearMonth

DEFAULT_BASE = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class PersonMonth:
    person_id: int
    awards: Decimal
    deductions: Decimal  # negative or zero


def base_score(session: Session, month: YearMonth) -> Decimal:
    """Base score of the rule set in force in the month (the latest one that started)."""
    value = session.scalar(
        select(RuleSet.base_score)
        .where(
            RuleSet.effective_from <= month.last_day,
            (RuleSet.effective_to.is_(None)) | (RuleSet.effective_to >= month.first_day),
        )
        .order_by(RuleSet.effective_from.desc(), RuleSet.id.desc())
        .limit(1)
    )
    return Decimal(value) if value is not None else DEFAULT_BASE


def per_rule_sums(month: YearMonth, person_ids: set[int] | None = None):  # type: ignore[no-untyped-def]
    """Per (person, rule) sums of approved points in the month (for some people only, if
    given): the rows of point_tally, which triggers keep in step with the entries."""
    stmt = select(
        PointTally.person_id.label("person_id"),
        PointTally.rule_id.label("rule_id"),
        type_coerce(PointTally.cents * literal(CENT, Points), Points).label("points"),
    ).where(PointTally.period == month)
    if person_ids is not None:
        stmt = stmt.where(PointTally.person_id.in_(person_ids))
    return stmt.subquery()


def clipped_points_query(month: YearMonth, person_ids: set[int] | None = None):  # type: ignore[no-untyped-def]
    """Per (person, rule) sums of approved points in the month, clipped to the rule's cap."""
    sums = per_rule_sums(month, person_ids)
    cap = Rule.monthly_cap
    s = sums.c.points
    clipped = case((cap.is_(None), s), (s > cap, cap), (s < -cap, -cap), else_=s)
    return select(sums.c.person_id.label("person_id"), clipped.label("points")).join(
        Rule, Rule.id == sums.c.rule_id
    )


def month_points(
    session: Session, month: YearMonth, person_ids: set[int] | None = None
) -> dict[int, PersonMonth]:
    """Awards and deductions per person for the month (people without entries are absent)."""
    per_rule = clipped_points_query(month, person_ids).subquery()
    zero = literal(0)
    stmt = select(
        per_rule.c.person_id,
        func.sum(case((per_rule.c.points > 0, per_rule.c.points), else_=zero)),
        func.sum(case((per_rule.c.points < 0, per_rule.c.points), else_=zero)),
    ).group_by(per_rule.c.person_id)
    return {
        pid: PersonMonth(pid, Decimal(a or 0), Decimal(d or 0))
        for pid, a, d in session.execute(stmt).all()
    }
