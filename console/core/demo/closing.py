"""The months a bureau would long have finalised (定稿).

A squad finalises a month early in the next one, once its claims are decided; a demo
whose every past month reads 未定稿 shows a bureau that never closes its books. Each
past month is finalised the one way the console does it (``write_snapshot``), by the
demo's administrator, on a working day early in the following month.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from console.core.demo.context import Demo
from console.core.scoring.locking import write_snapshot


def finalise_past_months(session: Session, d: Demo) -> None:
    for month in d.months[:-1]:
        opens = month.next().first_day
        day = min(d.workday(opens + timedelta(days=2), opens + timedelta(days=7)), d.today)
        write_snapshot(session, month, 1, d.admin_id, at=d.stamp(day, 9, 17))
