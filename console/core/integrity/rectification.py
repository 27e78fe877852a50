"""Recording findings and moving them along the rectification loop (整改闭环):

    open → assigned (交办) → rectified (整改) → verified (复核通过)
                                 ↑               ↓
                                 └── sent back ──┘

Any finding may be voided (recorded in error) with a reason; so is the deduction booked
from it, and voiding that deduction voids the finding (``links``). Every step is one
transaction by a supervisor or an administrator; a step out of order is refused with the
reason, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import describe_change, require_seen, require_status
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.integrity.access import (
    check_person,
    check_unit,
    clean,
    get_or_404,
    raise_if,
    require_keeper,
)
from console.core.integrity.findings import FindingRow, get_finding
from console.core.integrity.links import finding_ref
from console.core.integrity.topics import TOPICS
from console.core.labels import label
from console.core.scoring.entries import EntryInput, add_entries, close_event, rule_in_force
from db.integrity import Finding, Inspection
from db.scoring import PointEvent, Rule
from glossary import EventSource, EventStatus, FindingStatus, RuleCategory, Severity

_t = tr_context("integrity")

# The rule a finding's deduction is booked under by default (the default catalogue's codes).
SEVERITY_RULE = {Severity.MINOR: "DC01", Severity.SERIOUS: "DC02", Severity.GRAVE: "DC03"}

# What each step needs the finding to be in.
ASSIGN, RECTIFY, VERIFY, SEND_BACK, VOID, DEDUCT, EDIT = (
    "assign",
    "rectify",
    "verify",
    "send_back",
    "void",
    "deduct",
    "edit",
)
_FROM: dict[str, frozenset[FindingStatus]] = {
    ASSIGN: frozenset({FindingStatus.OPEN}),
    RECTIFY: frozenset({FindingStatus.ASSIGNED, FindingStatus.SENT_BACK}),
    VERIFY: frozenset({FindingStatus.RECTIFIED}),
    SEND_BACK: frozenset({FindingStatus.RECTIFIED}),
    VOID: frozenset(set(FindingStatus) - {FindingStatus.VOID}),
    DEDUCT: frozenset(set(FindingStatus) - {FindingStatus.VOID}),
    EDIT: frozenset(set(FindingStatus) - {FindingStatus.VOID, FindingStatus.VERIFIED}),
}


def allowed_actions(row: FindingRow) -> frozenset[str]:
    """The steps open to a finding now (the page enables its buttons from this)."""
    found = {action for action, states in _FROM.items() if row.status in states}
    if row.has_live_deduction or (row.person_id is None and row.unit_id is None):
        found.discard(DEDUCT)
    return frozenset(found)


def _refused(action: str, status: FindingStatus) -> str:
    messages: dict[str, Callable[[], str]] = {
        ASSIGN: lambda: _t("Only an open finding can be assigned; this one is {status}."),
        RECTIFY: lambda: _t(
            "Only an assigned or sent-back finding can be rectified; this one is {status}."
        ),
        VERIFY: lambda: _t("Only a rectified finding can be verified; this one is {status}."),
        SEND_BACK: lambda: _t("Only a rectified finding can be sent back; this one is {status}."),
        VOID: lambda: _t("This finding is already void."),
        DEDUCT: lambda: _t("A void finding cannot be given a deduction."),
        EDIT: lambda: _t("A {status} finding can no longer be edited."),
    }
    return messages[action]().format(status=label(status))


@dataclass
class FindingInput:
    found_date: date | None
    topic: str
    severity: Severity | None
    description: str
    unit_id: int | None = None
    person_id: int | None = None
    deadline: date | None = None
    inspection_id: int | None = None


def validate_finding(
    session: Session, data: FindingInput, today: date
) -> tuple[list[FieldError], int | None]:
    """Problems with the input, and the responsible unit (the person's, if none given)."""
    errors: list[FieldError] = []
    if data.found_date is None:
        errors.append(FieldError("found_date", _t("Give the date it was found.")))
    elif data.found_date > today:
        errors.append(FieldError("found_date", _t("The date is in the future.")))
    if data.topic not in TOPICS:
        errors.append(FieldError("topic", _t("Choose a checklist topic.")))
    if data.severity is None:
        errors.append(FieldError("severity", _t("Choose the severity.")))
    if not (data.description or "").strip():
        errors.append(FieldError("description", _t("Describe the problem.")))
    if (
        data.deadline is not None
        and data.found_date is not None
        and data.deadline < data.found_date
    ):
        errors.append(FieldError("deadline", _t("The deadline is before the date it was found.")))
    unit_id = data.unit_id
    person = check_person(session, data.person_id, errors)
    check_unit(session, data.unit_id, errors)
    if person is not None and unit_id is None:
        unit_id = person.unit_id
    if data.person_id is None and data.unit_id is None:
        errors.append(FieldError("unit", _t("Name the responsible unit or person.")))
    if data.inspection_id is not None and session.get(Inspection, data.inspection_id) is None:
        errors.append(FieldError("inspection", _t("No such inspection.")))
    return errors, unit_id


def _load(session: Session, finding_id: int) -> Finding:
    return get_or_404(session, Finding, finding_id, _t("No such finding."))


def _require(finding: Finding, action: str) -> None:
    if finding.status not in _FROM[action]:
        raise ValidationError([FieldError("status", _refused(action, finding.status))])


def add_finding(session: Session, user: User, data: FindingInput, today: date) -> FindingRow:
    user = require_keeper(session, user)
    errors, unit_id = validate_finding(session, data, today)
    raise_if(errors)
    assert data.found_date is not None and data.severity is not None
    finding = Finding(
        inspection_id=data.inspection_id,
        unit_id=unit_id,
        person_id=data.person_id,
        found_date=data.found_date,
        topic=data.topic,
        severity=data.severity,
        description=data.description.strip(),
        deadline=data.deadline,
        status=FindingStatus.OPEN,
    )
    session.add(finding)
    session.flush()
    return get_finding(session, user, finding.id)


def update_finding(
    session: Session,
    user: User,
    finding_id: int,
    data: FindingInput,
    today: date,
    *,
    seen_version: int | None = None,
) -> FindingRow:
    """Correct a finding not yet verified. Its deduction, if any, is not re-booked: void it
    and book again if the correction changes who or how much. ``seen_version`` is the
    finding's row_version in the user's form: a finding changed since is not overwritten."""
    user = require_keeper(session, user)
    finding = _load(session, finding_id)
    require_seen(session, finding, seen_version)
    _require(finding, EDIT)
    errors, unit_id = validate_finding(session, data, today)
    raise_if(errors)
    assert data.found_date is not None and data.severity is not None
    finding.inspection_id = data.inspection_id
    finding.unit_id = unit_id
    finding.person_id = data.person_id
    finding.found_date = data.found_date
    finding.topic = data.topic
    finding.severity = data.severity
    finding.description = data.description.strip()
    finding.deadline = data.deadline
    session.flush()
    return get_finding(session, user, finding.id)


def _step_date(errors: list[FieldError], on: date | None, after: date | None, today: date) -> None:
    if on is None:
        errors.append(FieldError("date", _t("Give the date.")))
    elif on > today:
        errors.append(FieldError("date", _t("The date is in the future.")))
    elif after is not None and on < after:
        errors.append(
            FieldError(
                "date", _t("The date is before the previous step ({date}).").format(date=after)
            )
        )


def assign_finding(
    session: Session,
    user: User,
    finding_id: int,
    on: date | None,
    deadline: date | None,
    today: date,
    *,
    seen: FindingStatus | None = None,
) -> FindingRow:
    """交办: hand the finding to the responsible unit with a deadline for rectification."""
    user = require_keeper(session, user)
    finding = _load(session, finding_id)
    require_status(session, finding, seen)
    _require(finding, ASSIGN)
    errors: list[FieldError] = []
    _step_date(errors, on, finding.found_date, today)
    deadline = deadline or finding.deadline
    if deadline is None:
        errors.append(FieldError("deadline", _t("Give the deadline for rectification.")))
    elif on is not None and deadline < on:
        errors.append(FieldError("deadline", _t("The deadline is before the date assigned.")))
    raise_if(errors)
    finding.status = FindingStatus.ASSIGNED
    finding.assigned_date = on
    finding.deadline = deadline
    session.flush()
    return get_finding(session, user, finding.id)


def rectify_finding(
    session: Session,
    user: User,
    finding_id: int,
    on: date | None,
    what: str,
    today: date,
    *,
    seen: FindingStatus | None = None,
) -> FindingRow:
    """整改: record what the unit did and when. A sent-back finding is rectified again."""
    user = require_keeper(session, user)
    finding = _load(session, finding_id)
    require_status(session, finding, seen)
    _require(finding, RECTIFY)
    errors: list[FieldError] = []
    _step_date(errors, on, finding.assigned_date, today)
    if not what.strip():
        errors.append(FieldError("rectification", _t("Say what was done to rectify it.")))
    raise_if(errors)
    finding.status = FindingStatus.RECTIFIED
    finding.rectified_date = on
    finding.rectification = what.strip()
    session.flush()
    return get_finding(session, user, finding.id)


def verify_finding(
    session: Session,
    user: User,
    finding_id: int,
    on: date | None,
    today: date,
    note: str | None = None,
    *,
    seen: FindingStatus | None = None,
) -> FindingRow:
    """复核通过: the check found the rectification done. The loop is closed."""
    user = require_keeper(session, user)
    finding = _load(session, finding_id)
    require_status(session, finding, seen)
    _require(finding, VERIFY)
    errors: list[FieldError] = []
    _step_date(errors, on, finding.rectified_date, today)
    raise_if(errors)
    finding.status = FindingStatus.VERIFIED
    finding.verified_date = on
    finding.verified_by_id = user.id
    finding.review_note = clean(note)
    session.flush()
    return get_finding(session, user, finding.id)


def send_back_finding(
    session: Session,
    user: User,
    finding_id: int,
    reason: str,
    today: date,
    deadline: date | None = None,
    *,
    seen: FindingStatus | None = None,
) -> FindingRow:
    """The check found the rectification wanting: back to the unit, optionally with a new
    deadline. It is overdue again once the deadline passes."""
    user = require_keeper(session, user)
    finding = _load(session, finding_id)
    require_status(session, finding, seen)
    _require(finding, SEND_BACK)
    errors: list[FieldError] = []
    if not reason.strip():
        errors.append(FieldError("reason", _t("Say why the rectification is not accepted.")))
    if deadline is not None and deadline < today:
        errors.append(FieldError("deadline", _t("The new deadline has already passed.")))
    raise_if(errors)
    finding.status = FindingStatus.SENT_BACK
    finding.review_note = reason.strip()
    if deadline is not None:
        finding.deadline = deadline
    session.flush()
    return get_finding(session, user, finding.id)


def void_finding(
    session: Session,
    user: User,
    finding_id: int,
    reason: str,
    *,
    seen: FindingStatus | None = None,
) -> FindingRow:
    """Void a finding recorded in error; its deduction is voided with the same reason (the
    entries service refuses if that deduction's month is finalised)."""
    user = require_keeper(session, user)
    finding = _load(session, finding_id)
    require_status(session, finding, seen)
    _require(finding, VOID)
    if not reason.strip():
        raise ValidationError([FieldError("reason", _t("Give the reason."))])
    finding.status = FindingStatus.VOID
    finding.void_reason = reason.strip()
    event = session.get(PointEvent, finding.point_event_id) if finding.point_event_id else None
    if event is not None and event.status in (EventStatus.PENDING, EventStatus.APPROVED):
        close_event(session, user, event.id, EventStatus.VOID, reason)
    session.flush()
    return get_finding(session, user, finding.id)


def default_deduction_rule(session: Session, severity: Severity, on: date) -> Rule | None:
    """The rule in force on the date under which a finding of this severity is deducted:
    the default catalogue's code for the severity, else nothing (the user chooses)."""
    rule_id = session.scalar(
        select(Rule.id).where(
            Rule.code == SEVERITY_RULE[severity],
            Rule.category == RuleCategory.SUPERVISION_FINDING,
        )
    )
    if rule_id is None:
        return None
    rule = rule_in_force(session, rule_id, on)
    if rule is not None:
        return rule
    # Another rule set may be in force on that date, with the same code.
    for other in session.scalars(select(Rule.id).where(Rule.code == SEVERITY_RULE[severity])):
        rule = rule_in_force(session, other, on)
        if rule is not None:
            return rule
    return None


def book_deduction(
    session: Session,
    user: User,
    finding_id: int,
    today: date,
    rule_id: int | None = None,
    quantity: Decimal | int = 1,
    *,
    seen: FindingStatus | None = None,
) -> FindingRow:
    """Book the finding's deduction, dated the day it was found, against the person (or the
    unit when no person is named), and link the two. Refused in a finalised month.

    The button is offered only for a finding without a live deduction, so a caller that
    states ``seen`` saw none: if one is there now, another desktop booked it meanwhile,
    and that is a conflict (who booked it), not the user's mistake."""
    user = require_keeper(session, user)
    finding = _load(session, finding_id)
    require_status(session, finding, seen)
    _require(finding, DEDUCT)
    current = session.get(PointEvent, finding.point_event_id) if finding.point_event_id else None
    if current is not None and current.status in (EventStatus.PENDING, EventStatus.APPROVED):
        if seen is not None:
            raise describe_change(session, Finding.__tablename__, finding.id)
        raise ValidationError([FieldError("status", _t("This finding already has its deduction."))])
    if rule_id is None:
        rule = default_deduction_rule(session, finding.severity, finding.found_date)
        if rule is None:
            raise ValidationError(
                [
                    FieldError(
                        "rule",
                        _t("No rule {code} is in force on {date}; choose the rule.").format(
                            code=SEVERITY_RULE[finding.severity], date=finding.found_date
                        ),
                    )
                ]
            )
        rule_id = rule.id
    entry = EntryInput(
        rule_id=rule_id,
        event_date=finding.found_date,
        quantity=quantity,
        person_ids=[finding.person_id] if finding.person_id is not None else [],
        unit_id=finding.unit_id if finding.person_id is None else None,
        note=f"{finding.topic}：{finding.description}"[:500],
    )
    (event,) = add_entries(
        session, user, entry, today, EventSource.INSPECTION_FINDING, finding_ref(finding.id)
    )
    finding.point_event_id = event.id
    session.flush()
    return get_finding(session, user, finding.id)
