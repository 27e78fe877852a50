"""Separation of duties (三权分立): who holds the system, security and audit duties.

- The security administrator gives accounts their role and duties (``set_account_role``);
  nobody changes their own.
- One person holds two duties only while the bureau's setting allows it
  (``set_duties_combined``, by the system or security administrator). The setting is a
  row of the audited ``setting`` table: each change is a link of the audit chain, with
  who changed it and when.
- A duty never loses its last active holder, and the last active 督察队长 keeps the role:
  Ducha has no back door, so either would leave a bureau nobody can run.
- A bureau with no system administrator (one set up, or upgraded, before duties existed)
  gets its first one from the 督察队长, once (``appoint_first_administrator``): that
  account holds the system and security duties, with the combined setting on (recorded),
  until the bureau appoints a security administrator and turns it off. The audit duty is
  never combined with both: no one person may run the accounts, give the roles and read
  the log of it all; the security duty gives it to another account.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.accounts import duty_holders, other_active_chiefs
from console.core.auth import User, new_account, validate_account
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_admin, require_any_duty, require_duty
from db.accounts import UserAccount
from db.org import Unit
from db.settings import Setting
from glossary import Duty, Role, format_duties, parse_duties

_t = tr_context("duties")

KEY = "duties"


def duties_combined(session: Session) -> bool:
    """May one person hold two of the three duties? Off unless the bureau turned it on."""
    row = session.get(Setting, KEY)
    return bool(row is not None and isinstance(row.value, dict) and row.value.get("combined"))


def _write_combined(session: Session, combined: bool) -> None:
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value={"combined": combined}))
    elif bool(row.value.get("combined") if isinstance(row.value, dict) else False) != combined:
        row.value = {**(row.value if isinstance(row.value, dict) else {}), "combined": combined}
    session.flush()


def _doubled_accounts(session: Session) -> list[str]:
    """Active accounts that hold more than one duty now."""
    rows = session.execute(
        select(UserAccount.username, UserAccount.duties).where(
            UserAccount.active.is_(True), UserAccount.duties.like("%,%")
        )
    ).all()
    return sorted(r.username for r in rows if len(parse_duties(r.duties)) > 1)


def set_duties_combined(session: Session, user: User, combined: bool) -> bool:
    """Allow (or stop allowing) one person to hold two duties. Turning it off is refused
    while someone still holds two: their duties are split first, by the security
    administrator, so that the setting always describes the bureau as it is."""
    require_any_duty(session, user, Duty.SYSTEM, Duty.SECURITY)
    if not combined:
        doubled = _doubled_accounts(session)
        if doubled:
            raise ValidationError(
                [
                    FieldError(
                        "combined",
                        _t(
                            "{names} still hold more than one administrator duty: give each "
                            "duty its own administrator first."
                        ).format(names=", ".join(doubled)),
                    )
                ]
            )
    _write_combined(session, combined)
    return combined


@dataclass(frozen=True)
class RoleChange:
    """What the security administrator sets on an account."""

    role: Role
    unit_id: int | None
    duties: frozenset[Duty]


def _validate_change(
    session: Session, acting: User, acc: UserAccount, change: RoleChange
) -> list[FieldError]:
    errors: list[FieldError] = []
    if acc.id == acting.id:
        errors.append(
            FieldError("role", _t("Nobody changes their own role or duties: ask another."))
        )
        return errors
    if len(change.duties) > 2:
        errors.append(
            FieldError(
                "duties",
                _t(
                    "Nobody holds all three administrator duties: the one who runs the "
                    "accounts and gives the roles must not also read the audit log alone."
                ),
            )
        )
    elif len(change.duties) > 1 and not duties_combined(session):
        errors.append(
            FieldError(
                "duties",
                _t(
                    "One person may hold only one administrator duty. A small bureau may "
                    "allow two in the separation-of-duties setting."
                ),
            )
        )
    if change.duties and change.role != Role.VIEWER:
        errors.append(
            FieldError(
                "role",
                _t(
                    "An administrator account changes no business records: give it the "
                    "viewer role, and the business role to a separate account."
                ),
            )
        )
    if change.role == Role.SQUAD_LEADER and change.unit_id is None:
        errors.append(FieldError("unit", _t("A squad leader must be given a unit.")))
    if change.unit_id is not None and session.get(Unit, change.unit_id) is None:
        errors.append(FieldError("unit", _t("No such unit.")))
    if acc.active:
        had = parse_duties(acc.duties)
        for duty in sorted(had - change.duties):
            if not duty_holders(session, duty, besides=acc.id):
                errors.append(
                    FieldError(
                        "duties",
                        _t(
                            "{name} is the last {duty}: appoint another before taking "
                            "the duty away."
                        ).format(name=acc.username, duty=duty_title(duty)),
                    )
                )
        if (
            acc.role == Role.ADMIN
            and change.role != Role.ADMIN
            and not other_active_chiefs(session, acc.id)
        ):
            errors.append(FieldError("role", _t("The last active administrator keeps the role.")))
    return errors


def duty_title(duty: Duty) -> str:
    from console.core.labels import label  # labels imports the glossary only

    return label(duty)


def set_account_role(
    session: Session,
    user: User,
    account_id: int,
    change: RoleChange,
    seen_version: int | None = None,
) -> None:
    """Give an account its role, unit and duties (the security administrator's job)."""
    acting = require_duty(session, user, Duty.SECURITY)
    acc = session.get(UserAccount, account_id)
    if acc is None:
        raise NotFound(_t("No such account."))
    require_seen(session, acc, seen_version)
    errors = _validate_change(session, acting, acc, change)
    if errors:
        raise ValidationError(errors)
    acc.role = change.role
    acc.unit_id = change.unit_id
    acc.duties = format_duties(change.duties)
    session.flush()


def needs_first_administrator(session: Session) -> bool:
    """No active account holds the system duty: nobody could add accounts."""
    return not duty_holders(session, Duty.SYSTEM)


def appoint_first_administrator(
    session: Session,
    user: User,
    username: str,
    display_name: str,
    password: str,
    *,
    at_set_up: bool = False,
) -> User:
    """The 督察队长 appoints the bureau's first system administrator, once.

    The new account holds the system and security duties and the combined setting is
    turned on (both
    recorded in the audit chain): one person can then add the accounts, give their roles,
    and read the log, until the bureau appoints a security and an audit administrator.
    """
    require_admin(session, user)
    if not needs_first_administrator(session):
        raise ValidationError(
            [
                FieldError(
                    "username",
                    _t("The bureau has a system administrator: they add the accounts."),
                )
            ]
        )
    errors = validate_account(session, username, display_name, password, Role.VIEWER, None)
    if errors:
        raise ValidationError(errors)
    duties = frozenset({Duty.SYSTEM, Duty.SECURITY})  # the audit duty goes to another
    # Appointed later, the 督察队长 typed this password: its holder changes it at their first
    # sign-in. At set-up (``ducha init``, the first-run dialog) the installer chooses both
    # accounts' passwords, like the first account's, and the system administrator is
    # expected to be the one installing, so no change is forced; the command line could
    # not ask for one anyway.
    acc = new_account(
        username,
        display_name,
        password,
        Role.VIEWER,
        must_change=not at_set_up,
        duties=format_duties(duties),
    )
    session.add(acc)
    _write_combined(session, True)
    session.flush()
    return User(acc.id, acc.username, acc.display_name, Role.VIEWER, None, duties)
