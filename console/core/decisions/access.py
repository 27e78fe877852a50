"""Who may print the bureau-wide lists and bulletins of this area."""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.core.errors import PermissionDenied
from console.core.i18n import tr_context
from console.core.permissions import current
from console.core.user import User
from glossary import Role

_t = tr_context("decisions")


def require_bureau_reader(session: Session, user: User) -> User:
    """The red and black lists and the quarterly and yearly rankings name every unit's
    people: a squad leader, who sees only their own unit, may not print them."""
    user = current(session, user)
    if user.role == Role.SQUAD_LEADER:
        raise PermissionDenied(
            _t("This list covers every unit; a squad leader sees their own unit's people only.")
        )
    return user
