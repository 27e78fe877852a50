"""The import kinds, for the CLI and the GUI alike: each is one module whose ``SPEC`` (an
``ImportSpec``) declares it; its pipeline (``ImportSpec.run``) runs them all the same way."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from console.core.imports.driver import ImportSpec
from console.core.imports.summary import CheckedOnly
from console.core.workspace import Workspace

# Kind (as on the command line) → the module that declares it. Adding a kind is adding
# its module and its line here.
SPEC_MODULES: dict[str, str] = {
    "cases": "console.core.imports.cases",
    "events": "console.core.imports.events",
    "attendance": "console.core.imports.attendance",
    "findings": "console.core.imports.findings",
    "roster": "console.core.imports.roster",
}
KINDS = tuple(SPEC_MODULES)  # argparse needs the names before any spec is imported


def spec(kind: str) -> ImportSpec[Any, Any, Any, Any]:
    found = importlib.import_module(SPEC_MODULES[kind]).SPEC
    assert isinstance(found, ImportSpec)
    return found


def importer(kind: str) -> tuple[Callable[..., Sequence[Any]], Callable[..., Any]]:
    """(read(path) → rows, run(session, user, rows, today, dry_run=…, source=…) → summary)."""
    found = spec(kind)
    return found.read, found.run


def import_rows(
    workspace: Workspace,
    kind: str,
    rows: Sequence[Any],
    today: date,
    *,
    dry_run: bool = False,
    source: str | None = None,
    options: object = None,
) -> Any:
    """Import rows already read, as the workspace's user: one transaction, all or nothing.

    A check (``dry_run``) runs the same pipeline in the same kind of transaction, which
    always ends it by raising CheckedOnly, so the Workspace rolls back whatever the check
    wrote: a check never saves anything, whichever kind it is.
    """
    found = spec(kind)
    return run_rows(workspace, found, rows, today, dry_run=dry_run, source=source, options=options)


def run_rows(
    workspace: Workspace,
    kind: ImportSpec[Any, Any, Any, Any],
    rows: Sequence[Any],
    today: date,
    *,
    dry_run: bool = False,
    source: str | None = None,
    options: object = None,
) -> Any:
    """``import_rows`` for a spec at hand (the rule catalogue's, bound to its rule set)."""
    if workspace.user is None:
        raise ValueError("an import needs a signed-in user")
    if not dry_run:
        return workspace.run(kind.run, workspace.user, rows, today, source=source, options=options)
    try:
        workspace.run(
            kind.run, workspace.user, rows, today, dry_run=True, source=source, options=options
        )
    except CheckedOnly as done:
        return done.summary
    raise AssertionError("unreachable: a check always ends by raising CheckedOnly")
