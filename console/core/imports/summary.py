"""What an import did (or, for a dry run, would do)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from glossary import YearMonth


@dataclass(frozen=True)
class ImportSummary:
    kind: str  # cases, events, …
    rows_read: int
    created: int  # point events created
    pending: int  # of those, waiting for approval
    replaced: int  # earlier events of the same import voided by this one
    points: Decimal  # sum of the created events' points
    months: tuple[YearMonth, ...]
    written: bool  # False for a dry run: everything checked, nothing saved


class CheckedOnly(Exception):
    """A check (dry run) that had to write to count, ending with its summary.

    Raised from inside ``Workspace.run`` so that the Workspace rolls back everything the
    check wrote; ``registry.import_rows`` catches it and returns the summary.
    """

    def __init__(self, summary: object) -> None:
        super().__init__("checked only; nothing was saved")
        self.summary = summary
