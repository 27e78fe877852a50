"""Who is acting: the signed-in user as every service receives them.

A module of its own so that ``auth`` (accounts, sign-in) and ``permissions`` (what each
role may do) can both import it at the top, neither needing the other inside a function.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.audit import Actor
from glossary import Duty, Role


@dataclass(frozen=True)
class User:
    """The signed-in user: what services receive as the acting user."""

    id: int  # an account: the command line signs in too (``--user``)
    username: str
    display_name: str
    role: Role
    unit_id: int | None
    # The administrator duties held (三权分立); empty for a business account.
    duties: frozenset[Duty] = frozenset()

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.username)


def own_actor(username: str) -> Actor:
    """The audit author for someone acting before they are signed in (signing in,
    creating the first administrator): their own name, as they typed it."""
    return Actor(None, username.strip())
