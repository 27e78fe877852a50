"""Accounts and sign-in. Passwords are hashed with argon2id (argon2-cffi).

Every sign-in attempt goes through ``attempt_sign_in``, a service that never raises for
wrong credentials: it counts the failure, locks the account after too many and writes
the audit event, and returns the outcome, so that the workspace commits all of it. The
desktops and the command line call it through ``console.core.sign_in.sign_in``, which
raises on a refusal *after* that commit. (A service raising LoginFailed would have its
failure count rolled back with everything else.)

``User`` lives in ``console.core.user``; it is imported here too, where most callers
have always found it.
"""

from __future__ import annotations

import enum
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from console.core.account_policy import AccountPolicy, load_policy
from console.core.demo_mark import is_demo_bureau
from console.core.errors import DuchaError, FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.passwords import DEMO_PASSWORD, password_problems, require_good_password
from console.core.permissions import business_role, require_account_creator
from console.core.user import User as User  # re-exported: callers import it from here
from db.accounts import AccountSignIn, UserAccount
from db.audit import record_event
from db.base import utcnow
from db.org import Unit
from glossary import Role, parse_duties

_hasher = PasswordHasher()

_t = tr_context("auth")

MAX_LOGGED_NAME = 80

# Audit event subjects (the audit log's table_name for events that change no record).
SIGN_IN = "sign_in"
SIGN_OUT = "sign_out"
SESSION_UNLOCK = "session_unlock"  # the password asked again after an idle lock
PASSWORD_CHANGE = "password_change"
LOCKOUT = "account_lockout"
UNLOCK = "account_unlock"


class LoginFailed(DuchaError):
    pass


class ChangeReason(enum.StrEnum):
    """Why a correct password must still be changed before the console opens."""

    REQUIRED = "required"  # the account was created or reset by an administrator
    EXPIRED = "expired"
    WEAK = "weak"  # set before the current rules, and fails them
    DEMO = "demo"  # the demo's published password, outside demo mode


class PasswordChangeRequired(DuchaError):
    """The password was right, but must be changed first (``reason`` says why)."""

    def __init__(self, message: str, reason: ChangeReason) -> None:
        super().__init__(message)
        self.reason = reason

    def headless_message(self) -> str:
        """For the command line, which cannot ask for a new password itself."""
        return _t(
            "{why}\nSign in to the console once to choose it; commands work again after that."
        ).format(why=str(self))


def change_reason_text(reason: ChangeReason) -> str:
    return {
        ChangeReason.REQUIRED: _t(
            "An administrator set this password. Choose your own before you continue."
        ),
        ChangeReason.EXPIRED: _t("Your password has expired. Choose a new one to continue."),
        ChangeReason.WEAK: _t(
            "Your password no longer meets the bureau's password rules. Choose a new one "
            "to continue."
        ),
        ChangeReason.DEMO: _t(
            "This account still has the demo bureau's published password, which only the "
            "demo may use. Choose your own before you continue."
        ),
    }[reason]


@dataclass(frozen=True)
class SignInAttempt:
    """What one attempt came to. ``user`` is set only when the console may open."""

    user: User | None
    refusal: str = ""  # why not, for the person signing in ("" when accepted)
    change: ChangeReason | None = None  # the password was right but must be changed
    expires_in_days: int | None = None  # set in the warning days before expiry


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@cache
def _dummy_hash() -> str:
    """What an unknown user name is checked against: the same argon2 work as a real
    account, so the response time does not tell which user names exist."""
    return _hasher.hash(secrets.token_urlsafe(24))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _user(acc: UserAccount) -> User:
    duties = parse_duties(acc.duties)
    return User(
        acc.id,
        acc.username,
        acc.display_name,
        business_role(acc.role, duties),
        acc.unit_id,
        duties,
    )


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count(UserAccount.id))))


def local_time(moment: datetime) -> str:
    """A stored UTC time as the desktop's clock shows it (hours and minutes)."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


# --- sign-in bookkeeping ---------------------------------------------------------------
def _bookkeeping(session: Session, account_id: int) -> AccountSignIn:
    """The account's sign-in row, created on first need (accounts made before it existed,
    or by the demo). Two desktops creating it at once both succeed."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(AccountSignIn)
        .values(account_id=account_id, failures=0)
        .on_conflict_do_nothing(index_elements=["account_id"])
    )
    row = session.get(AccountSignIn, account_id, populate_existing=True)
    assert row is not None  # just inserted or already there
    return row


def _count_failure(session: Session, acc: UserAccount, now: datetime, policy: AccountPolicy) -> str:
    """One more failure, counted by the database itself (one UPDATE, so two desktops
    failing at once both count); the one that reaches the limit locks the account."""
    failures = session.execute(
        update(AccountSignIn)
        .where(AccountSignIn.account_id == acc.id)
        .values(failures=AccountSignIn.failures + 1, last_failure_at=now)
        .returning(AccountSignIn.failures)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    _event(session, SIGN_IN, acc.username, "wrong_password", failures=failures)
    if failures < policy.max_failures:
        return _t("Wrong user name or password.")
    until = now + timedelta(minutes=policy.lockout_minutes)
    session.execute(
        update(AccountSignIn)
        .where(AccountSignIn.account_id == acc.id)
        .values(failures=0, locked_until=until)
        .execution_options(synchronize_session=False)
    )
    _event(session, LOCKOUT, acc.username, "locked", until=until.isoformat(), failures=failures)
    # A wrong password, like the four before it: the lock is told to the right one only.
    return _t("Wrong user name or password.")


def _locked_message(until: datetime, policy: AccountPolicy) -> str:
    return _t(
        "Too many failed sign-ins: this account is locked for {minutes} minutes, until "
        "{time}. An administrator can unlock it sooner."
    ).format(minutes=policy.lockout_minutes, time=local_time(until))


def _event(session: Session, subject: str, username: str, result: str, **more: object) -> None:
    # A name typed at the sign-in dialog may be anything: the log keeps a readable part.
    record_event(session, subject, {"user": username[:MAX_LOGGED_NAME], "result": result, **more})


def _check_credentials(
    session: Session, username: str, password: str, now: datetime, subject: str
) -> tuple[UserAccount | None, str, AccountPolicy]:
    """The account if the password is right and the account may sign in, else the
    refusal to show. Exactly one argon2 verification whatever the case (unknown user,
    locked, disabled, wrong or right password): the time taken tells nothing."""
    name = username.strip()
    policy = load_policy(session)
    acc = session.scalar(select(UserAccount).where(UserAccount.username == name))
    right = _verify(acc.password_hash if acc is not None else _dummy_hash(), password)
    wrong = _t("Wrong user name or password.")
    if acc is None:
        _event(session, subject, name, "unknown_user")
        return None, wrong, policy
    book = _bookkeeping(session, acc.id)
    if book.locked_until is not None and book.locked_until > now:
        _event(session, subject, acc.username, "refused_locked")
        # Told only to whoever knows the password: to a guesser a locked name reads like
        # an unknown one, so five tries do not reveal which names exist.
        return None, (_locked_message(book.locked_until, policy) if right else wrong), policy
    if not acc.active:
        _event(session, subject, acc.username, "refused_disabled")
        return None, wrong, policy  # as for a wrong password: the name tells nothing
    if not right:
        return None, _count_failure(session, acc, now, policy), policy
    book.failures = 0
    book.locked_until = None
    if _hasher.check_needs_rehash(acc.password_hash):
        acc.password_hash = _hasher.hash(password)
    return acc, "", policy


def _change_reason(
    session: Session,
    acc: UserAccount,
    password: str,
    now: datetime,
    policy: AccountPolicy,
    demo: bool,
) -> ChangeReason | None:
    if acc.must_change_password:
        return ChangeReason.REQUIRED
    if password == DEMO_PASSWORD:
        # Known to everyone: usable only on the demo bureau, started as the demo.
        return None if demo and is_demo_bureau(session) else ChangeReason.DEMO
    if acc.password_changed_at is not None and now >= _expiry(acc.password_changed_at, policy):
        return ChangeReason.EXPIRED
    if password_problems(password, acc.username):
        return ChangeReason.WEAK
    return None


def _expiry(changed_at: datetime, policy: AccountPolicy) -> datetime:
    return changed_at + timedelta(days=policy.expiry_days)


def _days_left(acc: UserAccount, now: datetime, policy: AccountPolicy) -> int | None:
    """Whole days (rounded up) until the password expires, if within the warning days."""
    if acc.password_changed_at is None:
        return None
    left = math.ceil((_expiry(acc.password_changed_at, policy) - now) / timedelta(days=1))
    return left if left <= policy.warning_days else None


def attempt_sign_in(
    session: Session,
    username: str,
    password: str,
    now: datetime | None = None,
    demo: bool = False,
    subject: str = SIGN_IN,
) -> SignInAttempt:
    """Check a sign-in and record it (failures, lockout, audit event) whatever comes of it.

    Run it in a workspace acting as ``own_actor(username)``, and let it commit: a refused
    attempt is an outcome here, not an exception. ``demo`` is true only for a console
    started as the demo (``ducha --demo``). ``subject`` names the event: a sign-in, or
    the password asked again after an idle lock.
    """
    now = now or utcnow()
    acc, refusal, policy = _check_credentials(session, username, password, now, subject)
    if acc is None:
        session.flush()
        return SignInAttempt(None, refusal)
    change = _change_reason(session, acc, password, now, policy, demo)
    if change is not None:
        _event(session, subject, acc.username, "password_change_required", reason=change.value)
        session.flush()
        return SignInAttempt(None, change_reason_text(change), change)
    _bookkeeping(session, acc.id).last_sign_in_at = now
    _event(session, subject, acc.username, "success")
    session.flush()
    return SignInAttempt(_user(acc), "", None, _days_left(acc, now, policy))


def record_sign_out(session: Session, user: User) -> None:
    _event(session, SIGN_OUT, user.username, "success")


@dataclass(frozen=True)
class PasswordChangeAttempt:
    refusal: str = ""  # the old password was refused ("" when changed)


def change_password(
    session: Session, username: str, old: str, new: str, now: datetime | None = None
) -> PasswordChangeAttempt:
    """Change one's own password, proving it with the old one.

    The new password is checked first (it reveals nothing about the old). A wrong old
    password counts as a failed sign-in, so this is no way around the lockout; like a
    sign-in it is an outcome to commit, not an exception. Works for an account that must
    change its password before it may sign in: that is its purpose.
    """
    now = now or utcnow()
    name = username.strip()
    require_good_password(new, name, "new")
    if new == old:
        raise ValidationError(
            [FieldError("new", _t("The new password must differ from the current one."))]
        )
    acc, refusal, _policy = _check_credentials(session, name, old, now, PASSWORD_CHANGE)
    if acc is None:
        session.flush()
        return PasswordChangeAttempt(refusal)
    _set_password(acc, new, now, must_change=False)
    _event(session, PASSWORD_CHANGE, acc.username, "success")
    session.flush()
    return PasswordChangeAttempt()


def _set_password(acc: UserAccount, password: str, now: datetime, must_change: bool) -> None:
    acc.password_hash = hash_password(password)
    acc.password_changed_at = now
    acc.must_change_password = must_change


def validate_account(
    session: Session,
    username: str,
    display_name: str,
    password: str,
    role: Role,
    unit_id: int | None,
) -> list[FieldError]:
    errors: list[FieldError] = []
    name = username.strip()
    if not name:
        errors.append(FieldError("username", _t("User name is required.")))
    elif not name.replace("_", "").replace(".", "").isalnum():
        errors.append(FieldError("username", _t("Use letters, digits, dots and underscores only.")))
    elif session.scalar(select(UserAccount.id).where(UserAccount.username == name)):
        errors.append(FieldError("username", _t("This user name is taken.")))
    if not display_name.strip():
        errors.append(FieldError("display_name", _t("Display name is required.")))
    errors += password_problems(password, name)
    if role == Role.SQUAD_LEADER and unit_id is None:
        errors.append(FieldError("unit", _t("A squad leader must be given a unit.")))
    if unit_id is not None and session.get(Unit, unit_id) is None:
        errors.append(FieldError("unit", _t("No such unit.")))
    return errors


def new_account(
    username: str, display_name: str, password: str, role: Role, must_change: bool, **more: object
) -> UserAccount:
    """The account row as every path creates it (validate it first)."""
    acc = UserAccount(
        username=username.strip(),
        display_name=display_name.strip(),
        role=role,
        active=True,
        **more,
    )
    _set_password(acc, password, utcnow(), must_change)
    return acc


def create_account(
    session: Session,
    acting: User | None,
    username: str,
    display_name: str,
    password: str,
    role: Role,
    unit_id: int | None = None,
) -> User:
    """Create an account: the system administrator's job, except the very first account
    (the 督察队长, made by ``ducha init``). An account with a role other than viewer needs
    the security administrator too (one person only where the bureau combines duties):
    the system administrator alone cannot make an account that changes records.

    An account an administrator creates must change its password at its first sign-in:
    the administrator knows the one they typed. The very first account is its holder's
    own. The caller's workspace names the author: the acting admin, or for the very
    first account its own user name (``own_actor``).
    """
    by_admin = has_accounts(session)
    if by_admin:
        acting = require_account_creator(session, acting, role)
    elif role != Role.ADMIN:
        raise ValidationError([FieldError("role", _t("The first account must be an admin."))])
    errors = validate_account(session, username, display_name, password, role, unit_id)
    if errors:
        raise ValidationError(errors)
    acc = new_account(username, display_name, password, role, by_admin, unit_id=unit_id)
    session.add(acc)
    session.flush()
    return _user(acc)
