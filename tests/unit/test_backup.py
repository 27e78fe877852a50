"""Backups are usable or absent: checked before they get their name, never left half
written under it, recorded in the audit log, pruned only when automatic."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from console.core.backups import automatic_backup, back_up
from console.core.database import Database, DatabaseError
from console.core.permissions import PermissionDenied
from console.core.workspace import Workspace
from db import backup as backup_mod
from db.audit import AuditLog, record_event
from db.backup import (
    BackupCheckFailed,
    auto_backups,
    backup_sqlite,
    check_file,
    clean_partials,
    is_partial,
    prune,
    to_prune,
)
from tests.factories import Bureau, make_bureau
from tests.records import populate


@pytest.fixture
def bureau(db: Database) -> Bureau:
    with db.session() as s:
        b = make_bureau(s)
        populate(s, b)
        return b


def _grow(db: Database, rows: int = 1500) -> None:
    """Enough pages that a copy takes several steps of SQLite's backup API."""
    with db.session() as s:
        for i in range(rows):
            record_event(s, "bulk_filler", {"note": f"bulk load {i} " + "x" * 1500})


def _backup_names(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".sqlite3"))


def test_a_backup_is_checked_named_and_recorded(db: Database, bureau: Bureau, tmp_path: Path):
    folder = tmp_path / "backups"
    path = back_up(Workspace(db, bureau.admin), folder)
    assert path.parent == folder and path.name.startswith("ducha-backup-")
    assert _backup_names(folder) == [path]
    assert not any(is_partial(p) for p in folder.iterdir())
    head, rows = check_file(path)
    assert rows > 0 and head is not None
    # The copy is one self-contained file, not a WAL database needing its -wal beside it.
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with db.session() as s:
        last = s.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
    assert last.table_name == "backup" and last.username == bureau.admin.username
    details = json.loads(last.after or "{}")
    assert details == {"kind": "manual", "file": str(path), "audit_head": f"{head[0]}:{head[1]}"}


def test_only_an_administrator_backs_up_by_hand(db: Database, bureau: Bureau, tmp_path: Path):
    folder = tmp_path / "backups"
    for user in (bureau.supervisor, bureau.leader, bureau.viewer):
        with pytest.raises(PermissionDenied):
            back_up(Workspace(db, user), folder)
    assert not folder.exists()
    # The desktop's automatic backup runs whoever is signed in.
    assert automatic_backup(Workspace(db, bureau.viewer), folder) is not None


def _kill_at(step: str, nth: int):  # type: ignore[no-untyped-def]
    seen = {"n": 0}

    def hook(name: str) -> None:
        if name == step:
            seen["n"] += 1
            if seen["n"] >= nth:
                os.kill(os.getpid(), signal.SIGKILL)

    return hook


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked process")
def test_a_backup_killed_at_any_step_leaves_no_unusable_file(
    db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    """kill -9 at 40 random points of the copy, the check, the sync and the rename:
    every file under a backup's name is a sound backup, and the next backup sweeps up
    what the killed ones left under their temporary names."""
    _grow(db)
    folder = tmp_path / "backups"
    rng = random.Random(11)
    steps = ["copying"] * 24 + ["checking", "syncing", "renaming", "done"] * 4
    rng.shuffle(steps)
    killed = 0
    for step in steps:
        nth = rng.randint(1, 8) if step == "copying" else 1
        pid = os.fork()
        if pid == 0:  # the child: back up until the hook kills it
            try:
                backup_mod.set_fault_hook(_kill_at(step, nth))
                backup_sqlite(db.url, folder)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        killed += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert killed >= 30
    named = _backup_names(folder)
    assert named, "some backups were killed only after they were complete"
    for path in named:
        check_file(path)  # raises if the file is not a sound Ducha backup
    assert any(is_partial(p) for p in folder.iterdir())  # what killed copies left …
    back_up(Workspace(db, bureau.admin), folder)
    assert not any(is_partial(p) for p in folder.iterdir())  # … is gone after the next one


def test_a_copy_that_fails_its_check_is_not_kept(db: Database, bureau: Bureau, tmp_path: Path):
    _grow(db, 300)
    folder = tmp_path / "backups"

    def damage(step: str) -> None:
        if step == "checking":
            partial = next(p for p in folder.iterdir() if is_partial(p))
            with open(partial, "r+b") as f:
                f.seek(4096 * 3)
                f.write(b"\xff" * 4096 * 4)

    backup_mod.set_fault_hook(damage)
    try:
        with pytest.raises(DatabaseError, match="failed its check"):
            back_up(Workspace(db, bureau.admin), folder)
    finally:
        backup_mod.set_fault_hook(None)
    assert list(folder.iterdir()) == []


def test_a_database_whose_audit_log_was_altered_is_not_backed_up_as_sound(
    db: Database, bureau: Bureau, tmp_path: Path
) -> None:
    with sqlite3.connect(str(db.url.database)) as conn:
        conn.execute("UPDATE audit_log SET after = '{}' WHERE id = 3")
    folder = tmp_path / "backups"
    with pytest.raises(DatabaseError, match="audit log has been altered"):
        back_up(Workspace(db, bureau.admin), folder)
    assert list(folder.iterdir()) == []
    # The copy kept before a restore or an upgrade keeps what was there, altered or not.
    kept = backup_sqlite(db.url, folder, "before-restore", check_chain=False)
    with pytest.raises(BackupCheckFailed):
        check_file(kept.path)


def test_stale_temporary_files_are_swept_but_not_a_live_backups(tmp_path: Path) -> None:
    dead = tmp_path / f".ducha-partial-{os.uname().nodename}-999999999-1.tmp"
    alive = tmp_path / f".ducha-partial-{os.uname().nodename}-{os.getpid()}-2.tmp"
    elsewhere = tmp_path / ".ducha-partial-another-desk-123-3.tmp"
    old_elsewhere = tmp_path / ".ducha-partial-another-desk-124-4.tmp"
    manual = tmp_path / "ducha-backup-20261101-090000.sqlite3"
    for path in (dead, alive, elsewhere, old_elsewhere, manual):
        path.write_bytes(b"partial")
    week_ago = (datetime.now() - timedelta(days=7)).timestamp()
    os.utime(old_elsewhere, (week_ago, week_ago))
    assert sorted(clean_partials(tmp_path)) == sorted([dead, old_elsewhere])
    assert sorted(tmp_path.iterdir()) == sorted([alive, elsewhere, manual])


def test_what_sqlite_left_beside_a_killed_copy_is_swept_with_it(tmp_path: Path) -> None:
    """A copy killed while SQLite switched it out of write-ahead-log mode leaves its -wal
    and -shm files: they go with the copy, and a live backup's stay."""
    dead = f".ducha-partial-{os.uname().nodename}-999999999-1.tmp"
    alive = f".ducha-partial-{os.uname().nodename}-{os.getpid()}-2.tmp"
    for name in (dead, alive):
        for side in ("", "-wal", "-shm", "-journal"):
            (tmp_path / f"{name}{side}").write_bytes(b"partial")
    swept = clean_partials(tmp_path)
    assert sorted(p.name for p in swept) == sorted(
        f"{dead}{side}" for side in ("", "-wal", "-shm", "-journal")
    )
    assert len(list(tmp_path.iterdir())) == 4  # the live backup's four files


def test_retention_keeps_14_daily_and_12_monthly_automatic_backups(tmp_path: Path) -> None:
    today = datetime(2026, 11, 22, 18, 0, 0)
    for day in range(400):
        for hour in (9, 17):  # on starting and on closing
            taken = today - timedelta(days=day, hours=18 - hour)
            (tmp_path / f"ducha-auto-{taken:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"")
    theirs = [
        tmp_path / "ducha-backup-20250101-120000.sqlite3",  # taken by hand
        tmp_path / "ducha-before-restore-20250101-120000.sqlite3",
        tmp_path / "other-auto-20250101-120000.sqlite3",  # another database's
        tmp_path / "ducha-auto-notes.txt",
        tmp_path / "ducha-auto-20250101-999999.sqlite3",  # not a time: not ours
    ]
    for path in theirs:
        path.write_bytes(b"")
    prune(tmp_path, "ducha", daily=14, monthly=12)
    kept = auto_backups(tmp_path, "ducha")
    days = [taken.date() for taken, _ in kept]
    assert len(set(days)) == len(days)  # one a day at most
    last_14 = {(today - timedelta(days=d)).date() for d in range(14)}
    assert last_14 <= set(days)
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12 and min(months) == (2025, 12)
    for year, month in months - {(2026, 11)}:  # each older month keeps its newest backup
        newest = max(d for d in days if (d.year, d.month) == (year, month))
        assert (newest + timedelta(days=1)).month != month
    assert len(kept) == 14 + 11
    assert all(path.exists() for path in theirs)


def test_retention_settings_are_honoured() -> None:
    start = datetime(2026, 1, 1, 12)
    backups = [(start + timedelta(days=d), Path(f"d{d}")) for d in range(90)]
    assert len(backups) - len(to_prune(backups, daily=3, monthly=1)) == 3
    assert len(backups) - len(to_prune(backups, daily=1, monthly=3)) == 3
    assert to_prune(backups[:2], daily=14, monthly=12) == []


def test_automatic_backup_once_a_day(db: Database, bureau: Bureau, tmp_path: Path) -> None:
    ws = Workspace(db, bureau.supervisor)
    tmp_path = tmp_path / "backups"
    morning = datetime(2026, 11, 22, 8, 30)
    first = automatic_backup(ws, tmp_path, only_if_none_today=True, now=morning)
    assert first is not None and first.name == "ducha-auto-20261122-083000.sqlite3"
    again = automatic_backup(ws, tmp_path, only_if_none_today=True, now=morning.replace(hour=12))
    assert again is None
    # On closing there is always one; the next day starts afresh.
    closing = automatic_backup(ws, tmp_path, now=morning.replace(hour=18))
    tomorrow = automatic_backup(
        ws, tmp_path, only_if_none_today=True, now=morning + timedelta(days=1)
    )
    assert closing is not None and tomorrow is not None
    # Retention: one a day, so the morning's gave way to the evening's.
    assert [p for _, p in auto_backups(tmp_path, "ducha")] == [closing, tomorrow]
    with db.session() as s:
        kinds = [
            json.loads(a or "{}").get("kind")
            for a in s.scalars(select(AuditLog.after).where(AuditLog.table_name == "backup"))
        ]
    assert kinds == ["automatic"] * 3


@pytest.mark.postgres
def test_a_server_database_is_not_backed_up_by_ducha(pg: Database, tmp_path: Path) -> None:
    with pg.session() as s:
        b = make_bureau(s)
    with pytest.raises(DatabaseError, match="pg_dump"):
        back_up(Workspace(pg, b.admin), tmp_path)
    assert list(tmp_path.iterdir()) == []
