"""The ``ducha`` command: the GUI by default, and the headless commands.

Exit codes: 0 ok, 1 bad input (the message says what and where), 2 usage error.
Headless commands that touch the bureau's records act as a signed-in account
(``--user NAME``; see console/commands/signin.py for which commands and why): holding
the database file is not a sign-in, and the audit log names the account, as it does for
the console.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

from console.commands.signin import SIGNED_IN_COMMANDS, SignInRefused, require_username
from console.core import i18n
from console.core.i18n import tr_context
from console.version import app_version

if TYPE_CHECKING:  # the commands import what they need when run: a quick start
    from sqlalchemy.orm import Session

    from console.core.database import Database
    from console.core.seal import SealStatus
    from console.core.user import User
    from db.audit import ChainBreak

_t = tr_context("cli")

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"ducha: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def demo_db_path() -> Path:
    from db.private import own_dir

    return own_dir(user_data_path("Ducha", appauthor=False, ensure_exists=True)) / (
        "demo/ducha-demo.sqlite3"
    )


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        default=default,
        help=_t("database file or URL (default: the user data folder)"),
    )


def _people_count(text: str) -> int:
    from console.core.demo import MIN_PEOPLE

    value = int(text)
    if value < MIN_PEOPLE:
        raise argparse.ArgumentTypeError(
            _t("at least {n} people (every unit needs a head and staff)").format(n=MIN_PEOPLE)
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="ducha", description=_t("Ducha supervisory console."))
    _db_option(p, None)
    # Each command takes --db too (after its name); SUPPRESS keeps the global value.
    db_parent = _Parser(add_help=False)
    _db_option(db_parent, argparse.SUPPRESS)
    p.add_argument("--lang", choices=i18n.LANGUAGES, help=_t("language of the interface"))
    # --lang may follow the command as well: ``ducha report training --lang en``.
    db_parent.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    # The account a command acts as; like --lang, before or after the command's name.
    p.add_argument(
        "--user",
        dest="as_user",
        metavar="NAME",
        help=_t("the account to act as (the password is asked, or read from DUCHA_PASSWORD)"),
    )
    db_parent.add_argument(
        "--user",
        dest="as_user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=_t("the account to act as (the password is asked, or read from DUCHA_PASSWORD)"),
    )
    p.add_argument("--version", action="version", version=f"Ducha {app_version()}")
    p.add_argument("--demo", action="store_true", help=_t("open on a fresh demo bureau"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", parents=[db_parent], help=_t("open the console (the default)"))

    from console.commands import setup

    setup.add_parser(sub, db_parent)

    d = sub.add_parser("demo", parents=[db_parent], help=_t("generate the demo bureau"))
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--people", type=_people_count, default=400)
    d.add_argument("--months", type=int, default=24)
    d.add_argument("--today", type=date.fromisoformat, help=_t("last day of demo activity"))
    d.add_argument("--force", action="store_true", help=_t("replace an existing demo file"))

    u = sub.add_parser("user", help=_t("manage accounts"))
    usub = u.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    ua = usub.add_parser("add", parents=[db_parent], help=_t("add an account"))
    ua.add_argument("username")
    ua.add_argument("--name", required=True, help=_t("display name"))
    ua.add_argument(
        "--role", required=True, choices=["admin", "supervisor", "squad_leader", "viewer"]
    )
    ua.add_argument("--unit", help=_t("unit name (required for a squad leader)"))
    ua.add_argument(
        "--password-stdin", action="store_true", help=_t("read the password from stdin")
    )
    usub.add_parser("list", parents=[db_parent], help=_t("list accounts"))

    from console.commands import score

    score.add_parser(sub, db_parent)

    from console.commands import training

    training.add_parser(sub, db_parent)

    from console.commands import candidates

    candidates.add_parser(sub, db_parent)

    from console.commands import integrity

    integrity.add_parser(sub, db_parent)

    from console.commands import contractors

    contractors.add_parser(sub, db_parent)

    from console.commands import stars

    stars.add_parser(sub, db_parent, _Parser)

    from console.commands import imports as import_commands

    import_commands.add_parsers(sub, db_parent)

    from console.commands import rules

    rules.add_parser(sub, db_parent, _Parser)

    from console.commands import report

    report.add_parser(sub, db_parent, _Parser)

    un = sub.add_parser("unit", help=_t("manage the unit tree"))
    unsub = un.add_subparsers(dest="unit_command", required=True, parser_class=_Parser)
    uadd = unsub.add_parser("add", parents=[db_parent], help=_t("add a unit"))
    uadd.add_argument("name")
    uadd.add_argument(
        "--kind",
        required=True,
        choices=["bureau", "squad", "department", "town_team", "branch"],
    )
    uadd.add_argument("--parent", help=_t("name of the unit it belongs to (not for the bureau)"))
    unsub.add_parser("list", parents=[db_parent], help=_t("list the units"))

    b = sub.add_parser("backup", parents=[db_parent], help=_t("copy the database to a backup file"))
    b.add_argument("-o", "--output-dir", type=Path)

    r = sub.add_parser(
        "restore", parents=[db_parent], help=_t("replace the database with a backup file")
    )
    r.add_argument("backup", type=Path, metavar="BACKUP")
    r.add_argument("--yes", action="store_true", help=_t("restore without asking to confirm"))
    r.add_argument(
        "-o",
        "--output-dir",
        type=Path,
        help=_t("where to keep the copy of the database being replaced"),
    )

    a = sub.add_parser("audit", help=_t("audit log"))
    asub = a.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    av = asub.add_parser(
        "verify",
        parents=[db_parent],
        help=_t("check the audit log's hash chain and that every record matches it"),
    )
    av.add_argument("--json", action="store_true")
    av.add_argument(
        "--expect",
        metavar="ID:HASH",
        help=_t("a head printed by an earlier verify: it must still be in the log"),
    )
    av.add_argument(
        "--against",
        type=Path,
        metavar="BACKUP",
        help=_t("a backup file: the log must still hold the backup's newest row"),
    )
    av.add_argument(
        "--code",
        metavar="CODE",
        help=_t("a printed bulletin's verification code: check the paper against the database"),
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    # Help texts are translated as the parser is built: the system's language first,
    # then --lang (parsed on its own beforehand) if given.
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=i18n.LANGUAGES)
    i18n.set_language(early.parse_known_args(argv)[0].lang)
    args = build_parser().parse_args(argv)
    global _chosen_language
    # Without --lang, commands speak the bureau's language once its database is open.
    _chosen_language = args.lang
    i18n.set_language(args.lang)
    try:
        if args.command in (None, "gui"):
            return _gui(args)
        if args.command in SIGNED_IN_COMMANDS:
            require_username(getattr(args, "as_user", None))
        handler = {
            "demo": _demo,
            "init": _init,
            "user": _user,
            "unit": _unit,
            "score": _score,
            "training": _training,
            "stars": _stars,
            "candidates": _candidates,
            "integrity": _integrity,
            "contractors": _contractors,
            "import": _import,
            "template": _template,
            "rules": _rules,
            "report": _report,
            "backup": _backup,
            "restore": _restore,
            "audit": _audit,
        }[args.command]
        return handler(args)
    except (_SignInFailed, SignInRefused) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # Output piped into `head` and the reader left: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _fail(message: str) -> int:
    print(f"ducha: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


class _SignInFailed(Exception):
    """The command's sign-in was refused: one line for the user, exit code 1."""


def _signed_in(args: argparse.Namespace, database: Database) -> User:
    """The account named by ``--user``, signed in on ``database``."""
    from console.commands.signin import sign_in
    from console.core.errors import DuchaError

    try:
        return sign_in(database, getattr(args, "as_user", None))
    except DuchaError as exc:
        raise _SignInFailed(str(exc)) from exc


_chosen_language: str | None = None  # --lang, for this run of the command


def _open(db_arg: str | None):  # type: ignore[no-untyped-def]
    """Open the database, and speak the bureau's language unless --lang chose one: a
    report written on a server whose locale is C.UTF-8 is still in Chinese."""
    from console.core.bureau import bureau_language
    from console.core.database import DatabaseError, network_share_warning, open_database
    from console.core.workspace import Workspace

    try:
        database = open_database(db_arg)
    except DatabaseError as exc:
        raise SystemExit(_fail(str(exc))) from exc
    if _chosen_language is None:
        i18n.set_language(Workspace(database, None).read(bureau_language))
    if warning := network_share_warning(database):
        print(_t("ducha: warning: {text}").format(text=warning), file=sys.stderr)
    return database


def _prepare_demo(
    db_arg: str | None, seed: int, people: int, months: int, today: date | None, force: bool
) -> tuple[str, int]:
    """Generate a demo bureau; returns (database, exit code)."""
    from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_workspace, generate_demo
    from console.core.errors import DuchaError

    target = db_arg
    if target is None:
        from db.private import private_dir

        path = demo_db_path()
        private_dir(path.parent)
        if path.exists() and not force:
            # ``ducha --demo`` always starts from a fresh bureau; the file is ours.
            force = True
        if force:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        target = str(path)
    database = _open(target)
    try:
        summary = demo_workspace(database).run(
            generate_demo, seed=seed, today=today or date.today(), people=people, months=months
        )
    except DuchaError as exc:
        return target, _fail(str(exc))
    finally:
        database.close()
    print(_t("Demo bureau generated in {db}").format(db=target))
    print(
        _t("{people} people, {units} units, {events} point events over {months} months").format(
            people=summary.counts.get("person", 0),
            units=summary.counts.get("unit", 0),
            events=summary.counts.get("point_event", 0),
            months=months,
        )
    )
    print(
        _t("Sign in as {user} with password {password}").format(
            user=DEMO_USERNAME, password=DEMO_PASSWORD
        )
    )
    return target, EXIT_OK


def _init(args: argparse.Namespace) -> int:
    from console.commands import setup

    password = _read_password(args.password_stdin)
    if password is None:
        return _fail(_t("the two passwords differ"))
    admin_password = None
    if args.sysadmin:  # the system administrator's own password: the next line, or asked
        if not args.password_stdin and sys.stdin.isatty():
            print(_t("The system administrator {user}:").format(user=args.sysadmin))
        admin_password = _read_password(args.password_stdin)
        if admin_password is None:
            return _fail(_t("the two passwords differ"))
    database = _open(args.db)
    try:
        return setup.run(args, database, password, admin_password)
    finally:
        database.close()


def _demo(args: argparse.Namespace) -> int:
    _, code = _prepare_demo(args.db, args.seed, args.people, args.months, args.today, args.force)
    return code


def _gui(args: argparse.Namespace) -> int:
    from console.gui_check import why_no_window

    if problem := why_no_window():  # before building a demo it could not show
        return _fail(problem)
    db_arg = args.db
    demo = bool(args.demo)
    if demo:
        db_arg, code = _prepare_demo(args.db, 2026, 400, 24, None, False)
        if code != EXIT_OK:
            return code
    from console.ui.app import run_gui

    return run_gui(db_arg, lang=args.lang, demo=demo)


def _user(args: argparse.Namespace) -> int:
    from console.core.accounts import list_accounts
    from console.core.auth import create_account
    from console.core.errors import DuchaError
    from console.core.units import find_unit
    from console.core.workspace import Workspace
    from glossary import Role

    database = _open(args.db)
    try:
        # Even the first account is not made here: an empty database is set up by
        # ``ducha init``, which names the bureau with its administrator.
        user = _signed_in(args, database)
        workspace = Workspace(database, user)
        if args.user_command == "list":
            for acc in workspace.read(list_accounts, user):
                state = "" if acc.active else _t(" (disabled)")
                print(f"{acc.username}\t{acc.display_name}\t{acc.role.value}{state}")
            return EXIT_OK
        unit_id = None
        if args.unit:
            unit_id = workspace.read(find_unit, args.unit)
            if unit_id is None:
                return _fail(_t("no unit named {name}").format(name=args.unit))
        password = _read_password(args.password_stdin, new_account=True)
        if password is None:
            return _fail(_t("the two passwords differ"))
        try:
            created = workspace.run(
                create_account, user, args.username, args.name, password, Role(args.role), unit_id
            )
        except DuchaError as exc:
            return _fail(str(exc))
        print(
            _t("Account {user} created ({role}).").format(
                user=created.username, role=created.role.value
            )
        )
        return EXIT_OK
    finally:
        database.close()


def _import(args: argparse.Namespace) -> int:
    from console.commands import imports

    database = _open(args.db)
    try:
        return imports.run_import(args, database, _signed_in(args, database))
    finally:
        database.close()


def _rules(args: argparse.Namespace) -> int:
    from console.commands import rules

    database = _open(args.db)
    try:
        return rules.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _template(args: argparse.Namespace) -> int:
    from console.commands import imports

    return imports.run_template(args)


def _report(args: argparse.Namespace) -> int:
    from console.commands import report

    database = _open(args.db)
    try:
        return report.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _score(args: argparse.Namespace) -> int:
    from console.commands import score

    database = _open(args.db)
    try:
        return score.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _integrity(args: argparse.Namespace) -> int:
    from console.commands import integrity

    database = _open(args.db)
    try:
        return integrity.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _contractors(args: argparse.Namespace) -> int:
    from console.commands import contractors

    database = _open(args.db)
    try:
        return contractors.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _training(args: argparse.Namespace) -> int:
    from console.commands import training

    database = _open(args.db)
    try:
        return training.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _stars(args: argparse.Namespace) -> int:
    from console.commands import stars

    database = _open(args.db)
    try:
        return stars.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _candidates(args: argparse.Namespace) -> int:
    from console.commands import candidates

    database = _open(args.db)
    try:
        return candidates.run(args, database, _signed_in(args, database))
    finally:
        database.close()


def _unit(args: argparse.Namespace) -> int:
    from console.core.errors import DuchaError
    from console.core.labels import label
    from console.core.units import add_unit, find_unit, list_units
    from console.core.workspace import Workspace
    from glossary import UnitKind

    database = _open(args.db)
    try:
        user = _signed_in(args, database)
        workspace = Workspace(database, user)
        if args.unit_command == "list":
            depth: dict[int, int] = {}
            for u in workspace.read(list_units, user):
                depth[u.id] = depth.get(u.parent_id, -1) + 1 if u.parent_id else 0
                print(f"{'  ' * depth[u.id]}{u.name}\t{label(u.kind)}\t{u.headcount}")
            return EXIT_OK
        parent_id = None
        if args.parent:
            parent_id = workspace.read(find_unit, args.parent)
            if parent_id is None:
                return _fail(_t("no unit named {name}").format(name=args.parent))
        try:
            row = workspace.run(add_unit, user, args.name, UnitKind(args.kind), parent_id)
        except DuchaError as exc:
            return _fail(str(exc))
        print(_t("Unit {name} added.").format(name=row.name))
        return EXIT_OK
    finally:
        database.close()


def _read_password(from_stdin: bool, new_account: bool = False) -> str | None:
    """The password of an account being created (not the signing-in user's)."""
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    if new_account:  # after the signed-in user's own password: say whose this one is
        first = getpass.getpass(_t("Password of the new account: "))
    else:
        first = getpass.getpass(_t("Password: "))
    second = getpass.getpass(_t("Repeat password: "))
    return first if first == second else None


def _backup(args: argparse.Namespace) -> int:
    from console.core.backups import back_up
    from console.core.errors import DuchaError
    from console.core.workspace import Workspace

    database = _open(args.db)
    try:
        target = back_up(Workspace(database, _signed_in(args, database)), args.output_dir)
    except DuchaError as exc:
        return _fail(str(exc))
    finally:
        database.close()
    print(_t("Backup written to {path}").format(path=target))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from console.core.backups import inspect_backup, restore, with_recorded_head
    from console.core.errors import DuchaError
    from console.core.permissions import require_admin
    from console.core.workspace import Workspace

    database = _open(args.db)
    try:
        user = _signed_in(args, database)
        try:
            # Only an administrator may replace the database: say so before asking.
            Workspace(database, user).read(require_admin, user)
            summary = inspect_backup(args.backup)
        except DuchaError as exc:
            return _fail(str(exc))
        # The head the backup holds, against the one logged when it was taken.
        summary = Workspace(database, user).read(with_recorded_head, summary)
        for caption, value in _summary_lines(summary):
            print(f"{caption}: {value}")
        print(_t("It will replace {db}.").format(db=database.description))
        if not args.yes and not _confirmed(_t("Restore this backup? [y/N] ")):
            print(_t("Nothing was restored."))
            return EXIT_BAD_INPUT
        try:
            done = restore(database, user, args.backup, args.output_dir)
        except DuchaError as exc:
            return _fail(str(exc))
        done.database.close()
    finally:
        database.close()
    print(_t("Restored from {path}.").format(path=args.backup))
    print(_t("The database it replaced was kept as {path}").format(path=done.previous))
    return EXIT_OK


def _summary_lines(summary):  # type: ignore[no-untyped-def]
    from console.core.backups import BackupSummary

    assert isinstance(summary, BackupSummary)
    when = ""
    if summary.last_change_at is not None:
        local = summary.last_change_at.replace(tzinfo=UTC).astimezone()
        when = local.strftime("%Y-%m-%d %H:%M")
    return [
        (_t("Backup"), str(summary.path)),
        (_t("Bureau"), summary.bureau or _t("(none)")),
        (_t("Last change"), f"{when} {summary.last_change_by or ''}".strip()),
        (_t("People"), str(summary.people)),
        (_t("Point entries"), str(summary.entries)),
        (_t("Findings"), str(summary.findings)),
        (_t("Audit log"), _t("intact, {n} rows").format(n=summary.audit_rows)),
        (_t("Audit chain head"), summary.head_words),
        (_t("Schema"), summary.schema_words),
    ]


def _confirmed(question: str) -> bool:
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", _t("y")}


def _chain_problem(problem: str) -> str:
    """db.audit speaks English (it is below the translation layer); say it in the user's."""
    return {
        "previous hash does not match": _t("previous hash does not match"),
        "content does not match its hash": _t("content does not match its hash"),
        "the recorded head is missing: rows were removed": _t(
            "the recorded head is missing: rows were removed"
        ),
        "the recorded head has a different hash": _t("the recorded head has a different hash"),
    }.get(problem, problem)


def _verify(
    session: Session, anchor: tuple[int, str] | None
) -> tuple[int, list[ChainBreak], tuple[int, str] | None]:
    """Walk the chain, check the anchor, read the head: one read, one snapshot."""
    from db.audit import chain_head, check_anchor, verify_chain

    checked, breaks = verify_chain(session)
    if anchor is not None:
        problem = check_anchor(session, *anchor)
        if problem is not None:
            breaks.append(problem)
    return checked, breaks, chain_head(session)


def _sqlite_file_arg(db_arg: str | None) -> Path | None:
    """The SQLite file ``--db`` names (None for a server database)."""
    from db.engine import resolve_url

    if db_arg is not None and "://" not in str(db_arg):
        return Path(db_arg).expanduser()
    url = resolve_url(db_arg)
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database)
    return None


def _verify_code(args: argparse.Namespace) -> int:
    from console.commands import verify_code

    # No sign-in, as for audit verify: a code and a digest, no personal data.
    return verify_code.run(args, _sqlite_file_arg(args.db), _open, None)


def _audit(args: argparse.Namespace) -> int:
    from console.commands import audit
    from console.core.backups import backup_head, verify_file
    from console.core.errors import DuchaError
    from console.core.workspace import Workspace
    from db.engine import resolve_url

    if args.code:
        return _verify_code(args)
    anchor = None
    if args.expect:
        audit_id, _, digest = args.expect.partition(":")
        if not audit_id.isdigit() or len(digest) != 64:
            return _fail(_t("--expect takes ID:HASH as printed by audit verify"))
        anchor = (int(audit_id), digest)
    elif args.against:
        # The backup is only read: a mistyped path is an error, never a new empty file.
        try:
            anchor = backup_head(args.against)
        except DuchaError as exc:
            return _fail(str(exc))
        if anchor is None:
            return _fail(
                _t("{path} holds no audit rows to compare with.").format(path=args.against)
            )
    path: Path | None = None
    if args.db is not None and "://" not in str(args.db):
        path = Path(args.db).expanduser()
    else:
        url = resolve_url(args.db)
        if url.get_backend_name() == "sqlite" and url.database:
            path = Path(url.database)
    if path is not None:
        # A database file is checked read-only: no schema set-up, nothing created.
        try:
            result = verify_file(path.expanduser(), anchor)
            state = audit.check_file(path.expanduser())
        except DuchaError as exc:
            return _fail(str(exc))
        checked, breaks, head = result.checked, result.breaks, result.head
    else:
        database = _open(args.db)
        try:
            # No sign-in (see console/commands/signin.py): it must work when the accounts
            # are what was tampered with.
            checked, breaks, head = Workspace(database, None).read(_verify, anchor)
            state = audit.check_database(database, None)
        finally:
            database.close()
    head_text = f"{head[0]}:{head[1]}" if head else ""
    try:
        seals = _broken_seals(path, args.db)
    except DuchaError as exc:
        return _fail(str(exc))
    if args.json:
        print(
            json.dumps(
                {
                    "checked": checked,
                    "ok": not breaks and state.ok and not seals,
                    "head": head_text,
                    "breaks": [{"id": b.audit_id, "problem": b.problem} for b in breaks],
                    "records": audit.as_json(state),
                    "broken_seals": [
                        {"month": str(s.month), "differs": [p.value for p in s.differs]}
                        for s in seals
                    ],
                }
            )
        )
        return EXIT_OK if not breaks and state.ok and not seals else EXIT_BAD_INPUT
    from console.core.seal import broken_message

    for status in seals:
        print(broken_message(status.month, status.differs))
    if breaks:
        for b in breaks[:50]:
            problem = _chain_problem(b.problem)
            print(_t("audit row {id}: {problem}").format(id=b.audit_id, problem=problem))
        print(
            _t("The audit log has been altered: {n} problems in {checked} rows.").format(
                n=len(breaks), checked=checked
            )
        )
    else:
        print(_t("Audit log intact: {checked} rows verified.").format(checked=checked))
        if head_text:
            print(_t("Head (note it down to detect later removals): {head}").format(head=head_text))
    if not args.json:
        audit.print_state(state)
    return EXIT_OK if not breaks and state.ok and not seals else EXIT_BAD_INPUT


def _broken_seals(path: Path | None, db_arg: str | None) -> list[SealStatus]:
    """Every sealed month recomputed (console.core.seal): a database file read-only, a
    server in one read-only unit of work."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    from console.core.errors import DuchaError
    from console.core.seal import broken_seals
    from console.core.workspace import Workspace
    from db.backup import open_readonly

    if path is None:
        database = _open(db_arg)
        try:
            return Workspace(database, None).read(broken_seals)
        finally:
            database.close()
    try:
        engine = open_readonly(path)
        try:
            with Session(engine) as session:
                return broken_seals(session)
        finally:
            engine.dispose()
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise DuchaError(_t("{path} cannot be read: {error}").format(path=path, error=exc)) from exc


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    raise SystemExit(main())
