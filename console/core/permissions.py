"""What each role may do, enforced here in the core (the UI only mirrors it).

- admin (督察队长): everything, including accounts, units, people and the rule catalogue.
- supervisor (督察员): records and edits business records bureau-wide; reads people.
- squad_leader (中队长): sees only their own unit and the units below it, and maintains
  the people there.
- viewer (局领导): reads everything, changes nothing.

Beside the business roles, three separated administrator duties (三权分立, GB/T 22239-2019
level 3), held by administrator accounts (``UserAccount.duties``):

- system (系统管理员): accounts (adding, disabling), units (with the 督察队长, whose
  roster sync adds squads), the bureau's system settings.
- security (安全管理员): roles and duties, lockouts, the password policy.
- audit (审计管理员): reads and exports the audit log.

An account holding any duty is an administrator account and acts, for business records,
as a viewer: it reads and changes nothing, so that no administrator can quietly change
points; finalising a month and the rule catalogue stay with the 督察队长 (admin). One
person holds two duties only while the bureau's explicit, audited setting allows it
(``console.core.duties``).

Every write re-reads the account first: a role changed or an account disabled by an
administrator takes effect at once, not at the user's next sign-in.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.errors import PermissionDenied
from console.core.i18n import N_, tr_context
from console.core.user import User
from db.accounts import UserAccount
from db.org import Unit
from glossary import Duty, Role, parse_duties

_t = tr_context("permissions")


def require_user(user: User | None) -> User:
    if user is None:
        raise PermissionDenied(_t("Please sign in first."))
    return user


def current(session: Session, user: User | None) -> User:
    """The acting user as the database has them now (role, unit, still active)."""
    user = require_user(user)
    row = session.execute(
        select(UserAccount.role, UserAccount.unit_id, UserAccount.active, UserAccount.duties).where(
            UserAccount.id == user.id
        )
    ).first()
    if row is None or not row.active:
        raise PermissionDenied(_t("This account has been disabled. Please sign in again."))
    duties = parse_duties(row.duties)
    return User(
        user.id,
        user.username,
        user.display_name,
        business_role(row.role, duties),
        row.unit_id,
        duties,
    )


def business_role(role: Role, duties: frozenset[Duty]) -> Role:
    """The role an account acts in on business records: an administrator account (one
    holding any duty) only reads them, whatever its stored role says."""
    return Role.VIEWER if duties else role


_DUTY_REFUSALS = {
    Duty.SYSTEM: N_("Only the system administrator may do this."),
    Duty.SECURITY: N_("Only the security administrator may do this."),
    Duty.AUDIT: N_("Only the audit administrator may read or export the audit log."),
}


def has_duty(user: User, duty: Duty) -> bool:
    return duty in user.duties


def require_duty(session: Session, user: User | None, duty: Duty) -> User:
    """The acting user, if they hold ``duty`` now (re-read, as every check is)."""
    user = current(session, user)
    if duty not in user.duties:
        raise PermissionDenied(_t(_DUTY_REFUSALS[duty]))
    return user


def require_any_duty(session: Session, user: User | None, *duties: Duty) -> User:
    """The acting user, if they hold one of ``duties`` (a setting two duties may change)."""
    user = current(session, user)
    if not user.duties & set(duties):
        raise PermissionDenied(_t(_DUTY_REFUSALS[duties[0]]))
    return user


def can_read_audit(user: User) -> bool:
    return has_duty(user, Duty.AUDIT)


def require_audit_reader(session: Session, user: User | None) -> User:
    return require_duty(session, user, Duty.AUDIT)


def can_manage_accounts(user: User) -> bool:
    return has_duty(user, Duty.SYSTEM)


def can_manage_roles(user: User) -> bool:
    return has_duty(user, Duty.SECURITY)


def can_manage_units(user: User) -> bool:
    """The unit tree is the system administrator's, and the 督察队长's too: the monthly
    roster sync adds the squads HR created. Adding or renaming a unit moves no points."""
    return has_duty(user, Duty.SYSTEM) or user.role == Role.ADMIN


def require_account_creator(session: Session, user: User | None, role: Role) -> User:
    """Adding accounts is the system administrator's; giving one any role but viewer is
    the security administrator's as well."""
    user = require_duty(session, user, Duty.SYSTEM)
    if role != Role.VIEWER and Duty.SECURITY not in user.duties:
        raise PermissionDenied(
            _t(
                "Only the security administrator gives accounts a role: add the account "
                "as a viewer and ask them to set its role."
            )
        )
    return user


def require_unit_manager(session: Session, user: User | None) -> User:
    user = current(session, user)
    if not can_manage_units(user):
        raise PermissionDenied(
            _t("Units are added and renamed by the system administrator and the supervision chief.")
        )
    return user


def require_admin(session: Session, user: User | None) -> User:
    """The 督察队长's business powers: finalising months, the rule catalogue, scoring,
    training and warning settings. No administrator account passes (``business_role``)."""
    user = current(session, user)
    if user.role != Role.ADMIN:
        raise PermissionDenied(_t("Only an administrator may do this."))
    return user


def can_write(user: User) -> bool:
    return user.role != Role.VIEWER


def require_write(session: Session, user: User | None) -> User:
    user = current(session, user)
    if not can_write(user):
        raise PermissionDenied(_t("Your role (viewer) may read but not change records."))
    return user


def can_edit_people(user: User) -> bool:
    return user.role in (Role.ADMIN, Role.SQUAD_LEADER)


def require_people_editor(session: Session, user: User | None, *unit_ids: int | None) -> User:
    """People are maintained by administrators, and by squad leaders for their own units."""
    user = current(session, user)
    if not can_edit_people(user):
        raise PermissionDenied(
            _t("People are maintained by administrators and by squad leaders for their squad.")
        )
    for unit_id in unit_ids:
        if unit_id is not None:  # a missing unit is a validation error, reported as such
            require_unit_access(session, user, unit_id)
    return user


def subtree_ids(session: Session, root_id: int) -> set[int]:
    """The unit and every unit below it (the tree is small: one query, walked in Python)."""
    rows = session.execute(select(Unit.id, Unit.parent_id)).all()
    children: dict[int, list[int]] = {}
    for uid, parent in rows:
        if parent is not None:
            children.setdefault(parent, []).append(uid)
    found = {root_id}
    stack = [root_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def visible_unit_ids(session: Session, user: User) -> set[int] | None:
    """Units the user may see; None means all of them."""
    if user.role == Role.SQUAD_LEADER:
        return subtree_ids(session, user.unit_id) if user.unit_id is not None else set()
    return None


def require_unit_access(session: Session, user: User, unit_id: int | None) -> None:
    scope = visible_unit_ids(session, user)
    if scope is not None and unit_id not in scope:
        raise PermissionDenied(_t("A squad leader may only act on their own unit."))
