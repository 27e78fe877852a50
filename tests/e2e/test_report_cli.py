"""``ducha report`` on a real database file, as a subprocess: the PDFs and the exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli import DEMO_ADMIN, ducha


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
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


def test_monthly_bulletin(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bulletin.pdf"
    args = ("--db", str(demo_db), "report", "monthly", "--month", "2026-10", "-o", str(out))
    done = ducha(*args, user=DEMO_ADMIN)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_scorecard_with_options_after_the_command(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    done = ducha(
        "report",
        "scorecard",
        "--db",
        str(demo_db),
        "--staff-no",
        "lj0001",
        "--year",
        "2026",
        "--bureau",
        "临江市城管局",
        "--issued-on",
        "2026-11-22",
        "-o",
        str(out),
        user=DEMO_ADMIN,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    # Taking a person's record out is an audited event: who, what, which file.
    with sqlite3.connect(demo_db) as conn:
        (username, after) = conn.execute(
            "SELECT username, after FROM audit_log WHERE table_name = 'export'"
            " ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert username == "admin" and '"file": "card.pdf"' in after and "Score card" in after


@pytest.mark.parametrize("month", ["2026-13", "November", ""])
def test_a_bad_month_is_a_usage_error(demo_db: Path, tmp_path: Path, month: str) -> None:
    out = tmp_path / "x.pdf"
    args = ("--db", str(demo_db), "report", "monthly", "--month", month, "-o", str(out))
    done = ducha(*args, user=DEMO_ADMIN)
    assert done.returncode == 2
    assert "--month" in done.stderr
    assert not out.exists()


def test_missing_output_is_a_usage_error(demo_db: Path) -> None:
    done = ducha("--db", str(demo_db), "report", "monthly", "--month", "2026-10", user=DEMO_ADMIN)
    assert done.returncode == 2


def test_an_unknown_staff_number_is_bad_input(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = ducha(
        "--db",
        str(demo_db),
        "report",
        "scorecard",
        "--staff-no",
        "NOBODY1",
        "--year",
        "2026",
        "-o",
        str(out),
        user=DEMO_ADMIN,
    )
    assert done.returncode == 1
    assert "NOBODY1" in done.stderr
    assert not out.exists()
