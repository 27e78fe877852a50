"""How the tables and the main window looked when the user left them (QSettings).

Every table's columns (widths, order, hidden ones, sort) are kept under
``tables/<name>``, where <name> is the stable name its page gives; the main window's
geometry under ``window/geometry``. One module, so that a key is renamed in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from console.ui.settings_store import APPLICATION, ORGANISATION

TABLES = "tables/"
WINDOW_GEOMETRY_KEY = "window/geometry"


def _settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value))
    return None  # absent, or edited by hand into something else: the defaults


class TableState:
    """The store the tables keep their columns in (widgets.table_view.TableStateStore)."""

    def load(self, name: str) -> QByteArray | None:
        return _bytes(_settings().value(TABLES + name))

    def save(self, name: str, state: QByteArray) -> None:
        _settings().setValue(TABLES + name, state)

    def clear(self, name: str) -> None:
        _settings().remove(TABLES + name)


table_state = TableState()


def restore_window(window: QWidget) -> bool:
    """Put the window where the user left it; False if nothing was kept (or it no longer
    fits any screen, which Qt corrects)."""
    stored = _bytes(_settings().value(WINDOW_GEOMETRY_KEY))
    return stored is not None and window.restoreGeometry(stored)


def save_window(window: QWidget) -> None:
    _settings().setValue(WINDOW_GEOMETRY_KEY, window.saveGeometry())
