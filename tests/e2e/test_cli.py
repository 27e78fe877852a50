"""The `ducha` command on a real database file, as a subprocess: contracts and exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli import DEMO_ADMIN, DEMO_SYSADMIN, Account, ducha


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    done = ducha(
        "--db",
        str(path),
        "demo",
        "--people",
        "80",
        "--months",
        "4",
        "--today",
        "2026-11-22",
        user=None,  # a new demo database: nobody to sign in as yet
    )
    assert done.returncode == 0, done.stderr
    assert "Sign in as admin" in done.stdout
    return path


def test_demo_refuses_a_database_that_holds_people(demo_db: Path) -> None:
    again = ducha("--db", str(demo_db), "demo", "--people", "80", "--months", "4", user=None)
    assert again.returncode == 1
    assert again.stderr.strip()


CHIEF = Account("chief", "Head#Office-2026")
IT = Account("it", "It#Admin-2026")  # the system administrator named at init


def _init(db: str, *more: str) -> None:
    """A new bureau whose administrator is CHIEF (``init`` needs no sign-in)."""
    done = ducha(
        "--db",
        db,
        "init",
        "--bureau",
        "江南区综合行政执法局",
        "--admin",
        CHIEF.username,
        "--name",
        "队长",
        "--password-stdin",
        *more,
        stdin=CHIEF.password + "\n",
        user=None,
    )
    assert done.returncode == 0, done.stderr


def test_user_add_and_list(tmp_path: Path) -> None:
    db = str(tmp_path / "u.sqlite3")
    done = ducha(
        "--db", db, "init", "--bureau", "江南区综合行政执法局", "--admin", CHIEF.username,
        "--name", "队长", "--sysadmin", IT.username, "--password-stdin",
        stdin=f"{CHIEF.password}\n{IT.password}\n", user=None,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    add = ("--db", db, "user", "add", "bob", "--name", "鲍勃", "--role", "viewer")
    by_chief = ducha(*add, "--password-stdin", stdin="Jiang#Bei-2026\n", user=CHIEF)
    assert by_chief.returncode == 1  # accounts are the system administrator's job
    assert "system administrator" in by_chief.stderr
    weak = ducha(*add, "--password-stdin", stdin="123\n", user=IT)
    assert weak.returncode == 1
    assert "password" in weak.stderr
    added = ducha(*add, "--password-stdin", stdin="Jiang#Bei-2026\n", user=IT)
    assert added.returncode == 0, added.stderr
    # The administrator typed bob's password: bob chooses his own before any command.
    bob = ducha("--db", db, "user", "list", user=Account("bob", "Jiang#Bei-2026"))
    assert bob.returncode == 1 and "Sign in to the console once" in bob.stderr
    listed = ducha("--db", db, "user", "list", user=IT)
    assert listed.returncode == 0, listed.stderr
    assert "chief\t队长\tadmin" in listed.stdout and "bob\t鲍勃\tviewer" in listed.stdout


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
        stdin="Zd2#Pass-2026\n",
        user=DEMO_SYSADMIN,
    )
    assert done.returncode == 1
    assert "不存在中队" in done.stderr


def test_audit_verify_passes_then_catches_tampering(demo_db: Path, tmp_path: Path) -> None:
    ok = ducha("--db", str(demo_db), "audit", "verify", user=None)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "intact" in ok.stdout
    copy = tmp_path / "tampered.sqlite3"
    backup = ducha("--db", str(demo_db), "backup", "-o", str(tmp_path), user=DEMO_ADMIN)
    assert backup.returncode == 0
    written = Path(backup.stdout.strip().split()[-1])
    assert written.exists()
    written.rename(copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE audit_log SET after = '{}' WHERE id = 5")
    bad = ducha("--db", str(copy), "audit", "verify", "--json", user=None)
    assert bad.returncode == 1
    assert '"ok": false' in bad.stdout


def test_usage_errors_exit_2() -> None:
    assert ducha("no-such-command", user=None).returncode == 2
    assert ducha("user", "add", user=None).returncode == 2
    assert ducha("--lang", "fr", "demo", user=None).returncode == 2


def test_chinese_output_follows_the_language(demo_db: Path, tmp_path: Path) -> None:
    args = ("--db", str(demo_db), "backup", "-o", str(tmp_path / "b"))
    done = ducha(*args, lang="zh_CN", user=DEMO_ADMIN)
    assert done.returncode == 0, done.stderr
    assert "备份" in done.stdout


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sheet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (a)")
    done = ducha("--db", str(path), "audit", "verify", user=None)
    assert done.returncode == 1
    assert "did not create" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_new_bureau_can_be_set_up_headless(tmp_path: Path) -> None:
    """The path a real installation takes: an admin, the bureau, its squads."""
    db = str(tmp_path / "new.sqlite3")
    _init(db, "--no-defaults")  # the bureau and its administrator
    steps = [
        ("unit", "add", "城东中队", "--kind", "squad", "--parent", "江南区综合行政执法局"),
        ("unit", "add", "法制科", "--kind", "department", "--parent", "江南区综合行政执法局"),
    ]
    for step in steps:
        done = ducha(*step, "--db", db, user=CHIEF)
        assert done.returncode == 0, done.stderr
    second_root = ducha("unit", "add", "又一个局", "--kind", "bureau", "--db", db, user=CHIEF)
    assert second_root.returncode == 1
    listed = ducha("unit", "list", "--db", db, user=CHIEF)
    assert listed.stdout.splitlines()[0].startswith("江南区综合行政执法局")
    assert "  城东中队\tSquad\t0" in listed.stdout


def test_removing_the_newest_audit_rows_is_caught_against_a_backup(
    demo_db: Path, tmp_path: Path
) -> None:
    backup = ducha("--db", str(demo_db), "backup", "-o", str(tmp_path), user=DEMO_ADMIN)
    anchor = Path(backup.stdout.strip().split()[-1])
    copy = tmp_path / "truncated.sqlite3"
    anchor_copy = tmp_path / "anchor.sqlite3"
    copy.write_bytes(anchor.read_bytes())
    anchor.rename(anchor_copy)
    with sqlite3.connect(copy) as conn:
        # The last 10 rows, as the issue measured: the backup's sign-in and its own event,
        # then the newest record changes.
        conn.execute("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 10 FROM audit_log)")
    alone = ducha("--db", str(copy), "audit", "verify", user=None)
    # The chain by itself cannot see a cut at its end; the records whose images went with
    # the removed rows can …
    assert alone.returncode == 1
    assert "intact" in alone.stdout and "added outside the application" in alone.stdout
    against = ducha("--db", str(copy), "audit", "verify", "--against", str(anchor_copy), user=None)
    assert against.returncode == 1  # … and so can an anchor
    assert "removed" in against.stdout
    head = ducha("--db", str(anchor_copy), "audit", "verify", "--json", user=None)
    expect = json.loads(head.stdout)["head"]
    for db, code in ((copy, 1), (anchor_copy, 0)):
        verify = ducha("--db", str(db), "audit", "verify", "--expect", expect, user=None)
        assert verify.returncode == code
