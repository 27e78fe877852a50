"""The average score of a set of people, counted from their entries.

The Overview page's figures are in ``console.core.overview_figures``: its average is the
ranking's (``policy.month_average`` over the month's ranking), not this one. This
function remains because ``scoring.events.scope_average_score`` still calls it; the
scoring area owns that caller.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from console.core.scoring.totals import base_score, month_points
from glossary import YearMonth


def average_score(session: Session, month: YearMonth, person_ids: set[int]) -> Decimal | None:
    if not person_ids:
        return None
    base = base_score(session, month)
    # One grouped query for everyone, filtered here: an IN list of thousands of ids
    # would cost more than the rows it saves.
    points = month_points(session, month)
    total = sum(
        (p.awards + p.deductions for pid, p in points.items() if pid in person_ids), Decimal(0)
    )
    return (base * len(person_ids) + total) / len(person_ids)
