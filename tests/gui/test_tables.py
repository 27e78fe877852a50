"""Tables as Excel users expect: copy with headers, right-click actions, remembered
columns, pinyin order, one number format per column, and an export that keeps numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.core.auth import User
from console.core.database import Database
from console.ui import tables
from console.ui.context import AppContext
from console.ui.pages.performance import PerformancePage
from console.ui.tables import make_table
from glossary import EventStatus
from tests.factories import Bureau
from tests.gui.conftest import on_modal
from tests.scoring_fixtures import enter, scoring_bureau
from widgets.table_format import count, percent, points, signed
from widgets.table_model import Column, RowFilterProxy, RowTableModel, number_column
from widgets.table_view import DataTable

MakeCtx = Callable[[User], AppContext]


@dataclass
class Officer:
    staff_no: str
    name: str
    note: str
    total: Decimal
    change: Decimal
    cases: int
    share: float


OFFICERS = [
    Officer("A10", "周安", "", Decimal("101.5"), Decimal("23"), 1853, 0.5),
    Officer("A9", "张伟", "tab\there", Decimal("99"), Decimal("-0.5"), 12, 0.125),
    Officer("A2", "李娜", 'two\nlines "quoted"', Decimal("100"), Decimal("-1"), 0, 1.0),
    Officer("A3", "王芳", "", Decimal("98.25"), Decimal("0"), 7, 0.0),
    Officer("A4", "赵磊", "", Decimal("97"), Decimal("22.2"), 3, 0.3333),
    Officer("A5", "陈静", "", Decimal("96"), Decimal("1"), 5, 0.9),
]


def columns() -> list[Column[Officer]]:
    return [
        Column("Staff no.", lambda o: o.staff_no),
        Column("Name", lambda o: o.name),
        Column("Note", lambda o: o.note),
        number_column("Total", lambda o: o.total, points(1)),
        number_column("Change", lambda o: o.change, signed(1)),
        number_column("Cases", lambda o: o.cases, count),
        number_column("Share", lambda o: o.share, percent(1)),
    ]


_pages: list[QWidget] = []  # the test's pages live until the test's widgets are closed


@pytest.fixture(autouse=True)
def _forget_pages() -> Any:
    yield
    _pages.clear()


def officers_table(qtbot: QtBot, name: str = "officers") -> tuple[DataTable, QLineEdit]:
    page = QWidget()
    qtbot.addWidget(page)
    _pages.append(page)
    model: RowTableModel[Officer] = RowTableModel(columns(), page)
    proxy = RowFilterProxy(page)
    proxy.setSourceModel(model)
    search = QLineEdit(page)
    table = make_table(proxy, name, "Officers", (60, 80, 120, 70, 70, 70, 70), page, search=search)
    model.set_rows(OFFICERS)
    return table, search


def shown(table: DataTable, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


# --- one number format per column --------------------------------------------------------


def test_each_column_has_one_number_format(qtbot: QtBot) -> None:
    table, _ = officers_table(qtbot)
    assert shown(table, 3) == ["101.5", "99.0", "100.0", "98.3", "97.0", "96.0"]
    assert shown(table, 4) == ["+23.0", "-0.5", "-1.0", "0.0", "+22.2", "+1.0"]
    assert shown(table, 5) == ["1,853", "12", "0", "7", "3", "5"]
    assert shown(table, 6) == ["50.0%", "12.5%", "100.0%", "0.0%", "33.3%", "90.0%"]


# --- pinyin order ------------------------------------------------------------------------


def test_names_sort_in_pinyin_order_and_staff_numbers_by_number(qtbot: QtBot) -> None:
    table, _ = officers_table(qtbot)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(table, 1) == ["陈静", "李娜", "王芳", "张伟", "赵磊", "周安"]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(table, 0) == ["A2", "A3", "A4", "A5", "A9", "A10"]
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # numbers by value, not by text
    assert shown(table, 4)[:2] == ["+23.0", "+22.2"]


def test_new_rows_follow_the_chosen_sort(qtbot: QtBot) -> None:
    table, _ = officers_table(qtbot)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    source = table.model().sourceModel()  # type: ignore[attr-defined]
    source.set_rows(list(reversed(OFFICERS)))
    assert shown(table, 1) == ["陈静", "李娜", "王芳", "张伟", "赵磊", "周安"]


# --- copy --------------------------------------------------------------------------------


def test_ctrl_c_copies_the_selected_rows_with_headers_as_excel_does(qtbot: QtBot) -> None:
    table, _ = officers_table(qtbot)
    header = table.horizontalHeader()
    header.setSectionHidden(6, True)  # a hidden column is not copied
    header.moveSection(1, 0)  # the user's column order is kept: name first
    table.selectRow(1)
    table.selectionModel().select(
        table.model().index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Name\tStaff no.\tNote\tTotal\tChange\tCases\r\n"
        '张伟\tA9\t"tab\there"\t99.0\t-0.5\t12\r\n'
        '李娜\tA2\t"two\nlines ""quoted"""\t100.0\t-1.0\t0\r\n'
    )


# --- column state ------------------------------------------------------------------------


def test_columns_are_kept_across_a_restart_and_reset(qtbot: QtBot) -> None:
    table, _ = officers_table(qtbot)
    header = table.horizontalHeader()
    header.resizeSection(2, 233)
    header.moveSection(3, 0)
    header.setSectionHidden(5, True)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    table.save_state()
    QSettings("Ducha", "Ducha").sync()

    again, _ = officers_table(qtbot)  # a new page object reading the same settings
    h = again.horizontalHeader()
    assert h.sectionSize(2) == 233
    assert h.logicalIndex(0) == 3
    assert h.isSectionHidden(5)
    assert (h.sortIndicatorSection(), h.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert shown(again, 1) == ["周安", "赵磊", "张伟", "王芳", "李娜", "陈静"]

    again.reset_columns()
    assert h.sectionSize(2) == 120 and h.logicalIndex(0) == 0 and not h.isSectionHidden(5)
    third, _ = officers_table(qtbot)
    assert not third.horizontalHeader().isSectionHidden(5)


def test_the_column_chooser_hides_and_shows_columns(qtbot: QtBot) -> None:
    table, _ = officers_table(qtbot)
    menu = table.columns_menu()
    ticks = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in ticks] == [c.title for c in columns()]
    ticks[2].setChecked(False)
    assert table.horizontalHeader().isSectionHidden(2)
    ticks[2].setChecked(True)
    assert not table.horizontalHeader().isSectionHidden(2)


def test_ctrl_f_goes_to_the_search_box(qtbot: QtBot) -> None:
    table, search = officers_table(qtbot)
    window = table.window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    search.setText("张")
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus() and search.selectedText() == "张"


# --- export ------------------------------------------------------------------------------


def test_export_writes_what_the_table_shows_with_numbers_as_numbers(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table, search = officers_table(qtbot)
    search.textChanged.connect(table.model().set_search)  # type: ignore[attr-defined]
    search.setText("A")
    table.horizontalHeader().setSectionHidden(2, True)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    target = tmp_path / "officers.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[tuple[Path, int]] = []
    monkeypatch.setattr(tables, "show_written", lambda _p, path, text: told.append((path, text)))
    export = next(a for a in table.context_menu().actions() if a.text() == "Export…")
    export.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == [(target, f"6 rows were written to\n{target}")]

    ws = load_workbook(target).active
    assert ws is not None
    assert ws["A1"].value == "Officers"
    assert [c.value for c in ws[2]] == ["Staff no.", "Name", "Total", "Change", "Cases", "Share"]
    first = [c.value for c in ws[3]]
    assert first == ["A5", "陈静", 96.0, 1.0, 5, 0.9]
    assert ws["D3"].number_format == "+#,##0.0;-#,##0.0;0.0"
    assert ws["E3"].number_format == "#,##0" and ws["F3"].number_format == "0.0%"
    assert [ws.cell(row=r, column=2).value for r in range(3, 9)] == [
        "陈静",
        "李娜",
        "王芳",
        "张伟",
        "赵磊",
        "周安",
    ]


# --- the right-click menu on a real page -------------------------------------------------


@pytest.fixture
def b(db: Database) -> Bureau:
    with db.session() as s:
        bureau = scoring_bureau(s)
        enter(s, bureau, 0, "AJ01", 25, on=date(2026, 11, 10))
        enter(s, bureau, 3, "JL07", on=date(2026, 11, 10))
        return bureau


def menu_action(table: DataTable, text: str) -> Any:
    return next(a for a in table.context_menu().actions() if a.text() == text)


def test_void_an_entry_from_the_ledger_right_click_menu(
    qtbot: QtBot, make_ctx: MakeCtx, b: Bureau
) -> None:
    page = PerformancePage(make_ctx(b.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    page.tabs.setCurrentWidget(page.entries_tab)
    tab = page.entries_tab
    codes = [tab.proxy.index(r, 4).data() for r in range(tab.proxy.rowCount())]
    row = codes.index("JL07")
    tab.table.selectRow(row)
    void = menu_action(tab.table, "Void…")
    assert void.isEnabled()

    def answer(dialog: QDialog) -> None:
        dialog.reason.setPlainText("重复录入")  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(answer)
    void.trigger()
    statuses = {
        tab.proxy.index(r, 4).data(): tab.proxy.index(r, 8).data()
        for r in range(tab.proxy.rowCount())
    }
    assert statuses["JL07"] == "Void"
    # A void entry cannot be voided again: the menu says so.
    codes = [tab.proxy.index(r, 4).data() for r in range(tab.proxy.rowCount())]
    tab.table.selectRow(codes.index("JL07"))
    assert not menu_action(tab.table, "Void…").isEnabled()
    assert tab.table.selected_items()[0].status == EventStatus.VOID


def test_a_viewer_gets_no_void_in_the_menu(qtbot: QtBot, make_ctx: MakeCtx, b: Bureau) -> None:
    page = PerformancePage(make_ctx(b.viewer))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.entries_tab
    tab.table.selectRow(0)
    texts = [a.text() for a in tab.table.context_menu().actions()]
    assert "Void…" not in texts and "Copy" in texts and "Export…" in texts


def test_the_main_window_comes_back_where_it_was_left(qtbot: QtBot) -> None:
    from console.ui.view_state import restore_window, save_window

    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(40, 50, 700, 480)
    save_window(window)
    again = QWidget()
    qtbot.addWidget(again)
    assert restore_window(again)
    assert (again.width(), again.height()) == (700, 480)


def test_exporting_a_pages_table_is_an_audited_event(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    b: Bureau,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import select

    from db.audit import AuditLog

    page = PerformancePage(make_ctx(b.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    page.tabs.setCurrentWidget(page.entries_tab)
    target = tmp_path / "ledger.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[Path] = []
    monkeypatch.setattr(tables, "show_written", lambda _p, path, text: told.append(path))
    menu_action(page.entries_tab.table, "Export…").trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    with db.session() as session:
        rows = session.execute(
            select(AuditLog.username, AuditLog.after).where(AuditLog.table_name == "export")
        ).all()
    assert [(u, '"file": "ledger.xlsx"' in (a or "")) for u, a in rows] == [("sup", True)]
