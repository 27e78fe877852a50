"""The import kinds, for the CLI and the GUI alike: kind → (read the file, import rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

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
