"""The Training page's Projection tab: each person's hours on 31 December at their
current pace, those who will miss their requirement, and for the one selected the
remaining sessions to attend (earliest first) — or that even all of them will not
suffice. The rule is ``console.core.training.projection``'s."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from console.core.labels import label
from console.core.training.progress import period_end
from console.core.training.projection import PersonProjection, PlannedSession, YearProjection
from console.ui.pages.training_progress import BEHIND_COLOUR, HOURS, section, stretch_column
from console.ui.tables import make_table
from widgets.table_model import Column, RowFilterProxy, RowTableModel, number_column

WILL_MISS, EVERYONE = "will_miss", "everyone"


class ProjectionTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projection: YearProjection | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rule = QLabel(
            self.tr(
                "Projected hours = hours credited × days from 1 January (or the day of hire) "
                "to 31 December ÷ days passed before today (the pace of the progress tab). "
                "Sessions already planned are not added: they are the way to close the gap, "
                "chosen earliest first until the missing hours are reached."
            )
        )
        self.rule.setObjectName("Hint")
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(section(self.tr("People")))
        head.addStretch(1)
        self.which = QComboBox()
        self.which.addItem(self.tr("Will miss the requirement"), WILL_MISS)
        self.which.addItem(self.tr("Everyone with a requirement"), EVERYONE)
        head.addWidget(self.which)
        left_layout.addLayout(head)
        self.model: RowTableModel[PersonProjection] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy,
            "training_projection",
            lambda: self.tr("Training hours projected to 31 December"),
            (72, 64, 150, 72, 72, 72, 72, 72, 200),
        )
        stretch_column(self.table, 8)
        left_layout.addWidget(self.table, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_heading = section(self.tr("Sessions to attend"))
        right_layout.addWidget(self.plan_heading)
        self.plan_model: RowTableModel[PlannedSession] = RowTableModel(self._plan_columns(), self)
        self.plan_table = make_table(
            self.plan_model,
            "training_projection_sessions",
            lambda: self.tr("Sessions to attend"),
            (88, 220, 90, 60),
        )
        stretch_column(self.plan_table, 1)
        right_layout.addWidget(self.plan_table, 1)
        self.plan_note = QLabel()
        self.plan_note.setObjectName("Hint")
        self.plan_note.setWordWrap(True)
        right_layout.addWidget(self.plan_note)
        splitter.addWidget(right)
        splitter.setSizes([900, 480])
        layout.addWidget(splitter, 1)
        self.which.currentIndexChanged.connect(lambda _i: self._show_people())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_plan())

    def _columns(self) -> list[Column[PersonProjection]]:
        def miss_colour(p: PersonProjection) -> str | None:
            return BEHIND_COLOUR if p.will_miss else None

        return [
            Column(self.tr("Staff no."), lambda p: p.staff_no),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Unit"), lambda p: p.unit_name),
            Column(self.tr("Category"), lambda p: label(p.category)),
            number_column(self.tr("Credited"), lambda p: p.credited, HOURS),
            number_column(self.tr("Projected"), lambda p: p.projected, HOURS, miss_colour),
            number_column(self.tr("Required"), lambda p: p.required, HOURS),
            number_column(
                self.tr("Projected short by"), lambda p: p.short_by or None, HOURS, miss_colour
            ),
            Column(
                self.tr("Sessions to attend"),
                self.plan_text,
                sort_key=lambda p: (not p.will_miss, p.reachable, len(p.plan)),
                colour=lambda p: BEHIND_COLOUR if p.will_miss and not p.reachable else None,
            ),
        ]

    def _plan_columns(self) -> list[Column[PlannedSession]]:
        return [
            Column(self.tr("Date"), lambda s: s.session_date.isoformat()),
            Column(self.tr("Title"), lambda s: s.title),
            Column(self.tr("Category"), lambda s: label(s.category)),
            number_column(self.tr("Hours"), lambda s: s.hours, HOURS),
        ]

    def plan_text(self, p: PersonProjection) -> str:
        if not p.will_miss:
            return self.tr("Will reach it")
        if not p.reachable:
            return self.tr("Even all remaining sessions will not suffice")
        return self.tr("{hours} h in {n} session(s)").format(
            n=len(p.plan), hours=f"{p.plan_hours:g}"
        )

    def show_data(self, projection: YearProjection) -> None:
        self.projection = projection
        required = len(projection.people)
        self.summary.setText(
            self.tr(
                "As of {date}: of {n} people with a requirement, {miss} will miss it on "
                "31 December at their current pace; for {cannot} of them even all "
                "{sessions} remaining planned sessions of the year will not suffice."
            ).format(
                date=period_end(projection.year, projection.as_of).isoformat(),
                n=required,
                miss=projection.will_miss,
                cannot=projection.cannot_reach,
                sessions=len(projection.remaining),
            )
        )
        self._show_people()

    def _show_people(self) -> None:
        if self.projection is None:
            return
        if self.which.currentData() == WILL_MISS:
            people = self.projection.missing()
        else:
            people = list(self.projection.people)
        self.model.set_rows(people)
        if people:
            self.table.selectRow(0)
        else:
            self._show_plan()

    def selected(self) -> PersonProjection | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def _show_plan(self) -> None:
        person = self.selected()
        if person is None or not person.will_miss:
            self.plan_model.set_rows([])
            self.plan_heading.setText(self.tr("Sessions to attend"))
            self.plan_note.setText(
                ""
                if person is None
                else self.tr("{name} will reach the requirement.").format(name=person.name)
            )
            return
        self.plan_model.set_rows(list(person.plan))
        self.plan_heading.setText(self.tr("Sessions {name} must attend").format(name=person.name))
        if person.reachable:
            note = self.tr(
                "{missing} hours still missing; these {n} sessions give {hours}."
            ).format(
                missing=f"{person.missing:.1f}", n=len(person.plan), hours=f"{person.plan_hours:g}"
            )
        else:
            note = self.tr(
                "{missing} hours still missing; even all remaining sessions open to them "
                "({hours} h) will not suffice: arrange make-up training."
            ).format(missing=f"{person.missing:.1f}", hours=f"{person.plan_hours:g}")
        self.plan_note.setText(note)
