"""Who runs a command: ``--user NAME`` and that account's password.

A command that reads or changes the bureau's records acts as a signed-in account, as
the console does: its role and unit apply, and the audit log names it. The password is
asked without echo, or read from ``DUCHA_PASSWORD`` for scripts; it is checked by the
same service as the console's sign-in dialog (``console.core.sign_in``, recorded under
the name given), so a command-line sign-in is checked, limited and recorded like any other.

Which commands need it (docs/user-guide.md says the same to users):
- every command that changes data: import, unit add, user add, backup, restore,
  integrity --check;
- the read-only commands that print people's records — score, training, integrity,
  report, user list, unit list — since names, points and findings are personal data the
  console shows only after a sign-in; a viewer's account is enough, and a squad leader
  sees only their squad, as in the console;
- not ``init`` (it creates the first account of an empty database), ``demo`` (it makes a
  new demo database), ``template`` (a blank form) or ``--version``; and not
  ``audit verify``: it prints row numbers and hashes, no personal data, and it must work
  when the accounts themselves are what was tampered with.
"""

from __future__ import annotations

import getpass
import os
import warnings
from typing import TYPE_CHECKING

from console.core.errors import DuchaError
from console.core.i18n import tr_context

if TYPE_CHECKING:
    from console.core.database import Database
    from console.core.user import User

_t = tr_context("cli")

PASSWORD_ENV = "DUCHA_PASSWORD"


class SignInRefused(DuchaError):
    """No account named, no password to be had, or no account to sign in to."""


# The commands (``ducha COMMAND``) that act as a signed-in account; see above.
SIGNED_IN_COMMANDS = frozenset(
    {
        "user",
        "unit",
        "score",
        "training",
        "stars",
        "candidates",
        "integrity",
        "contractors",
        "import",
        "rules",
        "report",
        "backup",
        "restore",
    }
)


def require_username(username: str | None) -> str:
    """The name given with ``--user``; checked before the database is opened, so that a
    command refused for want of it creates no database file either."""
    if not username or not username.strip():
        raise SignInRefused(
            _t(
                "this command acts as a signed-in user: add --user NAME (the password is "
                "asked, or read from {env})"
            ).format(env=PASSWORD_ENV)
        )
    return username.strip()


def sign_in(database: Database, username: str | None) -> User:
    """Sign ``username`` in on ``database``; raises DuchaError (one line for the user).

    The same service as the console's sign-in dialog: failures count towards the lockout,
    and every attempt is in the audit log. The command line cannot ask for a new password,
    so an account that must change its own is told where to do it.
    """
    from console.core.auth import PasswordChangeRequired, has_accounts
    from console.core.sign_in import sign_in as sign_in_account
    from console.core.workspace import Workspace

    username = require_username(username)
    if not Workspace(database, None).read(has_accounts):
        raise SignInRefused(
            _t("{db} has no accounts yet: set the bureau up first with ducha init").format(
                db=database.description
            )
        )
    password = _password(username)
    try:
        # ``demo``: the demo's published password is accepted only on a database that
        # ``ducha demo`` made (the core checks the mark); the command line has no other
        # demo mode.
        return sign_in_account(database, username, password, demo=True).user
    except PasswordChangeRequired as exc:
        raise SignInRefused(exc.headless_message()) from exc


def _password(username: str) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    prompt = _t("Password for {user}: ").format(user=username)
    try:
        with warnings.catch_warnings():
            # Without a terminal getpass would read the password from stdin and echo it:
            # refuse instead, and say how a script gives it.
            warnings.simplefilter("error", getpass.GetPassWarning)
            return getpass.getpass(prompt)
    except (getpass.GetPassWarning, EOFError):
        raise SignInRefused(
            _t("no password given: type it when asked, or set {env} for a script").format(
                env=PASSWORD_ENV
            )
        ) from None
