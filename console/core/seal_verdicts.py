"""A finalised month's seal verdict, reused while the database is unchanged since.

Checking a seal recomputes the month's digests, which reads every entry of the month:
a tenth of a second on a bureau of thousands, each time the month is shown (its page,
the Overview, a bulletin, a scorecard). The verdict cannot change while the data do not,
so a reading on SQLite reuses the verdict reached before on the same connection when
both of these are as they were then:

- ``PRAGMA data_version``: SQLite changes it whenever another connection — another
  desktop, a tool editing the file — commits a change to the database, and reads it for
  the snapshot the reading transaction sees. A change committed meanwhile shows in the
  next transaction, which checks again. (SQLite writes nothing for an "update" that
  leaves a row as it was, so only a real change counts.)
- the connection's own changes (``total_changes``): nothing was written through it. A
  transaction that has written itself neither reuses nor leaves a verdict, as what it
  saw may yet be rolled back.

So a reused verdict is the one a new computation would reach. PostgreSQL has no such
witness: there every reading recomputes, as ``ducha audit verify`` and a printed
bulletin's verification code always do (``console.core.seal.seal_status``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.core.seal import SealStatus, seal_status
from db.engine import CHANGES_AT_BEGIN
from glossary import YearMonth

_VERDICTS = "ducha_seal_verdicts"  # key in a connection's info: month -> (stamp, verdict)


def _stamp(session: Session) -> tuple[int, int] | None:
    """What the session's connection has seen of the database, when it can be told; None
    on PostgreSQL, or when the transaction has written."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    changes: int = connection.connection.dbapi_connection.total_changes  # type: ignore[union-attr]
    if connection.info.get(CHANGES_AT_BEGIN) != changes:
        return None
    version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
    return int(version), changes


def shown_seal_status(session: Session, month: YearMonth) -> SealStatus:
    """``seal_status`` for showing the month: the verdict reached on this connection
    before, if the database is unchanged since; else computed now (and kept)."""
    stamp = _stamp(session)
    if stamp is None:
        return seal_status(session, month)
    verdicts: dict[YearMonth, tuple[tuple[int, int], SealStatus]] = (
        session.connection().info.setdefault(_VERDICTS, {})
    )
    kept = verdicts.get(month)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    status = seal_status(session, month)
    verdicts[month] = (stamp, status)
    return status
