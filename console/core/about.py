"""What the About box and support need to know about the open database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy.orm import Session

from db.engine import describe


@dataclass(frozen=True)
class DatabaseFacts:
    where: str  # the file, or the server URL without its password
    size_bytes: int | None  # a file's size; None for a server database
    schema: int | None  # the schema's number: migrations are numbered 0001, 0002, …


def database_facts(session: Session) -> DatabaseFacts:
    """A read service: ``ws.read(database_facts)``."""
    url = session.get_bind().engine.url
    size = None
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        size = path.stat().st_size if path.is_file() else None
    revision = MigrationContext.configure(session.connection()).get_current_revision()
    number = revision.split("_", 1)[0] if revision else ""
    return DatabaseFacts(describe(url), size, int(number) if number.isdigit() else None)
