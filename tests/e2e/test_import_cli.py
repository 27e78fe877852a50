"""`ducha import` and `ducha template` on a real database file, as a subprocess."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from console.core.database import open_database
from console.core.default_rules import install_default_rules
from glossary import YearMonth
from tests.cli import SUPERVISOR, ducha
from tests.factories import make_bureau

# The command runs on the real calendar: last month is always closed and never future.
LAST_MONTH = YearMonth.of(date.today()).prev()


@pytest.fixture
def bureau_db(tmp_path: Path) -> Path:
    path = tmp_path / "bureau.sqlite3"
    database = open_database(path)
    try:
        with database.session() as session:
            make_bureau(session)
            install_default_rules(session, LAST_MONTH.shift(-12).first_day)
            session.commit()
    finally:
        database.close()
    return path


def case_file(path: Path, *rows: list[object]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "姓名", "月份", "简易程序", "一般程序", "非现场", "重大案件"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def point_events(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, source_ref FROM point_event ORDER BY id").fetchall()


def test_import_cases_and_import_again(bureau_db: Path, tmp_path: Path) -> None:
    month = str(LAST_MONTH)
    path = case_file(tmp_path / "cases.xlsx", ["T0001", "张伟", month, 25, 2, 0, 0])
    done = ducha("import", "cases", str(path), "--db", str(bureau_db), user=SUPERVISOR)
    assert done.returncode == 0, done.stderr
    assert "Rows read: 1" in done.stdout
    assert "Point events created: 2" in done.stdout and "16.50 points" in done.stdout
    assert point_events(bureau_db) == [("approved", f"cases-{month}")] * 2

    again = ducha("--db", str(bureau_db), "import", "cases", str(path), user=SUPERVISOR)
    assert again.returncode == 0, again.stderr
    assert "replaced (voided): 2" in again.stdout
    assert [s for s, _ in point_events(bureau_db)] == ["void"] * 2 + ["approved"] * 2


def test_a_bad_file_exits_1_listing_rows_and_writes_nothing(
    bureau_db: Path, tmp_path: Path
) -> None:
    month = str(LAST_MONTH)
    path = case_file(
        tmp_path / "bad.xlsx",
        ["T0001", "张伟", month, 3, 0, 0, 0],
        ["ZZ9999", "无名", month, 1, 0, 0, 0],
        ["T0002", "王芳", month, "abc", 0, 0, 0],
    )
    done = ducha("import", "cases", str(path), "--db", str(bureau_db), user=SUPERVISOR)
    assert done.returncode == 1
    assert "row 3, column 工号: No person has staff number ZZ9999" in done.stderr
    assert "row 4, column 简易程序: Not a number: abc" in done.stderr
    assert "nothing was imported" in done.stderr
    assert point_events(bureau_db) == []


def test_dry_run_writes_nothing(bureau_db: Path, tmp_path: Path) -> None:
    path = case_file(tmp_path / "c.xlsx", ["T0001", "张伟", str(LAST_MONTH), 1, 0, 0, 0])
    done = ducha("import", "cases", str(path), "--dry-run", "--db", str(bureau_db), user=SUPERVISOR)
    assert done.returncode == 0, done.stderr
    assert "Dry run" in done.stdout
    assert point_events(bureau_db) == []


def test_import_events_from_csv(bureau_db: Path, tmp_path: Path) -> None:
    day = LAST_MONTH.first_day.isoformat()
    path = tmp_path / "e.csv"
    path.write_bytes(f"工号,日期,细则编号,数量\r\nT0001,{day},XC02,3\r\n".encode("gb18030"))
    done = ducha("import", "events", str(path), "--db", str(bureau_db), user=SUPERVISOR)
    assert done.returncode == 0, done.stderr
    assert point_events(bureau_db)[0][0] == "approved"


def test_template_writes_a_workbook(bureau_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "办案数据模板.xlsx"
    # A blank form holds nobody's records: no sign-in.
    done = ducha("template", "cases", "-o", str(target), "--db", str(bureau_db), user=None)
    assert done.returncode == 0, done.stderr
    wb = load_workbook(target)
    assert wb.sheetnames[1] == "说明"
    assert next(wb.worksheets[0].iter_rows(values_only=True))[0] == "工号"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert ducha("import", "bogus", "x.xlsx", user=None).returncode == 2
    assert ducha("template", "cases", user=None).returncode == 2
