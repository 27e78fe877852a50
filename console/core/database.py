"""Open the bureau's database: resolve where it is, bring its schema up to date.

Backups and restores are in ``console.core.backups``.

Failures come out as DatabaseError with a translated message that names the database,
for the CLI and the GUI to show as they are.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from console.core.errors import DuchaError
from console.core.i18n import tr_context
from db.engine import describe, make_engine, make_session_factory, resolve_url
from db.migrate import UnknownSchema, UpgradeReport, ensure_schema
from db.network_share import network_share

_t = tr_context("database")


class DatabaseError(DuchaError):
    """The database cannot be opened, upgraded, backed up or restored; the message says why."""


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    upgrade: UpgradeReport
    network_share: str | None = None
    """The kind of network location holding a SQLite file (``"cifs"``, ``"UNC"`` …), if any."""

    @property
    def description(self) -> str:
        return describe(self.url)

    @property
    def place(self) -> str:
        """Where the data is, in a user's words, for the status bar and the sign-in box:
        never a path or an address (the About box gives the location, for support)."""
        if self.url.get_backend_name() == "sqlite":
            return _t("this computer")
        return _t("the shared database server")

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def session(self) -> Session:
        """A bare session, for scripts that only read (benchmarks). Everything that
        changes data goes through ``console.core.workspace.Workspace``."""
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | os.PathLike[str] | URL | None = None) -> Database:
    try:
        url = db if isinstance(db, URL) else resolve_url(db)
    except (ArgumentError, OSError) as exc:
        raise DatabaseError(
            _t("{db} is neither a file path nor a database URL: {error}").format(db=db, error=exc)
        ) from exc
    where = describe(url)
    engine = None
    try:
        engine = make_engine(url)
        from console.core.upgrade_anchors import anchor_after_upgrade

        report = ensure_schema(engine, after_upgrade=anchor_after_upgrade)
    except UnknownSchema as exc:
        if engine is not None:
            engine.dispose()
        if exc.newer:
            # The schema's revision means nothing to a user: the version to update to does.
            message = _t("{db} was made by a newer version of Ducha; please update Ducha.").format(
                db=where
            )
        else:
            message = _t(
                "{db} holds tables that Ducha did not create; it is left untouched."
            ).format(db=where)
        raise DatabaseError(message) from exc
    except (SQLAlchemyError, sqlite3.Error, OSError, ImportError) as exc:
        if engine is not None:
            engine.dispose()
        raise DatabaseError(
            _t("Cannot open the database {db}: {error}").format(db=where, error=_short(exc))
        ) from exc
    share = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        share = network_share(str(url.database))
    return Database(url, engine, make_session_factory(engine), report, share)


def network_share_warning(database: Database) -> str | None:
    """What the user is told, once per start, about a database file on a network share;
    None for a local file or a database server. No path: the user needs the advice."""
    if database.network_share is None:
        return None
    return _t(
        "The database is in a shared network folder. Ducha works there more carefully "
        "and more slowly, but a database file opened over the network by several desktops "
        "can still be damaged. For one desktop, keep the database on this computer. For "
        "several desktops, ask your IT department for a PostgreSQL database that they all "
        "share (user guide, chapter 1)."
    )


def _short(exc: BaseException) -> str:
    """The driver's own words, without SQLAlchemy's SQL echo and help link."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return text.split("\n")[0].strip()
