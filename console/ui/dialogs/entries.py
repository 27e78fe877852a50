"""One person's entries of a month (the drill-down behind a total), with who recorded and
who decided each; supervisors may void an entry here while the month is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import label
from console.core.people import get_person
from console.core.scoring.dashboard import EntryDetail, person_month
from console.core.scoring.entries import void_entry
from console.core.scoring.results import PersonResult
from console.ui.context import AppContext
from console.ui.dialogs.profile import ProfileDialog
from console.ui.dialogs.reason import ReasonDialog
from console.ui.errors import FAILED, attempt
from console.ui.scoring_format import (
    MUTED_COLOUR,
    SIGNED,
    plain,
    points_colour,
    rule_tooltip,
    score,
    signed,
    star_names,
    status_colour,
)
from console.ui.tables import make_table
from glossary import EventStatus, Role, YearMonth
from widgets.screen_fit import fit_to_screen
from widgets.table_model import Column, RowTableModel, number_column

RIGHT = Qt.AlignmentFlag.AlignRight


def _when(row: EntryDetail) -> str:
    return row.decided_at.strftime("%Y-%m-%d %H:%M") if row.decided_at else ""


class PersonEntriesDialog(QDialog):
    """``result`` (the person's line of the ranking) adds the total, rank and grade."""

    def __init__(
        self,
        ctx: AppContext,
        person_id: int,
        month: YearMonth,
        result: PersonResult | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.month = month
        self.changed = False  # an entry was voided: the page must reload
        self.person = ctx.read(get_person, ctx.user, person_id)
        p = self.person
        self.setWindowTitle(self.tr("Entries of {name}, {month}").format(name=p.name, month=month))
        fit_to_screen(self, 1060, 560)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{p.name}　{p.staff_no}　·　{p.unit_name}　·　{month}")
        heading.setObjectName("DialogHeading")
        layout.addWidget(heading)
        if result is not None:
            summary = self.tr(
                "Base score {base}, awards {awards}, deductions {deductions}: total {total}. "
                "Rank {rank} in the bureau, {unit_rank} in the unit. Grade: {grade}."
            ).format(
                base=plain(result.base),
                awards=signed(result.awards),
                deductions=signed(result.deductions),
                total=score(result.total),
                rank=result.rank,
                unit_rank=result.unit_rank,
                grade=label(result.grade),
            )
            if result.stars:
                summary += " " + star_names(result.stars)
            summary_label = QLabel(summary)
            summary_label.setWordWrap(True)
            layout.addWidget(summary_label)
        hint = QLabel(
            self.tr(
                "Only approved entries count, and each rule's sum is capped per month, so the "
                "points listed can add up to more than the awards and deductions."
            )
        )
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.model: RowTableModel[EntryDetail] = RowTableModel(self._columns(), self)
        self.table = make_table(
            self.model,
            "person_entries",
            self.windowTitle,
            (90, 60, 230, 50, 60, 90, 80, 80, 120, 120),
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("Hint")

        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.clicked.connect(self.void_selected)
        # Squad leaders and viewers do not decide on entries (the core refuses them too).
        self.void_button.setVisible(ctx.user.role in (Role.ADMIN, Role.SUPERVISOR))
        if ctx.user.role in (Role.ADMIN, Role.SUPERVISOR):
            self.table.add_row_action(
                self.tr("Void…"),
                lambda _rows: self.void_selected(),
                lambda _rows: self.void_button.isEnabled(),
            )
        self.profile_button = QPushButton(self.tr("Profile…"))
        self.profile_button.clicked.connect(self.open_profile)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.profile_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.locked = False
        self.load()

    def _columns(self) -> list[Column[EntryDetail]]:
        return [
            Column(self.tr("Date"), lambda e: e.event_date.isoformat()),
            Column(self.tr("Rule"), lambda e: e.rule_code),
            Column(self.tr("Rule text"), lambda e: e.rule_text, tooltip=rule_tooltip),
            Column(self.tr("Qty"), lambda e: plain(e.quantity), lambda e: e.quantity, RIGHT),
            number_column(self.tr("Points"), lambda e: e.points, SIGNED, points_colour),
            Column(self.tr("Status"), lambda e: label(e.status), colour=status_colour),
            Column(self.tr("Recorded by"), lambda e: e.recorded_by or self.tr("(import)")),
            Column(
                self.tr("Decided by"),
                lambda e: e.decided_by,
                tooltip=lambda e: _when(e) or None,
            ),
            Column(
                self.tr("Reason"),
                lambda e: e.reason or "",
                tooltip=lambda e: e.reason,
                colour=lambda e: MUTED_COLOUR,
            ),
            Column(self.tr("Note"), lambda e: e.note or "", tooltip=lambda e: e.evidence),
        ]

    def load(self) -> None:
        month = self.ctx.read(person_month, self.ctx.user, self.person_id, self.month)
        rows, self.locked = month.entries, month.locked
        self.model.set_rows(rows)
        counted = sum(1 for r in rows if r.status == EventStatus.APPROVED)
        self.count.setText(
            self.tr("{n} entries, {counted} approved").format(n=len(rows), counted=counted)
        )
        self._update_buttons()

    def current_entry(self) -> EntryDetail | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        open_entry = entry is not None and entry.status in (
            EventStatus.PENDING,
            EventStatus.APPROVED,
        )
        self.void_button.setEnabled(open_entry and not self.locked)
        self.void_button.setToolTip(
            self.tr("{month} is finalised: reopen it to change its entries.").format(
                month=self.month
            )
            if self.locked
            else ""
        )

    def void_selected(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        text = self.tr(
            "Void {rule} of {date} ({points} points)? The entry stays on record as void, "
            "with your reason, and no longer counts."
        ).format(
            rule=entry.rule_code, date=entry.event_date.isoformat(), points=signed(entry.points)
        )

        dialog = ReasonDialog(
            self.ctx,
            self.tr("Void entry"),
            text,
            # The status shown: voided or rejected on another desktop meanwhile, the void
            # is refused with who did it, rather than written over their decision.
            lambda reason: self.ctx.run(
                void_entry, self.ctx.user, entry.id, reason, seen=entry.status
            ),
            self.tr("Void"),
            self,
        )
        if dialog.exec():
            self.changed = True
            self.ctx.notice.emit(
                self.tr("Voided: {rule} of {name}").format(
                    rule=entry.rule_code, name=self.person.name
                )
            )
        # Refused or not, show the entries as they are now.
        self.load()

    def open_profile(self) -> None:
        dialog = attempt(self, lambda: ProfileDialog(self.ctx, self.person_id, self))
        if dialog is not FAILED:
            dialog.exec()
