"""Console accounts: the list everyone may read, switching an account off or on, and
an administrator's reset of a password or unlocking of a locked account.

Creating an account is ``console.core.auth.create_account``. Accounts are never deleted:
the audit log and the point events name who did what, so a leaver's account is disabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from console.core.auth import UNLOCK, hash_password
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import tr_context
from console.core.passwords import require_good_password
from console.core.permissions import require_duty, require_user
from console.core.units import UnitRow, list_units
from console.core.user import User
from db.accounts import AccountSignIn, UserAccount
from db.audit import record_event
from db.base import utcnow
from db.org import Unit
from glossary import Duty, Role, parse_duties

_t = tr_context("accounts")


@dataclass(frozen=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    role: Role
    unit_id: int | None
    unit_name: str
    active: bool
    last_login_at: datetime | None  # UTC, as stored: the last successful sign-in
    row_version: int  # as loaded: a change states it, and is refused if it moved on
    locked_until: datetime | None = None  # UTC; locked while this is in the future
    must_change_password: bool = False
    duties: frozenset[Duty] = frozenset()  # the administrator duties held (三权分立)

    def locked(self, now: datetime) -> bool:
        """Locked out by failed sign-ins at ``now`` (UTC)."""
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class AccountsView:
    """The Settings page's account list and the units a new account may belong to."""

    accounts: list[AccountRow]
    units: list[UnitRow]


_COLUMNS = (
    UserAccount.id,
    UserAccount.username,
    UserAccount.display_name,
    UserAccount.role,
    UserAccount.unit_id,
    Unit.name,
    UserAccount.active,
    AccountSignIn.last_sign_in_at,
    UserAccount.row_version,
    AccountSignIn.locked_until,
    UserAccount.must_change_password,
    UserAccount.duties,
)


def _rows(session: Session, account_id: int | None = None) -> list[AccountRow]:
    stmt = (
        select(*_COLUMNS)
        .outerjoin(Unit, Unit.id == UserAccount.unit_id)
        .outerjoin(AccountSignIn, AccountSignIn.account_id == UserAccount.id)
        .order_by(UserAccount.username)
    )
    if account_id is not None:
        stmt = stmt.where(UserAccount.id == account_id)
    return [
        AccountRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5] or "",
            bool(r[6]),
            r[7],
            r[8],
            r[9],
            bool(r[10]),
            parse_duties(r[11]),
        )
        for r in session.execute(stmt).all()
    ]


def list_accounts(session: Session, user: User) -> list[AccountRow]:
    """Every account, by user name. Anyone signed in may see who else can sign in."""
    require_user(user)
    return _rows(session)


def accounts_view(session: Session, user: User) -> AccountsView:
    return AccountsView(list_accounts(session, user), list_units(session, user))


def set_account_active(
    session: Session,
    user: User,
    account_id: int,
    active: bool,
    seen_version: int | None = None,
) -> AccountRow:
    """Disable or re-enable an account (the system administrator's job).

    ``seen_version`` is the account's row_version as the admin's list showed it: if
    another desktop changed the account since, nothing is written (Conflict).

    Refuses to disable one's own account, the last active 督察队长 and the last active
    holder of a duty: each would leave a job nobody can do, and Ducha has no back door.
    """
    user = require_duty(session, user, Duty.SYSTEM)
    acc = session.get(UserAccount, account_id)
    if acc is None:
        raise NotFound(_t("No such account."))
    require_seen(session, acc, seen_version)
    if not active and acc.active:
        if acc.id == user.id:
            raise ValidationError(
                [FieldError("active", _t("You cannot disable your own account."))]
            )
        for duty in sorted(parse_duties(acc.duties)):
            if not duty_holders(session, duty, besides=acc.id):
                raise ValidationError(
                    [
                        FieldError(
                            "active",
                            _t(
                                "The last active holder of an administrator duty cannot be "
                                "disabled: appoint another first."
                            ),
                        )
                    ]
                )
        if acc.role == Role.ADMIN and not acc.duties and not other_active_chiefs(session, acc.id):
            raise ValidationError(
                [FieldError("active", _t("The last active administrator cannot be disabled."))]
            )
    if acc.active != active:
        acc.active = active
        session.flush()  # the row as written, with its new row_version
    return _rows(session, account_id)[0]


def _account(session: Session, account_id: int) -> UserAccount:
    acc = session.get(UserAccount, account_id)
    if acc is None:
        raise NotFound(_t("No such account."))
    return acc


def reset_password(
    session: Session,
    user: User,
    account_id: int,
    password: str,
    seen_version: int | None = None,
) -> AccountRow:
    """Give an account a new password that its holder must change at their next sign-in
    (the administrator knows it). Also lifts a lockout: the holder forgot the password.

    The account's row records the reset in the audit log (its ``password_changed_at``
    and ``must_change_password``); the hash itself never reaches the log.
    """
    require_duty(session, user, Duty.SECURITY)
    acc = _account(session, account_id)
    require_seen(session, acc, seen_version)
    require_good_password(password, acc.username)
    acc.password_hash = hash_password(password)
    acc.password_changed_at = utcnow()
    acc.must_change_password = True
    _clear_lockout(session, acc.id)
    session.flush()
    return _rows(session, account_id)[0]


def unlock_account(session: Session, user: User, account_id: int) -> AccountRow:
    """Lift a lockout before its time runs out (audited as an account unlock event)."""
    require_duty(session, user, Duty.SECURITY)
    acc = _account(session, account_id)
    row = session.get(AccountSignIn, acc.id)
    now = utcnow()
    if row is None or row.locked_until is None or row.locked_until <= now:
        raise ValidationError([FieldError("locked", _t("This account is not locked."))])
    until = row.locked_until
    _clear_lockout(session, acc.id)
    record_event(
        session,
        UNLOCK,
        {"user": acc.username, "result": "unlocked", "locked_until": until.isoformat()},
    )
    session.flush()
    return _rows(session, account_id)[0]


def _clear_lockout(session: Session, account_id: int) -> None:
    session.execute(
        update(AccountSignIn)
        .where(AccountSignIn.account_id == account_id)
        .values(failures=0, locked_until=None)
        .execution_options(synchronize_session=False)
    )


def duty_holders(session: Session, duty: Duty, besides: int | None = None) -> list[str]:
    """User names of the active accounts holding ``duty`` (other than ``besides``).

    The duties' stored values share no substring, so LIKE finds exactly the holders."""
    stmt = select(UserAccount.username).where(
        UserAccount.active.is_(True), UserAccount.duties.like(f"%{duty.value}%")
    )
    if besides is not None:
        stmt = stmt.where(UserAccount.id != besides)
    return list(session.scalars(stmt.order_by(UserAccount.username)))


def other_active_chiefs(session: Session, account_id: int) -> int:
    """Active 督察队长 accounts besides this one (administrator accounts act as viewers)."""
    return int(
        session.scalar(
            select(func.count(UserAccount.id)).where(
                UserAccount.role == Role.ADMIN,
                UserAccount.duties == "",
                UserAccount.active.is_(True),
                UserAccount.id != account_id,
            )
        )
        or 0
    )
