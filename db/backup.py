"""Backups of the SQLite database file that are usable or absent, and read-only checks.

A backup is written under a temporary name that never looks like a backup, checked
(``PRAGMA integrity_check`` and the audit chain, on a read-only connection to the copy),
flushed to disk and only then renamed into place in the same folder, so that a backup
killed at any moment leaves nothing under a backup's name. This holds on a network drive
too: the temporary file is written in the target folder, and the rename stays there.

Names: ``<db>-<label>-<YYYYMMDD-HHMMSS>.sqlite3``. Automatic backups use the label
``auto``; retention (``prune``) deletes only those, never a backup taken by hand.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from db.audit import chain_head, verify_chain
from db.private import private_dir, private_file

SUFFIX = ".sqlite3"
AUTO = "auto"
_PARTIAL = ".ducha-partial-"  # a leading dot and a .tmp end: no backup looks like this
_PARTIAL_END = ".tmp"
STALE_AFTER_S = 6 * 3600
"""A temporary file of another desktop (same network folder) older than this is abandoned."""

_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?$")

FaultHook = Callable[[str], None]
_fault: FaultHook | None = None
"""Tests set this to stop a backup dead at a named step (see ``set_fault_hook``)."""


class BackupUnsupported(Exception):
    """Raised for server databases, which the bureau backs up with its own tools."""


class BackupCheckFailed(Exception):
    """The copy failed its check; it was deleted. ``problem`` says what was wrong."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class BackupFile:
    path: Path
    head: tuple[int, str] | None  # the audit chain's newest row in the copy
    audit_rows: int


def set_fault_hook(hook: FaultHook | None) -> None:
    """Call ``hook(step)`` at each step of a backup (tests kill the process there)."""
    global _fault
    _fault = hook


def _step(name: str) -> None:
    if _fault is not None:
        _fault(name)


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def sqlite_path(url: URL) -> Path:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupUnsupported(
            "only SQLite databases are backed up by Ducha; use pg_dump for PostgreSQL"
        )
    return Path(url.database)


def backup_sqlite(
    url: URL,
    dest_dir: Path | None = None,
    label: str = "backup",
    *,
    check_chain: bool = True,
    now: datetime | None = None,
) -> BackupFile:
    """Copy the live database with SQLite's backup API (safe while others write), check
    the copy and rename it into place. Raises BackupCheckFailed (nothing is left behind)
    if the copy is not sound; ``check_chain`` False still checks the file's integrity but
    accepts a broken audit chain (the copy taken before a restore keeps what was there)."""
    src_path = sqlite_path(url)
    target_dir = dest_dir or backup_dir_for(src_path)
    private_dir(target_dir)
    clean_partials(target_dir)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{src_path.stem}-{label}-{stamp}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"{src_path.stem}-{label}-{stamp}-{n}{SUFFIX}"
    partial = target_dir / (
        f"{_PARTIAL}{socket.gethostname()}-{os.getpid()}-{time.monotonic_ns()}{_PARTIAL_END}"
    )
    try:
        _copy(src_path, partial)
        _step("checking")
        head, rows = check_file(partial, check_chain=check_chain)
        _step("syncing")
        _fsync(partial)
        _step("renaming")
        os.replace(partial, target)
        _fsync_dir(target_dir)
        _step("done")
    except BaseException:
        _remove_partial(partial)
        raise
    return BackupFile(target, head, rows)


def _copy(src_path: Path, partial: Path) -> None:
    _step("copying")
    src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        # Owner-only before a byte is copied; the rename keeps the mode (db.private).
        private_file(partial)
        dst = sqlite3.connect(str(partial), isolation_level=None)
        try:
            # The copy's own writes need no journal: if it is cut short it is thrown away.
            dst.execute("PRAGMA journal_mode=OFF")
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst, pages=128, progress=lambda *_: _step("copying"))
            # The live file is in WAL mode; the backup is one self-contained file.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def readonly_uri(path: Path) -> str:
    """A URI that opens ``path`` without ever writing to it or creating it. A file with no
    write-ahead log beside it is opened immutable, so not even a -shm file is created."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def open_readonly(path: Path) -> Engine:
    """An engine on ``path`` that cannot write to it (no schema set-up, no WAL switch).
    A missing file raises FileNotFoundError instead of being created."""
    if not path.is_file():
        raise FileNotFoundError(str(path))
    uri = readonly_uri(path)
    return create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )


def check_file(path: Path, check_chain: bool = True) -> tuple[tuple[int, str] | None, int]:
    """Check a database file without writing to it: SQLite's own integrity check, Ducha's
    tables, and the audit chain. Returns the chain's head and its length."""
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupCheckFailed("not a database", str(exc)) from exc
    if result != ["ok"]:
        raise BackupCheckFailed("damaged", "; ".join(map(str, result[:5])))
    if not {"alembic_version", "audit_log"} <= tables:
        raise BackupCheckFailed("not a Ducha database")
    engine = open_readonly(path)
    try:
        with Session(engine) as session:
            rows, breaks = verify_chain(session)
            head = chain_head(session)
    finally:
        engine.dispose()
    if breaks and check_chain:
        raise BackupCheckFailed("audit chain broken", f"row {breaks[0].audit_id}")
    return head, rows


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse; the data itself is already synced
    finally:
        os.close(fd)


# What SQLite may leave beside a partial copy killed mid-way: the copy takes the live
# file's write-ahead-log mode with its first page, and switching it back opens a log.
_SIDE_FILES = ("-journal", "-wal", "-shm")


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, *(Path(f"{partial}{side}") for side in _SIDE_FILES)):
        with contextlib.suppress(OSError):  # else cleaned up by the next backup
            leftover.unlink(missing_ok=True)


def is_partial(path: Path) -> bool:
    return path.name.startswith(_PARTIAL)


def clean_partials(folder: Path) -> list[Path]:
    """Delete temporary files that killed backups left behind: this machine's whose
    process is gone, and anyone's older than STALE_AFTER_S (another desktop writing to
    the same network folder keeps its own fresh ones)."""
    removed: list[Path] = []
    host = socket.gethostname()
    for path in folder.glob(f"{_PARTIAL}*"):
        name = path.name
        for side in _SIDE_FILES:
            name = name.removesuffix(side)
        parts = name[len(_PARTIAL) :].split("-")
        mine_and_dead = (
            len(parts) >= 3
            and "-".join(parts[:-2]) == host
            and parts[-2].isdigit()
            and not _alive(int(parts[-2]))
        )
        try:
            old = time.time() - path.stat().st_mtime > STALE_AFTER_S
            if mine_and_dead or old:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but not ours to signal (or Windows: assume alive)
    return True


# --- automatic backups and their retention ------------------------------------------
def auto_backups(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The automatic backups of database ``stem`` in ``folder``, oldest first."""
    found: list[tuple[datetime, int, Path]] = []
    prefix = f"{stem}-{AUTO}-"
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{prefix}*{SUFFIX}"):
        middle = path.name[len(stem) + 1 + len(AUTO) : -len(SUFFIX)]
        match = _STAMP.fullmatch(middle)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        # Two in the same second are numbered -2, -3 …: the number orders them.
        found.append((taken, int(match.group(2) or 1), path))
    found.sort()
    return [(taken, path) for taken, _n, path in found]


def has_auto_backup_on(folder: Path, stem: str, day: date) -> bool:
    return any(taken.date() == day for taken, _ in auto_backups(folder, stem))


def to_prune(backups: list[tuple[datetime, Path]], daily: int, monthly: int) -> list[Path]:
    """Which automatic backups retention deletes (``backups`` oldest first, as
    ``auto_backups`` lists them): it keeps the newest backup of each of the ``daily``
    most recent days that have one, and the newest of each of the ``monthly`` most
    recent months."""
    newest_first = backups[::-1]
    keep: set[Path] = set()
    days: set[date] = set()
    months: set[tuple[int, int]] = set()
    for taken, path in newest_first:
        day = taken.date()
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(path)
        month = (taken.year, taken.month)
        if month not in months and len(months) < monthly:
            months.add(month)
            keep.add(path)
    return [path for _, path in newest_first if path not in keep]


def prune(folder: Path, stem: str, daily: int, monthly: int) -> list[Path]:
    removed = []
    for path in to_prune(auto_backups(folder, stem), daily, monthly):
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue  # a file in use is left for the next round
    return removed
