"""`ducha training`, `ducha import attendance` and `ducha template attendance` on a real
database file, as a subprocess."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from console.core.database import open_database
from console.core.default_rules import install_default_rules
from console.core.training.sessions import SessionInput, save_session
from glossary import TrainingCategory
from tests.cli import SUPERVISOR, VIEWER, ducha
from tests.factories import make_bureau


def _bureau(path: Path) -> int:
    database = open_database(path)
    try:
        with database.session() as session:
            b = make_bureau(session)
            install_default_rules(session, date(2026, 1, 1))
            session.commit()
            data = SessionInput("行政处罚法专题", TrainingCategory.LEGAL, date(2026, 3, 10), 40)
            return save_session(session, b.supervisor, data).id
    finally:
        database.close()


def test_import_attendance_then_training_json(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    sid = _bureau(db)
    template = ducha(
        "--db", str(db), "template", "attendance", "-o", str(tmp_path / "t.xlsx"), user=None
    )
    assert template.returncode == 0, template.stderr
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "培训编号", "学时", "状态"])
    ws.append(["T0001", sid, None, "出席"])
    ws.append(["T0003", sid, 10, "出席"])
    wb.save(tmp_path / "sheet.xlsx")
    sheet = str(tmp_path / "sheet.xlsx")
    done = ducha("--db", str(db), "import", "attendance", sheet, user=SUPERVISOR)
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stdout

    out = ducha(
        "--db", str(db), "training", "--year", "2026", "--as-of", "2026-07-02", "--json",
        user=VIEWER,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["as_of"] == "2026-07-02"
    people = {p["staff_no"]: p for p in data["people"]}
    # Officers only (the default requirement): 60 legal hours, 29.9 expected on 2 July.
    assert set(people) == {"T0001", "T0003"}
    assert people["T0001"] == {
        **people["T0001"],
        "required": 60,
        "credited": 40,
        "expected": 29.9,
        "status": "on_pace",
    }
    assert (people["T0003"]["credited"], people["T0003"]["status"]) == (10, "behind")
    units = {u["unit"]: u for u in data["units"]}
    assert (units["城东中队"]["on_pace"], units["城西中队"]["behind"]) == (1, 1)

    text = ducha(
        "--db", str(db), "training", "--year", "2026", "--as-of", "2026-07-02", user=VIEWER
    )
    assert text.returncode == 0
    assert "T0003" in text.stdout and "Behind pace" in text.stdout


def test_a_bad_attendance_file_exits_1_and_names_the_rows(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    sid = _bureau(db)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "培训编号", "学时", "状态"])
    ws.append(["T0001", sid, None, "出席"])
    ws.append(["T0404", sid, None, "出席"])
    ws.append(["T0003", sid, 41, "出席"])
    wb.save(tmp_path / "bad.xlsx")
    done = ducha(
        "--db", str(db), "import", "attendance", str(tmp_path / "bad.xlsx"), user=SUPERVISOR
    )
    assert done.returncode == 1
    assert "row 3, column 工号" in done.stderr
    assert "row 4, column 学时" in done.stderr
    assert "nothing was imported" in done.stderr
    out = ducha("--db", str(db), "training", "--year", "2026", "--json", user=VIEWER)
    assert {p["credited"] for p in json.loads(out.stdout)["people"]} == {0}


def test_training_rejects_a_bad_year(tmp_path: Path) -> None:
    done = ducha("--db", str(tmp_path / "x.sqlite3"), "training", "--year", "20x6", user=None)
    assert done.returncode == 2


def test_report_training_writes_a_pdf(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    out = tmp_path / "training.pdf"
    done = ducha(
        "--db",
        str(db),
        "report",
        "training",
        "--year",
        "2026",
        "--as-of",
        "2026-07-02",
        "-o",
        str(out),
        user=VIEWER,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
