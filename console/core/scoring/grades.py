"""Grades of a ranked month (等次): quotas or thresholds, and the serious-violation rule."""

from __future__ import annotations

import math
from decimal import Decimal
from itertools import groupby
from operator import attrgetter

from console.core.scoring.results import PersonResult
from console.core.scoring.settings import QUOTA, ScoringSettings
from glossary import Grade

_total = attrgetter("total")


def _floor_grade(total: Decimal, s: ScoringSettings) -> Grade | None:
    """The bottom of both schemes: below the lines, basic pass or fail whatever the quota."""
    if total < s.fail_below:
        return Grade.FAIL
    if total < s.basic_below:
        return Grade.BASIC
    return None


def assign_grades(people: list[PersonResult], s: ScoringSettings) -> dict[int, Grade]:
    """Person → grade, for people given in rank order (highest total first).

    Quota: walk the tie groups from the top; a group joins 'excellent' only if the whole
    group still fits in ⌊n × share⌋ places — a tie on the boundary never breaks the quota,
    it stays out. Then 'good' the same way with its own share. People with a serious
    violation are fail and take no quota place.
    """
    if s.grade_mode != QUOTA:
        return {p.person_id: _threshold_grade(p, s) for p in people}
    n = len(people)
    excellent_left = math.floor(n * s.excellent_share)
    good_left = math.floor(n * s.good_share)
    tier = Grade.EXCELLENT
    graded: dict[int, Grade] = {}
    for total, group_iter in groupby(people, key=_total):
        group = list(group_iter)
        # A tie group shares its total, so its floor: worked out once per group.
        floor = _floor_grade(total, s)
        eligible = 0 if floor is not None else sum(1 for p in group if not p.serious)
        if tier == Grade.EXCELLENT and eligible > excellent_left:
            tier = Grade.GOOD
        if tier == Grade.GOOD and eligible > good_left:
            tier = Grade.PASS
        grade = floor or tier
        for p in group:
            graded[p.person_id] = Grade.FAIL if p.serious else grade
        if tier == Grade.EXCELLENT:
            excellent_left -= eligible
        elif tier == Grade.GOOD:
            good_left -= eligible
    return graded


def _threshold_grade(p: PersonResult, s: ScoringSettings) -> Grade:
    if p.serious:
        return Grade.FAIL
    floor = _floor_grade(p.total, s)
    if floor is not None:
        return floor
    if p.total >= s.excellent_from:
        return Grade.EXCELLENT
    if p.total >= s.good_from:
        return Grade.GOOD
    return Grade.PASS
