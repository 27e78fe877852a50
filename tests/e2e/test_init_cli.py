"""``ducha init``: a new bureau ready for its first monthly review, from the command line."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli import Account
from tests.cli import ducha as _ducha

PASSWORD = "Strong-Pass-2026"


def ducha(
    *args: str, stdin: str | None = None, user: Account | None = None
) -> subprocess.CompletedProcess[str]:
    # The machine's locale is English and plain: the bureau's language must win all the same.
    return _ducha(*args, stdin=stdin, user=user, lang=None)


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_init_with_the_defaults_leaves_a_bureau_ready_to_score(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    done = ducha(
        "init", "--db", str(db), "--bureau", "示范市综合行政执法局", "--admin", "zhang",
        "--name", "张督察", "--password-stdin", stdin="Strong-Pass-2026\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _count(db, "SELECT count(*) FROM rule_set") == 1
    assert _count(db, "SELECT count(*) FROM rule WHERE active") >= 40
    keys = {row[0] for row in sqlite3.connect(db).execute("SELECT key FROM setting")}
    assert {"bureau", "scoring", "training", "warnings"} <= keys
    # Everything set up is in the audit log, under the administrator's own name.
    assert _count(db, "SELECT count(*) FROM audit_log WHERE username = 'zhang'") > 40
    # The bureau speaks Chinese, though this machine's locale does not.
    zhang = Account("zhang", PASSWORD)
    ranking = ducha("score", "--db", str(db), "--month", "2026-11", user=zhang)
    assert ranking.returncode == 0, ranking.stderr
    assert "工号" in ranking.stdout and "Staff no." not in ranking.stdout
    # --lang still overrides it for one command, before or after the command's name.
    english = ducha("score", "--db", str(db), "--month", "2026-11", "--lang", "en", user=zhang)
    assert "Staff no." in english.stdout


def test_a_second_init_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    first = ducha(
        "init", "--db", str(db), "--bureau", "甲局", "--admin", "a", "--password-stdin",
        "--language", "en", stdin="Strong-Pass-2026\n",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    before = _count(db, "SELECT count(*) FROM audit_log")
    again = ducha(
        "init", "--db", str(db), "--bureau", "乙局", "--admin", "b", "--password-stdin",
        stdin="Strong-Pass-2026\n",
    )  # fmt: skip
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "already has accounts" in again.stderr  # the bureau chose English
    assert _count(db, "SELECT count(*) FROM audit_log") == before


def test_init_without_defaults_installs_no_catalogue(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    done = ducha(
        "init", "--db", str(db), "--bureau", "丙局", "--admin", "c", "--password-stdin",
        "--no-defaults", stdin="Strong-Pass-2026\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _count(db, "SELECT count(*) FROM rule_set") == 0
    assert "rule catalogue" in done.stdout or "考核细则" in done.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_reports_are_written_in_the_bureaus_language(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    made = ducha(
        "init", "--db", str(db), "--bureau", "丁市综合行政执法局", "--admin", "d",
        "--password-stdin", stdin="Strong-Pass-2026\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    pdf = tmp_path / "training.pdf"
    args = ("report", "training", "--db", str(db), "--year", "2026", "-o", str(pdf))
    done = ducha(*args, user=Account("d", PASSWORD))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "学时" in text and "hours" not in text.lower()


def test_init_names_the_system_administrator_and_says_duties_are_combined(
    tmp_path: Path,
) -> None:
    db = tmp_path / "bureau.sqlite3"
    done = ducha(
        "init", "--db", str(db), "--bureau", "戊局", "--admin", "chief", "--sysadmin", "it",
        "--no-defaults", "--password-stdin", stdin="Strong-Pass-2026\nOther-Pass-2026\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "系统管理员 it" in done.stdout or "System administrator it" in done.stdout
    with sqlite3.connect(db) as conn:
        accounts = dict(conn.execute("SELECT username, duties FROM user_account").fetchall())
        combined = conn.execute("SELECT value FROM setting WHERE key = 'duties'").fetchone()
    assert accounts == {"chief": "", "it": "security,system"}
    assert combined is not None and '"combined": true' in combined[0]
    # Recorded in the chain, under the 督察队长 who set the bureau up.
    assert _count(db, "SELECT count(*) FROM audit_log WHERE table_name = 'setting'") == 2


def test_init_without_a_system_administrator_says_who_appoints_one(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    done = ducha(
        "init", "--db", str(db), "--bureau", "己局", "--admin", "chief", "--no-defaults",
        "--lang", "en", "--password-stdin", stdin="Strong-Pass-2026\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "No system administrator yet" in done.stdout
