"""The one sheet writer behind every list exported to Excel (ranking, roster, rules,
training progress, any console table): numbers and dates stay real cells with their
column's format, long text wraps where asked, and the sheet prints with its header."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from exports.table_xlsx import write_table


def test_numbers_and_dates_keep_their_columns_format(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "t.xlsx",
        "2026年10月考核排名",
        ["姓名", "得分", "入职日期", "说明"],
        [None, "0.00", "yyyy-mm-dd", None],
        [
            ["张伟", Decimal("101.50"), date(2020, 3, 1), "按时完成" * 20],
            ["=HYPERLINK(1)", Decimal("99"), None, ""],
        ],
        sheet="2026-10",
        wrap=[3],
    )
    ws = load_workbook(path).active
    assert ws is not None
    assert ws.title == "2026-10"
    assert ws["A1"].value == "2026年10月考核排名" and ws["A1"].font.bold
    assert [c.value for c in ws[2]] == ["姓名", "得分", "入职日期", "说明"]
    assert ws["B3"].value == 101.5 and ws["B3"].number_format == "0.00"
    assert ws["C3"].value.date() == date(2020, 3, 1) and ws["C3"].number_format == "yyyy-mm-dd"
    assert ws["D3"].alignment.wrap_text and not ws["A3"].alignment.wrap_text
    assert ws["A4"].value == "=HYPERLINK(1)" and ws["A4"].data_type == "s"
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref == "A2:D4"
    assert ws.print_title_rows == "$2:$2"
    assert ws.column_dimensions["D"].width == 50  # long text is capped and wraps


def test_an_empty_table_still_has_its_header(tmp_path: Path) -> None:
    path = write_table(tmp_path / "e.xlsx", "空表", ["工号", "姓名"], [None, None], [])
    ws = load_workbook(path).active
    assert ws is not None
    assert [c.value for c in ws[2]] == ["工号", "姓名"] and ws.max_row == 2
    assert ws.auto_filter.ref == "A2:B2"
