"""``ducha rules export FILE`` and ``ducha rules import FILE [--dry-run]``: the rule
catalogue (考核细则) in and out of Excel, in the rule catalogue window's own format.

The file an export writes imports back unchanged. An import is checked whole first, as
every import is: any bad row and nothing is written, and the problems are printed as
"row N, column X: reason" (the first 200, and how many more). Rules are matched by code
within the rule set: a known code is updated, a new one added, none removed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from console.commands.imports import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, print_errors
from console.core.i18n import tr_context

_t = tr_context("cli")


def add_parser(sub: Any, db_parent: argparse.ArgumentParser, parser_class: type) -> None:
    from console.commands.imports import _iso_date

    r = sub.add_parser("rules", help=_t("the rule catalogue in and out of Excel"))
    rsub = r.add_subparsers(dest="rules_command", required=True, parser_class=parser_class)
    e = rsub.add_parser("export", parents=[db_parent], help=_t("write a rule set to an .xlsx file"))
    e.add_argument("file", type=Path, metavar="FILE.xlsx")
    e.add_argument(
        "--set", dest="rule_set", metavar="NAME", help=_t("the rule set (default: in force today)")
    )
    i = rsub.add_parser(
        "import",
        parents=[db_parent],
        help=_t("add and update rules from an .xlsx or .csv file; all or nothing"),
    )
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument(
        "--dry-run", action="store_true", help=_t("check the file and report, save nothing")
    )
    target = i.add_mutually_exclusive_group()
    target.add_argument(
        "--set", dest="rule_set", metavar="NAME", help=_t("the rule set (default: in force today)")
    )
    target.add_argument(
        "--new-set",
        metavar="NAME",
        help=_t("create a rule set of this name for the file's rules"),
    )
    i.add_argument(
        "--from",
        dest="effective_from",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=_t("with --new-set: the day it comes into force (default: 1 January this year)"),
    )
    i.add_argument(
        "--base-score",
        metavar="N",
        help=_t("with --new-set: every person's monthly base score (default: 100)"),
    )


def run(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.errors import DuchaError, ValidationError

    try:
        if args.rules_command == "export":
            return _export(args, database, user)
        return _import(args, database, user)
    except ValidationError as exc:
        print_errors(exc.errors, args.file)
        return EXIT_BAD_INPUT
    except DuchaError as exc:
        print(f"ducha: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _fail(message: str) -> int:
    print(f"ducha: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _rule_set(args: argparse.Namespace, workspace: Any, user: Any) -> Any:
    """The rule set named by --set, else the one in force today, else the newest; None
    (having said why) if there is none."""
    from console.core.scoring.rules import list_rule_sets

    sets = workspace.read(list_rule_sets, user)  # the newest first
    if args.rule_set is not None:
        found = [s for s in sets if s.name == args.rule_set.strip()]
        if not found:
            names = "、".join(s.name for s in sets) or _t("(none)")
            _fail(
                _t("No rule set is named {name}. The rule sets: {names}").format(
                    name=args.rule_set, names=names
                )
            )
            return None
        return found[0]
    today = date.today()
    in_force = next((s for s in sets if s.in_force_on(today)), None)
    if in_force is None and not sets:
        _fail(
            _t(
                "There is no rule set yet: import a catalogue with --new-set NAME, or set the "
                "bureau up with its defaults (ducha init)."
            )
        )
        return None
    return in_force or sets[0]


def _export(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.scoring.rules import list_rules
    from console.core.workspace import Workspace
    from exports.rules_xlsx import write_rules

    workspace = Workspace(database, user)
    rule_set = _rule_set(args, workspace, user)
    if rule_set is None:
        return EXIT_BAD_INPUT
    rules = workspace.read(list_rules, user, rule_set.id)
    target: Path = args.file
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    try:
        written = write_rules(rule_set, rules, target)
    except OSError as exc:
        return _fail(
            _t("cannot write {path}: {error}").format(path=target, error=exc.strerror or exc)
        )
    print(
        _t("{n} rules of {name} written to {path}").format(
            n=len(rules), name=rule_set.name, path=written
        )
    )
    return EXIT_OK


def _import(args: argparse.Namespace, database: Any, user: Any) -> int:
    from console.core.imports.registry import run_rows
    from console.core.imports.rules import NewRuleSet, RuleFileRow, RulesImport, read_rules
    from console.core.workspace import Workspace

    if args.new_set is None and (args.effective_from or args.base_score):
        print(f"ducha: {_t('--from and --base-score go with --new-set')}", file=sys.stderr)
        return EXIT_USAGE
    workspace = Workspace(database, user)
    # Every bad row of the file first, before anything is looked up.
    rows = read_rules(args.file)
    if args.new_set is not None:
        today = date.today()
        new_set = NewRuleSet(
            args.new_set,
            args.effective_from or date(today.year, 1, 1),
            args.base_score if args.base_score is not None else Decimal(100),
        )
        spec, into = RulesImport(new_set=new_set), args.new_set
    else:
        rule_set = _rule_set(args, workspace, user)
        if rule_set is None:
            return EXIT_BAD_INPUT
        spec, into = RulesImport(rule_set.id), rule_set.name
    summary = run_rows(
        workspace,
        spec,
        [RuleFileRow(r.row, r) for r in rows],
        date.today(),
        dry_run=args.dry_run,
        source=args.file.name,
    )
    print(_t("Rule set: {name}").format(name=into))
    print(
        _t("Rules: {added} added, {updated} updated, {unchanged} unchanged").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged
        )
    )
    if args.dry_run:
        print(_t("Dry run: the file is valid; nothing was saved."))
    return EXIT_OK
