"""Star levels of the demo's auxiliary and assistant staff, as a bureau would have them.

Each year whose twelve months the demo has finalised is reviewed the one way the console
does it (``review_of``) and confirmed by the demo's administrator on a working day in the
following January: the staff get their starting level from years of service and the
year's result. The year still running stays a provisional review, to be confirmed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from console.core.demo.context import Demo
from console.core.star_levels.review import record_confirmation, review_of
from glossary import YearMonth


def star_levels(session: Session, d: Demo) -> None:
    finalised = set(d.months[:-1])  # the running month is never finalised
    years = sorted(
        {m.year for m in finalised if all(YearMonth(m.year, n) in finalised for n in range(1, 13))}
    )
    for year in years:
        review = review_of(session, None, year, d.today)
        day = min(d.workday(date(year + 1, 1, 8), date(year + 1, 1, 20)), d.today)
        at = d.stamp(day, 9, 17)
        for row in review.open_rows:
            record_confirmation(session, row, year, d.admin_id, at)
        session.flush()
