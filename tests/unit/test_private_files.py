"""The database (and its -wal/-shm), its backups, a restored database and the logs are
created readable by their user only (0600, folders 0700) on POSIX, whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.core.backups import back_up, restore
from console.core.database import open_database
from console.core.workspace import Workspace
from console.ui.crash import PrivateRotatingFileHandler
from tests.factories import make_bureau

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """The usual umask, and the most permissive one: the modes must not depend on it."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_a_new_database_and_its_wal_and_shm_are_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "new-folder" / "ducha.sqlite3"
    database = open_database(path)
    try:
        with database.session() as session:
            make_bureau(session)
            session.commit()
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        assert mode(path.parent) == 0o700
    finally:
        database.close()


def test_backups_and_a_restored_database_are_private(tmp_path: Path, umask: int) -> None:
    live = tmp_path / "ducha.sqlite3"
    database = open_database(live)
    with database.session() as session:
        admin = make_bureau(session).admin
        session.commit()
    backup = back_up(Workspace(database, admin))
    assert mode(backup) == 0o600
    assert mode(backup.parent) == 0o700  # the backups folder Ducha created
    restored = restore(database, admin, backup)
    try:
        assert mode(live) == 0o600
        assert mode(restored.previous) == 0o600  # the copy of the database it replaced
    finally:
        restored.database.close()


def test_the_log_and_its_rollovers_are_private(tmp_path: Path, umask: int) -> None:
    log_file = tmp_path / "ducha.log"
    handler = PrivateRotatingFileHandler(log_file, maxBytes=200, backupCount=2, encoding="utf-8")
    log = logging.Logger("test.private", logging.INFO)
    log.addHandler(handler)
    try:
        for i in range(20):
            log.info("line %d of a report long enough to roll the file over", i)
    finally:
        handler.close()
    rolled = Path(f"{log_file}.1")
    assert rolled.exists()
    assert (mode(log_file), mode(rolled)) == (0o600, 0o600)
