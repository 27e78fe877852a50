"""A finalised month's seal verdict, reused while the database is unchanged since.

Checking a seal recomputes the month's digests, which reads every entry of the month:
a tenth of a second on a bureau of thousands, each time the month is shown (its page,
the Overview, a bulletin, a scorecard). The verdict cannot change while the data do not,
so a reading on a SQLite file reuses the verdict reached before on the same connection
when all of these are as they were then:

- ``PRAGMA data_version``: SQLite changes it whenever another connection — another
  desktop, a tool on the database — commits a change, and reads it for the snapshot the
  reading transaction sees. A change committed meanwhile shows in the next transaction,
  which checks again. (SQLite writes nothing for an "update" that leaves a row as it
  was, so only a real change counts.)
- the connection's own changes (``total_changes``): nothing was written through it. A
  transaction that has written itself neither reuses nor leaves a verdict, as what it
  saw may yet be rolled back.
- the database file and its write-ahead log as the file system describes them (inode,
  size, modification and change times): bytes written into the file other than through
  SQLite — a hex editor, another file copied over it — change no data version, but do
  change these. (The change time cannot be set back by a program on Linux; on Windows
  the modification time can, by a tool written for the purpose, and the next start or
  ``ducha audit verify`` then catches the edit.)

So a reused verdict is the one a new computation would reach. PostgreSQL has no such
witness: there every reading recomputes, as ``ducha audit verify`` and a printed
bulletin's verification code always do (``console.core.seal.seal_status``).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from console.core.seal import SealStatus, seal_status
from db.engine import CHANGES_AT_BEGIN
from glossary import YearMonth

_VERDICTS = "ducha_seal_verdicts"  # key in a connection's info: month -> (stamp, verdict)

Stamp = tuple[object, ...]


def _file_state(path: str) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _own_changes(connection: Connection) -> int:
    return connection.connection.dbapi_connection.total_changes  # type: ignore[union-attr]


def _stamp(session: Session) -> Stamp | None:
    """What the session's connection has seen of the database, when it can be told; None
    on PostgreSQL, on a database that is not a plain file, or when the transaction has
    written."""
    connection = session.connection()
    name = connection.engine.url.database
    if connection.dialect.name != "sqlite" or not name or name == ":memory:":
        return None
    if name.startswith("file:") or connection.engine.url.query.get("uri"):
        return None
    changes = _own_changes(connection)
    if connection.info.get(CHANGES_AT_BEGIN) != changes:
        return None
    version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
    path = str(Path(name).resolve())
    return int(version), changes, _file_state(path), _file_state(f"{path}-wal")


def shown_seal_status(session: Session, month: YearMonth) -> SealStatus:
    """``seal_status`` for showing the month: the verdict reached on this connection
    before, if the database is unchanged since; else computed now (and kept)."""
    stamp = _stamp(session)
    if stamp is None:
        return seal_status(session, month)
    connection = session.connection()
    verdicts: dict[YearMonth, tuple[Stamp, SealStatus]] = connection.info.setdefault(_VERDICTS, {})
    kept = verdicts.get(month)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    status = seal_status(session, month)
    # Kept only if computing it wrote nothing (an autoflush would have): else what it
    # saw is not what the stamp describes.
    if _own_changes(connection) == stamp[1]:
        verdicts[month] = (stamp, status)
    return status
