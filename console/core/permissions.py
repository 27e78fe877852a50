"""What each role may do, enforced here in the core (the UI only mirrors it).

- admin: everything, including accounts, units and the rule catalogue.
- supervisor: records and edits business records bureau-wide.
- squad_leader: sees and changes only their own unit and the units below it.
- viewer: reads everything, changes nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import PermissionDenied
from console.core.i18n import tr_context
from db.enums import Role
from db.org import Unit

_t = tr_context("permissions")


def require_user(user: User | None) -> User:
    if user is None:
        raise PermissionDenied(_t("Please sign in first."))
    return user


def require_admin(user: User | None) -> User:
    user = require_user(user)
    if user.role != Role.ADMIN:
        raise PermissionDenied(_t("Only an administrator may do this."))
    return user


def can_write(user: User) -> bool:
    return user.role != Role.VIEWER


def require_write(user: User | None) -> User:
    user = require_user(user)
    if not can_write(user):
        raise PermissionDenied(_t("Your role (viewer) may read but not change records."))
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
