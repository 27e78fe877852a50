"""The yearly training requirement and the pace it sets through the year."""

from __future__ import annotations

from datetime import date

# 每名行政执法人员每年接受不少于60学时的法律法规知识培训 (the bureaus' own work reports).
LEGAL_HOURS_REQUIRED = 60


def expected_hours(year: int, today: date) -> float:
    """Hours an officer should have by ``today``: the requirement × elapsed share of the year."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    if today < start:
        return 0.0
    if today >= end:
        return float(LEGAL_HOURS_REQUIRED)
    share = ((today - start).days + 1) / ((end - start).days + 1)
    return LEGAL_HOURS_REQUIRED * share
