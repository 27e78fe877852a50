"""``ducha import KIND FILE [--dry-run]`` and ``ducha template KIND -o FILE.xlsx``.

An import checks the whole file first: any bad row and nothing is written; every problem
is printed as "row N, column X: reason" on stderr and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from console.core.i18n import tr_context
from console.core.imports.registry import KINDS, importer

_t = tr_context("cli")

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
# A file of 100,000 bad rows lists the first problems, not 37 MB of them: the rest are
# almost always the same mistake repeated.
ERRORS_SHOWN = 200


def _importers() -> dict[str, tuple[Callable[..., Sequence[Any]], Callable[..., Any]]]:
    return {kind: importer(kind) for kind in IMPORT_KINDS}


IMPORT_KINDS = KINDS


def add_parsers(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    i = sub.add_parser(
        "import", parents=[db_parent], help=_t("import a file (.xlsx or .csv); all or nothing")
    )
    i.add_argument("kind", choices=IMPORT_KINDS)
    i.add_argument("file", type=Path)
    i.add_argument(
        "--dry-run", action="store_true", help=_t("check the file and report, save nothing")
    )
    roster = i.add_argument_group(_t("roster"))
    roster.add_argument(
        "--effective",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=_t("roster: the date transfers and departures take effect (default: today)"),
    )
    roster.add_argument(
        "--create-units",
        action="store_true",
        help=_t("roster: create the units the file names and the bureau lacks"),
    )
    roster.add_argument(
        "--deactivate-missing",
        action="store_true",
        help=_t("roster: mark people not in the file as left on the effective date"),
    )
    t = sub.add_parser(
        "template", parents=[db_parent], help=_t("write a blank import template (.xlsx)")
    )
    t.add_argument("kind", choices=IMPORT_KINDS)
    t.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _t("not a date: {value} (write 2026-11-01)").format(value=text)
        ) from None


def _options(args: argparse.Namespace) -> object:
    """The roster's choices; other kinds have none."""
    if args.kind != "roster":
        return None
    from console.core.imports.roster import RosterOptions

    return RosterOptions(
        effective=args.effective,
        create_units=args.create_units,
        deactivate_missing=args.deactivate_missing,
    )


def error_line(field: str, message: str, row: int | None) -> str:
    if row is None:
        return message
    if field in ("file", "header"):
        return _t("row {row}: {message}").format(row=row, message=message)
    return _t("row {row}, column {column}: {message}").format(
        row=row, column=field, message=message
    )


def print_errors(errors: Sequence[Any], file: Path, limit: int = ERRORS_SHOWN) -> None:
    """The first ``limit`` problems, a count of the rest, and the summary line (stderr)."""
    lines = [error_line(e.field, e.message, e.row) for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(_t("… and {n} more").format(n=len(errors) - limit))
    if len(errors) == 1 and errors[0].row is None:
        # One problem of the whole file (damaged, wrong encoding): one message, which
        # names the file itself when it is about the file.
        only = errors[0]
        message = only.message if only.field == "file" else f"{file}: {only.message}"
        lines = ["ducha: " + message]
    else:
        lines.append(
            _t("ducha: {file}: nothing was imported ({n} problems found).").format(
                file=file, n=len(errors)
            )
        )
    sys.stderr.write("\n".join(lines) + "\n")


def run_import(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.errors import DuchaError, ValidationError
    from console.core.imports.registry import import_rows
    from console.core.workspace import Workspace

    read, _load = _importers()[args.kind]
    if args.kind != "roster" and (args.effective or args.create_units or args.deactivate_missing):
        message = _t("--effective, --create-units and --deactivate-missing are for the roster")
        print(f"ducha: {message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        rows = read(args.file)
        # One transaction through the Workspace: the whole file, or nothing of it.
        summary = import_rows(
            Workspace(database, user),
            args.kind,
            rows,
            date.today(),
            dry_run=args.dry_run,
            source=args.file.name,
            options=_options(args),
        )
    except ValidationError as exc:
        print_errors(exc.errors, args.file)
        if args.kind == "roster":
            _hint_create_units(exc.errors)
        return EXIT_BAD_INPUT
    except DuchaError as exc:
        print(f"ducha: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(_t("Rows read: {n}").format(n=summary.rows_read))
    if args.kind == "roster":
        from console.commands.roster_plan import print_plan

        print_plan(summary)
        return EXIT_OK
    if args.kind == "attendance":
        _print_attendance(summary)
        return EXIT_OK
    if args.kind == "findings":
        _print_findings(summary)
        return EXIT_OK
    months = ", ".join(str(m) for m in summary.months)
    print(
        _t("Point events created: {n} ({pending} pending approval), {points} points").format(
            n=summary.created, pending=summary.pending, points=summary.points
        )
    )
    print(_t("Earlier events replaced (voided): {n}").format(n=summary.replaced))
    if months:
        print(_t("Months: {months}").format(months=months))
    if not summary.written:
        print(_t("Dry run: the file is valid; nothing was saved."))
    return EXIT_OK


def _hint_create_units(errors: Sequence[Any]) -> None:
    """The core says "choose to create missing units"; here that choice is a flag."""
    from console.core.imports.roster import MissingUnit

    if any(isinstance(e, MissingUnit) for e in errors):
        hint = _t("--create-units creates the missing units under the bureau.")
        print(f"ducha: {hint}", file=sys.stderr)


def _print_attendance(summary: Any) -> None:
    print(
        _t("Attendance marks: {created} added, {updated} replaced, in {sessions} sessions").format(
            created=summary.created, updated=summary.updated, sessions=summary.sessions
        )
    )
    print(_t("Hours credited by the file: {hours}").format(hours=f"{summary.hours:g}"))
    print(
        _t("Absence deductions: {booked} booked, {voided} voided").format(
            booked=summary.deductions_booked, voided=summary.deductions_voided
        )
    )
    if not summary.written:
        print(_t("Dry run: the file is valid; nothing was saved."))


def _print_findings(summary: Any) -> None:
    print(_t("Findings recorded: {n}").format(n=summary.findings))
    print(
        _t("Deductions booked: {n} ({pending} pending approval), {points} points").format(
            n=summary.deductions, pending=summary.pending, points=summary.points
        )
    )
    if not summary.written:
        print(_t("Dry run: the file is valid; nothing was saved."))


def run_template(args: argparse.Namespace) -> int:
    from exports.templates_xlsx import write_template

    try:
        target = write_template(args.kind, args.output)
    except OSError as exc:
        print(
            "ducha: "
            + _t("cannot write {path}: {error}").format(
                path=args.output, error=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    print(_t("Template written to {path}").format(path=target))
    return EXIT_OK
