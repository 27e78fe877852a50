"""``ducha init``: set up a new bureau without the console (the first-run dialog's twin).

    ducha init --bureau 临江市综合行政执法局 --admin admin --name 张督察 --password-stdin

The same service as the console's first-run dialog (``setup.set_up_bureau``): the bureau,
its administrator and language, and unless ``--no-defaults`` the default rule catalogue,
grade scheme, training requirements and warning rules.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from console.core.i18n import LANGUAGES, tr_context

_t = tr_context("cli")


def add_parser(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init", parents=[db_parent], help=_t("set up a new bureau: its administrator and defaults")
    )
    p.add_argument("--bureau", required=True, help=_t("the bureau's full name"))
    p.add_argument("--admin", required=True, help=_t("the administrator's user name"))
    p.add_argument("--name", help=_t("the administrator's display name (default: the user name)"))
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="zh_CN",
        help=_t("the bureau's language, for reports and commands (default: zh_CN)"),
    )
    p.add_argument(
        "--no-defaults",
        action="store_true",
        help=_t("install no rule catalogue, grade scheme, training requirements or warning rules"),
    )
    p.add_argument(
        "--sysadmin",
        metavar="USER",
        help=_t(
            "also create the system administrator, who adds the accounts (its password: "
            "the next line of stdin, or asked)"
        ),
    )
    p.add_argument("--password-stdin", action="store_true", help=_t("read the password from stdin"))
    p.add_argument(
        "--roster",
        type=Path,
        metavar="FILE",
        help=_t("import this roster right after (its missing units are created)"),
    )


def run(
    args: argparse.Namespace, database: Any, password: str, admin_password: str | None = None
) -> int:
    from console.core.errors import DuchaError
    from console.core.setup import NewAdministrator, NewBureau, set_up_bureau
    from console.core.user import own_actor
    from console.core.workspace import Workspace

    new = NewBureau(
        bureau_name=args.bureau,
        username=args.admin,
        display_name=args.name or args.admin,
        password=password,
        language=args.language,
        install_defaults=not args.no_defaults,
        administrator=(
            NewAdministrator(args.sysadmin, args.sysadmin, admin_password or "")
            if args.sysadmin
            else None
        ),
    )
    # Recorded under the administrator's own name, as the first-run dialog does.
    workspace = Workspace(database, None, actor=own_actor(args.admin))
    try:
        ready = workspace.run(set_up_bureau, new, date.today())
    except DuchaError as exc:
        print(f"ducha: {exc}", file=sys.stderr)
        return 1
    print(
        _t("Bureau {name} set up; administrator {user}.").format(name=args.bureau, user=args.admin)
    )
    if ready.administrator is not None:
        print(
            _t(
                "System administrator {user} created. Separation of duties is combined for "
                "now (recorded in the audit log): {user} also acts as the security "
                "administrator until the bureau appoints one and turns combining off in "
                "Settings. Give the audit duty to another account: nobody holds all three."
            ).format(user=ready.administrator.username)
        )
    else:
        print(
            _t(
                "No system administrator yet: nobody can add accounts until {user} appoints "
                "one (Settings, Accounts)."
            ).format(user=args.admin)
        )
    if ready.rule_set:
        print(
            _t(
                "Installed: the rule catalogue {name} ({n} rules), the grade scheme, the "
                "training requirements and the warning rules."
            ).format(name=ready.rule_set, n=ready.rules)
        )
    else:
        print(_t("No defaults installed: import the bureau's rule catalogue before scoring."))
    if args.roster is None:
        print(
            _t(
                "Next: import the roster (ducha import roster FILE --create-units: the units it "
                "names are created) and sign in."
            )
        )
        return 0
    return _import_roster(args.roster, database, ready.user)


def _import_roster(path: Path, database: Any, user: Any) -> int:
    """The roster, right after the bureau, in its own transaction as the new administrator:
    the import needs the bureau and its administrator committed, and a bad roster should
    not undo the set-up — it is listed, and ``ducha import roster`` takes the fixed file."""
    from console.commands.imports import error_line
    from console.commands.roster_plan import print_plan
    from console.core.errors import DuchaError, ValidationError
    from console.core.imports.registry import import_rows, importer
    from console.core.imports.roster import RosterOptions
    from console.core.workspace import Workspace

    read, _run = importer("roster")
    try:
        rows = read(path)
        summary = import_rows(
            Workspace(database, user),
            "roster",
            rows,
            date.today(),
            source=path.name,
            options=RosterOptions(create_units=True),
        )
    except ValidationError as exc:
        for e in exc.errors:
            print(error_line(e.field, e.message, e.row), file=sys.stderr)
        print(
            _t(
                "ducha: the bureau is set up, but the roster was not imported; fix {file} and "
                "run ducha import roster."
            ).format(file=path),
            file=sys.stderr,
        )
        return 1
    except DuchaError as exc:
        print(f"ducha: {exc}", file=sys.stderr)
        return 1
    print_plan(summary)
    return 0
