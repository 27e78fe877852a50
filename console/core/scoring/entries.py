"""Recording point entries (积分记录): manual and batch entry, approval, rejection, voiding.

Points are fixed at entry — quantity × the rule's points at that moment — so that a later
edit of the catalogue changes nothing already recorded. Nothing is deleted: a rejected or
voided entry stays, with who decided and why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.core.auth import User
from console.core.conflicts import Conflict, describe_change, require_status
from console.core.errors import (
    FieldError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from console.core.i18n import tr_context
from console.core.integrity.links import void_linked_records
from console.core.people import PersonRow, list_people
from console.core.permissions import current, require_unit_access, visible_unit_ids
from console.core.policy import needs_approval, was_on_strength
from console.core.scoring.locking import is_locked, locked_message
from console.core.units import UnitRow, list_units
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
    # Where the entry came from, for a bulk caller whose rows each name their own source
    # record; None takes the ``source_ref`` given to add_entries.
    source_ref: str | None = None


@dataclass(frozen=True)
class NewEntry:
    """One entry as recorded: its id, whom it concerns and whether it waits for approval."""

    id: int
    person_id: int | None
    unit_id: int | None
    status: EventStatus
    points: Decimal


class _PersonFacts(NamedTuple):
    id: int
    unit_id: int
    status: PersonStatus
    hire_date: date | None
    left_date: date | None


@dataclass
class _Checks:
    """What a batch asks the database once rather than per row: the user's units, whether
    each month is locked (which also takes the month's lock, once), and the batch's rules
    (with their rule set's dates) and people — so that an import of thousands of entries
    costs a handful of queries."""

    scope: set[int] | None
    locked: dict[YearMonth, bool] = field(default_factory=dict)
    rules: dict[int, tuple[Rule, date, date | None]] = field(default_factory=dict)
    people: dict[int, _PersonFacts] = field(default_factory=dict)

    def month_locked(self, session: Session, month: YearMonth) -> bool:
        if month not in self.locked:
            self.locked[month] = is_locked(session, month)
        return self.locked[month]

    def load(self, session: Session, batch: Sequence[EntryInput]) -> None:
        rule_ids = {d.rule_id for d in batch if d.rule_id is not None} - self.rules.keys()
        if rule_ids:
            found = session.execute(
                select(Rule, RuleSet.effective_from, RuleSet.effective_to)
                .join(RuleSet, RuleSet.id == Rule.rule_set_id)
                .where(Rule.id.in_(rule_ids))
            )
            for rule, start, end in found:
                self.rules[rule.id] = (rule, start, end)
        person_ids = {pid for d in batch for pid in d.person_ids} - self.people.keys()
        if person_ids:
            rows = session.execute(
                select(
                    Person.id, Person.unit_id, Person.status, Person.hire_date, Person.left_date
                ).where(Person.id.in_(person_ids))
            )
            for row in rows:
                self.people[row.id] = _PersonFacts(*row)

    def rule_in_force(self, rule_id: int, on: date) -> Rule | None:
        """As ``rule_in_force``, from what ``load`` read."""
        if rule_id not in self.rules:
            return None
        rule, start, end = self.rules[rule_id]
        in_force = rule.active and start <= on and (end is None or end >= on)
        return rule if in_force else None


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
    session: Session,
    user: User,
    data: EntryInput,
    today: date,
    checks: _Checks | None = None,
) -> tuple[list[FieldError], Rule | None, Decimal]:
    if checks is None:
        checks = _Checks(visible_unit_ids(session, user))
        checks.load(session, [data])
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
    elif checks.month_locked(session, YearMonth.of(data.event_date)):
        errors.append(FieldError("date", locked_message(YearMonth.of(data.event_date))))
    if data.rule_id is None:
        errors.append(FieldError("rule", _t("Choose a rule.")))
    elif data.event_date is not None:
        rule = checks.rule_in_force(data.rule_id, data.event_date)
        if rule is None:
            errors.append(
                FieldError("rule", _t("This rule is not in force on that date, or inactive."))
            )
    if not data.person_ids and data.unit_id is None:
        errors.append(FieldError("person", _t("Choose the people (or the unit) concerned.")))
    if data.person_ids:
        people = [checks.people[pid] for pid in set(data.person_ids) if pid in checks.people]
        if len(people) != len(set(data.person_ids)):
            errors.append(FieldError("person", _t("Some of the chosen people do not exist.")))
        on = data.event_date
        # On strength on the entry's date (as the month's ranking counts people): a fault
        # of someone who has since left can still be recorded, one before hiring cannot.
        if on is not None and not all(
            was_on_strength(p.hire_date, p.status, p.left_date, on) for p in people
        ):
            errors.append(
                FieldError("person", _t("Someone chosen was not on strength on that date."))
            )
        if checks.scope is not None and any(p.unit_id not in checks.scope for p in people):
            raise PermissionDenied(_t("A squad leader may only act on their own unit."))
    if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
        errors.append(FieldError("unit", _t("No such unit.")))
    return errors, rule, quantity


def record_entries(session: Session, user: User, data: EntryInput, today: date) -> list[int]:
    """The entry form: the rule applied to each chosen person (or the unit), all or none."""
    return [e.id for e in add_entries(session, user, data, today)]


def add_entries(
    session: Session,
    user: User,
    entries: EntryInput | Sequence[EntryInput],
    today: date,
    source: EventSource = EventSource.MANUAL,
    source_ref: str | None = None,
) -> list[NewEntry]:
    """The one way point entries are created: the form, a batch, and every service that
    books points for its own records (findings, complaints, case reviews, training,
    imports) as part of its own transaction.

    Each entry is checked (rule in force, people on strength, the user's scope, the date
    not in a locked month — under the month's lock, see locking.py) and waits for approval
    when policy.needs_approval says so. The month's tallies follow by trigger. Nothing is
    written unless every row is valid: the errors of all rows are raised together, with
    the row number (from 1) when there is more than one. Flushed: the ids are set."""
    user = _recorder(session, user)
    batch = [entries] if isinstance(entries, EntryInput) else list(entries)
    checks = _Checks(visible_unit_ids(session, user))
    checks.load(session, batch)
    errors: list[FieldError] = []
    events: list[PointEvent] = []
    units_allowed: set[int] = set()
    for row, data in enumerate(batch, start=1):
        if data.unit_id is not None and data.unit_id not in units_allowed:
            require_unit_access(session, user, data.unit_id)
            units_allowed.add(data.unit_id)  # asked once per unit, not per row
        row_errors, rule, quantity = validate_entry(session, user, data, today, checks)
        if row_errors or rule is None or data.event_date is None:
            number = row if len(batch) > 1 else None
            errors.extend(FieldError(e.field, e.message, number) for e in row_errors)
            continue
        pending = needs_approval(rule.needs_approval, user.role)
        points = (quantity * Decimal(rule.points)).quantize(Decimal("0.01"))
        targets: list[tuple[int | None, int | None]] = (
            [(pid, None) for pid in data.person_ids] if data.person_ids else [(None, data.unit_id)]
        )
        events.extend(
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
                source_ref=data.source_ref or source_ref,
                recorded_by_id=user.id,
                status=EventStatus.PENDING if pending else EventStatus.APPROVED,
            )
            for pid, uid in targets
        )
    if errors or not events:
        raise ValidationError(errors)
    session.add_all(events)
    session.flush()
    return [NewEntry(e.id, e.person_id, e.unit_id, e.status, e.points) for e in events]


# --- Decisions -------------------------------------------------------------------------
#
# Each decision states the status its user saw (``seen``). Two supervisors deciding the
# same entry at once: the first wins, the second is told who decided it and how, and
# nothing of the second is written (never "approved, with the rejection's reason").


def _decidable(
    session: Session, user: User, event_id: int, *, returning: bool = False
) -> tuple[PointEvent, User]:
    """The entry, once the user may decide on it. A finalised month refuses every decision
    on its entries but one: returning (rejecting) an entry still pending there. A pending
    entry never counted, so returning it leaves the finalised figures as they are — and
    that is how the approval queue is cleared of entries nobody can approve any more."""
    user = _recorder(session, user)
    if user.role == Role.SQUAD_LEADER:
        raise PermissionDenied(_t("Entries are approved, rejected and voided by supervisors."))
    event = session.get(PointEvent, event_id)
    if event is None:
        raise NotFound(_t("No such entry."))
    locked = is_locked(session, YearMonth.of(event.event_date))
    # Read again after the month's lock: the entry may have been decided while waiting.
    session.refresh(event)
    if locked and not (returning and event.status == EventStatus.PENDING):
        raise ValidationError([FieldError("date", locked_message(YearMonth.of(event.event_date)))])
    return event, user


def approve_entry(session: Session, user: User, event_id: int, *, seen: EventStatus) -> None:
    event, user = _decidable(session, user, event_id)
    require_status(session, event, seen)
    if event.status != EventStatus.PENDING:
        raise ValidationError([FieldError("status", _t("Only a pending entry can be approved."))])
    if event.recorded_by_id is not None and event.recorded_by_id == user.id:
        raise ValidationError(
            [FieldError("status", _t("An entry is approved by someone other than its recorder."))]
        )
    event.status = EventStatus.APPROVED
    event.decided_by_id, event.decided_at = user.id, utcnow()
    session.flush()


def close_event(
    session: Session,
    user: User,
    event_id: int,
    status: EventStatus,
    reason: str,
    *,
    seen: EventStatus | None = None,
) -> None:
    """Reject or void an entry. Voiding also voids the integrity record the entry was
    booked from (a finding, a complaint), with the same reason. ``seen`` is the status the
    user saw; None only for a service closing the entry of its own record."""
    event, user = _decidable(session, user, event_id, returning=status == EventStatus.REJECTED)
    require_status(session, event, seen)
    errors = []
    if status == EventStatus.REJECTED and event.status != EventStatus.PENDING:
        errors.append(FieldError("status", _t("Only a pending entry can be rejected.")))
    if status == EventStatus.VOID and event.status in (EventStatus.VOID, EventStatus.REJECTED):
        errors.append(FieldError("status", _t("This entry is already closed.")))
    if not reason.strip():
        errors.append(FieldError("reason", _t("Give the reason.")))
    if errors:
        raise ValidationError(errors)
    event.status = status
    event.reason = reason.strip()
    event.decided_by_id, event.decided_at = user.id, utcnow()
    if status == EventStatus.VOID:
        void_linked_records(session, event.id, event.reason)
    session.flush()


def reject_entry(
    session: Session, user: User, event_id: int, reason: str, *, seen: EventStatus
) -> None:
    close_event(session, user, event_id, EventStatus.REJECTED, reason, seen=seen)


def void_entry(
    session: Session, user: User, event_id: int, reason: str, *, seen: EventStatus
) -> None:
    """Take back a recorded entry (it stays on record as void, with the reason)."""
    close_event(session, user, event_id, EventStatus.VOID, reason, seen=seen)


def _entry_words(session: Session, event: PointEvent) -> str:
    """An entry as its user knows it in the queue: date, person (or unit) and rule."""
    row = session.execute(
        select(Person.name, Person.staff_no, Unit.name, Rule.code)
        .select_from(PointEvent)
        .join(Rule, Rule.id == PointEvent.rule_id)
        .outerjoin(Person, Person.id == PointEvent.person_id)
        .outerjoin(Unit, Unit.id == PointEvent.unit_id)
        .where(PointEvent.id == event.id)
    ).one()
    who = f"{row[0]}（{row[1]}）" if row[0] else (row[2] or "")
    return f"{event.event_date.isoformat()} {who} {row[3]}"


def decide_entries(
    session: Session,
    user: User,
    seen: Mapping[int, int],
    decision: EventStatus,
    reason: str = "",
) -> list[int]:
    """Approve or return (reject) several entries at once, all or nothing.

    ``seen`` maps each entry to the row_version the user saw. If any entry moved since
    (decided or edited on another desktop), a Conflict names that entry and who changed
    it, and nothing is written. Each entry is checked by the same rule as a decision on
    one entry (approve_entry / reject_entry); if any is refused (the user's own entry, a
    finalised month …) every problem is listed, entry by entry, and nothing is written.
    Returns the ids decided."""
    if decision not in (EventStatus.APPROVED, EventStatus.REJECTED):
        raise ValueError(f"not a decision on several entries: {decision}")
    if decision == EventStatus.REJECTED and not reason.strip():
        raise ValidationError([FieldError("reason", _t("Give the reason."))])
    if not seen:
        raise ValidationError([FieldError("entries", _t("Select the entries to decide on."))])
    errors: list[FieldError] = []
    # In id order, so two desktops deciding overlapping selections lock rows alike.
    for number, event_id in enumerate(sorted(seen), start=1):
        event = session.get(PointEvent, event_id)
        if event is None:
            raise NotFound(_t("No such entry."))
        if event.row_version != seen[event_id]:
            change = describe_change(session, PointEvent.__tablename__, event_id)
            raise Conflict(f"{_entry_words(session, event)}: {change}")
        try:
            if decision == EventStatus.APPROVED:
                approve_entry(session, user, event_id, seen=event.status)
            else:
                reject_entry(session, user, event_id, reason, seen=event.status)
        except StaleDataError as exc:
            # Decided on another desktop between our read and our write.
            change = describe_change(session, PointEvent.__tablename__, event_id)
            raise Conflict(f"{_entry_words(session, event)}: {change}") from exc
        except ValidationError as exc:
            words = _entry_words(session, event)
            errors.extend(FieldError(e.field, f"{words}: {e.message}", number) for e in exc.errors)
    if errors:
        raise ValidationError(errors)
    return sorted(seen)


@dataclass(frozen=True)
class EntryChoices:
    """Whom the entry form offers: the people on strength and the units the user may
    act on, read together."""

    people: list[PersonRow]
    units: list[UnitRow]


def entry_choices(session: Session, user: User) -> EntryChoices:
    return EntryChoices(
        list_people(session, user, include_inactive=False), list_units(session, user)
    )
