"""The contractor bulletin (PDF) and the payment sheet (xlsx) say what the month says:
each company's score, coefficient and payment to the fen, the deductions and warnings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from console.core import i18n
from console.core.contractors.month import ContractorMonth, contractor_month
from console.core.database import Database
from exports.contractor_pdf import render_contractor_bulletin
from exports.contractor_xlsx import write_payment_sheet
from glossary import Severity, YearMonth
from tests.unit.test_contractors import FULL, MONTH, Desk, _bureau, _finding
from tests.unit.test_reports_pdf import needs_poppler, pdf_text


def _month(db: Database) -> tuple[Desk, ContractorMonth]:
    desk = _bureau(db)
    # 27.5 + 14 + 13 + 15 + 12 + 9 = 90.5, less a serious finding (3): 87.5 → 95%.
    desk.assess(MONTH, {"C1": "27.5", "C2": 14, "C3": 13, "C4": 15, "C5": 12, "C6": 9})
    _finding(desk, date(2026, 10, 9), Severity.SERIOUS)
    for m in (3, 6):
        desk.assess(YearMonth(2026, m), {**FULL, "C1": 5})  # 75: two months below 80 …
    return desk, desk.ws.read(contractor_month, desk.b.admin, MONTH)


def test_payment_sheet_lists_each_contract_to_the_fen(db: Database, tmp_path: Path) -> None:
    _desk, month = _month(db)
    path = write_payment_sheet(month, tmp_path / "pay.xlsx")
    ws = load_workbook(path).active
    assert ws is not None
    rows = [list(r) for r in ws.iter_rows(min_row=3, values_only=True)]
    first = [
        "临江环境服务有限公司",
        "HT-2026-01",
        "城区道路清扫保洁",
        120000.0,
        87.5,
        0.95,
        114000.0,
    ]
    assert rows[0][:7] == first
    assert rows[-1][0] == "Total" and rows[-1][6] == 114000.0
    assert ws.cell(row=3, column=7).number_format == "#,##0.00"


@needs_poppler
def test_bulletin_shows_scores_payment_and_deductions(db: Database, tmp_path: Path) -> None:
    _desk, month = _month(db)
    path = render_contractor_bulletin(
        month, tmp_path / "b.pdf", bureau_name="测试市综合行政执法局", issued_on=date(2026, 11, 5)
    )
    text = pdf_text(path)
    assert "临江环境服务有限公司" in text
    for figure in ("90.50", "87.50", "95%", "120,000.00", "114,000.00"):
        assert figure in text
    assert "着装" in text  # the finding behind the deduction
    assert "No company scored below 80" in text  # two months below, not three


@needs_poppler
def test_bulletin_in_chinese_names_the_warning(db: Database, tmp_path: Path) -> None:
    desk, _ = _month(db)
    desk.assess(YearMonth(2026, 9), {**FULL, "C1": 5})  # … and a third
    month = desk.ws.read(contractor_month, desk.b.admin, MONTH)
    assert month.warnings
    i18n.set_language("zh_CN")
    try:
        path = render_contractor_bulletin(
            month,
            tmp_path / "b.pdf",
            bureau_name="测试市综合行政执法局",
            issued_on=date(2026, 11, 5),
        )
    finally:
        i18n.set_language("en")
    text = pdf_text(path)
    assert "2026-03" in text and "2026-06" in text and "2026-09" in text


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
