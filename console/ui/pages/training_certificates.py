"""The Training page's Certificates tab: every certificate of the people on strength with
its expiry coloured (expired red, within 90 days amber), filters for what is expiring or
expired and by kind, add and edit, and the coverage ratios per unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import choices, label
from console.core.training.certificates import (
    CertificateRow,
    Coverage,
    Validity,
    validity_label,
)
from console.ui.context import AppContext
from console.ui.errors import attempt
from console.ui.pages.training_progress import stretch_column
from console.ui.tables import make_table
from glossary import CertificateKind
from widgets.table_model import Column, RowFilterProxy, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight
EXPIRED_COLOUR, EXPIRING_COLOUR = "#b3261e", "#b26a00"


def validity_colour(v: Validity) -> str | None:
    return {Validity.EXPIRED: EXPIRED_COLOUR, Validity.EXPIRING: EXPIRING_COLOUR}.get(v)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else ""


class CertificatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.which = QComboBox()
        self.which.addItem(self.tr("All certificates"), None)
        self.which.addItem(self.tr("Expiring within 90 days"), Validity.EXPIRING)
        self.which.addItem(self.tr("Expired"), Validity.EXPIRED)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for member, text in choices(CertificateKind):
            self.kind.addItem(text, member)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.count = QLabel()
        self.count.setObjectName("Hint")
        bar.addWidget(self.which)
        bar.addWidget(self.kind)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model: RowTableModel[CertificateRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(
            lambda shown, total: self.count.setText(
                self.tr("{shown} of {total} certificates").format(shown=shown, total=total)
            )
        )
        self.table = make_table(
            self.proxy,
            "certificates",
            self.tr("Certificates"),
            (70, 64, 150, 170, 150, 90, 90, 80, 60),
        )
        stretch_column(self.table, 2)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        splitter.addWidget(self.table)
        coverage_box = QWidget()
        coverage_layout = QVBoxLayout(coverage_box)
        coverage_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Coverage by unit"))
        heading.setObjectName("SectionTitle")
        coverage_layout.addWidget(heading)
        self.coverage: RowTableModel[Coverage] = RowTableModel(self._coverage_columns(), self)
        self.coverage_table = make_table(
            self.coverage,
            "certificate_coverage",
            self.tr("Certificate coverage"),
            (170, 110, 150, 70, 100, 170, 70),
        )
        stretch_column(self.coverage_table, 0)
        coverage_layout.addWidget(self.coverage_table)
        splitter.addWidget(coverage_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.add_button.setVisible(ctx.can_write)
        self.edit_button.setVisible(ctx.can_write)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.table.mirror_buttons(self.edit_button)
        self.which.currentIndexChanged.connect(lambda _i: self._filter())
        self.kind.currentIndexChanged.connect(lambda _i: self._filter())

    def _columns(self) -> list[Column[CertificateRow]]:
        def days(c: CertificateRow) -> str:
            if c.days_left is None:
                return ""
            return str(c.days_left)

        def colour(c: CertificateRow) -> str | None:
            return validity_colour(c.validity)

        return [
            Column(self.tr("Staff no."), lambda c: c.staff_no),
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Unit"), lambda c: c.unit_name),
            Column(self.tr("Certificate"), lambda c: label(c.kind)),
            Column(self.tr("Number"), lambda c: c.number),
            Column(self.tr("Issued"), lambda c: c.issued.isoformat() if c.issued else ""),
            Column(
                self.tr("Expires"),
                lambda c: c.expires.isoformat() if c.expires else "",
                colour=colour,
            ),
            Column(
                self.tr("State"),
                lambda c: validity_label(c.validity),
                sort_key=lambda c: list(Validity).index(c.validity),
                colour=colour,
            ),
            Column(
                self.tr("Days left"),
                days,
                sort_key=lambda c: c.days_left if c.days_left is not None else 10**6,
                align=RIGHT,
                colour=colour,
            ),
        ]

    def _coverage_columns(self) -> list[Column[Coverage]]:
        def n(title: str, get) -> Column[Coverage]:  # type: ignore[no-untyped-def]
            return Column(title, lambda c: str(get(c)), sort_key=get, align=RIGHT)

        return [
            Column(self.tr("Unit"), lambda c: c.unit_name),
            n(self.tr("Legal reviewers"), lambda c: c.reviewers),
            n(self.tr("With legal qualification"), lambda c: c.reviewers_qualified),
            Column(
                self.tr("Share"),
                lambda c: _share(c.reviewers_qualified, c.reviewers),
                sort_key=lambda c: c.reviewers_qualified / c.reviewers if c.reviewers else -1,
                align=RIGHT,
            ),
            n(self.tr("Officers"), lambda c: c.officers),
            n(self.tr("With valid enforcement certificate"), lambda c: c.officers_certified),
            Column(
                self.tr("Share"),
                lambda c: _share(c.officers_certified, c.officers),
                sort_key=lambda c: c.officers_certified / c.officers if c.officers else -1,
                align=RIGHT,
            ),
        ]

    def set_rows(self, certificates: list[CertificateRow], coverage: list[Coverage]) -> None:
        self.model.set_rows(certificates)
        self.coverage.set_rows(coverage)
        self._filter()

    def _filter(self) -> None:
        which, kind = self.which.currentData(), self.kind.currentData()
        self.proxy.set_predicate(
            "validity", None if which is None else (lambda c: c.validity == which)
        )
        self.proxy.set_predicate("kind", None if kind is None else (lambda c: c.kind == kind))

    def selected(self) -> CertificateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        from console.ui.dialogs.certificate import CertificateDialog

        CertificateDialog(self.ctx, parent=self).exec()

    def edit(self) -> None:
        from console.ui.dialogs.certificate import CertificateDialog

        row = self.selected()
        if row is None or not self.ctx.can_write:
            return
        attempt(self, lambda: CertificateDialog(self.ctx, row.id, parent=self).exec())
