"""A certificate (证书): holder, kind, number, issue and expiry dates, note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.labels import choices
from console.core.training.certificates import (
    CertificateInput,
    certificate_form,
    save_certificate,
)
from console.ui.context import AppContext
from console.ui.dialogs.person_picker import PersonPicker
from console.ui.dialogs.training_session import form_errors, save_as_seen
from glossary import CertificateKind
from widgets.field_form import FieldForm


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value))
    return edit


class CertificateDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        certificate_id: int | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.certificate_id = certificate_id
        self.saved: int | None = None
        self.setWindowTitle(
            self.tr("Add certificate") if certificate_id is None else self.tr("Certificate")
        )
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = ctx.read(certificate_form, ctx.user, certificate_id)
        current = form.current
        # Saving an edit states the version loaded here: a change made meanwhile on
        # another desktop is reported, not overwritten.
        self.seen_version = form.row_version
        chosen = current.person_id if current is not None else person_id
        # By name, staff number or pinyin initials; only the people the core offers.
        self.person = PersonPicker(ctx, form.people, chosen)
        self.kind = QComboBox()
        for member, text in choices(CertificateKind):
            self.kind.addItem(text, member)
        self.number = QLineEdit()
        self.number.setMaxLength(60)
        self.issued = _date_edit(ctx.today)
        self.expires = _date_edit(ctx.today.replace(year=ctx.today.year + 5))
        self.no_expiry = QCheckBox(self.tr("No expiry"))
        self.no_expiry.toggled.connect(lambda on: self.expires.setEnabled(not on))
        expiry_row = QWidget()
        row = QHBoxLayout(expiry_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.expires, 1)
        row.addWidget(self.no_expiry)
        self.note = QLineEdit()
        self.form = FieldForm(
            [
                ("person", self.tr("Holder"), self.person),
                ("kind", self.tr("Kind"), self.kind),
                ("number", self.tr("Number"), self.number),
                ("issued", self.tr("Issued"), self.issued),
                ("expires", self.tr("Expires"), expiry_row),
                ("note", self.tr("Note"), self.note),
            ]
        )
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if current is not None:
            self.kind.setCurrentIndex(self.kind.findData(current.kind))
            self.number.setText(current.number)
            if current.issued:
                self.issued.setDate(QDate(current.issued))
            if current.expires:
                self.expires.setDate(QDate(current.expires))
            self.no_expiry.setChecked(current.expires is None)
            self.note.setText(current.note)

    def data(self) -> CertificateInput:
        return CertificateInput(
            person_id=self.person.person_id(),
            kind=CertificateKind(self.kind.currentData()),
            number=self.number.text(),
            issued=self.issued.date().toPython(),  # type: ignore[arg-type]
            expires=None if self.no_expiry.isChecked() else self.expires.date().toPython(),  # type: ignore[arg-type]
            note=self.note.text(),
        )

    def save(self) -> None:
        if not self.person.check():
            return  # a typed person who is nobody: said under the box, nothing saved
        data = self.data()
        saved = save_as_seen(
            self,
            self.ctx,
            lambda: self.ctx.run(
                save_certificate,
                self.ctx.user,
                data,
                self.certificate_id,
                seen_version=self.seen_version,
            ),
            form_errors(self.form),
        )
        if saved is None:
            return
        self.saved = saved
        self.ctx.data_changed.emit("training")
        self.accept()
