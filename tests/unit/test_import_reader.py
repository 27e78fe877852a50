"""The import reader takes only what a cell says, and says clearly what it cannot read."""

from __future__ import annotations

import io
from contextlib import redirect_stderr
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from console.commands.imports import print_errors
from console.core.errors import FieldError, ValidationError
from console.core.imports.attendance import read_attendance
from console.core.imports.cases import CASES_FORMAT
from console.core.imports.events import EVENTS_FORMAT, read_events
from console.core.imports.table import (
    CellError,
    cell_count,
    cell_date,
    cell_id,
    cell_month,
    cell_quantity,
    read_table,
)
from console.core.scoring.rules import parse_decimal
from exports.import_problems_xlsx import write_import_problems
from tests.corpus import Formula, csv_text, workbook, xlsx

EVENTS = ["工号", "单位", "日期", "细则编号", "数量", "备注"]


def problems(path: Path, read=read_events) -> list[FieldError]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as exc:
        read(path)
    return exc.value.errors


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_formula_without_its_result_is_refused_with_its_cell(tmp_path: Path) -> None:
    rows = [EVENTS, ["T0001", "城东中队", "2026-10-05", "XC02", Formula("=1+2", None), ""]]
    [error] = problems(write(tmp_path / "f.xlsx", xlsx(rows)))
    assert (error.row, error.field) == (2, "数量")
    assert "=1+2" in error.message and "values" in error.message


def test_a_formula_with_its_stored_result_is_read_as_that_result(tmp_path: Path) -> None:
    rows = [EVENTS, ["T0001", "城东中队", "2026-10-05", "XC02", Formula("=1+2", "3"), "备注"]]
    table = read_table(write(tmp_path / "f.xlsx", xlsx(rows)), EVENTS_FORMAT)
    assert table.rows[0].get("quantity") == 3


@pytest.mark.parametrize(
    ("typed", "number"),
    [("12", 12), ("１２", 12), ("－０．５", Decimal("-0.5")), ("＋2", 2), (" 3 ", 3)],
)
def test_numbers_in_ascii_or_full_width_digits_are_read(typed: str, number: object) -> None:
    assert parse_decimal(typed) == number


@pytest.mark.parametrize(
    "typed", ["1_000", "١٢", "१२", "²", "1,000", "nan", "inf", "-Infinity", "1e308", "9" * 22]
)
def test_other_digits_underscores_nan_and_overflow_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(typed)
    with pytest.raises(CellError):
        cell_count(typed, 10_000)
    with pytest.raises(CellError):
        cell_quantity(typed, Decimal(1), Decimal(1000))


def test_number_cells_that_overflow_or_are_not_finite_are_refused() -> None:
    for value in (1e308, float("nan"), float("inf"), 10**22):
        with pytest.raises(CellError):
            cell_count(value, 10**6)


def test_record_numbers_refuse_what_int_would_take() -> None:
    assert cell_id("12") == 12 and cell_id(12.0) == 12 and cell_id(None) is None
    for value in ("9999999999999999999999", "١٢", "²", "0", "1.5", "-3", 2**31):
        with pytest.raises(CellError):
            cell_id(value)


def test_dates_and_months_take_only_ascii_or_full_width_digits() -> None:
    assert str(cell_date("２０２６－１０－０５")) == "2026-10-05"
    assert str(cell_month("2026年10月")) == "2026-10"
    for value in ("٢٠٢٦-١٠-٠٥", "2026-02-30", "0000-01-01"):
        with pytest.raises(CellError):
            cell_date(value)
    with pytest.raises(CellError):
        cell_month("٢٠٢٦-١٠")


def test_an_attendance_session_number_too_large_is_a_row_error(tmp_path: Path) -> None:
    header = ["工号", "培训编号", "学时"]
    path = tmp_path / "a.csv"
    path.write_text(csv_text([header, ["T0001", "9999999999999999999999", "1e308"]]), "utf-8")
    [row] = read_attendance(path)  # row errors are reported by the import, with the rest
    assert row.session_id is None and row.hours is None
    assert {(e.row, e.field) for e in row.errors} == {(2, "培训编号"), (2, "学时")}


def test_control_characters_are_refused_but_a_note_may_have_lines(tmp_path: Path) -> None:
    rows = [
        EVENTS,
        ["T00\x0701", "城东中队", "2026-10-05", "XC02", "1", "第一行\n第二行"],
        ["T0002", "城东中队", "2026-10-05", "XC02", "1", "铃\x07声"],
        ["T0003\nT0004", "城东中队", "2026-10-05", "XC02", "1", ""],
    ]
    path = tmp_path / "c.csv"
    path.write_text(csv_text(rows), "utf-8")
    errors = problems(path)
    assert {(e.row, e.field) for e in errors} == {(2, "工号"), (3, "备注"), (4, "工号")}
    assert all("control character" in e.message for e in errors)


def test_an_overlong_cell_is_refused_with_its_cell(tmp_path: Path) -> None:
    rows = [EVENTS, ["T0001", "城东中队", "2026-10-05", "XC02", "1", "长" * 40_000]]
    [error] = problems(write(tmp_path / "h.xlsx", xlsx(rows)))
    assert (error.row, error.field) == (2, "备注") and "32,767" in error.message


def test_damaged_workbooks_give_one_message_naming_the_file(tmp_path: Path) -> None:
    good = xlsx([EVENTS, ["T0001", "城东中队", "2026-10-05", "XC02", "1", ""]])
    cut = xlsx(
        [EVENTS], replace={"xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><worksheet><sh'}
    )
    for name, data in (
        ("cut-zip.xlsx", good[: len(good) // 2]),
        ("cut-sheet.xlsx", cut),
        ("charts.xlsx", workbook([], charts_first=1)),
    ):
        [error] = problems(write(tmp_path / name, data))
        assert error.row is None and name in error.message


def test_text_in_two_encodings_or_utf16_is_refused_naming_the_line(tmp_path: Path) -> None:
    text = csv_text([EVENTS, ["T0001", "城东中队", "2026-10-05", "XC02", "1", "备注"]])
    mixed = b"\xef\xbb\xbf" + text.encode("gb18030")
    [error] = problems(write(tmp_path / "m.csv", mixed))
    assert "line 1" in error.message and "UTF-8" in error.message
    half = text.encode("utf-8") + "第二行,城东中队\r\n".encode("gb18030")
    [error] = problems(write(tmp_path / "half.csv", half))
    assert "line 3" in error.message
    [error] = problems(write(tmp_path / "u.csv", text.encode("utf-16")))
    assert "UTF-16" in error.message


def test_a_gb18030_file_is_still_read(tmp_path: Path) -> None:
    text = csv_text([["工号", "月份", "简易程序", "一般程序", "非现场", "重大案件"]])
    text += "T0001,2026年10月,1,0,0,0\r\n"
    table = read_table(write(tmp_path / "g.csv", text.encode("gb18030")), CASES_FORMAT)
    assert table.rows[0].get("month") == "2026年10月"


def test_the_cli_lists_200_problems_then_counts_the_rest(tmp_path: Path) -> None:
    errors = [FieldError("数量", "不是数字", row) for row in range(2, 1002)]
    err = io.StringIO()
    with redirect_stderr(err):
        print_errors(errors, tmp_path / "big.csv")
    lines = err.getvalue().splitlines()
    assert len(lines) == 202
    assert lines[0].endswith("不是数字") and "2" in lines[0]
    assert "800" in lines[200]
    assert "1000" in lines[201] and "big.csv" in lines[201]


def test_one_problem_of_the_whole_file_is_one_line(tmp_path: Path) -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        print_errors([FieldError("file", "x.xlsx is damaged")], tmp_path / "x.xlsx")
    assert err.getvalue() == "ducha: x.xlsx is damaged\n"


def test_the_problem_list_exports_with_no_formula_cells(tmp_path: Path) -> None:
    rows = [
        (2, "姓名", '=HYPERLINK("http://x","详情")'),
        (3, "+86", "-x"),
        (4, "@x", "铃\x07声"),
        (None, "", "\tx"),
    ]
    path = write_import_problems(rows, tmp_path / "p.xlsx", "人员.csv")
    ws = load_workbook(path).active
    assert ws is not None
    cells = [c for row in ws.iter_rows(min_row=3) for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    assert [c.value for c in cells[:3]] == [2, "姓名", '=HYPERLINK("http://x","详情")']
    assert cells[8].value == "铃声"  # a control character cannot be written; it is dropped
