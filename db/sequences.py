"""Keep PostgreSQL id sequences ahead of rows that were inserted with explicit ids."""

from __future__ import annotations

from sqlalchemy import Integer, text
from sqlalchemy.orm import Session

from db.models import Base


def sync_sequences(session: Session) -> None:
    """After a bulk load with explicit ids, move each sequence past the table's largest id.

    SQLite needs nothing (it takes max(id) + 1); on PostgreSQL the next ordinary insert
    would otherwise collide with a loaded row.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        name, column = table.name, pk[0].name
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'), "
                f"COALESCE((SELECT MAX({column}) FROM {name}), 0) + 1, false)"
            )
        )
