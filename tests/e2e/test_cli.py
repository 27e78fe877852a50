"""The `ducha` command on a real database file, as a subprocess: contracts and exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}


def ducha(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        # The bureau speaks Chinese; these tests read the English messages.
        [sys.executable, "-m", "console.cli", "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    done = ducha(
        "--db", str(path), "demo", "--people", "80", "--months", "4", "--today", "2026-11-22"
    )
    assert done.returncode == 0, done.stderr
    assert "Sign in as admin" in done.stdout
    return path


def test_demo_refuses_a_database_that_holds_people(demo_db: Path) -> None:
    again = ducha("--db", str(demo_db), "demo", "--people", "80", "--months", "4")
    assert again.returncode == 1
    assert again.stderr.strip()


def test_user_add_and_list(tmp_path: Path) -> None:
    db = str(tmp_path / "u.sqlite3")
    first = ducha(
        "--db",
        db,
        "user",
        "add",
        "chief",
        "--name",
        "队长",
        "--role",
        "admin",
        "--password-stdin",
        stdin="longpass\n",
    )
    assert first.returncode == 0, first.stderr
    weak = ducha(
        "--db",
        db,
        "user",
        "add",
        "bob",
        "--name",
        "鲍勃",
        "--role",
        "viewer",
        "--password-stdin",
        stdin="123\n",
    )
    assert weak.returncode == 1
    assert "password" in weak.stderr
    listed = ducha("--db", db, "user", "list")
    assert listed.returncode == 0
    assert "chief\t队长\tadmin" in listed.stdout


def test_squad_leader_needs_a_known_unit(demo_db: Path) -> None:
    done = ducha(
        "--db",
        str(demo_db),
        "user",
        "add",
        "zd2",
        "--name",
        "某中队长",
        "--role",
        "squad_leader",
        "--unit",
        "不存在中队",
        "--password-stdin",
        stdin="longpass\n",
    )
    assert done.returncode == 1
    assert "不存在中队" in done.stderr


def test_audit_verify_passes_then_catches_tampering(demo_db: Path, tmp_path: Path) -> None:
    ok = ducha("--db", str(demo_db), "audit", "verify")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "intact" in ok.stdout
    copy = tmp_path / "tampered.sqlite3"
    backup = ducha("--db", str(demo_db), "backup", "-o", str(tmp_path))
    assert backup.returncode == 0
    written = Path(backup.stdout.strip().split()[-1])
    assert written.exists()
    written.rename(copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE audit_log SET after = '{}' WHERE id = 5")
    bad = ducha("--db", str(copy), "audit", "verify", "--json")
    assert bad.returncode == 1
    assert '"ok": false' in bad.stdout


def test_usage_errors_exit_2() -> None:
    assert ducha("no-such-command").returncode == 2
    assert ducha("user", "add").returncode == 2
    assert ducha("--lang", "fr", "demo").returncode == 2


def test_chinese_output_follows_the_language(tmp_path: Path) -> None:
    db = str(tmp_path / "zh.sqlite3")
    done = ducha("--lang", "zh_CN", "--db", db, "backup", "-o", str(tmp_path / "b"))
    assert done.returncode == 0
    assert "备份" in done.stdout


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sheet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (a)")
    done = ducha("--db", str(path), "audit", "verify")
    assert done.returncode == 1
    assert "did not create" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_new_bureau_can_be_set_up_headless(tmp_path: Path) -> None:
    """The path a real installation takes: an admin, the bureau, its squads."""
    db = str(tmp_path / "new.sqlite3")
    steps = [
        ("user", "add", "chief", "--name", "队长", "--role", "admin", "--password-stdin"),
        ("unit", "add", "江南区综合行政执法局", "--kind", "bureau"),
        ("unit", "add", "城东中队", "--kind", "squad", "--parent", "江南区综合行政执法局"),
        ("unit", "add", "法制科", "--kind", "department", "--parent", "江南区综合行政执法局"),
    ]
    for step in steps:
        done = ducha(*step, "--db", db, stdin="longpass\n")
        assert done.returncode == 0, done.stderr
    second_root = ducha("unit", "add", "又一个局", "--kind", "bureau", "--db", db)
    assert second_root.returncode == 1
    listed = ducha("unit", "list", "--db", db)
    assert listed.stdout.splitlines()[0].startswith("江南区综合行政执法局")
    assert "  城东中队\tSquad\t0" in listed.stdout


def test_removing_the_newest_audit_rows_is_caught_against_a_backup(
    demo_db: Path, tmp_path: Path
) -> None:
    backup = ducha("--db", str(demo_db), "backup", "-o", str(tmp_path))
    anchor = Path(backup.stdout.strip().split()[-1])
    copy = tmp_path / "truncated.sqlite3"
    anchor_copy = tmp_path / "anchor.sqlite3"
    copy.write_bytes(anchor.read_bytes())
    anchor.rename(anchor_copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 3 FROM audit_log)")
    alone = ducha("--db", str(copy), "audit", "verify", "--json")
    report = json.loads(alone.stdout)
    assert report["breaks"] == []  # the chain by itself cannot see a cut at its end …
    # (here the cut took the newest finalised month's seal, which the month check names)
    assert report["broken_seals"] == [{"month": "2026-10", "differs": ["seal"]}]
    against = ducha("--db", str(copy), "audit", "verify", "--against", str(anchor_copy))
    assert against.returncode == 1  # … an anchor can
    assert "removed" in against.stdout
    head = ducha("--db", str(anchor_copy), "audit", "verify", "--json")
    expect = json.loads(head.stdout)["head"]
    assert ducha("--db", str(copy), "audit", "verify", "--expect", expect).returncode == 1
    assert ducha("--db", str(anchor_copy), "audit", "verify", "--expect", expect).returncode == 0
