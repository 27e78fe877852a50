"""Dialogs for the integrity registers: risk points, pledges, talks, major-matter reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from console.core.integrity.registers import (
    MajorMatterInput,
    MajorMatterRow,
    RiskPointInput,
    RiskPointRow,
    TalkInput,
    TalkRow,
    record_pledge,
    save_major_matter,
    save_risk_point,
    save_talk,
)
from console.core.labels import choices
from console.core.people import PersonRow
from console.core.units import UnitRow
from console.ui.context import AppContext
from console.ui.dialogs.person import OptionalDateEdit
from console.ui.dialogs.person_picker import PersonPicker
from console.ui.dialogs.record_form import (
    DateField,
    RecordDialog,
    UnitCombo,
    required,
    text_box,
)
from glossary import RiskLevel, TalkKind


class RiskPointDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        units: Sequence[UnitRow],
        point: RiskPointRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.point = point
        p = point
        self.setWindowTitle(self.tr("Edit risk point") if p else self.tr("Add risk point"))
        self.position = QLineEdit(p.position if p else "")
        self.position.setMaxLength(60)
        self.unit = UnitCombo(units, p.unit_id if p else None)
        self.description = text_box(p.description if p else "", 80)
        self.level = QComboBox()
        for member, text in choices(RiskLevel):
            self.level.addItem(text, member)
        self.level.setCurrentIndex(self.level.findData(p.level if p else RiskLevel.MEDIUM))
        self.measures = text_box(p.measures if p else "", 80)
        self.owner = QLineEdit(p.owner if p else "")
        self.owner.setMaxLength(60)
        self.review = OptionalDateEdit(p.review_date if p else ctx.today)
        self.build(
            [
                ("position", required(self.tr("Position")), self.position),
                ("unit", self.tr("Unit (blank: bureau-wide)"), self.unit),
                ("description", required(self.tr("Risk")), self.description),
                ("level", required(self.tr("Level")), self.level),
                ("measures", self.tr("Control measures"), self.measures),
                ("owner", self.tr("Owner"), self.owner),
                ("review_date", self.tr("Reviewed on"), self.review),
            ]
        )

    def submit(self) -> Any:
        data = RiskPointInput(
            position=self.position.text(),
            description=self.description.toPlainText(),
            level=self.level.currentData(),
            unit_id=self.unit.unit_id(),
            measures=self.measures.toPlainText(),
            owner=self.owner.text(),
            review_date=self.review.value(),
        )
        p = self.point
        return self.ctx.run(
            save_risk_point,
            self.ctx.user,
            data,
            p.id if p else None,
            seen_version=p.row_version if p else None,
        )


class PledgeDialog(RecordDialog):
    """Record a signed pledge for a person and year (again: corrects the date)."""

    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        year: int,
        person_id: int | None = None,
        parent: QWidget | None = None,
        pledge_version: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        # The person's pledge for the year as shown (None: not signed), so a correction
        # made meanwhile on another desktop is reported rather than overwritten.
        self.shown = (person_id, year, pledge_version)
        self.setWindowTitle(self.tr("Record signed pledge"))
        self.person = PersonPicker(self.ctx, people, person_id)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.signed = DateField(ctx.today)
        self.build(
            [
                ("person", required(self.tr("Person")), self.person),
                ("year", required(self.tr("Year")), self.year),
                ("signed_date", required(self.tr("Signed on")), self.signed),
            ]
        )

    def submit(self) -> Any:
        person_id, year = self.person.person_id(), self.year.value()
        shown_person, shown_year, version = self.shown
        same = person_id == shown_person and year == shown_year
        return self.ctx.run(
            record_pledge,
            self.ctx.user,
            person_id,
            year,
            self.signed.value(),
            self.ctx.today,
            seen_version=version if same else None,
        )


class TalkDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        units: Sequence[UnitRow],
        talk: TalkRow | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.talk = talk
        t = talk
        self.setWindowTitle(self.tr("Edit integrity talk") if t else self.tr("Add integrity talk"))
        self.date = DateField(t.talk_date if t else ctx.today)
        self.kind = QComboBox()
        for member, text in choices(TalkKind):
            self.kind.addItem(text, member)
        if t:
            self.kind.setCurrentIndex(self.kind.findData(t.kind))
        self.talker = QLineEdit(t.talker if t else "")
        self.talker.setMaxLength(60)
        self.talker.setPlaceholderText(self.tr("e.g. 纪检组长"))
        self.person = PersonPicker(
            self.ctx, people, t.person_id if t else person_id, t.person_name if t else ""
        )
        self.unit = UnitCombo(units, t.unit_id if t and t.person_id is None else None)
        self.notes = text_box(t.notes if t else "", 90)
        self.build(
            [
                ("talk_date", required(self.tr("Date")), self.date),
                ("kind", required(self.tr("Kind")), self.kind),
                ("talker", required(self.tr("Held by")), self.talker),
                ("person", self.tr("Talked to"), self.person),
                ("unit", self.tr("Unit (collective talk)"), self.unit),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )

    def submit(self) -> Any:
        data = TalkInput(
            talk_date=self.date.value(),
            kind=self.kind.currentData(),
            talker=self.talker.text(),
            person_id=self.person.person_id(),
            unit_id=self.unit.unit_id(),
            notes=self.notes.toPlainText(),
        )
        t = self.talk
        return self.ctx.run(
            save_talk,
            self.ctx.user,
            data,
            self.ctx.today,
            t.id if t else None,
            seen_version=t.row_version if t else None,
        )


class MajorMatterDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        report: MajorMatterRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.report = report
        r = report
        self.setWindowTitle(
            self.tr("Edit major-matter report") if r else self.tr("Add major-matter report")
        )
        self.person = PersonPicker(
            self.ctx, people, r.person_id if r else None, r.person_name if r else ""
        )
        self.date = DateField(r.report_date if r else ctx.today)
        self.matter = QLineEdit(r.matter if r else "")
        self.matter.setMaxLength(120)
        self.matter.setPlaceholderText(self.tr("e.g. 子女婚嫁操办事宜"))
        self.notes = text_box(r.notes if r else "")
        self.build(
            [
                ("person", required(self.tr("Person reporting")), self.person),
                ("report_date", required(self.tr("Reported on")), self.date),
                ("matter", required(self.tr("Matter")), self.matter),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )

    def submit(self) -> Any:
        data = MajorMatterInput(
            person_id=self.person.person_id(),
            report_date=self.date.value(),
            matter=self.matter.text(),
            notes=self.notes.toPlainText(),
        )
        r = self.report
        return self.ctx.run(
            save_major_matter,
            self.ctx.user,
            data,
            self.ctx.today,
            r.id if r else None,
            seen_version=r.row_version if r else None,
        )
