"""Errors the core raises for the UI and the CLI to show. Messages are already translated."""

from __future__ import annotations

from dataclasses import dataclass

from console.core.i18n import tr_context

_t = tr_context("errors")


class DuchaError(Exception):
    """Base of every error meant for a user's eyes."""


class PermissionDenied(DuchaError):
    """The acting user's role or unit scope does not allow this."""


class NotFound(DuchaError):
    pass


@dataclass(frozen=True)
class FieldError:
    """One problem with one input: which field (and row, for imports) and why."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        # Field keys are for the forms to place the message; people read only the message.
        if self.row is None:
            return self.message
        return _t("Row {row}: {message}").format(row=self.row, message=self.message)


class ValidationError(DuchaError):
    """Bad input; nothing was written. ``errors`` lists every problem found."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
