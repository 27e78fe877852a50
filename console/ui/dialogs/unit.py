"""Add a unit to the tree, or rename one (administrators)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.conflicts import Conflict
from console.core.errors import FieldError
from console.core.labels import choices, label
from console.core.units import UnitRow, add_unit, rename_unit
from console.ui.context import AppContext
from console.ui.dialogs.person import fill_unit_combo
from console.ui.errors import FAILED, attempt
from glossary import UnitKind


class UnitDialog(QDialog):
    """With ``unit`` given, renames it; otherwise adds a new unit under a chosen parent."""

    def __init__(
        self,
        ctx: AppContext,
        units: list[UnitRow],
        parent_id: int | None = None,
        unit: UnitRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit = unit
        self.saved = False
        self.conflict = False  # closed because another desk changed the unit meanwhile
        self.setWindowTitle(self.tr("Rename unit") if unit else self.tr("Add unit"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setMaxLength(80)
        form.addRow(self.tr("Name"), self.name)
        self.kind = QComboBox()
        self.parent_unit = QComboBox()
        if unit is None and not units:
            # An empty tree: the first unit is the bureau itself, the root of the tree.
            self.kind.addItem(label(UnitKind.BUREAU), UnitKind.BUREAU)
            form.addRow(self.tr("Kind"), self.kind)
        elif unit is None:
            for member, text in choices(UnitKind):
                if member != UnitKind.BUREAU:
                    self.kind.addItem(text, member)
            fill_unit_combo(self.parent_unit, units, parent_id)
            form.addRow(self.tr("Kind"), self.kind)
            form.addRow(self.tr("Belongs to"), self.parent_unit)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.error.setText("\n".join(e.message for e in errors))

    def _write(self) -> None:
        ctx = self.ctx
        if self.unit is None:
            ctx.run(
                add_unit,
                ctx.user,
                self.name.text(),
                self.kind.currentData(),
                self.parent_unit.currentData(),
            )
            return
        try:
            ctx.run(
                rename_unit,
                ctx.user,
                self.unit.id,
                self.name.text(),
                seen_version=self.unit.row_version,
            )
        except Conflict:
            self.conflict = True
            raise  # attempt() tells the user who changed the unit

    def save(self) -> None:
        if attempt(self, self._write, self.show_errors) is FAILED:
            if self.conflict:
                self.reject()  # the form shows an old name; the page reloads
            return
        self.saved = True
        self.accept()
