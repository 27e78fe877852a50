"""The one door for every change: a unit of work bound to the database and the acting user.

``Workspace.run(service, *args)`` opens one session, records the acting user as the audit
log's author, begins one writing transaction, calls ``service(session, *args)`` and
commits, or rolls back on any error. ``Workspace.read`` does the same for a service that
only reads, and rolls back whatever happens. Services check permission, flush and return
plain values; they never commit and never set the audit actor.

The UI and the command line reach services only through here; the UI never sees a
Session. A concurrent change that a service could not see coming (another desktop won
the race for the same row) comes out as ``Conflict``, never as a driver error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.core.auth import User
from console.core.conflicts import Conflict, conflict_for_stale_row
from console.core.database import Database
from console.core.errors import DuchaError
from console.core.i18n import tr_context
from console.core.text_guard import refuse_control_characters
from db.audit import SYSTEM, Actor
from db.engine import WRITE

P = ParamSpec("P")
R = TypeVar("R")

_t = tr_context("workspace")

# PostgreSQL's codes for "another transaction got in the way": serialization failure and
# deadlock (two desktops each waiting for a lock the other holds; the server ends one).
_RACE_CODES = {"40001", "40P01"}


class DatabaseBusy(DuchaError):
    """Another process kept the database's write lock past the busy timeout."""


class Workspace:
    """What a signed-in desktop (or a command) acts through.

    ``actor`` overrides the audit author where there is no signed-in user yet: the first
    administrator creating their own account is recorded under their own name.
    """

    def __init__(self, database: Database, user: User | None, actor: Actor | None = None) -> None:
        self.database = database
        self.user = user
        self._actor = actor or (user.actor if user is not None else SYSTEM)

    def as_user(self, user: User) -> Workspace:
        """The same database, acting as another user (after signing in)."""
        return Workspace(self.database, user)

    def run(
        self, service: Callable[Concatenate[Session, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """Run a service that writes: all of it is committed, or none of it."""
        with self.database.sessions() as session:
            session.info["actor"] = self._actor
            event.listen(session, "before_flush", refuse_control_characters)
            try:
                with session.begin():
                    session.connection(execution_options=WRITE)
                    return service(session, *args, **kwargs)
            except StaleDataError as exc:
                raise conflict_for_stale_row(self.database.sessions, exc) from exc
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) in _RACE_CODES:
                    raise Conflict(
                        _t(
                            "Another desktop was saving the same records at the same moment. "
                            "Nothing was saved: refresh and try again."
                        )
                    ) from exc
                if "database is locked" in str(exc.orig):
                    # SQLite's busy timeout ran out: another process held the write lock
                    # for seconds (a large import on another desktop).
                    raise DatabaseBusy(
                        _t(
                            "The database stayed busy with another desktop's work for too "
                            "long. Nothing was saved: try again in a moment."
                        )
                    ) from exc
                raise

    def read(
        self, service: Callable[Concatenate[Session, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """Run a service that only reads. Anything it changed is a bug, and is refused."""
        with self.database.sessions() as session:
            event.listen(session, "before_flush", _refuse_writes)
            result = service(session, *args, **kwargs)
            if session.new or session.deleted or any(map(session.is_modified, session.dirty)):
                raise ReadOnlyViolation(f"{service.__qualname__} changed records in a read")
            return result  # closing the session rolls its transaction back


class ReadOnlyViolation(RuntimeError):
    """A service run as a read tried to write: a bug, never the user's doing."""


def _refuse_writes(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.deleted or any(map(session.is_modified, session.dirty)):
        raise ReadOnlyViolation("a service run as a read tried to write")
