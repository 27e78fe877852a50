"""`ducha backup`, `ducha restore` and `ducha audit verify --against` as a user runs them."""

from __future__ import annotations

import hashlib
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from db.backup import check_file, is_partial
from tests.cli import DEMO_ADMIN, ENV, ducha, signed_in


@pytest.fixture(scope="module")
def bureau_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("backup-cli") / "bureau.sqlite3"
    done = ducha(
        "--db",
        str(path),
        "demo",
        "--people",
        "80",
        "--months",
        "3",
        "--today",
        "2026-11-22",
        user=None,
    )
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def live(bureau_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo bureau for a test that changes it."""
    path = tmp_path / "live" / "ducha.sqlite3"
    path.parent.mkdir()
    with closing(sqlite3.connect(bureau_db)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _written(done: subprocess.CompletedProcess[str]) -> Path:
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip().split()[-1])


def _units(db: Path) -> list[str]:
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM unit ORDER BY id")]


def test_killing_ducha_backup_leaves_no_unusable_backup(live: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    started = time.monotonic()
    _written(ducha("--db", str(live), "backup", "-o", str(folder), user=DEMO_ADMIN))
    whole = time.monotonic() - started
    rng = random.Random(5)
    extra, password = signed_in(DEMO_ADMIN)
    command = ["--db", str(live), "backup", "-o", str(folder), *extra]
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-m", "console.cli", *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**ENV, **password},
        )
        time.sleep(rng.uniform(0.3, 1.0) * whole)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    for path in folder.iterdir():
        if not is_partial(path):
            check_file(path)  # every file under a backup's name is a sound backup
    _written(ducha("--db", str(live), "backup", "-o", str(folder), user=DEMO_ADMIN))
    assert not [p.name for p in folder.iterdir() if is_partial(p)]


def test_backup_change_restore(live: Path, tmp_path: Path) -> None:
    backup = _written(
        ducha("--db", str(live), "backup", "-o", str(tmp_path / "b"), user=DEMO_ADMIN)
    )
    before = _units(live)
    bureau = before[0]
    added = ducha(
        "--db",
        str(live),
        "unit",
        "add",
        "新设督察中队",
        "--kind",
        "squad",
        "--parent",
        bureau,
        user=DEMO_ADMIN,
    )
    assert added.returncode == 0, added.stderr
    refused = ducha("--db", str(live), "restore", str(backup), stdin="n\n", user=DEMO_ADMIN)
    assert refused.returncode == 1 and "Nothing was restored" in refused.stdout
    assert "新设督察中队" in _units(live)

    done = ducha("--db", str(live), "restore", str(backup), stdin="y\n", user=DEMO_ADMIN)
    assert done.returncode == 0, done.stderr
    for fact in ("Bureau: " + bureau, "People: 80", "Audit log: intact", "Schema: the same"):
        assert fact in done.stdout
    assert _units(live) == before
    kept = Path(done.stdout.strip().split()[-1])
    assert "新设督察中队" in _units(kept)  # the replaced database is kept

    verify = ducha("--db", str(live), "audit", "verify", "--json", user=None)
    assert json.loads(verify.stdout)["ok"] is True
    with closing(sqlite3.connect(live)) as conn:
        subject, after = conn.execute(
            "SELECT table_name, after FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert subject == "restore" and json.loads(after)["file"] == str(backup)
    # The restored log still holds the backup's head: --against proves nothing was cut.
    against = ducha("--db", str(live), "audit", "verify", "--against", str(backup), user=None)
    assert against.returncode == 0


def test_restore_of_a_bad_file_changes_nothing(live: Path, tmp_path: Path) -> None:
    text = tmp_path / "roster.sqlite3"
    text.write_text("姓名,工号\n张伟,001\n", encoding="utf-8")
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(live.read_bytes()[:8192])
    before = _units(live)
    for bad, says in (
        (tmp_path / "no-such-backup.sqlite3", "There is no file"),
        (text, "not a database file"),
        (cut, "cannot be used"),
    ):
        done = ducha("--db", str(live), "restore", str(bad), "--yes", user=DEMO_ADMIN)
        assert done.returncode == 1, done.stdout
        assert says in done.stderr and "Traceback" not in done.stderr
        assert _units(live) == before
    assert not (tmp_path / "no-such-backup.sqlite3").exists()


def test_verify_against_a_missing_backup_is_an_error(live: Path, tmp_path: Path) -> None:
    typo = tmp_path / "backups" / "ducha-backup-2026.sqlite3"
    done = ducha("--db", str(live), "audit", "verify", "--against", str(typo), user=None)
    assert done.returncode == 1
    assert "There is no file" in done.stderr and "intact" not in done.stdout
    assert not typo.exists() and not typo.parent.exists()
    missing_db = ducha("--db", str(tmp_path / "nothing.sqlite3"), "audit", "verify", user=None)
    assert missing_db.returncode == 1 and not (tmp_path / "nothing.sqlite3").exists()


def test_verify_never_modifies_the_file_it_checks(live: Path, tmp_path: Path) -> None:
    backup = _written(
        ducha("--db", str(live), "backup", "-o", str(tmp_path / "b"), user=DEMO_ADMIN)
    )
    digest, listing = _sha(backup), sorted(backup.parent.iterdir())
    for args in (
        ("--db", str(live), "audit", "verify", "--against", str(backup)),
        ("--db", str(backup), "audit", "verify"),
    ):
        done = ducha(*args, user=None)
        assert done.returncode == 0, done.stderr
        assert _sha(backup) == digest
        assert sorted(backup.parent.iterdir()) == listing
