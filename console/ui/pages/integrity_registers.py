"""The Integrity page's registers: risk points, pledges (with who has not signed),
integrity talks and major-matter reports — one switcher, one table each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.integrity.registers import (
    MajorMatterRow,
    PledgeCoverage,
    PledgeRow,
    RiskPointRow,
    TalkRow,
    list_major_matters,
    list_risk_points,
    list_talks,
    pledge_coverage,
)
from console.core.labels import choices, label
from console.ui.context import AppContext
from console.ui.dialogs.integrity_registers import (
    MajorMatterDialog,
    PledgeDialog,
    RiskPointDialog,
    TalkDialog,
)
from console.ui.pages.integrity_tabs import OVERDUE_COLOUR, Lookups, RecordTab, iso
from glossary import RiskLevel, TalkKind
from widgets.table_model import Column

LEVEL_COLOURS = {RiskLevel.HIGH: OVERDUE_COLOUR, RiskLevel.MEDIUM: "#b26a00"}


class RiskPointsTab(RecordTab):
    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (130, 110, 300, 50, 260, 110, 86))
        self.search.setPlaceholderText(self.tr("Search position, unit, risk, measures…"))
        self.level = QComboBox()
        self.level.addItem(self.tr("All levels"), None)
        for member, text in choices(RiskLevel):
            self.level.addItem(text, member)
        self.filters.addWidget(self.level, 1)
        self.level.currentIndexChanged.connect(lambda _i: self._apply())
        self.add_action(self.tr("Add…"), self.add)
        self.add_action(self.tr("Edit…"), self.edit, lambda _r: True)
        self.finish_buttons()

    def columns(self) -> list[Column[RiskPointRow]]:
        return [
            Column(self.tr("Position"), lambda r: r.position),
            Column(self.tr("Unit"), lambda r: r.unit_name or self.tr("Bureau-wide")),
            Column(self.tr("Risk"), lambda r: r.description, tooltip=lambda r: r.description),
            Column(
                self.tr("Level"),
                lambda r: label(r.level),
                sort_key=lambda r: list(RiskLevel).index(r.level),
                colour=lambda r: LEVEL_COLOURS.get(r.level),
            ),
            Column(self.tr("Control measures"), lambda r: r.measures, tooltip=lambda r: r.measures),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Reviewed"), lambda r: iso(r.review_date), searchable=False),
        ]

    def load(self) -> list[RiskPointRow]:
        return self.ctx.read(list_risk_points, self.ctx.user)

    def _apply(self) -> None:
        level = self.level.currentData()
        self.proxy.set_predicate("level", None if level is None else (lambda r: r.level == level))

    def on_activated(self, row: RiskPointRow) -> None:
        if self.can_write:
            self.edit()

    def add(self) -> None:
        self.after(RiskPointDialog(self.ctx, self.lookups.units, parent=self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            self.after(RiskPointDialog(self.ctx, self.lookups.units, row, self))


class PledgesTab(RecordTab):
    """Every active person and their pledge for the page's year; the unsigned in red."""

    coverage_changed = Signal(object)  # PledgeCoverage

    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (90, 90, 140, 90, 100))
        self.search.setPlaceholderText(self.tr("Search staff number, name, unit…"))
        self.unsigned_only = QCheckBox(self.tr("Not signed only"))
        self.filters.addWidget(self.unsigned_only)
        self.unsigned_only.toggled.connect(
            lambda on: self.proxy.set_predicate(
                "unsigned", (lambda r: r.signed_date is None) if on else None
            )
        )
        self.add_action(self.tr("Record signed pledge…"), self.record)
        self.profile_button = self.add_action(
            self.tr("Profile"), self._profile, lambda _r: True, write=False
        )
        self.finish_buttons()

    def columns(self) -> list[Column[PledgeRow]]:
        def colour(r: PledgeRow) -> str | None:
            return OVERDUE_COLOUR if r.signed_date is None else None

        return [
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Category"), lambda r: label(r.category)),
            Column(
                self.tr("Signed"),
                lambda r: iso(r.signed_date) if r.signed_date else self.tr("Not signed"),
                sort_key=lambda r: r.signed_date or date.min,
                colour=colour,
                searchable=False,
            ),
        ]

    def load(self) -> list[PledgeRow]:
        coverage: PledgeCoverage = self.ctx.read(
            pledge_coverage, self.ctx.user, self.ctx.period.year
        )
        rate = "—" if coverage.rate is None else f"{coverage.rate:.0%}"
        self.detail.setText(
            self.tr("{year}: {signed} of {people} signed ({rate}); {missing} not yet.").format(
                year=coverage.year,
                signed=coverage.signed,
                people=coverage.people,
                rate=rate,
                missing=len(coverage.unsigned),
            )
        )
        return list(coverage.rows)

    def selection_changed(self) -> None:
        # The detail line holds the year's coverage, not the selected row.
        row = self.current()
        for button, enabled in self._actions:
            button.setEnabled(row is not None and enabled(row))

    def record(self) -> None:
        row = self.current()
        self.after(
            PledgeDialog(
                self.ctx,
                self.lookups.people,
                self.ctx.period.year,
                row.person_id if row is not None else None,
                self,
                pledge_version=row.pledge_version if row is not None else None,
            )
        )

    def _profile(self) -> None:
        row = self.current()
        if row is not None:
            self.open_profile(row.person_id)


class TalksTab(RecordTab):
    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (86, 90, 140, 80, 110))
        self.search.setPlaceholderText(self.tr("Search person, unit, who held it, notes…"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for member, text in choices(TalkKind):
            self.kind.addItem(text, member)
        self.filters.addWidget(self.kind, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self._apply())
        self.add_action(self.tr("Add…"), self.add)
        self.add_action(self.tr("Edit…"), self.edit, lambda _r: True)
        self.finish_buttons()

    def columns(self) -> list[Column[TalkRow]]:
        return [
            Column(self.tr("Date"), lambda t: iso(t.talk_date), searchable=False),
            Column(self.tr("Kind"), lambda t: label(t.kind)),
            Column(self.tr("Held by"), lambda t: t.talker),
            Column(self.tr("Talked to"), lambda t: t.person_name),
            Column(self.tr("Unit"), lambda t: t.unit_name),
            Column(self.tr("Notes"), lambda t: t.notes, tooltip=lambda t: t.notes or None),
        ]

    def load(self) -> list[TalkRow]:
        return self.ctx.read(list_talks, self.ctx.user)

    def _apply(self) -> None:
        kind = self.kind.currentData()
        self.proxy.set_predicate("kind", None if kind is None else (lambda t: t.kind == kind))

    def add(self) -> None:
        self.after(TalkDialog(self.ctx, self.lookups.people, self.lookups.units, parent=self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            lk = self.lookups
            self.after(TalkDialog(self.ctx, lk.people, lk.units, row, parent=self))


class MajorMattersTab(RecordTab):
    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__(ctx, lookups, (86, 80, 70, 110, 200))
        self.search.setPlaceholderText(self.tr("Search person, unit, matter…"))
        self.add_action(self.tr("Add…"), self.add)
        self.add_action(self.tr("Edit…"), self.edit, lambda _r: True)
        self.finish_buttons()

    def columns(self) -> list[Column[MajorMatterRow]]:
        return [
            Column(self.tr("Reported"), lambda r: iso(r.report_date), searchable=False),
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Name"), lambda r: r.person_name),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Matter"), lambda r: r.matter),
            Column(self.tr("Notes"), lambda r: r.notes, tooltip=lambda r: r.notes or None),
        ]

    def load(self) -> list[MajorMatterRow]:
        return self.ctx.read(list_major_matters, self.ctx.user)

    def add(self) -> None:
        self.after(MajorMatterDialog(self.ctx, self.lookups.people, parent=self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            self.after(MajorMatterDialog(self.ctx, self.lookups.people, row, self))


class RegistersTab(QWidget):
    """A switcher over the four registers; only the one shown is read."""

    changed = Signal()

    def __init__(self, ctx: AppContext, lookups: Lookups) -> None:
        super().__init__()
        self.risk_points = RiskPointsTab(ctx, lookups)
        self.pledges = PledgesTab(ctx, lookups)
        self.talks = TalksTab(ctx, lookups)
        self.major_matters = MajorMattersTab(ctx, lookups)
        self.registers: list[RecordTab] = [
            self.risk_points,
            self.pledges,
            self.talks,
            self.major_matters,
        ]
        self.switch = QComboBox()
        for text in (
            self.tr("Risk points by position"),
            self.tr("Integrity pledges"),
            self.tr("Integrity talks"),
            self.tr("Major-matter reports"),
        ):
            self.switch.addItem(text)
        self.stack = QStackedWidget()
        for register in self.registers:
            self.stack.addWidget(register)
            register.changed.connect(self.changed.emit)
        top = QHBoxLayout()
        top.setContentsMargins(0, 6, 0, 0)
        top.addWidget(self.switch)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.switch.currentIndexChanged.connect(self._switched)

    def mark_stale(self) -> None:
        for register in self.registers:
            register.stale = True

    def reload(self) -> None:
        self.current().reload()

    def current(self) -> RecordTab:
        return self.registers[self.switch.currentIndex()]

    def _switched(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        if self.current().stale:
            self.current().reload()
