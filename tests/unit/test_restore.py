"""Restore: a backup is checked and described first, the database it replaces is kept,
and afterwards the database holds exactly what the backup held, with the restore on
record. Checking a backup never writes to it."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select

from console.core.backups import (
    RestoreRefused,
    back_up,
    backup_head,
    inspect_backup,
    restore,
    verify_file,
)
from console.core.database import Database, DatabaseError, open_database
from console.core.permissions import PermissionDenied
from console.core.units import add_unit
from console.core.workspace import Workspace
from db.audit import AuditLog
from db.engine import make_engine
from db.migrate import alembic_config, head_revision
from glossary import UnitKind
from tests.factories import Bureau, make_bureau
from tests.records import populate


@pytest.fixture
def bureau(db: Database) -> Bureau:
    with db.session() as s:
        b = make_bureau(s)
        populate(s, b)
        return b


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            n: sorted(map(tuple, conn.execute(f'SELECT * FROM "{n}"')), key=repr) for n in names
        }


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _live(db: Database) -> Path:
    return Path(str(db.url.database))


def test_backup_change_restore_returns_exactly_the_backed_up_data(
    db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    admin = Workspace(db, bureau.admin)
    backup = back_up(admin, tmp_path / "backups")
    held = _tables(backup)
    admin.run(add_unit, bureau.admin, "城南中队", UnitKind.SQUAD, bureau.bureau.id)
    with closing(sqlite3.connect(_live(db))) as conn:  # and a change behind Ducha's back
        conn.execute("DELETE FROM point_event")
        conn.commit()
    summary = inspect_backup(backup)
    assert (summary.bureau, summary.people, summary.findings) == ("测试市综合行政执法局", 5, 6)
    assert summary.entries == len(held["point_event"]) > 0
    assert summary.last_change_by == "system" and summary.last_change_at is not None
    assert not summary.schema.older and "same" in summary.schema_words

    done = restore(db, bureau.admin, backup, tmp_path / "backups")
    try:
        now = _tables(_live(done.database))
        audit_now = now.pop("audit_log")
        audit_then = held.pop("audit_log")
        assert now == held  # every table, every row
        assert set(audit_then) <= set(audit_now)
        with done.database.session() as s:
            last = s.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
        assert len(audit_now) == len(audit_then) + 1
        assert last.table_name == "restore" and last.username == bureau.admin.username
        details = json.loads(last.after or "{}")
        assert details["file"] == str(backup)
        assert details["audit_head"] == "{}:{}".format(*summary.head)  # type: ignore[str-format]
        # The database that was replaced is kept, with the change made since the backup.
        previous = _tables(done.previous)
        assert any("城南中队" in row for row in previous["unit"])
        assert previous["point_event"] == []
        assert verify_file(_live(done.database), None).breaks == []
    finally:
        done.database.close()


def test_only_an_administrator_restores(db: Database, bureau: Bureau, tmp_path: Path) -> None:
    backup = back_up(Workspace(db, bureau.admin), tmp_path / "b")
    before = _tables(_live(db))
    with pytest.raises(PermissionDenied):
        restore(db, bureau.supervisor, backup)
    assert _tables(_live(db)) == before


def _missing(good: Path, folder: Path) -> Path:
    return folder / "missing.sqlite3"


def _folder(good: Path, folder: Path) -> Path:
    return folder


def _text(good: Path, folder: Path) -> Path:
    path = folder / "notes.sqlite3"
    path.write_text("台账", encoding="utf-8")
    return path


def _truncated(good: Path, folder: Path) -> Path:
    path = folder / "cut.sqlite3"
    path.write_bytes(good.read_bytes()[:5000])
    return path


def _damaged(good: Path, folder: Path) -> Path:
    data = bytearray(good.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\x00\x01" * 4096 * 2
    path = folder / "damaged.sqlite3"
    path.write_bytes(bytes(data))
    return path


def _altered(good: Path, folder: Path) -> Path:
    path = folder / "altered.sqlite3"
    shutil.copyfile(good, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit_log SET username = 'someone' WHERE id = 2")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_missing, "There is no file"),
        (_folder, "is a folder"),
        (_text, "not a database file"),
        (_truncated, "cannot be used"),
        (_damaged, "cannot be used"),
        (_altered, "audit log has been altered"),
    ],
    ids=["missing", "folder", "text", "truncated", "damaged", "altered"],
)
def test_a_bad_backup_is_refused_and_nothing_changes(
    db: Database, bureau: Bureau, tmp_path: Path, make: Any, message: str
) -> None:
    good = back_up(Workspace(db, bureau.admin), tmp_path / "b")
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = make(good, bad_dir)
    before = _tables(_live(db))
    with pytest.raises(RestoreRefused, match=message):
        restore(db, bureau.admin, bad)
    assert _tables(_live(db)) == before
    assert [p.name for p in (tmp_path / "b").iterdir()] == [good.name]  # no copy taken
    assert Workspace(db, bureau.admin).read(lambda s: s.scalar(select(AuditLog.id).limit(1)))


def test_a_backup_from_a_newer_ducha_is_refused(db: Database, bureau: Bureau, tmp_path: Path):
    backup = back_up(Workspace(db, bureau.admin), tmp_path / "b")
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    with pytest.raises(RestoreRefused, match="newer version of Ducha"):
        restore(db, bureau.admin, backup)


def test_an_older_backup_is_upgraded_after_the_restore(
    db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    old = tmp_path / "old" / "ducha-backup-20250101-080000.sqlite3"
    old.parent.mkdir()
    engine = make_engine(f"sqlite:///{old}")
    command.upgrade(alembic_config(engine), "0004_point_tally")
    engine.dispose()
    with sqlite3.connect(old) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    summary = inspect_backup(old)
    assert summary.schema.older and summary.schema.revision == "0004_point_tally"
    assert "earlier version" in summary.schema_words
    assert "0004" not in summary.schema_words  # words, not migration names
    done = restore(db, bureau.admin, old, tmp_path / "b")
    try:
        assert done.database.upgrade.from_revision == "0004_point_tally"
        assert done.database.upgrade.to_revision == head_revision(done.database.engine)
        with done.database.session() as s:
            assert s.scalars(select(AuditLog.table_name)).all() == ["restore"]
    finally:
        done.database.close()


def test_restore_waits_for_other_programs_to_close_the_database(
    db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    backup = back_up(Workspace(db, bureau.admin), tmp_path / "b")
    Workspace(db, bureau.admin).run(
        add_unit, bureau.admin, "城南中队", UnitKind.SQUAD, bureau.bureau.id
    )
    other = sqlite3.connect(_live(db))  # another Ducha window on the same file
    try:
        other.execute("SELECT count(*) FROM unit").fetchone()
        before = _tables(_live(db))
        with pytest.raises(RestoreRefused, match="open in another"):
            restore(db, bureau.admin, backup, tmp_path / "b")
        assert _tables(_live(db)) == before
        assert Workspace(db, bureau.admin).read(lambda s: s.scalar(select(AuditLog.id).limit(1)))
    finally:
        other.close()


@pytest.mark.postgres
def test_a_server_database_is_not_restored_by_ducha(pg: Database, tmp_path: Path) -> None:
    with pg.session() as s:
        b = make_bureau(s)
    file = tmp_path / "x.sqlite3"
    with pytest.raises(DatabaseError, match="pg_restore"):
        restore(pg, b.admin, file)


def test_checking_a_backup_never_writes_to_it(db: Database, bureau: Bureau, tmp_path: Path):
    folder = tmp_path / "b"
    backup = back_up(Workspace(db, bureau.admin), folder)
    # A backup made by an earlier Ducha: a WAL database file, as the live one is.
    legacy = folder / "ducha-backup-20240101-000000.sqlite3"
    with sqlite3.connect(_live(db)) as src, sqlite3.connect(legacy) as dst:
        src.backup(dst)
    assert legacy.read_bytes()[18] == 2  # the header's "WAL mode" mark
    for path in (backup, legacy):
        hashes = _sha(path)
        listing = sorted(p.name for p in folder.iterdir())
        inspect_backup(path)
        backup_head(path)
        verify_file(path, None)
        assert _sha(path) == hashes
        assert sorted(p.name for p in folder.iterdir()) == listing  # no -wal, -shm, journal
    missing = tmp_path / "typo.sqlite3"
    with pytest.raises(DatabaseError, match="no database file"):
        verify_file(missing, None)
    with pytest.raises(DatabaseError, match="no file"):
        backup_head(missing)
    assert not missing.exists()


def test_the_restored_database_opens_as_usual(db: Database, bureau: Bureau, tmp_path: Path):
    backup = back_up(Workspace(db, bureau.admin), tmp_path / "b")
    done = restore(db, bureau.admin, backup, tmp_path / "b")
    done.database.close()
    again = open_database(_live(db))
    try:
        assert again.upgrade.from_revision == again.upgrade.to_revision  # nothing to upgrade
        with sqlite3.connect(_live(db)) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        again.close()
