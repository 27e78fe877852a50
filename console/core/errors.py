"""Errors the core raises for the UI and the CLI to show. Messages are already translated."""

from __future__ import annotations

from dataclasses import dataclass


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
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(DuchaError):
    """Bad input; nothing was written. ``errors`` lists every problem found."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))
