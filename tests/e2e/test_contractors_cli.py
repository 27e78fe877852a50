"""`ducha contractors --month` on a real database file, as a subprocess."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from console.core.contractors.assessments import AssessmentInput, save_assessment
from console.core.contractors.records import (
    CompanyInput,
    ContractInput,
    save_company,
    save_contract,
)
from console.core.database import open_database
from console.core.workspace import Workspace
from glossary import YearMonth
from tests.cli import ADMIN, VIEWER, ducha
from tests.factories import make_bureau


def _bureau(path: Path) -> None:
    database = open_database(path)
    try:
        with database.session() as session:
            b = make_bureau(session)
        ws = Workspace(database, b.admin)
        company = ws.run(save_company, b.admin, CompanyInput("临江绿源园林养护有限公司"))
        contract = ContractInput(
            company, "LJ-2026-07", "绿地养护", "33333.33", date(2026, 1, 1), date(2026, 12, 31)
        )
        ws.run(save_contract, b.admin, contract)
        # 30 + 15 + 15 + 15 + 15 + 5 = 95: exactly the line of full payment.
        points = {"C1": 30, "C2": 15, "C3": 15, "C4": 15, "C5": 15, "C6": 5}
        data = AssessmentInput(company, YearMonth(2026, 10), points, "督察一组")
        ws.run(save_assessment, b.admin, data, seen_version=None, today=date(2026, 11, 22))
    finally:
        database.close()


def test_contractors_json_and_files(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    pay = tmp_path / "pay.xlsx"
    done = ducha(
        "--db", str(db), "contractors", "--month", "2026-10", "--json", "--xlsx", str(pay),
        user=VIEWER,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    (c,) = out["companies"]
    assert (c["checklist_score"], c["score"], c["coefficient"]) == ("95.00", "95.00", "1.00")
    assert c["contracts"] == [
        {
            "contract_no": "LJ-2026-07",
            "service": "绿地养护",
            "monthly_fee": "33333.33",
            "payment": "33333.33",
        }
    ]
    assert out["payment"] == "33333.33" and c["elimination_warning"] is False
    assert out["rules"]["bands"][0] == {"min_score": "95", "coefficient": "1.00"}
    assert load_workbook(pay).active.cell(row=3, column=7).value == 33333.33  # type: ignore[union-attr]


def test_contractors_text_and_bad_month(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    done = ducha("--db", str(db), "contractors", "--month", "2026-11", user=ADMIN)
    assert done.returncode == 0, done.stderr
    assert "not assessed" in done.stdout
    bad = ducha("--db", str(db), "contractors", "--month", "2026-13", user=ADMIN)
    assert bad.returncode == 2 and "2026-13" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_month_not_yet_begun_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    out = ducha("--db", str(db), "contractors", "--month", "2099-01", "--json", user=VIEWER)
    assert out.returncode == 1
    assert "2099-01" in out.stderr and not out.stdout
