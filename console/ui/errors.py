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


def write_error_text(exc: BaseException, path: object) -> str | None:
    """What to tell the user when a file could not be written; None if not a file error.

    A PermissionError on Windows is almost always the file still open in Excel.
    """
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "errors",
            "Cannot write {path}: the file is open in another program (Excel?) or the "
            "folder is read-only. Close the file or choose another name, then try again.",
        ).format(path=path)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "Cannot write {path}:\n{error}").format(
            path=path, error=exc.strerror or exc
        )
    return None
