"""The link between an integrity record and the deduction booked from it.

A finding or a complaint holds the id of its point entry (``point_event_id``); the entry
says where it came from (``source``, ``source_ref``). Voiding either voids the other with
the same reason, so the points and the record never tell different stories.

This module imports nothing from the scoring services: the entries service calls it when
an entry is voided, and the integrity services call the entries service.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.integrity import Complaint, Finding
from glossary import ComplaintOutcome, FindingStatus


def finding_ref(finding_id: int) -> str:
    return f"finding-{finding_id}"


def complaint_ref(complaint_id: int) -> str:
    return f"complaint-{complaint_id}"


def case_review_ref(review_id: int) -> str:
    return f"case_review-{review_id}"


def void_linked_records(session: Session, event_id: int, reason: str) -> None:
    """The entry ``event_id`` was voided: void the finding or complaint it was booked from.

    Runs inside the caller's transaction (the audit hook records the change with it).
    """
    for finding in session.scalars(select(Finding).where(Finding.point_event_id == event_id)):
        if finding.status != FindingStatus.VOID:
            finding.status = FindingStatus.VOID
            finding.void_reason = reason
    for complaint in session.scalars(select(Complaint).where(Complaint.point_event_id == event_id)):
        if complaint.outcome != ComplaintOutcome.VOID:
            complaint.outcome = ComplaintOutcome.VOID
            complaint.void_reason = reason
