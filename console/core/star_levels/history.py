"""A person's star history (星级档案), for their profile: the level held now with its
pay tier, and every step that led to it, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.people import get_person
from console.core.star_levels.review import STAFF
from console.core.star_levels.rule import parse_reasons, reason_words
from console.core.star_levels.settings import load_star_settings, pay_text
from db.accounts import UserAccount
from db.star_levels import START, StarLevel, StarLevelRecord


@dataclass(frozen=True)
class StarStep:
    effective_year: int
    review_year: int
    starting: bool  # the starting level, not a review
    previous_level: int | None
    level: int
    reason: str
    confirmed_by: str
    confirmed_at: datetime


@dataclass(frozen=True)
class StarHistory:
    applies: bool  # an auxiliary or assistant person: star levels concern them
    level: int | None  # held now (None: no level confirmed yet)
    effective_year: int | None
    pay: str
    steps: tuple[StarStep, ...]  # newest first


def star_history(session: Session, user: User, person_id: int) -> StarHistory:
    """The person's star levels, if the user may see the person (PermissionDenied for a
    squad leader outside their units, NotFound for no such person)."""
    person = get_person(session, user, person_id)
    held = session.scalar(select(StarLevel).where(StarLevel.person_id == person_id))
    rows = session.execute(
        select(StarLevelRecord, UserAccount.display_name)
        .outerjoin(UserAccount, UserAccount.id == StarLevelRecord.confirmed_by_id)
        .where(StarLevelRecord.person_id == person_id)
        # A year's starting level comes before its review's result.
        .order_by(StarLevelRecord.effective_year.desc(), StarLevelRecord.id.desc())
    ).all()
    steps = tuple(
        StarStep(
            r.effective_year,
            r.review_year,
            r.kind == START,
            r.previous_level,
            r.level,
            reason_words(parse_reasons(r.reason)),
            who or "",
            r.confirmed_at,
        )
        for r, who in rows
    )
    settings = load_star_settings(session)
    return StarHistory(
        applies=person.category in STAFF or held is not None,
        level=held.level if held else None,
        effective_year=held.effective_year if held else None,
        pay=pay_text(settings, held.level) if held else "",
        steps=steps,
    )
