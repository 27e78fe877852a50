"""Recording point entries (积分记录): manual and batch entry, approval, rejection, voiding.

Points are fixed at entry — quantity × the rule's points at that moment — so that a later
edit of the catalogue changes nothing already recorded. Nothing is deleted: a rejected or
voided entry stays, with who decided and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.integrity.links import void_linked_records
from console.core.permissions import current, require_unit_access, visible_unit_ids
from console.core.scoring.locking import is_locked, refuse_if_locked
from db.base import utcnow
from db.org import Person, Unit
from db.scoring import PointEvent, Rule, RuleSet
from glossary import EventSource, EventStatus, PersonStatus, Role, YearMonth

_t = tr_context("entries")

MAX_QUANTITY = Decimal(10_000)


@dataclass
class EntryInput:
    """One rule applied on one date to one or more people (batch entry), or to a unit."""

    rule_id: int | None
    event_date: date | None
    quantity: Decimal | str | float | int = 1
    person_ids: Sequence[int] = ()
    unit_id: int | None = None  # a squad-level entry: no person
    note: str | None = None
    evidence: str | None = None


def _recorder(session: Session, user: User) -> User:
    user = current(session, user)
    if user.role == Role.VIEWER:
        raise PermissionDenied(_t("Your role (viewer) may read but not change records."))
    return user


def parse_quantity(value: object) -> Decimal | None:
    try:
        q = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return q if q.is_finite() else None


def rule_in_force(session: Session, rule_id: int, on: date) -> Rule | None:
    """The rule, if it is active and belongs to the rule set in force on that date."""
    return session.scalars(
        select(Rule)
        .join(RuleSet, RuleSet.id == Rule.rule_set_id)
        .where(
            Rule.id == rule_id,
            Rule.active.is_(True),
            RuleSet.effective_from <= on,
            (RuleSet.effective_to.is_(None)) | (RuleSet.effective_to >= on),
        )
    ).first()


def validate_entry(
    session: Session, user: User, data: EntryInput, today: date
) -> tuple[list[FieldError], Rule | None, Decimal]:
    errors: list[FieldError] = []
    quantity = parse_quantity(data.quantity)
    if quantity is None:
        errors.append(FieldError("quantity", _t("Quantity must be a number.")))
        quantity = Decimal(0)
    elif quantity <= 0:
        errors.append(FieldError("quantity", _t("Quantity must be greater than zero.")))
    elif quantity > MAX_QUANTITY or quantity != quantity.quantize(Decimal("0.01")):
        errors.append(
            FieldError("quantity", _t("Quantity has at most two decimals and is below 10,000."))
        )
    rule = None
    if data.event_date is None:
        errors.append(FieldError("date", _t("Give the date.")))
    elif data.event_date > today:
        errors.append(FieldError("date", _t("The date is in the future.")))
    elif is_locked(session, YearMonth.of(data.event_date)):
        try:
            refuse_if_locked(session, data.event_date)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if data.rule_id is None:
        errors.append(FieldError("rule", _t("Choose a rule.")))
    elif data.event_date is not None:
        rule = rule_in_force(session, data.rule_id, data.event_date)
        if rule is None:
            errors.append(
                FieldError("rule", _t("This rule is not in force on that date, or inactive."))
            )
    if not data.person_ids and data.unit_id is None:
        errors.append(FieldError("person", _t("Choose the people (or the unit) concerned.")))
    scope = visible_unit_ids(session, user)
    if data.person_ids:
        people = session.execute(
            select(
                Person.id, Person.unit_id, Person.status, Person.hire_date, Person.left_date
            ).where(Person.id.in_(list(data.person_ids)))
        ).all()
        if len(people) != len(set(data.person_ids)):
            errors.append(FieldError("person", _t("Some of the chosen people do not exist.")))
        on = data.event_date
        # On strength on the entry's date (as the month's ranking counts people): a fault
        # of someone who has since left can still be recorded, one before hiring cannot.
        if on is not None and any(
            (p.hire_date is not None and p.hire_date > on)
            or (p.status != PersonStatus.ACTIVE and (p.left_date is None or p.left_date < on))
            for p in people
        ):
            errors.append(
                FieldError("person", _t("Someone chosen was not on strength on that date."))
            )
        if scope is not None and any(p.unit_id not in scope for p in people):
            raise PermissionDenied(_t("A squad leader may only act on their own unit."))
    if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
        errors.append(FieldError("unit", _t("No such unit.")))
    return errors, rule, quantity


def record_entries(session: Session, user: User, data: EntryInput, today: date) -> list[int]:
    """Record the entry for each chosen person (or the unit) in one transaction.

    Rules that need approval wait as pending; so does anything a squad leader records.
    """
    events = add_entries(session, user, data, today)
    session.flush()
    return [e.id for e in events]


def add_entries(
    session: Session,
    user: User,
    data: EntryInput,
    today: date,
    source: EventSource = EventSource.MANUAL,
    source_ref: str | None = None,
) -> list[PointEvent]:
    """``record_entries`` without the commit, for a service that records an entry as part
    of its own transaction (a finding's or a complaint's deduction). Flushed: ids are set."""
    user = _recorder(session, user)
    if data.unit_id is not None:
        require_unit_access(session, user, data.unit_id)
    errors, rule, quantity = validate_entry(session, user, data, today)
    if errors or rule is None or data.event_date is None:
        raise ValidationError(errors)
    pending = rule.needs_approval or user.role == Role.SQUAD_LEADER
    points = (quantity * Decimal(rule.points)).quantize(Decimal("0.01"))
    session.info["actor"] = user.actor
    targets: list[tuple[int | None, int | None]] = (
        [(pid, None) for pid in data.person_ids] if data.person_ids else [(None, data.unit_id)]
    )
    events = [
        PointEvent(
            person_id=pid,
            unit_id=uid,
            event_date=data.event_date,
            rule_id=rule.id,
            quantity=quantity,
            points=points,
            note=(data.note or "").strip() or None,
            evidence=(data.evidence or "").strip() or None,
            source=source,
            source_ref=source_ref,
            recorded_by_id=user.id,
            status=EventStatus.PENDING if pending else EventStatus.APPROVED,
        )
        for pid, uid in targets
    ]
    session.add_all(events)
    session.flush()
    return events


def _decidable(session: Session, user: User, event_id: int) -> tuple[PointEvent, User]:
    user = _recorder(session, user)
    if user.role == Role.SQUAD_LEADER:
        raise PermissionDenied(_t("Entries are approved, rejected and voided by supervisors."))
    event = session.get(PointEvent, event_id)
    if event is None:
        raise NotFound(_t("No such entry."))
    refuse_if_locked(session, event.event_date)
    return event, user


def approve_entry(session: Session, user: User, event_id: int) -> None:
    event, user = _decidable(session, user, event_id)
    if event.status != EventStatus.PENDING:
        raise ValidationError([FieldError("status", _t("Only a pending entry can be approved."))])
    if event.recorded_by_id is not None and event.recorded_by_id == user.id:
        raise ValidationError(
            [FieldError("status", _t("An entry is approved by someone other than its recorder."))]
        )
    session.info["actor"] = user.actor
    event.status = EventStatus.APPROVED
    event.decided_by_id, event.decided_at = user.id, utcnow()
    session.flush()


def _close(session: Session, user: User, event_id: int, status: EventStatus, reason: str) -> None:
    close_event(session, user, event_id, status, reason)
    session.flush()


def close_event(
    session: Session, user: User, event_id: int, status: EventStatus, reason: str
) -> PointEvent:
    """Reject or void an entry without committing. Voiding also voids the integrity record
    the entry was booked from (a finding, a complaint), with the same reason."""
    event, user = _decidable(session, user, event_id)
    errors = []
    if status == EventStatus.REJECTED and event.status != EventStatus.PENDING:
        errors.append(FieldError("status", _t("Only a pending entry can be rejected.")))
    if status == EventStatus.VOID and event.status in (EventStatus.VOID, EventStatus.REJECTED):
        errors.append(FieldError("status", _t("This entry is already closed.")))
    if not reason.strip():
        errors.append(FieldError("reason", _t("Give the reason.")))
    if errors:
        raise ValidationError(errors)
    session.info["actor"] = user.actor
    event.status = status
    event.reason = reason.strip()
    event.decided_by_id, event.decided_at = user.id, utcnow()
    if status == EventStatus.VOID:
        void_linked_records(session, event.id, event.reason)
    return event


def reject_entry(session: Session, user: User, event_id: int, reason: str) -> None:
    _close(session, user, event_id, EventStatus.REJECTED, reason)


def void_entry(session: Session, user: User, event_id: int, reason: str) -> None:
    """Take back a recorded entry (it stays on record as void, with the reason)."""
    _close(session, user, event_id, EventStatus.VOID, reason)
