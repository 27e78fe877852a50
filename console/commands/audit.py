"""``ducha audit verify``, second half: are the records as the audit log says they are?

The chain check (in ``console.cli``) proves the log itself is whole; this compares every
audited record with its last image in the log (``console.core.tamper``) and prints each
record changed, added or deleted outside the application.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.core.database import DatabaseError
from console.core.i18n import tr_context
from console.core.tamper import Difference, StateCheck, check_state
from console.core.tamper_words import describe, lines, notes
from db.backup import open_readonly

_t = tr_context("cli")

# Differences printed on the terminal; --json lists every one kept.
SHOWN = 200


def check_file(path: Path) -> StateCheck:
    """The state check on a database file, read-only (as the chain check reads it)."""
    from db.migrate import current_revision, head_revision

    try:
        engine = open_readonly(path)
        try:
            if current_revision(engine) != head_revision(engine):
                # Its records' columns are not the ones this version compares.
                raise DatabaseError(
                    _t(
                        "{path} was made by another version of Ducha: open it once with "
                        "this version to bring it up to date (a backup is taken first), "
                        "then check it."
                    ).format(path=path)
                )
            with Session(engine) as session:
                # One snapshot for the whole check (the driver would begin none for reads).
                session.connection().exec_driver_sql("BEGIN")
                return check_state(session)
        finally:
            engine.dispose()
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise DatabaseError(
            _t("{path} cannot be read: {error}").format(path=path, error=exc)
        ) from exc


def check_database(database: Any, user: Any) -> StateCheck:
    from console.core.workspace import Workspace

    result: StateCheck = Workspace(database, user).read(check_state)
    return result


def _json_value(value: Any) -> Any:
    plain = value is None or isinstance(value, bool | int | float | str | list)
    return value if plain else str(value)


def _difference(d: Difference) -> dict[str, Any]:
    return {
        "table": d.table,
        "id": d.key,
        "kind": d.kind,
        "field": d.field,
        "expected": _json_value(d.expected),
        "found": _json_value(d.found),
        "message": describe(d),
    }


def as_json(check: StateCheck) -> dict[str, Any]:
    return {
        "records": check.records,
        "log_missing": check.log_missing,
        "differences_total": check.total,
        "unlogged": check.unlogged,
        "unverifiable": check.unverifiable,
        "differences": [_difference(d) for d in check.differences],
    }


def print_state(check: StateCheck) -> None:
    for line in notes(check):
        print(line)
    if check.ok:
        print(_t("Records match the audit log: {n} checked.").format(n=check.records))
        return
    for line in lines(check, SHOWN):
        print(line)
