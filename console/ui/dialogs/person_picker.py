"""Choosing people in a dialog by typing a name, a staff number or pinyin initials.

A dialog that names one person uses ``PersonPicker``; a list or sheet of people uses a
``PeopleFind`` box to narrow it. Both match what is typed against the core's one search
key (console/core/people_search.py), so 周波浩, A0012 and zbh find the same person in
every dialog.

The dialog gives the people it may offer (the core has already limited them to those
the user may choose). Their pinyin initials come from ``person_choices``, read once per
signed-in session on a worker thread and kept until people or units change: pypinyin's
dictionaries take about half a second to load and 3,000 names another 0.1 s, which a
dialog must not wait for. Until they arrive, names and staff numbers already complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from console.core.people import PersonRow
from console.core.people_search import PersonChoice, person_choices, search_key
from console.ui.context import AppContext
from console.ui.tasks import run_in_background
from widgets.person_picker import PersonCompleter

Initials = dict[int, str]  # person id → pinyin initials


class PeopleIndex(QObject):
    """The pinyin initials of the people the user may see, read once per context."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("people_index")
        self.ctx = ctx
        self.initials: Initials | None = None
        self._waiting: list[Callable[[Initials], None]] = []
        self._loading = False
        self._generation = 0
        ctx.data_changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        if area in ("people", "units"):
            self.initials = None  # a new person, a rename, a move: read again when asked
            self._generation += 1

    def when_ready(self, callback: Callable[[Initials], None]) -> None:
        """Call ``callback`` with the initials: now if they are known, else once read."""
        if self.initials is not None:
            callback(self.initials)
            return
        self._waiting.append(callback)
        if not self._loading:
            self._load()

    def _load(self) -> None:
        self._loading = True
        generation, read, user = self._generation, self.ctx.read, self.ctx.user

        def work() -> list[PersonChoice]:
            return read(person_choices, user)  # on the worker: a session of its own

        run_in_background(
            self, work, lambda choices: self._loaded(generation, choices), self._failed
        )

    def _loaded(self, generation: int, choices: list[PersonChoice]) -> None:
        self._loading = False
        initials = {c.id: c.initials for c in choices}
        if generation == self._generation:
            self.initials = initials
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(initials)

    def _failed(self, _exc: Exception) -> None:
        # Names and staff numbers still complete; an unexpected failure has been
        # reported by run_in_background (dialog and log).
        self._loading = False
        self._waiting = []


def people_index(ctx: AppContext) -> PeopleIndex:
    """The context's index, made on first use (it lives as long as the context)."""
    found = ctx.findChild(PeopleIndex, "people_index")
    return found if isinstance(found, PeopleIndex) else PeopleIndex(ctx)


def when_ready(ctx: AppContext, widget: QWidget, callback: Callable[[Initials], None]) -> None:
    """As ``when_ready``, but nothing reaches a widget that was closed meanwhile."""

    def deliver(initials: Initials) -> None:
        if shiboken6.isValid(widget):
            callback(initials)

    people_index(ctx).when_ready(deliver)


def person_label(p: PersonRow) -> str:
    """How a chosen person reads in a picker: 周波浩（A0012）城东中队."""
    return f"{p.name}（{p.staff_no}）{p.unit_name}"


class PersonPicker(QWidget):
    """One person, chosen by typing: the popup offers every person whose name, staff
    number, pinyin initials or unit holds what is typed. A typed staff number or a name
    that one person bears counts as choosing them; text that names nobody is said so
    under the box, and ``check`` refuses it at saving rather than dropping it."""

    textChanged = Signal(str)  # FieldForm hides a field's message when it is edited
    has_initials = False  # True once the pinyin initials are in the keys

    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[PersonRow],
        selected: int | None = None,
        selected_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``selected_name`` names the record's person in case they are no longer among
        ``people`` (left, or moved out of the user's units): an edit saved unchanged
        then keeps them instead of dropping them."""
        super().__init__(parent)
        self.people = list(people)
        labels = [person_label(p) for p in self.people]
        self._labels = {p.id: text for p, text in zip(self.people, labels, strict=True)}
        self._by_label = {text: p.id for p, text in zip(self.people, labels, strict=True)}
        if selected is not None and selected not in self._labels and selected_name:
            kept = self.tr("{name} (no longer on the list)").format(name=selected_name)
            self._labels[selected] = kept
            self._by_label[kept] = selected
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Name, staff number or pinyin initials"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.message = QLabel("")
        self.message.setObjectName("ErrorText")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

        self.completer = PersonCompleter(self.edit)
        self.completer.set_people(
            (text, text, self._key(p, "")) for p, text in zip(self.people, labels, strict=True)
        )
        self.edit.textChanged.connect(self.textChanged)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._settle)
        self.completer.activated.connect(lambda _text: self.message.hide())
        self.set_person(selected)
        when_ready(ctx, self, self._got_initials)

    @staticmethod
    def _key(p: PersonRow, initials: str) -> str:
        return search_key(p.name, p.staff_no, initials, p.unit_name)

    def _got_initials(self, initials: Initials) -> None:
        self.has_initials = True
        self.completer.set_keys(self._key(p, initials.get(p.id, "")) for p in self.people)
        if self.edit.hasFocus() and self.edit.text().strip():
            self._typed(self.edit.text())  # what is typed may find people now
            self.completer.setCompletionPrefix(self.edit.text().strip())
            self.completer.complete()

    # --- what is chosen ---------------------------------------------------------------
    def set_person(self, person_id: int | None) -> None:
        self.edit.setText(self._labels.get(person_id, "") if person_id is not None else "")
        self.message.hide()

    def text(self) -> str:
        return self.edit.text()

    def person_id(self) -> int | None:
        """The person chosen, or None if the box is empty or names nobody (see check)."""
        typed = self.edit.text().strip()
        if not typed:
            return None
        if typed in self._by_label:
            return self._by_label[typed]
        lowered = typed.lower()
        by_number = [p.id for p in self.people if p.staff_no.lower() == lowered]
        if len(by_number) == 1:
            return by_number[0]
        named = [p.id for p in self.people if p.name == typed]
        return named[0] if len(named) == 1 else None

    def problem(self) -> str | None:
        """What is wrong with the typed text, in words; None if it is fine (or empty)."""
        typed = self.edit.text().strip()
        if not typed or self.person_id() is not None:
            return None
        if sum(1 for p in self.people if p.name == typed) > 1:
            return self.tr(
                "More than one person is named {name}: choose one from the list."
            ).format(name=typed)
        if self.completer.matches(typed) == 0:
            return self._nobody(typed)
        return self.tr("“{text}” is not one person: choose one from the list.").format(text=typed)

    def check(self) -> bool:
        """Before saving: False (and the reason shown under the box) if the typed text
        names nobody, so that a typed person is never silently dropped."""
        problem = self.problem()
        if problem is None:
            return True
        self.message.setText(problem)
        self.message.show()
        self.edit.setFocus()
        return False

    def _nobody(self, typed: str) -> str:
        return self.tr(
            "Nobody matches “{text}”: type a name, a staff number or pinyin initials."
        ).format(text=typed)

    # --- as the user types --------------------------------------------------------------
    def _typed(self, text: str) -> None:
        typed = text.strip()
        if typed and self.person_id() is None and self.completer.matches(typed) == 0:
            self.message.setText(self._nobody(typed))
            self.message.show()
        else:
            self.message.hide()

    def _settle(self) -> None:
        # A typed staff number or name shows whom it chose, in full.
        person = self.person_id()
        if person is not None and self.edit.text() != self._labels[person]:
            self.edit.setText(self._labels[person])


def all_pickers_fine(parent: QWidget) -> bool:
    """Every person picker of a dialog names a person or is empty; the first that does
    not shows why and takes the focus."""
    return all(p.check() for p in parent.findChildren(PersonPicker))


class PeopleFind(QLineEdit):
    """A box that narrows a list or sheet of people to those whose name, staff number,
    pinyin initials or unit hold what is typed. ``changed`` fires when the narrowing does
    (typing, or the initials arriving)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Find: name, staff number or pinyin initials"))
        self.setClearButtonEnabled(True)
        self.initials: Initials = {}
        self.textChanged.connect(lambda _t: self.changed.emit())
        when_ready(ctx, self, self._got_initials)

    def _got_initials(self, initials: Initials) -> None:
        self.initials = initials
        if self.text().strip():
            self.changed.emit()

    def accepts(self, person_id: int, name: str, staff_no: str, unit_name: str) -> bool:
        typed = self.text().strip().lower()
        if not typed:
            return True
        key = search_key(name, staff_no, self.initials.get(person_id, ""), unit_name)
        return typed in key

    def narrow(self, items: QListWidget) -> None:
        """Hide the list's people that do not match (each item's text names the person,
        its UserRole data is their id); ticks are kept on hidden items."""
        for row in range(items.count()):
            item = items.item(row)
            person_id = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(not self.accepts(person_id, item.text(), "", ""))
