"""Facts about the open database for the Settings page: where it is, its schema, its size."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.audit import AuditLog
from db.engine import describe
from db.migrate import current_revision
from db.org import Person
from db.scoring import PointEvent


@dataclass(frozen=True)
class DatabaseInfo:
    backend: str  # "sqlite" or "postgresql"
    description: str  # file path, or the URL without its password
    schema_revision: str | None
    people: int
    point_events: int
    audit_rows: int

    @property
    def can_back_up(self) -> bool:
        # A shared PostgreSQL server is backed up by the bureau's own tools (pg_dump).
        return self.backend == "sqlite"


def database_info(session: Session) -> DatabaseInfo:
    """Facts about the database behind ``session`` (run it as a read)."""
    engine = session.get_bind().engine
    people, events, audit = session.execute(
        select(
            select(func.count(Person.id)).scalar_subquery(),
            select(func.count(PointEvent.id)).scalar_subquery(),
            select(func.count(AuditLog.id)).scalar_subquery(),
        )
    ).one()
    return DatabaseInfo(
        backend=engine.url.get_backend_name(),
        description=describe(engine.url),
        schema_revision=current_revision(engine),
        people=int(people),
        point_events=int(events),
        audit_rows=int(audit),
    )
