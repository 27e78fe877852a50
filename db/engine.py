"""Engine and session factory: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.network_share import network_share
from db.private import own_dir, private_dir, private_file

ENV_URL = "DUCHA_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    # Ducha's own folder: owner-only, like the database in it (db.private).
    return own_dir(user_data_path("Ducha", appauthor=False, ensure_exists=True)) / "ducha.sqlite3"


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` may be a file path or a SQLAlchemy URL; then the environment; then the default."""
    value = str(db) if db is not None else os.environ.get(ENV_URL)
    if not value:
        value = str(default_db_path())
    if "://" in value:
        return make_url(value)
    path = Path(value).expanduser().resolve()
    private_dir(path.parent)
    return URL.create("sqlite+pysqlite", database=str(path))


WRITE = {"sqlite_begin": "IMMEDIATE"}
"""Execution options of a writing transaction (``Session.connection(execution_options=…)``)."""


def _sqlite_pragmas(on_network_share: bool) -> Callable[[Any, Any], None]:
    def connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own implicit BEGIN is switched off: _sqlite_begin says which BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite
        if on_network_share:
            # WAL keeps its index in shared memory that only one host can share
            # (https://sqlite.org/wal.html): over SMB or NFS two desktops would each write
            # by their own index and could damage the file. The rollback journal relies on
            # file locks instead, which network filesystems do carry; readers wait while
            # someone saves, which is the price of a file shared this way. FULL sync, as
            # NORMAL is only safe against power loss in WAL mode.
            _leave_wal(cursor)
            cursor.execute("PRAGMA synchronous=FULL")
        else:
            # WAL lets readers proceed while a supervisor saves.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return connect


def _leave_wal(cursor: Any) -> None:
    """Rollback journal for a file on a network share. A file that is in WAL mode already
    (made on a local disk, then moved) can leave it only while no other connection uses
    it; if another desktop has it open, this one carries on in WAL at once, rather than
    wait or refuse to start — the console's warning is shown either way."""
    cursor.execute("PRAGMA busy_timeout=0")
    with contextlib.suppress(sqlite3.OperationalError):  # "database is locked"
        cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


CHANGES_AT_BEGIN = "ducha_changes_at_begin"
"""Key in a connection's ``info``: how many rows it had changed when its transaction began
(``sqlite3.Connection.total_changes``), so that a reader can tell whether the transaction
itself has written (console.core.seal_verdicts)."""


def _sqlite_begin(conn: Any) -> None:
    """A writing transaction begins IMMEDIATE: it takes SQLite's write lock first, so that
    what it reads (a month's lock, a record's status, the audit chain's head) cannot change
    before it writes. Two desktops' writes queue up (busy timeout) instead of interleaving.
    Reading transactions stay DEFERRED and never wait."""
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.info[CHANGES_AT_BEGIN] = conn.connection.dbapi_connection.total_changes
    conn.exec_driver_sql(f"BEGIN {mode}")


def _create_private(url: URL) -> None:
    """A new database file is created owner-only before SQLite writes a byte to it; its
    -wal and -shm files then take the same mode (db.private)."""
    name = url.database
    if not name or name == ":memory:" or name.startswith("file:") or url.query.get("uri"):
        return
    path = Path(name)
    if path.parent.is_dir():
        private_file(path)


def make_engine(url: URL | str) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        _create_private(url)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        where = url.database or ""
        on_share = bool(where) and where != ":memory:" and network_share(where) is not None
        event.listen(engine, "connect", _sqlite_pragmas(on_share))
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    audit.install(factory)
    return factory


def describe(url: URL) -> str:
    """A short, password-free description of the database for the status bar."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)
