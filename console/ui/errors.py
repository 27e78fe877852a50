"""Showing core errors to the user, field by field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from console.core.errors import DuchaError, ValidationError


def show_error(parent: QWidget | None, exc: DuchaError) -> None:
    title = QCoreApplication.translate("errors", "Cannot do this")
    if isinstance(exc, ValidationError):
        text = "\n".join(f"• {e.message}" for e in exc.errors)
    else:
        text = str(exc)
    QMessageBox.warning(parent, title, text)
