"""Every export and print of the bureau's records is an audited event (GB/T 22239: who
took which personal data out, and when). The monthly bulletin records its own print
event with its verification code (console.core.paper_code); the audit log's export its
own too (console.core.audit_log); everything else goes through ``record_export``."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from console.core.permissions import require_user
from console.core.user import User
from db.audit import record_event

EXPORT_SUBJECT = "export"


def record_export(
    session: Session, user: User | None, document: str, path: Path, rows: int | None = None
) -> None:
    """Record that ``user`` wrote ``document`` (what it is, in the user's words, e.g. the
    report's title) to ``path``. A preview is a print to screen: recorded as well."""
    require_user(user)
    details: dict[str, object] = {"document": document, "file": path.name, "result": "ok"}
    if rows is not None:
        details["rows"] = rows
    record_event(session, EXPORT_SUBJECT, details)
