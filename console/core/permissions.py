"""What each role may do, enforced here in the core (the UI only mirrors it).

- admin (督察队长): everything, including accounts, units, people and the rule catalogue.
- supervisor (督察员): records and edits business records bureau-wide; reads people.
- squad_leader (中队长): sees only their own unit and the units below it, and maintains
  the people there.
- viewer (局领导): reads everything, changes nothing.

Every write re-reads the account first: a role changed or an account disabled by an
administrator takes effect at once, not at the user's next sign-in.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.errors import PermissionDenied
from console.core.i18n import tr_context
from console.core.user import User
from db.accounts import UserAccount
from db.org import Unit
from glossary import Role

_t = tr_context("permissions")


def require_user(user: User | None) -> User:
    if user is None:
        raise PermissionDenied(_t("Please sign in first."))
    return user


def current(session: Session, user: User | None) -> User:
    """The acting user as the database has them now (role, unit, still active)."""
    user = require_user(user)
    row = session.execute(
        select(UserAccount.role, UserAccount.unit_id, UserAccount.active).where(
            UserAccount.id == user.id
        )
    ).first()
    if row is None or not row.active:
        raise PermissionDenied(_t("This account has been disabled. Please sign in again."))
    return User(user.id, user.username, user.display_name, row.role, row.unit_id)


def require_admin(session: Session, user: User | None) -> User:
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
