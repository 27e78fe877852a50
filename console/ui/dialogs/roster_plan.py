"""The roster import's part of the import dialog: the administrator's choices, and the plan
as a supervisor reads it (who is added, what changes from what to what, who moves where
and when, who is not in the file, which units are created)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLabel, QVBoxLayout, QWidget

from console.core.imports.roster import RosterOptions, RosterSummary
from console.core.labels import label
from console.ui.tables import make_table
from glossary import PersonStatus
from widgets.table_model import Column, RowTableModel

ADDED_COLOUR = "#2e7d32"
GONE_COLOUR = "#b23b3b"
MUTED_COLOUR = "#8a8f98"


class RosterOptionsBox(QWidget):
    """The effective date and the two choices the administrator makes for a roster file.

    ``changed`` fires on any change: a plan checked with other choices is not this one.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.effective = QDateEdit(QDate(today.year, today.month, today.day))
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        # The core refuses a future date; the picker does not offer one.
        self.effective.setMaximumDate(QDate(today.year, today.month, today.day))
        self.effective.setToolTip(self.tr("The date transfers and departures take effect."))
        self.create_units = QCheckBox(self.tr("Create missing units"))
        self.create_units.setToolTip(
            self.tr("Units the file names and the bureau lacks are added under the bureau.")
        )
        self.deactivate_missing = QCheckBox(self.tr("Deactivate people not in the file"))
        self.deactivate_missing.setToolTip(
            self.tr("People on strength whom the file does not list are marked as left.")
        )
        hint = QLabel(self.tr("Only an administrator can import the roster."))
        hint.setObjectName("Hint")
        layout.addRow(self.tr("Effective date"), self.effective)
        layout.addRow("", self.create_units)
        layout.addRow("", self.deactivate_missing)
        layout.addRow("", hint)
        self.effective.dateChanged.connect(lambda _d: self.changed.emit())
        self.create_units.toggled.connect(lambda _on: self.changed.emit())
        self.deactivate_missing.toggled.connect(lambda _on: self.changed.emit())

    def options(self, seen: RosterSummary | None = None) -> RosterOptions:
        """The choices; ``seen`` is the plan the administrator checked, for the import."""
        picked = self.effective.date()
        return RosterOptions(
            effective=date(picked.year(), picked.month(), picked.day()),
            create_units=self.create_units.isChecked(),
            deactivate_missing=self.deactivate_missing.isChecked(),
            seen=seen,
        )


@dataclass(frozen=True)
class PlanLine:
    """One line of the plan: what happens, to whom, and from what to what."""

    change: str
    staff_no: str
    name: str
    item: str
    before: str
    after: str
    colour: str | None = None


class RosterPlanTable(QWidget):
    """The plan, one line per change, sortable (by change it groups them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[PlanLine] = RowTableModel(
            [
                Column(self.tr("Change"), lambda p: p.change, colour=lambda p: p.colour),
                Column(self.tr("Staff no."), lambda p: p.staff_no),
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Item"), lambda p: p.item),
                Column(self.tr("Before"), lambda p: p.before),
                Column(self.tr("After"), lambda p: p.after),
            ],
            self,
        )
        self.view = make_table(
            self.model, "roster_plan", self.tr("Roster import plan"), (150, 90, 80, 90, 160)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_plan(self, plan: RosterSummary) -> None:
        self.model.set_rows(self.lines(plan))

    def clear(self) -> None:
        self.model.set_rows([])

    def lines(self, plan: RosterSummary) -> list[PlanLine]:
        unit = self.tr("Unit")
        on = plan.effective.isoformat()
        lines = [
            PlanLine(self.tr("New unit"), "", "", unit, "", path, ADDED_COLOUR)
            for path in plan.units_to_create
        ]
        lines += [
            PlanLine(self.tr("New"), p.staff_no, p.name, unit, "", p.unit, ADDED_COLOUR)
            for p in plan.new
        ]
        lines += [
            PlanLine(self.tr("Changed"), c.staff_no, c.name, f.column, f.before, f.after)
            for c in plan.changed
            for f in c.changes
        ]
        transfer = self.tr("Transfer on {date}").format(date=on)
        lines += [
            PlanLine(transfer, t.staff_no, t.name, unit, t.from_unit, t.to_unit)
            for t in plan.transfers
        ]
        for m in plan.not_in_file:
            if m.row is not None:
                change = self.tr("Marked {status} on row {row}").format(
                    status=label(m.status), row=m.row
                )
            else:
                change = self.tr("Not in the file")
            if plan.deactivate_missing:
                after = self.tr("{status} on {date}").format(status=label(m.status), date=on)
                colour: str | None = GONE_COLOUR
            else:
                after = self.tr("Stays on strength")
                colour = MUTED_COLOUR
            before = self.tr("{status}, {unit}").format(
                status=label(PersonStatus.ACTIVE), unit=m.unit
            )
            lines.append(
                PlanLine(change, m.staff_no, m.name, self.tr("Status"), before, after, colour)
            )
        return lines

    def counts(self, plan: RosterSummary) -> str:
        """N new, M changed, K transfers, L not in the file, U units to create: one line."""
        parts = [
            self.tr("{n} new").format(n=len(plan.new)),
            self.tr("{n} changed").format(n=len(plan.changed)),
            self.tr("{n} transfers on {date}").format(
                n=len(plan.transfers), date=plan.effective.isoformat()
            ),
        ]
        missing = len(plan.not_in_file)
        if plan.deactivate_missing:
            parts.append(self.tr("{n} not in the file, marked as left").format(n=missing))
        else:
            parts.append(self.tr("{n} not in the file, staying on strength").format(n=missing))
        if plan.units_to_create:
            parts.append(self.tr("{n} units to create").format(n=len(plan.units_to_create)))
        parts.append(self.tr("{n} unchanged").format(n=plan.unchanged))
        return self.tr(", ").join(parts)
