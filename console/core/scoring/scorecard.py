"""One person's year (年度积分档案): the twelve months as ranked, and every entry behind them.

Each month is read the way the bulletin reads it — the finalised snapshot when there is
one, else the live ranking — so a scorecard and the month's bulletin always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.decisions.history import GradeHistory, grade_history
from console.core.i18n import tr_context
from console.core.people import PersonRow, get_person
from console.core.people_search import resolve_person
from console.core.permissions import require_user
from console.core.scoring.ranking import PersonResult, shown_month
from console.core.scoring.settings import load_settings
from db.accounts import UserAccount
from db.scoring import PointEvent, Rule
from glossary import EventSource, EventStatus, Grade, Star, YearMonth

_t = tr_context("scorecard")


@dataclass(frozen=True)
class MonthLine:
    """A month of the person's year; ``result`` is None when the month is blank: not yet
    begun, or the person was not on strength in it."""

    month: YearMonth
    result: PersonResult | None
    ranked: int  # how many people the month ranked (0 when not computed)
    finalised: bool

    @property
    def grade(self) -> Grade | None:
        return self.result.grade if self.result else None

    @property
    def stars(self) -> tuple[Star, ...]:
        return self.result.stars if self.result else ()


@dataclass(frozen=True)
class YearEntry:
    id: int
    event_date: date
    rule_code: str
    rule_text: str
    quantity: Decimal
    points: Decimal
    status: EventStatus
    source: EventSource
    recorded_by: str  # display name of the account that entered it, "" if imported
    note: str | None


@dataclass(frozen=True)
class PersonYear:
    person: PersonRow
    year: int
    months: list[MonthLine]  # January to December
    entries: list[YearEntry]  # every status, oldest first
    # Every finalised month's grade over the years (console.core.decisions.history).
    grade_history: GradeHistory | None = None

    def entries_of(self, month: YearMonth) -> list[YearEntry]:
        return [e for e in self.entries if YearMonth.of(e.event_date) == month]


def find_person_id(session: Session, staff_no: str) -> int:
    """The person a typed text names (staff number, or name if unique), or NotFound."""
    return resolve_person(session, staff_no)


def person_year(
    session: Session, user: User, staff_no: str, year: int, *, today: date | None = None
) -> PersonYear:
    """The person's year up to ``today`` (default: the system date).

    A squad leader may only see people of their own units (PermissionDenied otherwise);
    an unknown staff number raises NotFound.
    """
    require_user(user)
    today = today or date.today()
    person = get_person(session, user, find_person_id(session, staff_no))
    settings = load_settings(session)
    months: list[MonthLine] = []
    for m in (YearMonth(year, n) for n in range(1, 13)):
        if m.first_day > today:
            months.append(MonthLine(m, None, 0, False))
            continue
        ranking = shown_month(session, m, settings)
        mine = next((p for p in ranking.people if p.person_id == person.id), None)
        months.append(MonthLine(m, mine, len(ranking.people), ranking.finalised))
    first, last = YearMonth(year, 1).first_day, YearMonth(year, 12).last_day
    rows = session.execute(
        select(
            PointEvent.id,
            PointEvent.event_date,
            Rule.code,
            Rule.text,
            PointEvent.quantity,
            PointEvent.points,
            PointEvent.status,
            PointEvent.source,
            UserAccount.display_name,
            PointEvent.note,
        )
        .join(Rule, Rule.id == PointEvent.rule_id)
        .outerjoin(UserAccount, UserAccount.id == PointEvent.recorded_by_id)
        .where(
            PointEvent.person_id == person.id,
            PointEvent.event_date >= first,
            PointEvent.event_date <= last,
        )
        .order_by(PointEvent.event_date, PointEvent.id)
    ).all()
    entries = [
        YearEntry(
            id=r[0],
            event_date=r[1],
            rule_code=r[2],
            rule_text=r[3],
            quantity=Decimal(r[4]),
            points=Decimal(r[5]),
            status=r[6],
            source=r[7],
            recorded_by=r[8] or "",
            note=r[9],
        )
        for r in rows
    ]
    return PersonYear(person, year, months, entries, grade_history(session, user, person.id))
