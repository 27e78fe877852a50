"""``ducha integrity`` on a real database file, as a subprocess: the figures, the
warning check and the exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from console.core.database import open_database
from db.integrity import Finding
from glossary import FindingStatus, Severity
from tests.cli import SUPERVISOR, VIEWER, ducha
from tests.factories import make_bureau


@pytest.fixture(scope="module")
def bureau_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("integrity") / "bureau.sqlite3"
    database = open_database(path)
    try:
        with database.session() as session:
            b = make_bureau(session)
            zhang, li = b.people[0], b.people[2]

            def add(person, found, deadline, status, severity=Severity.MINOR, text="未着制服"):  # type: ignore[no-untyped-def]
                f = Finding(
                    found_date=found,
                    person_id=person.id,
                    unit_id=person.unit_id,
                    topic="着装风纪",
                    severity=severity,
                    description=text,
                    deadline=deadline,
                    status=status,
                )
                session.add(f)
                session.commit()
                return f.id

            ids = {
                "verified": add(zhang, date(2026, 7, 3), date(2026, 7, 10), FindingStatus.VERIFIED),
                "late": add(
                    zhang,
                    date(2026, 8, 1),
                    date(2026, 8, 15),
                    FindingStatus.ASSIGNED,
                    text="执法记录仪未开启",
                ),
                "grave": add(
                    li,
                    date(2026, 9, 1),
                    date(2026, 10, 15),
                    FindingStatus.OPEN,
                    Severity.GRAVE,
                    "接受宴请",
                ),
            }
    finally:
        database.close()
    return path, ids


def test_json_figures(bureau_db: tuple[Path, dict[str, int]]) -> None:
    path, ids = bureau_db
    done = ducha(
        "--db",
        str(path),
        "integrity",
        "--from",
        "2026-07-01",
        "--to",
        "2026-09-30",
        "--as-of",
        "2026-09-30",
        "--json",
        user=VIEWER,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["from"], data["to"], data["as_of"]) == ("2026-07-01", "2026-09-30", "2026-09-30")
    assert data["findings"]["total"] == 3
    assert data["findings"]["by_severity"] == {"minor": 2, "serious": 0, "grave": 1}
    assert (data["due"], data["verified_due"]) == (2, 1)
    assert data["rectification_rate"] == pytest.approx(0.5)
    [late] = data["overdue"]
    assert (late["id"], late["description"], late["days_overdue"]) == (
        ids["late"],
        "执法记录仪未开启",
        46,
    )
    assert [u["unit"] for u in data["by_unit"]] == ["城东中队", "城西中队"]


def test_check_fires_warnings_once(bureau_db: tuple[Path, dict[str, int]]) -> None:
    path, _ = bureau_db
    args = ("--db", str(path), "integrity", "--from", "2026-07-01", "--to", "2026-12-31")
    first = ducha(*args, "--as-of", "2026-11-22", "--check", "--json", user=SUPERVISOR)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    fired = data["check"]["fired"]
    assert fired["grave_finding"] == 1
    assert fired["finding_overdue"] == 2  # 张伟's August finding, 李娜's grave one
    warned = {(w["name"], w["rule"]) for w in data["open_warnings"]}
    assert ("李娜", "grave_finding") in warned
    assert ("张伟", "finding_overdue") in warned
    # Each with its level; 李娜's one grave finding is a warning, not critical (2 needed).
    levels = {(w["name"], w["rule"]): w["level"] for w in data["open_warnings"]}
    assert levels[("李娜", "grave_finding")] == "warning"
    assert data["check"]["raised"] == {}
    again = ducha(*args, "--as-of", "2026-11-23", "--check", "--json", user=SUPERVISOR)
    again = json.loads(again.stdout)
    assert again["check"]["fired"] == {}
    assert len(again["open_warnings"]) == len(data["open_warnings"])
    text = ducha(*args, "--as-of", "2026-11-23", user=VIEWER)
    assert text.returncode == 0, text.stderr
    assert "Rectification rate" in text.stdout
    assert "接受宴请" in text.stdout


def test_exit_codes(bureau_db: tuple[Path, dict[str, int]]) -> None:
    path, _ = bureau_db
    period = ("--from", "2026-09-01", "--to", "2026-08-01")
    backwards = ducha("--db", str(path), "integrity", *period, user=VIEWER)
    assert backwards.returncode == 1
    assert "ends before it starts" in backwards.stderr
    period = ("--from", "2026-13-01", "--to", "2026-12-01")
    bad_date = ducha("--db", str(path), "integrity", *period, user=VIEWER)
    assert bad_date.returncode == 2
    assert "2026-13-01" in bad_date.stderr
    missing = ducha("--db", str(path), "integrity", "--from", "2026-01-01", user=VIEWER)
    assert missing.returncode == 2


def test_report_inspection(bureau_db: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, _ = bureau_db
    out = tmp_path / "督察通报.pdf"
    args = ("--db", str(path), "report", "inspection", "--issued-on", "2026-10-01", "-o", str(out))
    done = ducha(*args, "--from", "2026-07-01", "--to", "2026-09-30", user=VIEWER)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    backwards = ducha(*args, "--from", "2026-09-30", "--to", "2026-07-01", user=VIEWER)
    assert backwards.returncode == 1
