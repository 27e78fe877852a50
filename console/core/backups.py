"""Back up the bureau's SQLite database, check a backup, and restore one.

Every backup is checked before it gets its name (``db.backup``) and recorded in the
audit log: who, when, which file, and the audit chain head the copy holds, so that
``ducha audit verify --against`` can later prove no row was cut since. A restore checks
the backup first (integrity and audit chain, on a read-only connection: checking never
writes to the file it checks), keeps a copy of the database it replaces, swaps the file
atomically, upgrades an older schema and records itself in the restored log.

A PostgreSQL server is backed up and restored with the server's own tools.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.core.database import Database, DatabaseError, open_database
from console.core.i18n import tr_context
from console.core.permissions import require_admin
from console.core.user import User
from console.core.workspace import Workspace
from db.audit import AuditLog, ChainBreak, check_anchor, record_event, verify_chain
from db.backup import (
    AUTO,
    BackupCheckFailed,
    BackupFile,
    BackupUnsupported,
    backup_dir_for,
    backup_sqlite,
    check_file,
    has_auto_backup_on,
    open_readonly,
    prune,
    sqlite_path,
)
from db.migrate import SchemaStanding, schema_standing
from db.private import private_file

_t = tr_context("backups")

DEFAULT_DAILY = 14
DEFAULT_MONTHLY = 12


class RestoreRefused(DatabaseError):
    """The backup cannot be restored (missing, damaged, altered, newer); nothing changed."""


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the user to confirm before restoring it."""

    path: Path
    bureau: str | None
    last_change_at: datetime | None  # UTC, as the audit log stores it
    last_change_by: str | None
    people: int
    entries: int  # point events
    findings: int
    audit_rows: int
    head: tuple[int, str] | None
    schema: SchemaStanding
    # The head the live database's audit log recorded when this file was taken (None:
    # no backup of this file is recorded there). Filled by ``with_recorded_head``.
    recorded_head: str | None = None

    @property
    def head_text(self) -> str:
        return f"{self.head[0]}:{self.head[1]}" if self.head else ""

    @property
    def head_matches_record(self) -> bool | None:
        """True: the file holds the head recorded when it was taken; False: it does not
        (not the backup that was made, or altered since); None: no record of it."""
        if self.recorded_head is None:
            return None
        return self.recorded_head == self.head_text

    @property
    def head_words(self) -> str:
        matches = self.head_matches_record
        if matches is None:
            return _t("{head} (this database has no record of taking this backup)").format(
                head=self.head_text or "—"
            )
        if matches:
            return _t("{head}, as recorded when this backup was taken").format(head=self.head_text)
        return _t(
            "{head}, DIFFERENT from the head recorded when this backup was taken ({recorded}): "
            "this file is not the backup that was made, or it was altered since"
        ).format(head=self.head_text or "—", recorded=self.recorded_head)

    @property
    def schema_words(self) -> str:
        if self.schema.older:
            return _t(
                "made by an earlier version of Ducha; it is brought up to date after the restore"
            )
        return _t("the same as this version of Ducha")


@dataclass(frozen=True)
class Restored:
    database: Database  # the restored database, open
    summary: BackupSummary
    previous: Path  # the copy of the database that was replaced


@dataclass(frozen=True)
class Verification:
    checked: int
    breaks: list[ChainBreak]
    head: tuple[int, str] | None


# --- backing up -----------------------------------------------------------------------
def _source(session: Session, user: User | None, automatic: bool) -> URL:
    # A backup holds every unit's data: taking one by hand is for administrators. The
    # automatic ones are the desktop's own safety net and run whoever is signed in.
    if not automatic:
        require_admin(session, user)
    return session.get_bind().engine.url


def _record_backup(session: Session, made: BackupFile, kind: str) -> None:
    record_event(session, "backup", _details(made, kind))


def _details(made: BackupFile, kind: str) -> dict[str, object]:
    return {
        "kind": kind,
        "file": str(made.path),
        "audit_head": f"{made.head[0]}:{made.head[1]}" if made.head else None,
    }


def back_up(
    workspace: Workspace,
    dest_dir: Path | None = None,
    *,
    automatic: bool = False,
    now: datetime | None = None,
) -> Path:
    """Write a checked backup of the workspace's database and record it in the audit log.

    The copy is made without holding the write lock (SQLite's backup API reads a
    snapshot); the audit row is written afterwards in a transaction of its own.
    """
    url = workspace.read(_source, workspace.user, automatic)
    label = AUTO if automatic else "backup"
    made = _make_backup(url, dest_dir, label, check_chain=True, now=now)
    workspace.run(_record_backup, made, "automatic" if automatic else "manual")
    return made.path


def _make_backup(
    url: URL, dest_dir: Path | None, label: str, check_chain: bool, now: datetime | None = None
) -> BackupFile:
    try:
        return backup_sqlite(url, dest_dir, label, check_chain=check_chain, now=now)
    except BackupUnsupported as exc:
        raise DatabaseError(
            _t(
                "Ducha backs up and restores only SQLite database files. A PostgreSQL "
                "server is backed up with the server's own tools (pg_dump, pg_restore)."
            )
        ) from exc
    except BackupCheckFailed as exc:
        raise DatabaseError(
            _t("The backup copy failed its check ({problem}); it was not kept.").format(
                problem=_problem_words(exc)
            )
        ) from exc
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(_t("The backup failed: {error}").format(error=exc)) from exc


def automatic_backup(
    workspace: Workspace,
    dest_dir: Path | None,
    daily: int = DEFAULT_DAILY,
    monthly: int = DEFAULT_MONTHLY,
    *,
    only_if_none_today: bool = False,
    now: datetime | None = None,
) -> Path | None:
    """The desktop's automatic backup (on closing, and once a day), then retention: only
    automatic backups are ever pruned. Returns None when today's already exists and
    ``only_if_none_today`` asked for at most one a day."""
    now = now or datetime.now()
    url = workspace.read(_source, workspace.user, True)
    live = _sqlite_file(url)
    folder = dest_dir or backup_dir_for(live)
    if only_if_none_today and has_auto_backup_on(folder, live.stem, now.date()):
        return None
    path = back_up(workspace, folder, automatic=True, now=now)
    prune(folder, live.stem, daily, monthly)
    return path


def backups_folder(workspace: Workspace, chosen: Path | None) -> Path | None:
    """Where this desktop's backups go: the folder chosen in Settings, else beside the
    database file. None for a server database (not backed up by Ducha)."""
    url = workspace.database.url
    if url.get_backend_name() != "sqlite":
        return None
    return chosen or backup_dir_for(_sqlite_file(url))


def _sqlite_file(url: URL) -> Path:
    try:
        return sqlite_path(url)
    except BackupUnsupported as exc:
        raise DatabaseError(
            _t(
                "Ducha backs up and restores only SQLite database files. A PostgreSQL "
                "server is backed up with the server's own tools (pg_dump, pg_restore)."
            )
        ) from exc


def _problem_words(exc: BackupCheckFailed) -> str:
    words = {
        "not a database": _t("not a database file"),
        "damaged": _t("the file is damaged"),
        "not a Ducha database": _t("not a Ducha database"),
        "audit chain broken": _t("its audit log has been altered"),
    }
    text_ = words.get(exc.problem, exc.problem)
    return f"{text_}: {exc.detail}" if exc.detail else text_


# --- checking a backup (never writing to it) --------------------------------------------
def _checked(path: Path, check_chain: bool) -> tuple[tuple[int, str] | None, int]:
    if not path.exists():
        raise RestoreRefused(_t("There is no file {path}.").format(path=path))
    if not path.is_file():
        raise RestoreRefused(_t("{path} is a folder, not a backup file.").format(path=path))
    try:
        return check_file(path, check_chain=check_chain)
    except BackupCheckFailed as exc:
        raise RestoreRefused(
            _t("{path} cannot be used as a backup: {problem}.").format(
                path=path, problem=_problem_words(exc)
            )
        ) from exc
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise RestoreRefused(
            _t("{path} cannot be read: {error}").format(path=path, error=exc)
        ) from exc


def backup_head(path: Path) -> tuple[int, str] | None:
    """The audit chain head a backup holds (for ``audit verify --against``)."""
    head, _rows = _checked(path, check_chain=False)
    return head


def verify_file(path: Path, anchor: tuple[int, str] | None) -> Verification:
    """Walk a database file's audit chain on a read-only connection: no schema set-up, no
    journal switch, nothing created; a missing file is an error, not a new database."""
    if not path.is_file():
        raise DatabaseError(_t("There is no database file {path}.").format(path=path))
    try:
        head, _rows = check_file(path, check_chain=False)
        engine = open_readonly(path)
        try:
            with Session(engine) as session:
                checked, breaks = verify_chain(session)
                if anchor is not None:
                    problem = check_anchor(session, *anchor)
                    if problem is not None:
                        breaks.append(problem)
        finally:
            engine.dispose()
    except BackupCheckFailed as exc:
        if exc.problem == "not a Ducha database":
            raise DatabaseError(
                _t("{db} holds tables that Ducha did not create; it is left untouched.").format(
                    db=path
                )
            ) from exc
        raise DatabaseError(
            _t("{path} cannot be checked: {problem}.").format(
                path=path, problem=_problem_words(exc)
            )
        ) from exc
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise DatabaseError(
            _t("{path} cannot be read: {error}").format(path=path, error=exc)
        ) from exc
    return Verification(checked, breaks, head)


def inspect_backup(path: Path) -> BackupSummary:
    """Check a backup (integrity, audit chain, schema) and say what it holds. Raises
    RestoreRefused with the reason when it must not be restored."""
    head, rows = _checked(path, check_chain=True)
    engine = open_readonly(path)
    try:
        schema = schema_standing(engine)
        if schema.newer:
            raise RestoreRefused(
                _t(
                    "{path} was made by a newer version of Ducha; update Ducha before restoring it."
                ).format(path=path)
            )
        if schema.position is None:
            raise RestoreRefused(_t("{path} is not a Ducha backup.").format(path=path))
        with engine.connect() as conn:
            listed = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            tables = {r[0] for r in listed}

            def count(table: str) -> int:
                # An older backup may predate a table (no findings before integrity came).
                if table not in tables:
                    return 0
                return int(conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())

            bureau = conn.execute(
                text("SELECT name FROM unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
            ).scalar()
            last = conn.execute(
                text("SELECT at, username FROM audit_log ORDER BY id DESC LIMIT 1")
            ).first()
            people, entries, findings = count("person"), count("point_event"), count("finding")
    except SQLAlchemyError as exc:
        raise RestoreRefused(
            _t("{path} cannot be read: {error}").format(path=path, error=exc)
        ) from exc
    finally:
        engine.dispose()
    at = None
    if last is not None and last[0] is not None:
        at = last[0] if isinstance(last[0], datetime) else datetime.fromisoformat(str(last[0]))
    return BackupSummary(
        path=path,
        bureau=bureau,
        last_change_at=at,
        last_change_by=None if last is None else last[1],
        people=people,
        entries=entries,
        findings=findings,
        audit_rows=rows,
        head=head,
        schema=schema,
    )


def recorded_backup_head(session: Session, path: Path) -> str | None:
    """The audit head recorded in this database's log when the backup ``path`` was
    taken (the latest record of that file), or None."""
    wanted = {str(path), str(path.expanduser().resolve())}
    found: str | None = None
    rows = session.execute(
        select(AuditLog.after).where(AuditLog.table_name == "backup").order_by(AuditLog.id)
    )
    for (after,) in rows:
        try:
            details = json.loads(after or "null")
        except ValueError:
            continue
        if isinstance(details, dict) and details.get("file") in wanted:
            found = details.get("audit_head")
    return found


def with_recorded_head(session: Session, summary: BackupSummary) -> BackupSummary:
    """``summary`` compared with what this database recorded when the backup was taken."""
    return replace(summary, recorded_head=recorded_backup_head(session, summary.path))


# --- restoring --------------------------------------------------------------------------
def _record_restore(session: Session, summary: BackupSummary, previous: BackupFile) -> None:
    record_event(
        session,
        "restore",
        {
            "file": str(summary.path),
            "audit_head": f"{summary.head[0]}:{summary.head[1]}" if summary.head else None,
            # Whether the file held the head recorded when it was taken (None: no record).
            "audit_head_as_recorded": summary.head_matches_record,
            "replaced_copy": str(previous.path),
            "replaced_audit_head": (
                f"{previous.head[0]}:{previous.head[1]}" if previous.head else None
            ),
        },
    )


def _admin(session: Session, user: User | None) -> None:
    require_admin(session, user)


def restore(
    database: Database, user: User, backup: Path, backups_dir: Path | None = None
) -> Restored:
    """Replace the database with ``backup``. In order: the user must be an administrator;
    the backup must pass its check; a copy of the current database is kept (in
    ``backups_dir``, by default beside it); the file is swapped atomically; the schema is
    upgraded if the backup is older; the restore is recorded in the restored audit log.

    ``database`` is closed on success (the caller switches to ``Restored.database``);
    if anything is refused before the swap, it stays as it was and usable.
    """
    workspace = Workspace(database, user)
    workspace.read(_admin, user)
    live = _sqlite_file(database.url)
    summary = workspace.read(with_recorded_head, inspect_backup(backup))
    if backup.resolve() == live.resolve():
        raise RestoreRefused(_t("That file is the database in use, not a backup."))
    previous = _make_backup(database.url, backups_dir, "before-restore", check_chain=False)
    staged = live.parent / f".ducha-partial-restore-{os.getpid()}.tmp"
    try:
        # Created owner-only first: copyfile keeps an existing file's mode, and the swap
        # keeps it for the restored database (db.private).
        private_file(staged)
        shutil.copyfile(backup, staged)
        with open(staged, "rb+") as handle:
            os.fsync(handle.fileno())
        check_file(staged)  # the copy, not only the original, is sound
        database.close()
        _take_sole_access(live)
        os.replace(staged, live)
    except BackupCheckFailed as exc:
        raise RestoreRefused(
            _t("The copied backup failed its check ({problem}); nothing was restored.").format(
                problem=_problem_words(exc)
            )
        ) from exc
    except OSError as exc:
        raise RestoreRefused(
            _t("The database could not be replaced: {error}. Nothing was restored.").format(
                error=exc
            )
        ) from exc
    finally:
        staged.unlink(missing_ok=True)
    restored = open_database(database.url)
    Workspace(restored, user).run(_record_restore, summary, previous)
    return Restored(restored, summary, previous.path)


def _take_sole_access(live: Path) -> None:
    """Make sure no other program has the database open, and leave it as one file.

    Switching out of WAL mode needs every other connection closed, so it doubles as the
    test: a second Ducha window on the same file makes the restore stop here, unchanged.
    """
    try:
        conn = sqlite3.connect(str(live), timeout=2, isolation_level=None)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise RestoreRefused(_in_use()) from exc
    if str(mode).lower() != "delete":
        raise RestoreRefused(_in_use())
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)


def _in_use() -> str:
    return _t(
        "The database is open in another Ducha window or program. Close it there and "
        "restore again; nothing was changed."
    )
