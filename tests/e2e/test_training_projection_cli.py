"""`ducha training projection` on a real database file, as a subprocess."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from console.core.database import open_database
from console.core.training.attendance import Mark, record_attendance
from console.core.training.sessions import SessionInput, save_session
from glossary import AttendanceStatus, TrainingCategory
from tests.cli import LEADER, VIEWER, ducha
from tests.factories import make_bureau


def _bureau(path: Path) -> None:
    """张伟 (T0001) did 36 legal hours on 10 March, 李娜 (T0003) 10; two sessions of 12
    and 6 hours are planned in December."""
    database = open_database(path)
    try:
        with database.session() as session:
            b = make_bureau(session)
            legal = TrainingCategory.LEGAL

            def add(day: date, hours: float) -> int:
                data = SessionInput(f"{day} 法律培训", legal, day, hours, "法制科", "")
                return save_session(session, b.supervisor, data).id

            march = add(date(2026, 3, 10), 36)
            marks = [
                Mark(b.people[0].id, AttendanceStatus.PRESENT),
                Mark(b.people[2].id, AttendanceStatus.PRESENT, 10),
            ]
            record_attendance(session, b.supervisor, march, marks, date(2026, 3, 10))
            add(date(2026, 12, 1), 12)
            add(date(2026, 12, 20), 6)
            session.commit()
    finally:
        database.close()


def test_projection_json(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    out = ducha(
        "--db", str(db), "training", "projection", "--year", "2026", "--as-of", "2026-08-08",
        "--json", user=VIEWER,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["as_of"], data["people"], data["will_miss"], data["cannot_reach"]) == (
        "2026-08-08",
        2,
        1,
        1,
    )
    people = {p["staff_no"]: p for p in data["projection"]}
    # 张伟: 36 h in 219 of 365 days → exactly 60.0: on target.
    assert people["T0001"] == {
        **people["T0001"],
        "credited": 36,
        "projected": 60,
        "required": 60,
        "days_elapsed": 219,
        "days_in_year": 365,
        "will_miss": False,
        "sessions": [],
        "reachable": None,
    }
    # 李娜: 10 h → 16.7; 50 missing, and the 18 hours left will not suffice.
    li = people["T0003"]
    assert (li["projected"], li["missing"], li["will_miss"], li["reachable"]) == (
        16.7,
        50,
        True,
        False,
    )
    assert [(s["date"], s["hours"]) for s in li["sessions"]] == [
        ("2026-12-01", 12),
        ("2026-12-20", 6),
    ]


def test_projection_table_and_the_old_command_still_work(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    args = ("--db", str(db), "training", "projection", "--year", "2026", "--as-of", "2026-08-08")
    out = ducha(*args, user=LEADER)
    assert out.returncode == 0, out.stderr
    # The squad leader of east sees 张伟 only, who will reach it: nobody listed.
    assert "of 1 people with a requirement, 0 will miss" in out.stdout
    table = ducha(*args[:-2], "--as-of", "2026-11-23", user=VIEWER)
    assert "李娜" in table.stdout and "will not suffice" in table.stdout
    plain = ducha("--db", str(db), "training", "--year", "2026", "--json", user=VIEWER)
    assert plain.returncode == 0, plain.stderr
    assert "people" in json.loads(plain.stdout)
    bad = ducha("--db", str(db), "training", "forecast", "--year", "2026", user=VIEWER)
    assert bad.returncode == 2
