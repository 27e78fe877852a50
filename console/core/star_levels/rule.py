"""The yearly star-level rule, on a person's year in hand (no queries): what the review
proposes and why. docs/star-levels.md states it with a worked example.

1. Down one star on any fail month or any founded complaint closed in the year.
2. Otherwise up one star with at least N excellent months (and, by 1., no fail).
3. The level stays within 1 to 5.
4. 5★ also needs the year's training requirement met: without it the level after the
   review is at most 4★ (a 5★ who misses it goes down to 4★).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from console.core.i18n import N_, tr_context
from console.core.star_levels.settings import HIGHEST, LOWEST, StarLevelSettings

_t = tr_context("star_levels")


@dataclass(frozen=True)
class Reason:
    """A reason in the words of whoever reads it: its English source and its numbers,
    stored as such (``store_reasons``) and translated when shown, so that a history
    confirmed in one language reads in another."""

    text: str
    values: tuple[tuple[str, int], ...] = ()
    literal: bool = False  # stored text of no known shape: shown as it is

    def words(self) -> str:
        if self.literal:
            return self.text
        return _t(self.text).format(**dict(self.values))


def store_reasons(reasons: tuple[Reason, ...] | list[Reason]) -> str:
    return json.dumps([[r.text, dict(r.values)] for r in reasons], ensure_ascii=False)


def parse_reasons(stored: str) -> tuple[Reason, ...]:
    try:
        data = json.loads(stored)
        return tuple(Reason(str(text), tuple(sorted(values.items()))) for text, values in data)
    except (ValueError, TypeError, AttributeError):
        return (Reason(stored, literal=True),)


def reason_words(reasons: tuple[Reason, ...]) -> str:
    return _t("; ").join(r.words() for r in reasons)


@dataclass(frozen=True)
class YearFacts:
    """What the review reads of one person's year."""

    level: int  # held during the year (or the starting level)
    excellent: int  # months graded excellent
    fails: int  # months graded fail
    founded_complaints: int
    training_met: bool  # the year's training requirement met (or none owed)


@dataclass(frozen=True)
class Proposal:
    level: int  # after the review
    change: int  # level − the level held
    reasons: tuple[Reason, ...]


def service_years(hired: date | None, on: date) -> int | None:
    """Full years of service from ``hired`` to ``on`` (None when not known)."""
    if hired is None or hired > on:
        return None if hired is None else 0
    years = on.year - hired.year
    if (on.month, on.day) < (hired.month, hired.day):
        years -= 1
    return years


def propose(facts: YearFacts, settings: StarLevelSettings) -> Proposal:
    needed = settings.excellent_needed
    reasons: list[Reason] = []
    step = 0
    if facts.fails or facts.founded_complaints:
        step = -1
        if facts.fails:
            reasons.append(Reason(N_("{n} fail month(s): down one star"), (("n", facts.fails),)))
        if facts.founded_complaints:
            n = facts.founded_complaints
            reasons.append(Reason(N_("{n} founded complaint(s): down one star"), (("n", n),)))
    elif facts.excellent >= needed:
        step = 1
        reasons.append(
            Reason(
                N_("{n} excellent months (at least {needed}) and no fail: up one star"),
                (("n", facts.excellent), ("needed", needed)),
            )
        )
    else:
        reasons.append(
            Reason(
                N_("{n} excellent months (fewer than {needed}), no fail: level kept"),
                (("n", facts.excellent), ("needed", needed)),
            )
        )
    level = facts.level + step
    if level > HIGHEST:
        level = HIGHEST
        reasons.append(Reason(N_("already at the highest level, 5 stars")))
    if level < LOWEST:
        level = LOWEST
        reasons.append(Reason(N_("already at the lowest level, 1 star")))
    if level == HIGHEST and not facts.training_met:
        level = HIGHEST - 1
        reasons.append(Reason(N_("5 stars need the year's training requirement met; it was not")))
    return Proposal(level, level - facts.level, tuple(reasons))
