"""Going live at a real bureau, entirely through the command line, on a new database file:
``ducha init`` with the defaults, the HR roster of 900 people in 24 units, a month of case
statistics and point entries, then the ranking and the monthly bulletin — whose figures
are checked against what the imported rows give by hand."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
from openpyxl import Workbook

from glossary import YearMonth
from tests.cli import Account
from tests.cli import ducha as run_ducha

PASSWORD = "Strong-Pass-2026"
BUREAU = "临江市综合行政执法局"
# The commands run on the real calendar: last month is closed and already begun.
MONTH = YearMonth.of(date.today()).prev()

SQUADS = [f"城{d}中队" for d in "东西南北"] + [f"{n}中队" for n in "一二三四五六七八"]
TOWNS = [f"{n}镇执法队" for n in ("白沙", "青山", "柳桥", "石门", "梅林", "新塘")]
OFFICES = [f"局机关/{n}" for n in ("办公室", "法制科", "督察科", "政工科", "财务科", "指挥中心")]
UNITS = SQUADS + TOWNS + OFFICES  # 24 units, the offices under a 局机关 to be created too
PEOPLE = 900
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
CATEGORIES = ["在编执法", "在编执法", "辅助执法", "协管"]


CHIEF = Account("admin", PASSWORD)  # the 督察队长 named at init, who runs the month


def ducha(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """A command as the 督察队长 runs it (signed in), or ``init``, which needs no one."""
    return run_ducha(*args, stdin=stdin, user=None if args[0] == "init" else CHIEF)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _roster(path: Path) -> Path:
    """HR's spreadsheet: staff number, name, unit path, category, and the usual extras."""
    rows: list[list[object]] = [
        ["工号", "姓名", "单位", "人员类别", "职务", "性别", "出生日期", "入职日期", "联系电话"]
    ]
    for i in range(PEOPLE):
        name = SURNAMES[i % 20] + GIVEN[(i // 20) % 22] + GIVEN[(i // 440 + i) % 22]
        rows.append(
            [
                f"LJ{i + 1:04d}",
                name,
                UNITS[i % len(UNITS)],
                CATEGORIES[i % len(CATEGORIES)],
                "中队长" if i < len(UNITS) else "队员",
                "男" if i % 3 else "女",
                date(1970 + i % 20, 1 + i % 12, 1 + i % 28),
                date(2010 + i % 12, 3, 1),
                f"1380000{i:04d}",
            ]
        )
    return _sheet(path, rows)


def _cases(path: Path) -> tuple[Path, dict[str, tuple[int, int, int, int]]]:
    """The enforcement platform's export for the month: every fifth officer closed cases."""
    counts = {
        f"LJ{i + 1:04d}": ((i % 7) * 4, i % 3, i % 4, 1 if i % 50 == 0 else 0)
        for i in range(0, PEOPLE, 5)
    }
    rows: list[list[object]] = [[f"{MONTH} 办案数据"], []]  # a title above the header
    rows.append(["工号", "姓名", "月份", "简易程序", "一般程序", "非现场", "重大案件"])
    rows += [[no, "", str(MONTH), *c] for no, c in counts.items()]
    return _sheet(path, rows), counts


def _events(path: Path) -> Path:
    """A month's ledger of entries by hand: patrol work, a commendation, a lapse, a squad's flag."""
    day = MONTH.first_day.replace(day=10)
    return _sheet(
        path,
        [
            ["工号", "单位", "日期", "细则编号", "数量", "备注", "凭证"],
            ["LJ0001", "", day, "XC02", 3, "按期办结派单", "派单号 017"],
            ["LJ0001", "", day, "JL01", 1, "迟到", ""],
            ["LJ0026", "", day, "XC02", 2, "", ""],
            ["", "城东中队", day, "QT02", "", "月度流动红旗", ""],
        ],
    )


def test_a_bureau_goes_live_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "临江.sqlite3")

    init = ducha(
        "init", "--db", db, "--bureau", BUREAU, "--admin", "admin", "--name", "张督察",
        "--password-stdin", stdin=f"{PASSWORD}\n",
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert "rule catalogue" in init.stdout
    assert "ducha import roster FILE --create-units" in init.stdout  # what to do next

    roster = _roster(tmp_path / "花名册.xlsx")
    refused = ducha("import", "roster", "--db", db, str(roster))
    assert refused.returncode == 1 and "--create-units" in refused.stderr
    imported = ducha("import", "roster", "--db", db, str(roster), "--create-units")
    assert imported.returncode == 0, imported.stderr
    units = ducha("unit", "list", "--db", db)
    assert units.returncode == 0, units.stderr
    listed = units.stdout.splitlines()
    assert len(listed) >= 1 + 1 + len(UNITS)  # the bureau, 局机关, and the 24 units
    assert any(line.strip().startswith("法制科") for line in listed)

    case_file, counts = _cases(tmp_path / "办案数据.xlsx")
    cases = ducha("import", "cases", "--db", db, str(case_file))
    assert cases.returncode == 0, cases.stderr
    events = ducha("import", "events", "--db", db, str(_events(tmp_path / "积分记录.xlsx")))
    assert events.returncode == 0, events.stderr

    score = ducha("score", "--db", db, "--month", str(MONTH), "--json")
    assert score.returncode == 0, score.stderr
    ranking = json.loads(score.stdout)
    people = {p["staff_no"]: p for p in ranking["people"]}
    assert len(people) == PEOPLE

    # By hand, from the published catalogue (docs/import-formats.md, 考核细则): the base of
    # 100; AJ01 0.5 a simple case, capped at 10 a month; AJ02 2; AJ03 1; AJ04 5, but it
    # needs approval, so imported figures wait for a supervisor; XC02 0.2 a dispatch; JL01 −2.
    assert ranking["base"] == 100
    by_hand = {
        "LJ0001": ((0, 0, 0, 1), "98.60"),  # 3 dispatches 0.6, a lapse −2; the major case waits
        "LJ0026": ((16, 1, 1, 0), "111.40"),  # 8 + 2 + 1 for cases, 0.4 for 2 dispatches
        "LJ0056": ((24, 1, 3, 0), "115.00"),  # 24 simple cases reach the cap of 10
        "LJ0002": ((0, 0, 0, 0), "100.00"),  # not in the platform's file, no entries
    }
    for staff_no, (figures, total) in by_hand.items():
        assert counts.get(staff_no, (0, 0, 0, 0)) == figures
        assert Decimal(str(people[staff_no]["total"])) == Decimal(total), staff_no

    bulletin = tmp_path / "考核通报.pdf"
    report = ducha("report", "monthly", "--db", db, "--month", str(MONTH), "-o", str(bulletin))
    assert report.returncode == 0, report.stderr
    assert bulletin.stat().st_size > 0
    # The bulletin's text as printed (pdfium, which renders the print preview, reads it).
    pdf = pdfium.PdfDocument(bulletin)
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    assert BUREAU in text
    assert f"{PEOPLE} people were ranked this month" in " ".join(text.split())
    # Each person's line in the ranking: staff number, name, unit, base, awards,
    # deductions, total — the same figures as by hand.
    ranked = [line.split() for line in text.splitlines() if re.match(r"\d+ LJ\d{4} ", line)]
    lines = {cells[1]: cells for cells in ranked}
    for staff_no, (_, total) in by_hand.items():
        line = lines[staff_no]
        assert line[2:4] == [people[staff_no]["name"], people[staff_no]["unit"]], line
        assert line[4] == "100.00" and line[7] == total, line
    assert lines["LJ0001"][5:7] == ["0.60", "-2.00"]
    assert len(lines) == PEOPLE  # everyone ranked is printed

    # Everything on the way is in the audit log, and its chain holds.
    audit = ducha("audit", "verify", "--db", db)
    assert audit.returncode == 0, audit.stderr + audit.stdout
