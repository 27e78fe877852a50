"""The import kinds, for the CLI and the GUI alike: kind → (read the file, import rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from console.core.imports.summary import CheckedOnly
from console.core.workspace import Workspace

KINDS = (
    "cases",
    "events",
    "attendance",
    "findings",
)  # argparse needs the names before anything is imported


def importer(kind: str) -> tuple[Callable[..., Sequence[Any]], Callable[..., Any]]:
    """(read_x(path) → rows, import_x(session, user, rows, today, dry_run=…) → summary)."""
    from console.core.imports.attendance import import_attendance, read_attendance
    from console.core.imports.cases import import_cases, read_cases
    from console.core.imports.events import import_events, read_events
    from console.core.imports.findings import import_findings, read_findings

    table: dict[str, tuple[Callable[..., Sequence[Any]], Callable[..., Any]]] = {
        "cases": (read_cases, import_cases),
        "events": (read_events, import_events),
        "attendance": (read_attendance, import_attendance),
        "findings": (read_findings, import_findings),
    }
    return table[kind]


def import_rows(
    workspace: Workspace,
    kind: str,
    rows: Sequence[Any],
    today: date,
    *,
    dry_run: bool = False,
    source: str | None = None,
) -> Any:
    """Import rows already read, as the workspace's user: one transaction, all or nothing.

    A check (``dry_run``) runs the same service in the same kind of transaction and always
    ends it by raising, so the Workspace rolls back whatever the check wrote: a check never
    saves anything, whichever importer it is.
    """
    _, load = importer(kind)
    if workspace.user is None:
        raise ValueError("an import needs a signed-in user")
    if not dry_run:
        return workspace.run(load, workspace.user, rows, today, source=source)
    try:
        workspace.run(_check_only, load, workspace.user, rows, today, source)
    except CheckedOnly as done:
        return done.summary
    raise AssertionError("unreachable: a check always ends by raising CheckedOnly")


def _check_only(
    session: Session,
    load: Callable[..., Any],
    user: Any,
    rows: Sequence[Any],
    today: date,
    source: str | None,
) -> None:
    summary = load(session, user, rows, today, dry_run=True, source=source)
    raise CheckedOnly(summary)
