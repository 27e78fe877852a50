"""How points, grades and stars look on the Performance page and its dialogs."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from console.core.labels import label
from console.core.scoring.events import EventRow
from glossary import EventStatus, Grade, Star
from widgets.table_format import points
from widgets.table_format import signed as signed_format

# The one number format of each kind of points column (widgets/table_format.py). Points
# are stored to two places (a rule may award 0.25), so columns show two: a figure is never
# rounded away, and "+23.00" stands beside "+22.20", "-1.00" beside "0.00".
POINTS = points(2)
SIGNED = signed_format(2)

AWARD_COLOUR = "#1b7f3b"
DEDUCTION_COLOUR = "#b3261e"
PENDING_COLOUR = "#b26a00"
MUTED_COLOUR = "#8a8f98"

GRADE_COLOURS = {
    Grade.EXCELLENT: AWARD_COLOUR,
    Grade.BASIC: PENDING_COLOUR,
    Grade.FAIL: DEDUCTION_COLOUR,
}


def signed(value: Decimal) -> str:
    """+2.5, -1, +1,250, 0: points as the bulletin prints them, without trailing zeros."""
    return f"{value.normalize():+,f}" if value else "0"


def plain(value: Decimal) -> str:
    return f"{value.normalize():f}"


def score(value: Decimal) -> str:
    """A total or an average: always two places, 101.50 (as in the tables)."""
    return POINTS.text(value)


def star_name(star: Star) -> str:
    """The star's name as everywhere else (console.core.labels: written once)."""
    return label(star)


def star_names(stars: Iterable[Star]) -> str:
    return "、".join(star_name(s) for s in stars)


def status_colour(row: EventRow) -> str | None:
    if row.status == EventStatus.PENDING:
        return PENDING_COLOUR
    if row.status in (EventStatus.REJECTED, EventStatus.VOID):
        return MUTED_COLOUR
    return None


def points_colour(row: EventRow) -> str | None:
    if row.status in (EventStatus.REJECTED, EventStatus.VOID):
        return MUTED_COLOUR
    return AWARD_COLOUR if row.points > 0 else DEDUCTION_COLOUR if row.points < 0 else None


def value_colour(value: Decimal) -> str | None:
    return AWARD_COLOUR if value > 0 else DEDUCTION_COLOUR if value < 0 else None


def rule_tooltip(row: EventRow) -> str:
    # The rule text is often cut off in its column; the supervisor's note explains the entry.
    return f"{row.rule_text}\n{row.note}" if row.note else row.rule_text
