"""Deductions that training feeds into the points review: an unexcused absence (PX03) and
a failed exam (PX02) of the rule catalogue, when the bureau's training settings say so.

They are derived records: each session's (or exam's) deductions are kept in step with its
attendance (or scores) every time these are saved — booked for whoever is now absent or
failed, voided (kept, with the reason) for whoever no longer is. They are point events
like any other (source "training"), so a finalised month refuses the change instead of
changing silently.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.i18n import tr_context
from console.core.imports.checks import RuleIndex, points_for
from console.core.policy import needs_approval
from console.core.scoring.locking import refuse_if_locked
from console.core.training.requirements import load_training_settings
from db.base import utcnow
from db.scoring import PointEvent
from db.training import Attendance, TrainingSession
from glossary import AttendanceStatus, EventSource, EventStatus

_t = tr_context("training")

ABSENCE_RULE = "PX03"  # 无故缺席培训
FAILED_EXAM_RULE = "PX02"  # 业务考试不合格


@dataclass(frozen=True)
class DeductionSync:
    booked: int
    voided: int
    missing_rule: str | None = None  # the code not in force, when none could be booked


def sync_deductions(
    session: Session,
    user: User,
    *,
    code: str,
    ref: str,
    day: date,
    person_ids: Collection[int],
    note: str,
) -> DeductionSync:
    """Make the live events of ``ref`` exactly one per person in ``person_ids``, on ``day``.

    Flushes, never commits: the caller's transaction holds the attendance (or scores) and
    their deductions together. Raises ValidationError if a finalised month would change.
    """
    live = list(
        session.scalars(
            select(PointEvent).where(
                PointEvent.source == EventSource.TRAINING,
                PointEvent.source_ref == ref,
                PointEvent.status.in_([EventStatus.APPROVED, EventStatus.PENDING]),
            )
        )
    )
    wanted = set(person_ids)
    keep = {e.person_id for e in live if e.person_id in wanted and e.event_date == day}
    stale = [e for e in live if e.person_id not in keep or e.event_date != day]
    # A second live event of the same person (should one exist) is stale as well.
    seen: set[int | None] = set()
    for e in live:
        if e not in stale:
            if e.person_id in seen:
                stale.append(e)
            seen.add(e.person_id)
    # A deduction someone voided or rejected by hand stays so: saving the session again
    # (for another person's mark, say) must not book it anew behind the supervisor's
    # back. Those this sync voided itself carry no decider (the audit log has who saved),
    # so a mark or pass mark changed back books the deduction again.
    closed = set(
        session.scalars(
            select(PointEvent.person_id).where(
                PointEvent.source == EventSource.TRAINING,
                PointEvent.source_ref == ref,
                PointEvent.event_date == day,
                PointEvent.status.in_([EventStatus.VOID, EventStatus.REJECTED]),
                PointEvent.decided_by_id.is_not(None),
            )
        )
    )
    new = sorted(wanted - keep - closed)
    for e in stale:
        refuse_if_locked(session, e.event_date)
    missing = None
    rule = None
    if new:
        refuse_if_locked(session, day)
        rule = RuleIndex(session, [code]).in_force(code, day)
        if rule is None:
            missing, new = code, []
    now = utcnow()
    reason = _t("training record corrected on {date}").format(date=now.date().isoformat())
    for e in stale:
        e.status = EventStatus.VOID
        e.reason = reason
        e.decided_by_id = None  # voided by the correction, not decided by a person
        e.decided_at = now
    if rule is not None and new:
        # The shared rule (console.core.policy). These entries are still written here
        # rather than through the scoring area's one entry-creating function: they are
        # derived records kept in step with the marks, voided and re-booked by this sync.
        pending = needs_approval(rule.needs_approval, user.role)
        quantity = Decimal(1)
        session.add_all(
            PointEvent(
                person_id=pid,
                unit_id=None,
                event_date=day,
                rule_id=rule.id,
                quantity=quantity,
                points=points_for(quantity, rule),
                note=note[:200] or None,
                source=EventSource.TRAINING,
                source_ref=ref,
                recorded_by_id=user.id,
                status=EventStatus.PENDING if pending else EventStatus.APPROVED,
            )
            for pid in new
        )
    session.flush()
    return DeductionSync(len(new), len(stale), missing)


def session_ref(session_id: int) -> str:
    return f"training-{session_id}"


def sync_absence_deductions(
    session: Session, user: User, ts: TrainingSession
) -> DeductionSync | None:
    """Book PX03 for each unexcused absence of the session, per the bureau's setting."""
    if not load_training_settings(session).deduct_absence:
        return None
    absent = session.scalars(
        select(Attendance.person_id).where(
            Attendance.session_id == ts.id, Attendance.status == AttendanceStatus.ABSENT
        )
    ).all()
    return sync_deductions(
        session,
        user,
        code=ABSENCE_RULE,
        ref=session_ref(ts.id),
        day=ts.session_date,
        person_ids=absent,
        note=ts.title,
    )
