"""Showing core errors to the user, field by field."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from console.core.conflicts import Conflict
from console.core.errors import DuchaError, FieldError, ValidationError

T = TypeVar("T")


class _Failed(Enum):
    FAILED = "failed"


FAILED: Final = _Failed.FAILED
"""What ``attempt`` returns when the work was refused; the user has been told why."""

ShowFieldErrors = Callable[[Iterable[FieldError]], None]


def show_error(parent: QWidget | None, exc: DuchaError) -> None:
    title = QCoreApplication.translate("errors", "Cannot do this")
    if isinstance(exc, ValidationError):
        text = "\n".join(f"• {e.message}" for e in exc.errors)
    else:
        text = str(exc)
    QMessageBox.warning(parent, title, text)


def show_conflict(parent: QWidget | None, exc: Conflict) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("errors", "Changed on another desktop"), str(exc)
    )


def attempt(
    parent: QWidget | None, work: Callable[[], T], show_fields: ShowFieldErrors | None = None
) -> T | _Failed:
    """Run ``work`` (a call through the workspace) and show what the core refused.

    Bad input goes under its fields when the form gives ``show_fields``, else in a message
    box; a conflict (the record changed on another desktop) always in a message box, so
    that it is not mistaken for the user's own mistake. Nothing was written in either case,
    and ``FAILED`` comes back. Anything else is a bug: it propagates to the application's
    exception handler, which shows and logs it.
    """
    try:
        return work()
    except Conflict as exc:
        show_conflict(parent, exc)
    except ValidationError as exc:
        if show_fields is None:
            show_error(parent, exc)
        else:
            show_fields(exc.errors)
    except DuchaError as exc:
        if show_fields is None:
            show_error(parent, exc)
        else:
            show_fields([FieldError("", str(exc))])
    return FAILED


def in_words(exc: BaseException) -> str:
    """An error as a user reads it after "could not …: ": the core's own message, a file
    problem in plain words, never an exception's class or an error number. Anything else
    is a bug, which the caller's worker or the crash handler writes to the log."""
    if isinstance(exc, DuchaError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "errors", "the file is open in another program (Excel?) or the folder is read-only"
        )
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return QCoreApplication.translate("errors", "the disk is full")
        if exc.errno == errno.ENOENT:
            return QCoreApplication.translate("errors", "the file or folder does not exist")
        return exc.strerror or QCoreApplication.translate("errors", "the file cannot be used")
    return QCoreApplication.translate(
        "errors", "an unexpected problem; the details are in Ducha's log file"
    )


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
