"""What other desktops changed since we last looked.

The audit log already holds every committed change, in order, on both databases: its
newest id is the change counter. A desktop polls it every few seconds (an indexed
``max(id)``, well under a millisecond) and reloads the areas whose tables changed. This
works the same on SQLite files shared by several processes and on PostgreSQL, with no
server push to set up.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.core.errors import DuchaError
from console.core.i18n import tr_context
from db.audit import AuditLog

_t = tr_context("changes")

# The area a page listens for (AppContext.data_changed) by the table that changed.
AREA_OF_TABLE = {
    "person": "people",
    "person_transfer": "people",
    "unit": "units",
    "user_account": "accounts",
    "point_event": "points",
    "period_lock": "points",
    "monthly_result": "points",
    "rule": "rules",
    "rule_set": "rules",
    "setting": "settings",
    "inspection": "integrity",
    "finding": "integrity",
    "complaint": "integrity",
    "case_review": "integrity",
    "risk_point": "integrity",
    "pledge": "integrity",
    "integrity_talk": "integrity",
    "major_matter_report": "integrity",
    "warning": "warnings",
    "training_session": "training",
    "attendance": "training",
    "exam": "training",
    "exam_result": "training",
    "certificate": "training",
}


class ChangesUnavailable(DuchaError):
    """The database did not answer; the next look may succeed."""


@dataclass(frozen=True)
class Changes:
    head: int  # the newest audit id seen: pass it back next time
    areas: frozenset[str]  # what others changed since the previous head


def audit_head(session: Session) -> int:
    return session.scalar(select(func.max(AuditLog.id))) or 0


def changes_since(session: Session, after: int, own_user_id: int | None) -> Changes:
    """The areas that others (not ``own_user_id``) changed after audit id ``after``.

    This desktop's own changes are announced by the page that made them; counting them
    again would reload twice.
    """
    try:
        head = audit_head(session)
        if head <= after:
            return Changes(head, frozenset())
        query = select(AuditLog.table_name).where(AuditLog.id > after).distinct()
        if own_user_id is not None:
            query = query.where(or_(AuditLog.user_id.is_(None), AuditLog.user_id != own_user_id))
        tables = session.scalars(query).all()
    except SQLAlchemyError as exc:
        raise ChangesUnavailable(
            _t("The database cannot be reached; changes from other desktops are not shown.")
        ) from exc
    return Changes(head, frozenset(AREA_OF_TABLE.get(t, t) for t in tables))
