"""Backups carry the audit chain head: the file holds it (shown before restoring), the
live log records it when the backup is taken, and restoring compares the two — a file
swapped or altered since it was taken says so, and the restore records the comparison."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from console.core.backups import back_up, inspect_backup, restore, with_recorded_head
from console.core.database import Database, open_database
from console.core.workspace import Workspace
from db.audit import AuditLog, chain_head
from tests.cli import ADMIN, main_as
from tests.factories import Bureau, make_bureau


@pytest.fixture
def live(tmp_path: Path) -> tuple[Database, Bureau]:
    database = open_database(tmp_path / "ducha.sqlite3")
    with database.session() as session:
        b = make_bureau(session)
        session.commit()
    return database, b


def test_a_backup_holds_the_head_recorded_when_it_was_taken(
    live: tuple[Database, Bureau],
) -> None:
    database, b = live
    with database.session() as session:
        head_before = chain_head(session)
    path = back_up(Workspace(database, b.admin))
    summary = Workspace(database, b.admin).read(with_recorded_head, inspect_backup(path))
    assert summary.head == head_before
    assert summary.head_matches_record is True
    assert summary.head_text in summary.head_words and "as recorded" in summary.head_words
    database.close()


def test_a_backup_file_swapped_since_it_was_taken_is_named(
    live: tuple[Database, Bureau], tmp_path: Path
) -> None:
    database, b = live
    first = back_up(Workspace(database, b.admin), tmp_path / "b1")
    with database.session() as session:
        b.people[0].name = "改名"
        session.add(b.people[0])
        session.commit()
    second = back_up(Workspace(database, b.admin), tmp_path / "b2")
    shutil.copyfile(second, first)  # the older backup's file now holds other data
    summary = Workspace(database, b.admin).read(with_recorded_head, inspect_backup(first))
    assert summary.head_matches_record is False
    assert "DIFFERENT" in summary.head_words
    stray = tmp_path / "stray.sqlite3"
    shutil.copyfile(second, stray)
    unknown = Workspace(database, b.admin).read(with_recorded_head, inspect_backup(stray))
    assert unknown.head_matches_record is None and "no record" in unknown.head_words

    restored = restore(database, b.admin, first)
    with restored.database.session() as session:
        after = session.scalars(
            select(AuditLog.after)
            .where(AuditLog.table_name == "restore")
            .order_by(AuditLog.id.desc())
            .limit(1)
        ).one()
    restored.database.close()
    assert json.loads(after or "{}")["audit_head_as_recorded"] is False


def test_ducha_restore_shows_the_head_and_its_record(
    live: tuple[Database, Bureau], capsys: pytest.CaptureFixture[str]
) -> None:
    database, b = live
    path = back_up(Workspace(database, b.admin))
    db_path = str(database.url.database)
    database.close()
    assert main_as(ADMIN, "--lang", "en", "restore", str(path), "--db", db_path, "--yes") == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("Audit chain head:"))
    assert "as recorded when this backup was taken" in line
