"""A month's point events (积分记录) as a list, and the figures the Performance page shows.

Entries are listed in every status — pending, approved, rejected, void — because the
supervisors check the whole month's ledger, not only what counts towards the scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.overview import average_score
from console.core.permissions import require_user, visible_unit_ids
from db.accounts import UserAccount
from db.org import Person, Unit
from db.scoring import PointEvent, Rule
from glossary import EventSource, EventStatus, PersonStatus, YearMonth


@dataclass(frozen=True)
class EventRow:
    id: int
    event_date: date
    person_id: int | None  # None for an entry against a unit as a whole
    staff_no: str  # "" for a unit entry
    person_name: str  # "" for a unit entry
    unit_id: int | None
    unit_name: str
    rule_code: str
    rule_text: str
    quantity: Decimal
    points: Decimal
    status: EventStatus
    source: EventSource
    recorded_by: str  # display name of the account that entered it, "" if imported by system
    note: str | None


@dataclass(frozen=True)
class EventSummary:
    """What the month's ledger adds up to. Sums count approved entries only (as scores do),
    but before the monthly caps, so they show what was recorded."""

    entries: int
    awards: Decimal
    deductions: Decimal  # negative or zero
    pending: int


# The unit recorded with the entry wins: it is where the work or the fault happened, even
# if the person has moved since. Entries without one fall back to the person's unit.
_EVENT_UNIT = func.coalesce(PointEvent.unit_id, Person.unit_id)


def event_values(r: Any) -> dict[str, Any]:
    """The EventRow fields from a row whose first 15 columns follow EventRow's order."""
    return {
        "id": r[0],
        "event_date": r[1],
        "person_id": r[2],
        "staff_no": r[3] or "",
        "person_name": r[4] or "",
        "unit_id": r[5],
        "unit_name": r[6] or "",
        "rule_code": r[7],
        "rule_text": r[8],
        "quantity": Decimal(r[9]),
        "points": Decimal(r[10]),
        "status": r[11],
        "source": r[12],
        "recorded_by": r[13] or "",
        "note": r[14],
    }


def list_events(session: Session, user: User, month: YearMonth) -> list[EventRow]:
    """Every point event of the month the user may see, oldest first, in one joined query."""
    require_user(user)
    stmt = (
        select(
            PointEvent.id,
            PointEvent.event_date,
            PointEvent.person_id,
            Person.staff_no,
            Person.name,
            _EVENT_UNIT.label("unit_id"),
            Unit.name,
            Rule.code,
            Rule.text,
            PointEvent.quantity,
            PointEvent.points,
            PointEvent.status,
            PointEvent.source,
            UserAccount.display_name,
            PointEvent.note,
        )
        .select_from(PointEvent)
        .join(Rule, Rule.id == PointEvent.rule_id)
        .outerjoin(Person, Person.id == PointEvent.person_id)
        .outerjoin(Unit, Unit.id == _EVENT_UNIT)
        .outerjoin(UserAccount, UserAccount.id == PointEvent.recorded_by_id)
        .where(
            # Naming every status lets the database seek the month in the ranking index,
            # whose first column is the status, instead of reading the whole table.
            PointEvent.status.in_(list(EventStatus)),
            PointEvent.event_date >= month.first_day,
            PointEvent.event_date <= month.last_day,
        )
        .order_by(PointEvent.event_date, PointEvent.id)
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(_EVENT_UNIT.in_(scope))
    # Core execution on the session's connection: plain column rows need none of the ORM's
    # per-row loading machinery, which would cost more than the query on a busy month.
    return [EventRow(**event_values(r)) for r in session.connection().execute(stmt).all()]


def summarise(events: Sequence[EventRow]) -> EventSummary:
    awards = sum(
        (e.points for e in events if e.status == EventStatus.APPROVED and e.points > 0),
        Decimal(0),
    )
    deductions = sum(
        (e.points for e in events if e.status == EventStatus.APPROVED and e.points < 0),
        Decimal(0),
    )
    pending = sum(1 for e in events if e.status == EventStatus.PENDING)
    return EventSummary(len(events), awards, deductions, pending)


def scope_average_score(session: Session, user: User, month: YearMonth) -> Decimal | None:
    """Average month total (capped, as ranked) over the active people the user may see."""
    require_user(user)
    stmt = select(Person.id).where(Person.status == PersonStatus.ACTIVE)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    return average_score(session, month, set(session.scalars(stmt)))
