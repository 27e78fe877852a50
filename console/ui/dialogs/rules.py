"""The rule catalogue (考核细则): rule sets and their rules, read by all, kept by admins.

Administrators add and edit rules, deactivate those no longer wanted (a rule is never
deleted: entries refer to it), publish a new rule set by copying the current one, and
move a whole catalogue in and out of Excel. Everyone else sees the same tables read-only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import FieldError, ValidationError
from console.core.imports.rules import import_rules, read_rules
from console.core.labels import choices, label
from console.core.scoring.rules import (
    DEFAULT_UNIT,
    RuleInput,
    RuleRow,
    RuleSetRow,
    add_rule,
    add_rule_set,
    list_rule_sets,
    list_rules,
    set_rule_active,
    update_rule,
    update_rule_set,
)
from console.ui.context import AppContext
from console.ui.dialogs.import_problems import ProblemsDialog
from console.ui.dialogs.person import OptionalDateEdit
from console.ui.errors import FAILED, attempt, write_error_text
from console.ui.tables import make_table
from console.ui.tasks import run_in_background
from glossary import RuleCategory
from widgets.field_form import FieldForm
from widgets.screen_fit import fit_to_screen
from widgets.table_model import Column, RowFilterProxy, RowTableModel
from widgets.table_view import select_where

MUTED_COLOUR = "#8a8f98"
AWARD_COLOUR = "#2e7d32"
DEDUCTION_COLOUR = "#b23b3b"
CHECK = "✓"
# The units catalogues count in; the field stays editable for any other.
COUNT_UNITS = ("次", "件", "项", "天", "篇", "卷", "学时", "人", "起")


def signed(value: Decimal) -> str:
    """+2, -0.5, +0.25: the sign always shown, no trailing zeros."""
    return f"{value.normalize():+f}"


def plain(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RuleDialog(QDialog):
    """Add a rule to a set, or edit one. Problems show beside their fields; nothing is
    written until every field is right."""

    def __init__(
        self,
        ctx: AppContext,
        rule_set: RuleSetRow,
        rule: RuleRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rule_set = rule_set
        self.rule = rule
        self.saved: RuleRow | None = None
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("New rule"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)

        in_set = QLabel(self.tr("Rule set: {name}").format(name=rule_set.name))
        in_set.setObjectName("Hint")
        layout.addWidget(in_set)
        if rule is not None and rule.used:
            self.used_note: QLabel | None = QLabel(
                self.tr(
                    "Entries recorded under this rule: {n}. They keep the points they were "
                    "recorded with; new points apply to new entries only. A changed monthly "
                    "cap or category also applies to months not yet finalised."
                ).format(n=rule.used)
            )
            self.used_note.setObjectName("Hint")
            self.used_note.setWordWrap(True)
            layout.addWidget(self.used_note)
        else:
            self.used_note = None

        self.code = QLineEdit(rule.code if rule else "")
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. AJ06"))
        self.category = QComboBox()
        for member, text in choices(RuleCategory):
            self.category.addItem(text, member)
        if rule is not None:
            self.category.setCurrentIndex(self.category.findData(rule.category))
        self.text = QPlainTextEdit(rule.text if rule else "")
        self.text.setMaximumHeight(70)
        self.text.setTabChangesFocus(True)
        self.points = QLineEdit(signed(rule.points) if rule else "")
        self.points.setPlaceholderText(self.tr("per unit; negative for a deduction, e.g. -0.5"))
        self.count_unit = QComboBox()
        self.count_unit.setEditable(True)
        self.count_unit.addItems(COUNT_UNITS)
        self.count_unit.setCurrentText(rule.count_unit if rule else DEFAULT_UNIT)
        line = self.count_unit.lineEdit()
        if line is not None:
            line.setMaxLength(20)
        self.monthly_cap = QLineEdit(plain(rule.monthly_cap) if rule else "")
        self.monthly_cap.setPlaceholderText(self.tr("blank: no cap"))
        self.monthly_cap.setToolTip(
            self.tr("The most this rule can add or take per person in one month.")
        )
        self.needs_approval = QCheckBox(self.tr("Entries need approval by a second person"))
        self.needs_approval.setChecked(bool(rule and rule.needs_approval))
        self.serious = QCheckBox(self.tr("Marks a serious violation"))
        self.serious.setChecked(bool(rule and rule.serious))

        rows: list[tuple[str, str, QWidget]] = [
            ("code", self.tr("Code") + " *", self.code),
            ("category", self.tr("Category") + " *", self.category),
            ("text", self.tr("Text") + " *", self.text),
            ("points", self.tr("Points") + " *", self.points),
            ("count_unit", self.tr("Unit of count") + " *", self.count_unit),
            ("monthly_cap", self.tr("Monthly cap"), self.monthly_cap),
            ("needs_approval", "", self.needs_approval),
            ("serious", "", self.serious),
        ]
        self.form = FieldForm(rows)
        self.errors = self.form.errors
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def data(self) -> RuleInput:
        return RuleInput(
            code=self.code.text(),
            category=self.category.currentData(),
            text=self.text.toPlainText(),
            points=self.points.text(),
            count_unit=self.count_unit.currentText(),
            monthly_cap=self.monthly_cap.text(),
            needs_approval=self.needs_approval.isChecked(),
            serious=self.serious.isChecked(),
        )

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.form.show_errors((e.field, e.message) for e in errors)

    def save(self) -> None:
        data, user, rule = self.data(), self.ctx.user, self.rule
        if rule is None:
            saved = attempt(
                self, lambda: self.ctx.run(add_rule, user, self.rule_set.id, data), self.show_errors
            )
        else:
            # The version the form was filled from: a rule changed on another desktop
            # since is refused, not silently overwritten with this form's older copy.
            saved = attempt(
                self,
                lambda: self.ctx.run(
                    update_rule, user, rule.id, data, seen_version=rule.row_version
                ),
                self.show_errors,
            )
        if saved is FAILED:
            return
        self.saved = saved
        self.accept()


class RuleSetDialog(QDialog):
    """A new rule set (by default a copy of the current one), or a set's name, dates and
    base score."""

    def __init__(
        self,
        ctx: AppContext,
        current: RuleSetRow | None,
        rule_set: RuleSetRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = current
        self.rule_set = rule_set
        self.saved: RuleSetRow | None = None
        self.setWindowTitle(self.tr("Edit rule set") if rule_set else self.tr("New rule set"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)

        if rule_set is not None:
            start, name = rule_set.effective_from, rule_set.name
            base = rule_set.base_score
        else:
            # The usual case: next year's catalogue, published before New Year.
            start = date(ctx.today.year + 1, 1, 1)
            name = self.tr("{year} rule catalogue").format(year=start.year)
            base = current.base_score if current else Decimal(100)
        self.name = QLineEdit(name)
        self.name.setMaxLength(80)
        self.effective_from = QDateEdit(_qdate(start))
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setDisplayFormat("yyyy-MM-dd")
        self.effective_to = OptionalDateEdit(rule_set.effective_to if rule_set else None)
        self.effective_to.setToolTip(self.tr("Blank: in force until a later rule set starts."))
        self.base_score = QLineEdit(plain(base))
        self.note = QPlainTextEdit(rule_set.note or "" if rule_set else "")
        self.note.setMaximumHeight(60)
        self.copy = QCheckBox(
            self.tr("Copy every rule of {name}").format(name=current.name)
            if current
            else self.tr("Copy the rules of the current set")
        )
        self.copy.setChecked(current is not None)
        self.copy.setEnabled(current is not None)

        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Name") + " *", self.name),
            ("effective_from", self.tr("In force from") + " *", self.effective_from),
        ]
        if rule_set is not None:
            rows.append(("effective_to", self.tr("In force until"), self.effective_to))
        rows += [
            ("base_score", self.tr("Base score") + " *", self.base_score),
            ("note", self.tr("Note"), self.note),
        ]
        if rule_set is None:
            rows.append(("copy_from", "", self.copy))
        self.form = FieldForm(rows)
        self.errors = self.form.errors
        layout.addWidget(self.form)
        if rule_set is None:
            hint = QLabel(
                self.tr("The rule set in force until then ends the day before the new one starts.")
            )
            hint.setObjectName("Hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        start = _pydate(self.effective_from.date())
        user, rule_set = self.ctx.user, self.rule_set
        name, base, note = self.name.text(), self.base_score.text(), self.note.toPlainText()
        if rule_set is None:
            copy_from = self.current.id if self.current and self.copy.isChecked() else None
            saved = attempt(
                self,
                lambda: self.ctx.run(add_rule_set, user, name, start, base, copy_from, note=note),
                self._show_errors,
            )
        else:
            end = self.effective_to.value()
            saved = attempt(
                self,
                lambda: self.ctx.run(
                    update_rule_set,
                    user,
                    rule_set.id,
                    name,
                    start,
                    end,
                    base,
                    note,
                    seen_version=rule_set.row_version,
                ),
                self._show_errors,
            )
        if saved is FAILED:
            return
        self.saved = saved
        self.accept()

    def _show_errors(self, errors: Iterable[FieldError]) -> None:
        self.form.show_errors((e.field, e.message) for e in errors)


class RuleCatalogueDialog(QDialog):
    """The catalogue window: choose a rule set, search its rules, and (admins) change them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rule_sets: list[RuleSetRow] = []
        self.last_written: Path | None = None
        self.problems_dialog: ProblemsDialog | None = None  # the last file's problems
        self._last_dir: str | None = None
        self.setWindowTitle(self.tr("Rule catalogue"))
        fit_to_screen(self, 1100, 640)
        layout = QVBoxLayout(self)

        self.rule_set = QComboBox()
        self.rule_set.setMinimumContentsLength(40)
        self.rule_set.currentIndexChanged.connect(lambda _i: self._load_rules())
        self.new_set_button = QPushButton(self.tr("New rule set…"))
        self.edit_set_button = QPushButton(self.tr("Edit rule set…"))
        self.new_set_button.clicked.connect(self.new_rule_set)
        self.edit_set_button.clicked.connect(self.edit_rule_set)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rule set")))
        top.addWidget(self.rule_set, 1)
        top.addWidget(self.new_set_button)
        top.addWidget(self.edit_set_button)
        layout.addLayout(top)
        self.set_info = QLabel()
        self.set_info.setObjectName("Hint")
        self.set_info.setWordWrap(True)
        layout.addWidget(self.set_info)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, category, text, unit…"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Show inactive rules"))
        self.show_inactive.setChecked(True)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_inactive)
        layout.addLayout(filters)

        self.model: RowTableModel[RuleRow] = RowTableModel(self._columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.counts_changed.connect(self._show_count)
        self.table = make_table(
            self.proxy,
            "rules",
            self.tr("Rule catalogue"),
            (70, 120, 360, 70, 60, 100, 110, 90, 60, 60),
            search=self.search,
        )
        # The rule text takes what the other columns leave.
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_rule())
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.set_search)
        self.show_inactive.toggled.connect(lambda _on: self._apply_inactive())

        self.new_rule_button = QPushButton(self.tr("New rule…"))
        self.edit_rule_button = QPushButton(self.tr("Edit…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.activate_button = QPushButton(self.tr("Activate"))
        self.import_button = QPushButton(self.tr("Import xlsx…"))
        self.export_button = QPushButton(self.tr("Export xlsx…"))
        self.new_rule_button.clicked.connect(self.new_rule)
        self.edit_rule_button.clicked.connect(self.edit_rule)
        self.deactivate_button.clicked.connect(lambda: self.set_selected_active(False))
        self.activate_button.clicked.connect(lambda: self.set_selected_active(True))
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.table.mirror_buttons(
            self.edit_rule_button, self.deactivate_button, self.activate_button
        )
        self.count = QLabel()
        self.count.setObjectName("Hint")
        buttons = QHBoxLayout()
        self.admin_buttons = (
            self.new_rule_button,
            self.edit_rule_button,
            self.deactivate_button,
            self.activate_button,
            self.import_button,
        )
        for button in self.admin_buttons:
            buttons.addWidget(button)
        # Reading is everyone's: the catalogue in Excel changes nothing.
        buttons.addWidget(self.export_button)
        if not ctx.is_admin:
            hint = QLabel(self.tr("Only an administrator can change the rule catalogue."))
            hint.setObjectName("Hint")
            buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout.addLayout(buttons)
        # Only administrators keep the catalogue (the core refuses anyone else).
        for button in (*self.admin_buttons, self.new_set_button, self.edit_set_button):
            button.setVisible(ctx.is_admin)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def _columns(self) -> list[Column[RuleRow]]:
        def muted(r: RuleRow) -> str | None:
            return None if r.active else MUTED_COLOUR

        def points_colour(r: RuleRow) -> str | None:
            if not r.active:
                return MUTED_COLOUR
            return AWARD_COLOUR if r.points > 0 else DEDUCTION_COLOUR

        right = Qt.AlignmentFlag.AlignRight
        centre = Qt.AlignmentFlag.AlignHCenter
        return [
            Column(self.tr("Code"), lambda r: r.code, colour=muted),
            Column(self.tr("Category"), lambda r: label(r.category), colour=muted),
            Column(self.tr("Text"), lambda r: r.text, colour=muted, tooltip=lambda r: r.text),
            Column(
                self.tr("Points"),
                lambda r: signed(r.points),
                sort_key=lambda r: r.points,
                align=right,
                colour=points_colour,
                searchable=False,
            ),
            Column(self.tr("Unit"), lambda r: r.count_unit, colour=muted),
            Column(
                self.tr("Monthly cap"),
                lambda r: plain(r.monthly_cap),
                sort_key=lambda r: r.monthly_cap,
                align=right,
                colour=muted,
                searchable=False,
            ),
            Column(
                self.tr("Needs approval"),
                lambda r: CHECK if r.needs_approval else "",
                align=centre,
                colour=muted,
                searchable=False,
            ),
            Column(
                self.tr("Serious"),
                lambda r: CHECK if r.serious else "",
                align=centre,
                colour=muted,
                searchable=False,
            ),
            Column(
                self.tr("Active"),
                lambda r: self.tr("Yes") if r.active else self.tr("No"),
                align=centre,
                colour=muted,
                searchable=False,
            ),
            Column(
                self.tr("Used"),
                lambda r: f"{r.used:,}",
                sort_key=lambda r: r.used,
                align=right,
                colour=muted,
                tooltip=lambda _r: self.tr("Entries recorded under this rule"),
                searchable=False,
            ),
        ]

    # --- loading -------------------------------------------------------------------
    def current_set(self) -> RuleSetRow | None:
        set_id = self.rule_set.currentData()
        return next((s for s in self.rule_sets if s.id == set_id), None)

    def _set_label(self, s: RuleSetRow) -> str:
        if s.effective_to is None:
            span = self.tr("from {start}").format(start=s.effective_from.isoformat())
        else:
            span = self.tr("{start} to {end}").format(
                start=s.effective_from.isoformat(), end=s.effective_to.isoformat()
            )
        text = f"{s.name} ({span})"
        if s.in_force_on(self.ctx.today):
            text += " · " + self.tr("in force")
        return text

    def reload(self, rule_set_id: int | None = None, rule_id: int | None = None) -> None:
        """Load the rule sets and show ``rule_set_id`` (or the one shown, or the one in
        force today, or the newest)."""
        keep = rule_set_id if rule_set_id is not None else self.rule_set.currentData()
        self.rule_sets = self.ctx.read(list_rule_sets, self.ctx.user)
        if keep is None:
            in_force = next((s for s in self.rule_sets if s.in_force_on(self.ctx.today)), None)
            keep = in_force.id if in_force else None
        self.rule_set.blockSignals(True)
        self.rule_set.clear()
        for s in self.rule_sets:
            self.rule_set.addItem(self._set_label(s), s.id)
        index = self.rule_set.findData(keep) if keep is not None else -1
        self.rule_set.setCurrentIndex(index if index >= 0 else 0 if self.rule_sets else -1)
        self.rule_set.blockSignals(False)
        self._load_rules(rule_id)

    def _load_rules(self, rule_id: int | None = None) -> None:
        current = self.current_set()
        selected = self.current_rule()
        rules: list[RuleRow] = []
        if current is not None:
            found = attempt(self, lambda: self.ctx.read(list_rules, self.ctx.user, current.id))
            if found is not FAILED:
                rules = found
        self.model.set_rows(rules)
        self._apply_inactive()
        self._show_set_info(current)
        target = rule_id if rule_id is not None else selected.id if selected else None
        if target is not None:
            self.select_rule(target)
        self._update_buttons()

    def _show_set_info(self, current: RuleSetRow | None) -> None:
        if current is None:
            self.set_info.setText(
                self.tr("There is no rule set yet.")
                + (" " + self.tr("Start one with New rule set….") if self.ctx.is_admin else "")
            )
            return
        text = self.tr("Base score {base} · {n} rules").format(
            base=plain(current.base_score), n=current.rule_count
        )
        if current.note:
            text += " · " + current.note
        self.set_info.setText(text)

    def _apply_inactive(self) -> None:
        self.proxy.set_predicate(
            "active", None if self.show_inactive.isChecked() else (lambda r: r.active)
        )

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} rules").format(shown=shown, total=total))

    # --- selection -----------------------------------------------------------------
    def current_rule(self) -> RuleRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_rule(self, rule_id: int) -> bool:
        return select_where(self.table, lambda r: r.id == rule_id)

    def _update_buttons(self) -> None:
        admin = self.ctx.is_admin
        has_set = self.current_set() is not None
        rule = self.current_rule()
        self.new_rule_button.setEnabled(admin and has_set)
        self.edit_rule_button.setEnabled(admin and rule is not None)
        self.deactivate_button.setEnabled(admin and rule is not None and rule.active)
        self.activate_button.setEnabled(admin and rule is not None and not rule.active)
        self.import_button.setEnabled(admin and has_set)
        self.edit_set_button.setEnabled(admin and has_set)
        self.export_button.setEnabled(has_set)

    # --- actions -------------------------------------------------------------------
    def _changed(self, rule_set_id: int | None, rule_id: int | None, notice: str) -> None:
        self.ctx.notice.emit(notice)
        self.ctx.data_changed.emit("rules")
        self.reload(rule_set_id, rule_id)
        if rule_id is not None and not self.select_rule(rule_id):
            # Hidden by the search or the inactive filter: clear them so the user sees it.
            self.search.clear()
            self.show_inactive.setChecked(True)
            self.select_rule(rule_id)

    def new_rule(self) -> None:
        current = self.current_set()
        if current is None or not self.ctx.is_admin:
            return
        dialog = RuleDialog(self.ctx, current, parent=self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._changed(
                current.id, saved.id, self.tr("Saved: rule {code}").format(code=saved.code)
            )

    def edit_rule(self) -> None:
        current, rule = self.current_set(), self.current_rule()
        if current is None or rule is None or not self.ctx.is_admin:
            return
        dialog = RuleDialog(self.ctx, current, rule, parent=self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._changed(
                current.id, saved.id, self.tr("Saved: rule {code}").format(code=saved.code)
            )
        else:
            self._load_rules()  # it may have been refused as changed meanwhile: show it now

    def set_selected_active(self, active: bool) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        saved = attempt(
            self,
            lambda: self.ctx.run(
                set_rule_active, self.ctx.user, rule.id, active, seen_version=rule.row_version
            ),
        )
        if saved is FAILED:
            self.reload()  # show the rule as it is now
            return
        notice = (
            self.tr("Rule {code} is active again.")
            if active
            else self.tr("Rule {code} is deactivated: no new entries under it.")
        )
        self._changed(saved.rule_set_id, saved.id, notice.format(code=saved.code))

    def new_rule_set(self) -> None:
        dialog = RuleSetDialog(self.ctx, self.current_set(), parent=self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._changed(saved.id, None, self.tr("Saved: {name}").format(name=saved.name))

    def edit_rule_set(self) -> None:
        current = self.current_set()
        if current is None:
            return
        dialog = RuleSetDialog(self.ctx, current, current, parent=self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._changed(saved.id, None, self.tr("Saved: {name}").format(name=saved.name))

    def import_file(self) -> None:
        current = self.current_set()
        if current is None or not self.ctx.is_admin:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import rules into {name}").format(name=current.name),
            self._last_dir or "",
            self.tr("Rule catalogue (*.xlsx *.csv)"),
        )
        if not name:
            return
        path = Path(name)
        self._last_dir = str(path.parent)
        # Off the GUI thread: a wrong file of 100,000 rows takes seconds to read and check.
        self.import_button.setEnabled(False)
        run_in_background(
            self,
            lambda: read_rules(path),
            lambda rows: self._confirm_import(current, path, rows),
            lambda exc: self._unreadable(path, exc),
        )

    def _unreadable(self, path: Path, exc: Exception) -> None:
        self._update_buttons()
        if isinstance(exc, ValidationError):
            self._nothing_imported(path, exc.errors)
        elif isinstance(exc, OSError):
            QMessageBox.warning(
                self,
                self.tr("Nothing imported"),
                self.tr("Cannot read {file}: {error}").format(file=path, error=exc.strerror or exc),
            )
        # Anything else is a bug: run_in_background hands it to the crash handler.

    def _nothing_imported(self, path: Path, errors: Sequence[FieldError]) -> None:
        """One problem of the whole file in a line; problems of rows as the import
        dialog lists them, a table however many there are."""
        if len(errors) == 1 and errors[0].row is None:
            QMessageBox.warning(self, self.tr("Nothing imported"), errors[0].message)
            return
        self.problems_dialog = ProblemsDialog(
            self.tr("Nothing imported"),
            self.tr(
                "{file} was not imported: {n} problems, listed below. Correct them and try "
                "again; nothing was saved."
            ).format(file=path.name, n=len(errors)),
            errors,
            str(path),
            self,
        )
        self.problems_dialog.open()

    def _confirm_import(self, current: RuleSetRow, path: Path, rows: list[RuleInput]) -> None:
        self._update_buttons()
        answer = QMessageBox.question(
            self,
            self.tr("Import rules"),
            self.tr(
                "Import {n} rules from {file} into {name}?\n\nRules whose code is already in "
                "the set are updated, the others added; no rule is removed. Entries already "
                "recorded keep their points."
            ).format(n=len(rows), file=path.name, name=current.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        summary = attempt(
            self,
            lambda: self.ctx.run(import_rules, self.ctx.user, current.id, rows),
            lambda errors: self._nothing_imported(path, list(errors)),
        )
        if summary is FAILED:
            return
        text = self.tr("{added} added, {updated} updated, {unchanged} unchanged.").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged
        )
        self._changed(current.id, None, self.tr("Rules imported: {summary}").format(summary=text))
        QMessageBox.information(self, self.tr("Rules imported"), text)

    def export_file(self) -> None:
        current = self.current_set()
        if current is None:
            return
        suggested = Path(self._last_dir or ".") / f"{current.name}.xlsx"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export rule set"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._last_dir = str(path.parent)
        rules = self.model.rows()  # every rule of the set, whatever the search shows
        from exports.rules_xlsx import write_rules  # openpyxl only when exporting

        try:
            # A catalogue is small: writing takes a few tens of milliseconds.
            self.last_written = write_rules(current, rules, path)
        except OSError as exc:
            text = write_error_text(exc, path) or str(exc)
            QMessageBox.warning(self, self.tr("Export failed"), text)
            return
        QMessageBox.information(
            self,
            self.tr("Rule set exported"),
            self.tr("{n} rules were written to\n{path}").format(n=len(rules), path=path),
        )
