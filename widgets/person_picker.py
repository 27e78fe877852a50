"""Completers for a line edit or a combo box where a person is chosen by typing.

It matches the typed text anywhere in each person's search key (name, staff number,
pinyin initials, unit), shows "name（staff no.）unit", and puts the staff number in the
box once a person is chosen. It knows nothing of the domain: the caller gives the rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


class PersonCompleter(QCompleter):
    """``set_people`` takes (shown text, value put in the box, search key) triples."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.people = QStandardItemModel(self)
        self.keys: list[str] = []  # the rows' search keys, for ``matches`` without Qt calls
        self.setModel(self.people)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        edit.setCompleter(self)

    def set_people(self, rows: Iterable[tuple[str, str, str]]) -> None:
        items = []
        self.keys = []
        for shown, value, key in rows:
            item = QStandardItem(shown)
            self.keys.append(key.lower())
            item.setData(self.keys[-1], SEARCH_ROLE)
            item.setData(value, VALUE_ROLE)
            items.append(item)
        self.people.clear()
        # One insertion, not one per person: 3,000 people are in the box at once.
        self.people.appendColumn(items)

    def set_keys(self, keys: Iterable[str]) -> None:
        """Give the rows new search keys in place (same rows, same order): richer keys
        arrive later without closing a popup the user is reading."""
        model = self.people
        with QSignalBlocker(model):  # one change signal for all rows, not 3,000
            for row, key in enumerate(keys):
                item = model.item(row)
                if item is not None:
                    self.keys[row] = key.lower()
                    item.setData(self.keys[row], SEARCH_ROLE)
        if model.rowCount():
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))

    def matches(self, text: str) -> int:
        """How many rows the typed text finds, as the popup would."""
        wanted = text.strip().lower()
        return sum(1 for key in self.keys if wanted in key)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # What the box shows once a person is chosen: their staff number, not the key.
        return str(index.data(VALUE_ROLE) or "")


class ComboPersonCompleter(QCompleter):
    """The same matching for an editable combo box of people: each item's SEARCH_ROLE
    holds its key (``set_combo_keys``); a chosen item shows its own text, and the combo
    box makes it current (the completer runs on the combo's own model)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.setModel(combo.model())
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        combo.setCompleter(self)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def fill_person_combo(combo: QComboBox, rows: Iterable[tuple[str, object, str]]) -> None:
    """Put (shown text, item data, search key) rows in the combo box in one insertion.

    One ``addItem`` and ``setItemData`` per person cost 0.65 s for a bureau of 3,000,
    on the GUI thread: each tells the combo box and its completer of one change."""
    model = combo.model()
    assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
    items = []
    for shown, data, key in rows:
        item = QStandardItem(shown)
        item.setData(data, Qt.ItemDataRole.UserRole)  # what currentData() gives
        item.setData(key.lower(), SEARCH_ROLE)
        items.append(item)
    with QSignalBlocker(combo):
        model.clear()  # no columns left: the new one is column 0, the one shown
        if items:
            model.appendColumn(items)


def set_combo_keys(combo: QComboBox, keys: Iterable[str]) -> None:
    """Give the combo box's items (in order) the keys its completer matches against:
    in place, with one change signal for all rows, not one per person."""
    model = combo.model()
    with QSignalBlocker(model):
        for row, key in enumerate(keys):
            model.setData(model.index(row, 0), key.lower(), SEARCH_ROLE)
    if model.rowCount():
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))
