"""`ducha import roster` on a real database file, as a subprocess: the plan first, then
all of it or nothing, with the administrator's choices as options."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.core.database import open_database
from tests.cli import ADMIN, ducha
from tests.factories import make_bureau
from tests.unit.test_imports import xlsx

HEADER = ["工号", "姓名", "单位", "人员类别"]


def _bureau(tmp_path: Path) -> Path:
    path = tmp_path / "bureau.sqlite3"
    database = open_database(path)
    try:
        with database.session() as session:
            make_bureau(session)
    finally:
        database.close()
    return path


def _people(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT p.staff_no, u.name FROM person p JOIN unit u ON u.id = p.unit_id"
            " ORDER BY p.staff_no"
        ).fetchall()


def test_roster_plan_then_import_with_new_units(tmp_path: Path) -> None:
    db = _bureau(tmp_path)
    roster = xlsx(
        tmp_path / "花名册.xlsx",
        [
            HEADER,
            ["T0001", "张伟", "城西中队", "在编执法"],  # a transfer
            ["T0002", "王芳", "城东中队", "辅助执法"],
            ["T0003", "李娜", "城西中队", "在编执法"],
            ["T0004", "刘洋", "城西中队", "协管"],
            ["F0001", "孙丽", "局机关/法制科", "在编执法"],  # new, in a unit to create
        ],
    )
    before = _people(db)

    refused = ducha("--db", str(db), "import", "roster", str(roster), user=ADMIN)
    assert refused.returncode == 1
    assert "row 6, column 单位" in refused.stderr and "局机关/法制科" in refused.stderr
    assert "--create-units" in refused.stderr  # the command line names its own flag
    assert _people(db) == before

    plan = ducha(
        "--db", str(db), "import", "roster", str(roster), "--dry-run", "--create-units", user=ADMIN
    )
    assert plan.returncode == 0, plan.stderr
    assert "F0001 孙丽 → 局机关/法制科" in plan.stdout
    assert "T0001 张伟: 城东中队 → 城西中队" in plan.stdout
    assert "T0005 陈静 (办公室)" in plan.stdout  # not in the file
    assert "Dry run" in plan.stdout
    assert _people(db) == before

    done = ducha("--db", str(db), "import", "roster", str(roster), "--create-units", user=ADMIN)
    assert done.returncode == 0, done.stderr
    people = dict(_people(db))
    assert people["T0001"] == "城西中队" and people["F0001"] == "法制科"
    assert people["T0005"] == "办公室"  # still on strength: not asked to deactivate


def test_roster_options_are_checked(tmp_path: Path) -> None:
    db = _bureau(tmp_path)
    roster = xlsx(tmp_path / "r.xlsx", [HEADER, ["T0001", "张伟", "城东中队", "在编执法"]])
    bad_date = ducha(
        "--db", str(db), "import", "roster", str(roster), "--effective", "11/01", user=ADMIN
    )
    assert bad_date.returncode == 2
    other_kind = ducha(
        "--db", str(db), "import", "events", str(roster), "--create-units", user=ADMIN
    )
    assert other_kind.returncode == 2 and "roster" in other_kind.stderr


def test_init_imports_the_roster_right_after_setting_up(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    units = ["城东中队", "城西中队", "局机关/法制科", "青山镇执法中队"]
    rows = [[f"R{i:04d}", f"队员{i}", units[i % 4], "协管"] for i in range(40)]
    roster = xlsx(tmp_path / "花名册.xlsx", [HEADER, *rows])
    args = ["--db", str(db), "init", "--bureau", "测试局", "--admin", "admin", "--password-stdin"]
    # A new bureau: its administrator is created here, nobody signs in.
    done = ducha(*args, "--roster", str(roster), stdin="Head#Office-2026\n", user=None)
    assert done.returncode == 0, done.stderr
    assert "New people: 40" in done.stdout
    people = _people(db)
    assert len(people) == 40 and {u for _, u in people} == {
        "城东中队",
        "城西中队",
        "法制科",
        "青山镇执法中队",
    }
