"""Consistent online backup of the SQLite database file."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL


class BackupUnsupported(Exception):
    """Raised for server databases, which the bureau backs up with its own tools."""


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_sqlite(url: URL, dest_dir: Path | None = None, label: str = "backup") -> Path:
    """Copy the live database with SQLite's backup API (safe while others write)."""
    if url.get_backend_name() != "sqlite" or not url.database:
        raise BackupUnsupported(
            "only SQLite databases are backed up by Ducha; use pg_dump for PostgreSQL"
        )
    src_path = Path(url.database)
    target_dir = dest_dir or backup_dir_for(src_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{src_path.stem}-{label}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"{src_path.stem}-{label}-{stamp}-{n}.sqlite3"
    src = sqlite3.connect(str(src_path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
