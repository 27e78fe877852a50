"""Tables of the console: named, remembered, copyable and exportable, built in one way.

``make_table`` gives a page a widgets.table_view.DataTable whose columns are kept under
the page's stable table name (console/ui/view_state.py) and whose 导出… writes the rows the
user sees to an xlsx workbook (exports/table_xlsx.py), off the GUI thread, then offers to
open the file or its folder. ``search`` binds Ctrl+F to the page's search box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from console.ui.audited_export import audited
from console.ui.context import AppContext
from console.ui.errors import in_words, write_error_text
from console.ui.tasks import run_in_background
from console.ui.view_state import table_state
from widgets.table_copy import sheet_data
from widgets.table_view import DataTable, bind_find, make_table_view

_last_folder: str | None = None  # where the user last saved an export, this session


def make_table(
    model: QAbstractItemModel,
    name: str,
    title: Callable[[], str] | str,
    widths: Sequence[int] = (),
    parent: QWidget | None = None,
    sortable: bool = True,
    search: QLineEdit | None = None,
) -> DataTable:
    """A table over ``model``, remembered as ``name`` (stable: it keys the user's saved
    columns) and exported under ``title`` (what the sheet is about, e.g. 积分记录 2026-11)."""
    table = make_table_view(model, widths, parent, sortable)
    table.keep_state(name, table_state)
    table.exporter = lambda t: export_table(t, title() if callable(title) else title)
    if search is not None:
        bind_find(search)
    return table


def _file_name(title: str) -> str:
    bad = '<>:"/\\|?*'
    return "".join("_" if ch in bad else ch for ch in title).strip() or "table"


def export_table(table: DataTable, title: str) -> None:
    """Ask where, then write what ``table`` shows to an xlsx workbook in the background."""
    global _last_folder
    suggested = Path(_last_folder or ".") / f"{_file_name(title)}.xlsx"
    name, _filter = QFileDialog.getSaveFileName(
        table,
        QCoreApplication.translate("tables", "Export to Excel"),
        str(suggested),
        QCoreApplication.translate("tables", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    _last_folder = str(path.parent)
    data = sheet_data(table)  # read on the GUI thread; the worker gets plain values

    def write() -> Path:
        from exports.table_xlsx import write_table  # openpyxl only when exporting

        return write_table(path, title, data.headers, data.formats, data.rows)

    ctx = _context_of(table)
    # Taking records out is an audited event (console.core.export_log).
    work = write if ctx is None else audited(ctx, title, len(data.rows), write)

    def failed(exc: Exception) -> None:
        why = QCoreApplication.translate(
            "tables", "The table could not be written:\n{error}"
        ).format(error=in_words(exc))
        text = write_error_text(exc, path) or why
        QMessageBox.warning(table, QCoreApplication.translate("tables", "Export failed"), text)

    def done(written: Path) -> None:
        text = QCoreApplication.translate("tables", "{n} rows were written to\n{path}").format(
            n=f"{len(data.rows):,}", path=written
        )
        show_written(table, written, text)

    run_in_background(table, work, done, failed)


def _context_of(widget: QWidget) -> AppContext | None:
    """The signed-in context of the page or dialog holding ``widget`` (each keeps it as
    ``ctx``), so that every table's export is recorded without each caller passing it."""
    current: QObject | None = widget
    while current is not None:
        ctx = getattr(current, "ctx", None)
        if isinstance(ctx, AppContext):
            return ctx
        current = current.parent()
    return None


def show_written(parent: QWidget, path: Path, text: str) -> None:
    """Tell where the file went (``text``), and offer to open it or its folder: every
    export of the console ends with this box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("tables", "Exported"))
    box.setText(text)
    open_file = box.addButton(
        QCoreApplication.translate("tables", "Open file"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("tables", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif clicked is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
