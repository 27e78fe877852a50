"""The problems of a file that was not imported, as a table (row, column, problem) that
sorts and saves to Excel: one list for every import, however long. A file of 100,000 bad
rows is a table to scroll or save, never a message box taller than the screen."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import FieldError
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from widgets.screen_fit import fit_to_screen
from widgets.table_model import Column, RowTableModel


def column_of(error: FieldError) -> str:
    """The column as headed in the file; blank for a problem of the file or its header."""
    return "" if error.field in ("file", "header") else error.field


class ProblemList(QWidget):
    """Every problem of one file; ``said`` tells what saving the list came to."""

    said = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = ""  # the file whose problems are listed
        self.model: RowTableModel[FieldError] = RowTableModel(
            [
                Column(self.tr("Row"), lambda e: str(e.row or ""), sort_key=lambda e: e.row or 0),
                Column(self.tr("Column"), column_of),
                Column(self.tr("Problem"), lambda e: e.message),
            ],
            self,
        )
        # Sortable by any column: sorted by problem, one mistake repeated shows as a block.
        self.table = make_table(
            self.model, "import_problems", self.tr("Import problems"), (60, 140)
        )
        self.table.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Save the list as Excel…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        listed = QHBoxLayout()
        listed.addStretch(1)
        listed.addWidget(self.export_button)
        layout.addLayout(listed)

    def set_problems(self, errors: Sequence[FieldError], source: str) -> None:
        self.model.set_rows(errors)
        if len(errors) <= 500:  # sizing rows reads them all: only for a short list
            self.table.resizeRowsToContents()
        self.export_button.setEnabled(bool(errors))
        self.source = source

    def export(self) -> None:
        """Save the list as .xlsx, in the order shown, off the GUI thread."""
        from exports.import_problems_xlsx import write_import_problems

        source = Path(self.source).name
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the list of problems"),
            str(Path(folder) / self.tr("{file} problems.xlsx").format(file=Path(source).stem)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        rows = [(e.row, column_of(e), e.message) for e in self.model.rows()]

        def saved(path: Path) -> None:
            self.said.emit(self.tr("The list of problems was saved: {path}").format(path=path))

        def failed(exc: Exception) -> None:  # anything but OSError also goes to the crash handler
            error = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self.said.emit(self.tr("The list could not be saved: {error}").format(error=error))

        run_in_background(self, lambda: write_import_problems(rows, name, source), saved, failed)


class ProblemsDialog(QDialog):
    """A file that was not imported: what to do about it, and its problems listed."""

    def __init__(
        self, title: str, heading: str, errors: Sequence[FieldError], source: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.problems = ProblemList()
        self.problems.set_problems(errors, source)
        self.problems.said.connect(self.heading.setText)
        layout.addWidget(self.problems, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
