"""First run of a new installation: the administrator and the bureau, in one step."""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.core.auth import User, has_accounts, hash_password, validate_account
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.units import validate_unit
from db.accounts import UserAccount
from db.org import Unit
from glossary import Role, UnitKind

_t = tr_context("setup")


def first_run(
    session: Session, bureau_name: str, username: str, display_name: str, password: str
) -> User:
    """Create the bureau (root of the unit tree) and its first administrator, or nothing.

    Only on a database with no accounts: afterwards accounts are an administrator's job.
    Run it in a workspace acting as ``own_actor(username)``: the bureau and the account
    are recorded under the administrator's own name.
    """
    if has_accounts(session):
        raise ValidationError(
            [FieldError("username", _t("This database already has accounts; please sign in."))]
        )
    errors = validate_unit(session, bureau_name, UnitKind.BUREAU, None)
    errors = [FieldError("bureau", e.message) for e in errors]
    errors += validate_account(session, username, display_name, password, Role.ADMIN, None)
    if errors:
        raise ValidationError(errors)
    bureau = Unit(name=bureau_name.strip(), kind=UnitKind.BUREAU, parent_id=None, sort_order=0)
    account = UserAccount(
        username=username.strip(),
        display_name=display_name.strip(),
        password_hash=hash_password(password),
        role=Role.ADMIN,
    )
    session.add_all([bureau, account])
    session.flush()
    return User(account.id, account.username, account.display_name, account.role, None)
