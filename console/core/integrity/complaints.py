"""Complaints (投诉 / 信访) and the reconsideration and litigation outcomes of cases
(复议纠错, 诉讼败诉), recorded against the person or unit concerned.

A complaint is pending until closed as founded or unfounded. Closing it as founded books
its deduction (when a person or unit is named) in the same transaction, linked both ways:
voiding the complaint voids the deduction, and voiding the deduction voids the complaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import describe_change, require_seen
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import tr_context
from console.core.integrity.access import (
    check_person,
    check_unit,
    clean,
    get_or_404,
    in_scope,
    raise_if,
    reader_scope,
    require_keeper,
)
from console.core.integrity.links import complaint_ref
from console.core.scoring.entries import EntryInput, add_entries, close_event, rule_in_force
from db.integrity import Complaint
from db.org import Person, Unit
from db.scoring import PointEvent, Rule
from glossary import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintOutcome,
    EventSource,
    EventStatus,
)

_t = tr_context("integrity")

LIVE_EVENT = (EventStatus.PENDING, EventStatus.APPROVED)


def default_rule_code(kind: ComplaintKind, channel: ComplaintChannel | None) -> str:
    """The default catalogue's rule for a founded complaint of this kind."""
    if kind == ComplaintKind.RECONSIDERATION:
        return "TS03"
    if kind == ComplaintKind.LITIGATION:
        return "TS04"
    return "TS02" if channel == ComplaintChannel.MEDIA else "TS01"


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    kind: ComplaintKind
    received_date: date
    channel: ComplaintChannel | None
    case_no: str
    person_id: int | None
    person_name: str
    staff_no: str
    unit_id: int | None
    unit_name: str
    substance: str
    outcome: ComplaintOutcome
    closed_date: date | None
    void_reason: str | None
    point_event_id: int | None
    event_status: EventStatus | None
    event_points: Decimal | None
    # As loaded: a decision states the outcome seen, an edit this version
    # (``seen_version``), so a change made meanwhile on another desktop is reported.
    row_version: int = 0

    @property
    def has_live_deduction(self) -> bool:
        return self.point_event_id is not None and self.event_status in LIVE_EVENT


@dataclass
class ComplaintInput:
    received_date: date | None
    substance: str
    kind: ComplaintKind = ComplaintKind.COMPLAINT
    channel: ComplaintChannel | None = None
    person_id: int | None = None
    unit_id: int | None = None
    case_no: str | None = None


def _select():  # type: ignore[no-untyped-def]
    return (
        select(
            Complaint.id,
            Complaint.kind,
            Complaint.received_date,
            Complaint.channel,
            Complaint.case_no,
            Complaint.person_id,
            Person.name,
            Person.staff_no,
            Complaint.unit_id,
            Unit.name,
            Complaint.substance,
            Complaint.outcome,
            Complaint.closed_date,
            Complaint.void_reason,
            Complaint.point_event_id,
            PointEvent.status,
            PointEvent.points,
            Complaint.row_version,
        )
        .select_from(Complaint)
        .outerjoin(Person, Person.id == Complaint.person_id)
        .outerjoin(Unit, Unit.id == Complaint.unit_id)
        .outerjoin(PointEvent, PointEvent.id == Complaint.point_event_id)
    )


def list_complaints(
    session: Session,
    user: User,
    date_from: date | None = None,
    date_to: date | None = None,
    complaint_id: int | None = None,
) -> list[ComplaintRow]:
    scope = reader_scope(session, user)
    stmt = _select().order_by(Complaint.received_date.desc(), Complaint.id.desc())
    if date_from is not None:
        stmt = stmt.where(Complaint.received_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Complaint.received_date <= date_to)
    if complaint_id is not None:
        stmt = stmt.where(Complaint.id == complaint_id)
    where = in_scope(scope, Complaint.unit_id, Complaint.person_id)
    if where is not None:
        stmt = stmt.where(where)
    return [
        ComplaintRow(
            id=r[0],
            kind=r[1],
            received_date=r[2],
            channel=r[3],
            case_no=r[4] or "",
            person_id=r[5],
            person_name=r[6] or "",
            staff_no=r[7] or "",
            unit_id=r[8],
            unit_name=r[9] or "",
            substance=r[10],
            outcome=r[11],
            closed_date=r[12],
            void_reason=r[13],
            point_event_id=r[14],
            event_status=r[15],
            event_points=r[16],
            row_version=r[17],
        )
        for r in session.execute(stmt).all()
    ]


def get_complaint(session: Session, user: User, complaint_id: int) -> ComplaintRow:
    rows = list_complaints(session, user, complaint_id=complaint_id)
    if not rows:
        raise NotFound(_t("No such complaint."))
    return rows[0]


def _validate(
    session: Session, data: ComplaintInput, today: date
) -> tuple[list[FieldError], int | None]:
    errors: list[FieldError] = []
    if data.received_date is None:
        errors.append(FieldError("received_date", _t("Give the date received.")))
    elif data.received_date > today:
        errors.append(FieldError("received_date", _t("The date is in the future.")))
    if not (data.substance or "").strip():
        errors.append(FieldError("substance", _t("Say what the complaint is about.")))
    if data.kind == ComplaintKind.COMPLAINT and data.channel is None:
        errors.append(FieldError("channel", _t("Choose the channel it came by.")))
    if data.kind != ComplaintKind.COMPLAINT:
        if not (data.case_no or "").strip():
            errors.append(FieldError("case_no", _t("Give the number of the case concerned.")))
        if data.person_id is None:
            errors.append(FieldError("person", _t("Name the case handler.")))
    if len((data.case_no or "").strip()) > 60:
        errors.append(FieldError("case_no", _t("The case number is longer than 60 characters.")))
    person = check_person(session, data.person_id, errors)
    check_unit(session, data.unit_id, errors)
    unit_id = data.unit_id if data.unit_id is not None else (person.unit_id if person else None)
    if data.person_id is None and data.unit_id is None:
        errors.append(FieldError("unit", _t("Name the person or unit complained about.")))
    return errors, unit_id


def _apply(complaint: Complaint, data: ComplaintInput, unit_id: int | None) -> None:
    assert data.received_date is not None
    complaint.kind = data.kind
    complaint.received_date = data.received_date
    complaint.channel = data.channel if data.kind == ComplaintKind.COMPLAINT else None
    complaint.case_no = clean(data.case_no)
    complaint.person_id = data.person_id
    complaint.unit_id = unit_id
    complaint.substance = data.substance.strip()


def add_complaint(session: Session, user: User, data: ComplaintInput, today: date) -> ComplaintRow:
    user = require_keeper(session, user)
    errors, unit_id = _validate(session, data, today)
    raise_if(errors)
    complaint = Complaint(outcome=ComplaintOutcome.PENDING)
    _apply(complaint, data, unit_id)
    session.add(complaint)
    session.flush()
    return get_complaint(session, user, complaint.id)


def _require_outcome(session: Session, complaint: Complaint, seen: ComplaintOutcome | None) -> None:
    """A complaint's status is its outcome: refuse if it is no longer the one the user saw."""
    if seen is not None and complaint.outcome != seen:
        raise describe_change(session, Complaint.__tablename__, complaint.id)


def update_complaint(
    session: Session,
    user: User,
    complaint_id: int,
    data: ComplaintInput,
    today: date,
    *,
    seen_version: int | None = None,
) -> ComplaintRow:
    user = require_keeper(session, user)
    complaint = get_or_404(session, Complaint, complaint_id, _t("No such complaint."))
    require_seen(session, complaint, seen_version)
    if complaint.outcome == ComplaintOutcome.VOID:
        raise ValidationError(
            [FieldError("outcome", _t("A void complaint can no longer be edited."))]
        )
    errors, unit_id = _validate(session, data, today)
    if complaint.outcome == ComplaintOutcome.VERIFIED and (
        data.person_id != complaint.person_id or unit_id != complaint.unit_id
    ):
        errors.append(
            FieldError(
                "person",
                _t(
                    "A founded complaint's person or unit cannot change; "
                    "void it and record it again."
                ),
            )
        )
    raise_if(errors)
    _apply(complaint, data, unit_id)
    session.flush()
    return get_complaint(session, user, complaint.id)


def close_complaint(
    session: Session,
    user: User,
    complaint_id: int,
    outcome: ComplaintOutcome,
    closed: date | None,
    today: date,
    book_deduction: bool = True,
    rule_id: int | None = None,
    *,
    seen: ComplaintOutcome | None = None,
) -> ComplaintRow:
    """Close a pending complaint as founded or unfounded. A founded one books its deduction
    on the closing date (the default rule for its kind unless another is chosen)."""
    user = require_keeper(session, user)
    complaint = get_or_404(session, Complaint, complaint_id, _t("No such complaint."))
    _require_outcome(session, complaint, seen)
    errors: list[FieldError] = []
    if complaint.outcome != ComplaintOutcome.PENDING:
        errors.append(FieldError("outcome", _t("Only a pending complaint can be closed.")))
    if outcome not in (ComplaintOutcome.VERIFIED, ComplaintOutcome.UNFOUNDED):
        errors.append(FieldError("outcome", _t("Close it as founded or unfounded.")))
    if closed is None:
        errors.append(FieldError("closed_date", _t("Give the date it was closed.")))
    elif closed > today:
        errors.append(FieldError("closed_date", _t("The date is in the future.")))
    elif closed < complaint.received_date:
        errors.append(FieldError("closed_date", _t("The date is before it was received.")))
    raise_if(errors)
    assert closed is not None
    complaint.outcome = outcome
    complaint.closed_date = closed
    if outcome == ComplaintOutcome.VERIFIED and book_deduction:
        _book(session, user, complaint, today, rule_id)
    session.flush()
    return get_complaint(session, user, complaint.id)


def book_complaint_deduction(
    session: Session,
    user: User,
    complaint_id: int,
    today: date,
    rule_id: int | None = None,
    *,
    seen: ComplaintOutcome | None = None,
) -> ComplaintRow:
    """Book the deduction of a founded complaint that has none (or whose one was rejected).

    A caller stating ``seen`` saw no live deduction (the button is offered only then): one
    there now was booked on another desktop meanwhile, and that is a conflict."""
    user = require_keeper(session, user)
    complaint = get_or_404(session, Complaint, complaint_id, _t("No such complaint."))
    _require_outcome(session, complaint, seen)
    current = (
        session.get(PointEvent, complaint.point_event_id) if complaint.point_event_id else None
    )
    if seen is not None and current is not None and current.status in LIVE_EVENT:
        raise describe_change(session, Complaint.__tablename__, complaint.id)
    if complaint.outcome != ComplaintOutcome.VERIFIED:
        raise ValidationError([FieldError("outcome", _t("Only a founded complaint costs points."))])
    _book(session, user, complaint, today, rule_id)
    session.flush()
    return get_complaint(session, user, complaint.id)


def _book(
    session: Session, user: User, complaint: Complaint, today: date, rule_id: int | None
) -> None:
    current = (
        session.get(PointEvent, complaint.point_event_id) if complaint.point_event_id else None
    )
    if current is not None and current.status in LIVE_EVENT:
        raise ValidationError(
            [FieldError("status", _t("This complaint already has its deduction."))]
        )
    assert complaint.closed_date is not None
    if rule_id is None:
        code = default_rule_code(complaint.kind, complaint.channel)
        for candidate in session.scalars(select(Rule.id).where(Rule.code == code)):
            if rule_in_force(session, candidate, complaint.closed_date) is not None:
                rule_id = candidate
                break
        if rule_id is None:
            raise ValidationError(
                [
                    FieldError(
                        "rule",
                        _t("No rule {code} is in force on {date}; choose the rule.").format(
                            code=code, date=complaint.closed_date
                        ),
                    )
                ]
            )
    entry = EntryInput(
        rule_id=rule_id,
        event_date=complaint.closed_date,
        person_ids=[complaint.person_id] if complaint.person_id is not None else [],
        unit_id=complaint.unit_id if complaint.person_id is None else None,
        note=(complaint.case_no + "：" if complaint.case_no else "") + complaint.substance[:400],
    )
    (event,) = add_entries(
        session, user, entry, today, EventSource.COMPLAINT, complaint_ref(complaint.id)
    )
    complaint.point_event_id = event.id


def void_complaint(
    session: Session,
    user: User,
    complaint_id: int,
    reason: str,
    *,
    seen: ComplaintOutcome | None = None,
) -> ComplaintRow:
    """Void a complaint recorded in error; its deduction is voided with the same reason."""
    user = require_keeper(session, user)
    complaint = get_or_404(session, Complaint, complaint_id, _t("No such complaint."))
    _require_outcome(session, complaint, seen)
    errors: list[FieldError] = []
    if complaint.outcome == ComplaintOutcome.VOID:
        errors.append(FieldError("outcome", _t("This complaint is already void.")))
    if not reason.strip():
        errors.append(FieldError("reason", _t("Give the reason.")))
    raise_if(errors)
    complaint.outcome = ComplaintOutcome.VOID
    complaint.void_reason = reason.strip()
    event = session.get(PointEvent, complaint.point_event_id) if complaint.point_event_id else None
    if event is not None and event.status in LIVE_EVENT:
        close_event(session, user, event.id, EventStatus.VOID, reason)
    session.flush()
    return get_complaint(session, user, complaint.id)
