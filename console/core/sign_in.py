"""Signing in, out and changing one's own password, each in its own transaction.

These take the database rather than a session because a refused attempt must still be
written (the failure counted, the lockout set, the audit event): ``auth.attempt_sign_in``
returns the refusal as an outcome, its workspace commits it, and only then is it raised
here for the dialog or the command to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from console.core.auth import (
    SESSION_UNLOCK,
    SIGN_IN,
    LoginFailed,
    PasswordChangeRequired,
    attempt_sign_in,
    change_password,
    record_sign_out,
)
from console.core.database import Database
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.user import User, own_actor
from console.core.workspace import Workspace

_t = tr_context("auth")


@dataclass(frozen=True)
class SignedIn:
    user: User
    expires_in_days: int | None  # days until the password expires, when it is soon


def sign_in(
    database: Database,
    username: str,
    password: str,
    *,
    demo: bool = False,
    now: datetime | None = None,
) -> SignedIn:
    """Sign in, or raise LoginFailed (wrong, unknown, locked, disabled) or
    PasswordChangeRequired (the password was right but must be changed first).

    ``demo``: the console was started as the demo (``ducha --demo``); only then does the
    demo bureau's published password open it.
    """
    # Nobody is signed in yet: the attempt is recorded under the name given.
    workspace = Workspace(database, None, actor=own_actor(username))
    outcome = workspace.run(attempt_sign_in, username, password, now, demo, SIGN_IN)
    if outcome.change is not None:
        raise PasswordChangeRequired(outcome.refusal, outcome.change)
    if outcome.user is None:
        raise LoginFailed(outcome.refusal)
    return SignedIn(outcome.user, outcome.expires_in_days)


def resume_session(
    database: Database,
    user: User,
    password: str,
    *,
    demo: bool = False,
    now: datetime | None = None,
) -> User:
    """The password asked again after an idle lock: the same checks as a sign-in, and
    the same count of failures, recorded as a session unlock."""
    outcome = Workspace(database, None, actor=user.actor).run(
        attempt_sign_in, user.username, password, now, demo, SESSION_UNLOCK
    )
    if outcome.user is None or outcome.user.id != user.id:
        raise LoginFailed(outcome.refusal)
    return outcome.user


def sign_out(database: Database, user: User) -> None:
    Workspace(database, user).run(record_sign_out, user)


def change_own_password(
    database: Database,
    username: str,
    old: str,
    new: str,
    repeat: str,
    now: datetime | None = None,
) -> None:
    """Change one's own password; ValidationError names the field that is wrong (``old``
    for a refused current password, ``new`` or ``repeat`` for the new one)."""
    if new != repeat:
        raise ValidationError([FieldError("repeat", _t("The two passwords differ."))])
    outcome = Workspace(database, None, actor=own_actor(username)).run(
        change_password, username, old, new, now
    )
    if outcome.refusal:
        raise ValidationError([FieldError("old", outcome.refusal)])
