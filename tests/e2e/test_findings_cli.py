"""`ducha template findings` and `ducha import findings` on a real database file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import load_workbook

from tests.cli import SUPERVISOR, ducha
from tests.e2e.test_import_cli import LAST_MONTH, bureau_db  # noqa: F401 (fixture)


def test_template_filled_in_imports_and_a_bad_row_rejects_the_file(
    bureau_db: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    template = tmp_path / "督察问题.xlsx"
    done = ducha("--db", str(bureau_db), "template", "findings", "-o", str(template), user=None)
    assert done.returncode == 0, done.stderr
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    day = LAST_MONTH.first_day.isoformat()
    ws.append([day, "T0001", None, "考勤", "一般", "迟到十分钟", None, None, "是"])
    ws.append([day, "T0009", None, "考勤", "一般", "迟到", None, None, None])
    wb.save(template)

    bad = ducha("--db", str(bureau_db), "import", "findings", str(template), user=SUPERVISOR)
    assert bad.returncode == 1
    assert "row 3, column 工号: No person has staff number T0009" in bad.stderr
    assert "nothing was imported (1 problems found)" in bad.stderr

    ws.delete_rows(3)
    wb.save(template)
    good = ducha("--db", str(bureau_db), "import", "findings", str(template), user=SUPERVISOR)
    assert good.returncode == 0, good.stderr
    assert "Findings recorded: 1" in good.stdout
    assert "Deductions booked: 1 (0 pending approval), -1.00 points" in good.stdout
    with sqlite3.connect(bureau_db) as conn:
        finding = conn.execute("SELECT status, point_event_id FROM finding").fetchone()
        source = conn.execute("SELECT source, source_ref FROM point_event").fetchone()
    assert finding[0] == "open" and finding[1] is not None
    assert source == ("inspection_finding", "finding-1")
