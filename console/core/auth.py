"""Accounts and sign-in. Passwords are hashed with argon2id (argon2-cffi).

``User`` lives in ``console.core.user``; it is imported here too, where most callers
have always found it.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.errors import DuchaError, FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import business_role, require_account_creator
from console.core.user import User as User  # re-exported: callers import it from here
from db.accounts import UserAccount
from db.base import utcnow
from db.org import Unit
from glossary import Role, parse_duties

_hasher = PasswordHasher()
MIN_PASSWORD = 6

_t = tr_context("auth")


class LoginFailed(DuchaError):
    pass


def hash_password(password: str) -> str:
    return _hasher.hash(password)


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


def authenticate(session: Session, username: str, password: str) -> User:
    """Check the password and note the sign-in. Run it in a workspace acting as
    ``own_actor(username)``: a wrong password raises, so nothing is written."""
    acc = session.scalar(select(UserAccount).where(UserAccount.username == username.strip()))
    ok = False
    if acc is not None and acc.active:
        try:
            ok = _hasher.verify(acc.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
    if not ok or acc is None:
        raise LoginFailed(_t("Wrong user name or password."))
    acc.last_login_at = utcnow()
    if _hasher.check_needs_rehash(acc.password_hash):
        acc.password_hash = _hasher.hash(password)
    session.flush()
    return _user(acc)


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
    if len(password) < MIN_PASSWORD:
        errors.append(FieldError("password", _t("The password needs at least 6 characters.")))
    if role == Role.SQUAD_LEADER and unit_id is None:
        errors.append(FieldError("unit", _t("A squad leader must be given a unit.")))
    if unit_id is not None and session.get(Unit, unit_id) is None:
        errors.append(FieldError("unit", _t("No such unit.")))
    return errors


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

    The caller's workspace names the author: the acting admin, or for the very first
    account its own user name (``own_actor``).
    """
    if has_accounts(session):
        acting = require_account_creator(session, acting, role)
    elif role != Role.ADMIN:
        raise ValidationError([FieldError("role", _t("The first account must be an admin."))])
    errors = validate_account(session, username, display_name, password, role, unit_id)
    if errors:
        raise ValidationError(errors)
    acc = UserAccount(
        username=username.strip(),
        display_name=display_name.strip(),
        password_hash=hash_password(password),
        role=role,
        unit_id=unit_id,
    )
    session.add(acc)
    session.flush()
    return _user(acc)
