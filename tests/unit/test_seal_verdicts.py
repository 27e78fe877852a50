"""A finalised month shown again while nothing changed reuses its seal verdict; any
change to the database since — by another desktop, a tool on the file, the app itself —
has the next look check the seal anew, so an edit made outside is still caught."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from console.core import seal
from console.core.database import Database
from console.core.scoring.entries import EntryInput, record_entries
from console.core.scoring.ranking import month_ranking
from console.core.seal import Part
from console.core.workspace import Workspace
from glossary import YearMonth
from tests.factories import Bureau
from tests.scoring_fixtures import TODAY, finalised_bureau, rule_id

MONTH = YearMonth(2026, 10)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[YearMonth]]:
    """The months whose digests were recomputed, in order."""
    done: list[YearMonth] = []
    real = seal.month_digest

    def counted(session, month):  # type: ignore[no-untyped-def]
        done.append(month)
        return real(session, month)

    monkeypatch.setattr(seal, "month_digest", counted)
    yield done


def _look(database: Database, b: Bureau) -> tuple[bool, tuple[Part, ...]]:
    with database.session() as session:
        ranking = month_ranking(session, b.admin, MONTH)
        return ranking.finalised, ranking.broken


def _sealed(database: Database, checks: list[YearMonth]) -> Bureau:
    """October finalised; ``checks`` counts from here (finalising computed the digests
    to seal them)."""
    b = finalised_bureau(database)
    checks.clear()
    return b


def _edit_with_a_tool(database: Database) -> None:
    """An entry's points changed by a tool on the file (its own connection)."""
    with closing(sqlite3.connect(str(database.url.database))) as tool, tool:
        tool.execute("UPDATE point_event SET points = 50 WHERE points = 6")


def _rule_id(database: Database, code: str) -> int:
    with database.session() as session:
        return rule_id(session, code)


def test_a_month_shown_again_unchanged_reuses_its_verdict(
    db: Database, checks: list[YearMonth]
) -> None:
    b = _sealed(db, checks)
    assert _look(db, b) == (True, ())
    assert _look(db, b) == (True, ())
    assert _look(db, b) == (True, ())
    assert checks == [MONTH]


def test_an_edit_by_a_tool_on_the_file_is_caught_at_the_next_look(
    db: Database, checks: list[YearMonth]
) -> None:
    b = _sealed(db, checks)
    assert _look(db, b) == (True, ())
    _edit_with_a_tool(db)
    assert _look(db, b) == (False, (Part.ENTRIES,))
    assert _look(db, b) == (False, (Part.ENTRIES,))  # and stays broken
    assert checks == [MONTH, MONTH]


def test_bytes_written_into_the_file_are_caught_at_the_next_look(
    db: Database, checks: list[YearMonth], tmp_path: Path
) -> None:
    """A hex editor, or an edited copy written over the file in place, goes round SQLite:
    no data version changes, but the file's times and size do."""
    b = finalised_bureau(db)
    live = Path(str(db.url.database))
    with closing(sqlite3.connect(live)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
    checks.clear()
    assert _look(db, b) == (True, ())
    edited = tmp_path / "edited.sqlite3"
    with closing(sqlite3.connect(live)) as src, closing(sqlite3.connect(edited)) as dst:
        src.backup(dst)
        dst.execute("UPDATE monthly_result SET total = total + 50")
        dst.commit()
    page = 4096
    old, new = live.read_bytes(), edited.read_bytes()
    with open(live, "r+b") as f:
        for at in range(page, min(len(old), len(new)), page):  # page 1, the header, kept
            if old[at : at + page] != new[at : at + page]:
                f.seek(at)
                f.write(new[at : at + page])
    raw = db.engine.raw_connection()  # a large bureau's pages do not stay in memory
    raw.driver_connection.execute("PRAGMA shrink_memory")  # type: ignore[union-attr]
    raw.close()
    assert _look(db, b) == (False, (Part.RESULTS,))
    assert checks == [MONTH, MONTH]


def test_an_edit_through_the_apps_own_connection_is_caught_too(
    db: Database, checks: list[YearMonth]
) -> None:
    """SQLite's data version counts only other connections' commits: the connection's
    own changes count as well."""
    b = _sealed(db, checks)
    assert _look(db, b) == (True, ())
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE monthly_result SET rank = rank + 1 WHERE rank = 1"))
    assert _look(db, b) == (False, (Part.RESULTS,))


def test_an_entry_recorded_in_another_month_has_the_next_look_check_again(
    db: Database, checks: list[YearMonth]
) -> None:
    b = _sealed(db, checks)
    assert _look(db, b) == (True, ())
    Workspace(db, b.supervisor).run(
        record_entries,
        b.supervisor,
        EntryInput(_rule_id(db, "FW01"), date(2026, 11, 20), 1, person_ids=[b.people[2].id]),
        TODAY,
    )
    assert _look(db, b) == (True, ())
    assert checks == [MONTH, MONTH]


def test_an_edit_committed_while_a_reading_runs_shows_at_the_next_reading(
    db: Database, checks: list[YearMonth]
) -> None:
    """A reading sees one snapshot: its verdict is the one for what it shows. The next
    reading sees the edit, and checks again."""
    b = _sealed(db, checks)
    with db.session() as session:
        first = month_ranking(session, b.admin, MONTH)
        _edit_with_a_tool(db)
        again = month_ranking(session, b.admin, MONTH)
        assert first.finalised and again.finalised
        assert [p.total for p in again.people] == [p.total for p in first.people]
    assert _look(db, b) == (False, (Part.ENTRIES,))


def test_a_transaction_that_wrote_neither_reuses_nor_keeps_a_verdict(
    db: Database, checks: list[YearMonth]
) -> None:
    """What a writing transaction saw may yet be rolled back."""
    b = _sealed(db, checks)
    assert _look(db, b) == (True, ())
    session = db.session()
    try:
        session.execute(text("UPDATE point_event SET points = 50 WHERE points = 6"))
        ranking = month_ranking(session, b.admin, MONTH)
        assert ranking.broken == (Part.ENTRIES,)
        session.rollback()
    finally:
        session.close()
    assert _look(db, b) == (True, ())
    assert checks == [MONTH, MONTH, MONTH]


@pytest.mark.postgres
def test_on_postgresql_every_look_checks_the_seal(pg: Database, checks: list[YearMonth]) -> None:
    b = _sealed(pg, checks)
    assert _look(pg, b) == (True, ())
    assert _look(pg, b) == (True, ())
    assert checks == [MONTH, MONTH]
    with pg.engine.begin() as conn:
        conn.execute(text("UPDATE point_event SET points = 50 WHERE points = 6"))
    assert _look(pg, b) == (False, (Part.ENTRIES,))
