"""The year's star-level review (年度星级评定): every auxiliary and assistant person on
strength, the facts of their year, the level the rule proposes and why; and its
confirmation by the 督察队长.

Grades are each month's as shown everywhere else (``shown_month``: the finalised
snapshot, else the live ranking); training is ``progress_of``'s status; a founded
complaint is one closed as founded (ComplaintOutcome.VERIFIED) in the year. Nothing here
grades or counts hours a second way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict, describe_change
from console.core.errors import FieldError, ValidationError
from console.core.i18n import N_, tr_context
from console.core.permissions import require_admin, require_user, visible_unit_ids
from console.core.policy import on_strength_on
from console.core.scoring.ranking import shown_month
from console.core.scoring.settings import load_settings
from console.core.star_levels.rule import (
    Reason,
    YearFacts,
    parse_reasons,
    propose,
    reason_words,
    service_years,
    store_reasons,
)
from console.core.star_levels.settings import StarLevelSettings, load_star_settings, pay_text
from console.core.training.progress import period_end, progress_of
from console.core.training.requirements import PaceStatus
from db.accounts import UserAccount
from db.audit import record_event
from db.integrity import Complaint
from db.org import Person, Unit
from db.star_levels import REVIEW, START, StarLevel, StarLevelRecord
from glossary import Category, ComplaintKind, ComplaintOutcome, Grade, YearMonth

_t = tr_context("star_levels")

STAFF = (Category.AUXILIARY, Category.ASSISTANT)
OPEN, CONFIRMED, LATER = "open", "confirmed", "later"  # a row's state in the review
REVIEW_SUBJECT = "star_review"


@dataclass(frozen=True)
class ReviewRow:
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    hire_date: date | None
    service_years: int | None  # full years on 1 January of the year
    starting: bool  # holds no level yet: ``level`` is the starting level from service
    level: int  # held during the year
    seen_version: int  # the held level's row_version (0: none held yet)
    grades: tuple[Grade | None, ...]  # January … December (None: not ranked)
    excellent: int
    fails: int
    founded_complaints: int
    training_met: bool
    training_owed: bool  # a training requirement applies to the person
    proposed: int
    reasons: tuple[Reason, ...]
    pay_now: str
    pay_proposed: str
    state: str  # OPEN, CONFIRMED, LATER
    confirmed_by: str = ""
    confirmed_at: datetime | None = None

    @property
    def change(self) -> int:
        return self.proposed - self.level

    @property
    def reason_text(self) -> str:
        return reason_words(self.reasons)


@dataclass(frozen=True)
class StarReview:
    year: int
    as_of: date
    settings: StarLevelSettings
    rows: tuple[ReviewRow, ...]
    provisional: tuple[YearMonth, ...]  # begun months not finalised
    year_over: bool

    @property
    def open_rows(self) -> tuple[ReviewRow, ...]:
        return tuple(r for r in self.rows if r.state == OPEN)

    @property
    def changes(self) -> tuple[ReviewRow, ...]:
        return tuple(r for r in self.rows if r.change)

    def count(self, change: int) -> int:
        return sum(1 for r in self.rows if (r.change > 0) - (r.change < 0) == change)


def _grades(
    session: Session, year: int, today: date
) -> tuple[dict[int, list[Grade | None]], tuple[YearMonth, ...]]:
    settings = load_settings(session)
    found: dict[int, list[Grade | None]] = {}
    provisional = []
    for n in range(1, 13):
        month = YearMonth(year, n)
        if month.first_day > today:
            provisional.append(month)
            continue
        ranking = shown_month(session, month, settings)
        if not ranking.finalised:
            provisional.append(month)
        for p in ranking.people:
            if p.category in STAFF:
                found.setdefault(p.person_id, [None] * 12)[n - 1] = p.grade
    return found, tuple(provisional)


def _founded(session: Session, year: int, as_of: date) -> dict[int, int]:
    rows = session.execute(
        select(Complaint.person_id, func.count())
        .where(
            Complaint.kind == ComplaintKind.COMPLAINT,
            Complaint.outcome == ComplaintOutcome.VERIFIED,
            Complaint.person_id.is_not(None),
            Complaint.closed_date >= date(year, 1, 1),
            Complaint.closed_date <= as_of,
        )
        .group_by(Complaint.person_id)
    ).all()
    return {pid: n for pid, n in rows if pid is not None}


def year_review(session: Session, user: User, year: int, today: date) -> StarReview:
    """The review of ``year`` as the user may see it (a squad leader: their own units)."""
    require_user(user)
    return review_of(session, visible_unit_ids(session, user), year, today)


def review_of(session: Session, scope: set[int] | None, year: int, today: date) -> StarReview:
    """``year_review`` for the units in ``scope`` (None: all), without a user: for the
    confirmation (which re-reads the whole bureau) and the demo."""
    if date(year, 1, 1) > today:
        text = _t("{year} has not begun: there is nothing to review.")
        raise ValidationError([FieldError("year", text.format(year=year))])
    settings = load_star_settings(session)
    as_of = period_end(year, today)
    q = (
        select(
            Person.id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            Unit.name,
            Person.category,
            Person.hire_date,
        )
        .join(Unit, Unit.id == Person.unit_id)
        .where(Person.category.in_(STAFF), on_strength_on(as_of))
        .order_by(Unit.sort_order, Unit.id, Person.staff_no)
    )
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    people = session.execute(q).all()
    ids = [p[0] for p in people]
    grades, provisional = _grades(session, year, today)
    founded = _founded(session, year, as_of)
    training = {p.person_id: p.status for p in progress_of(session, scope, year, as_of).people}
    held = {
        s.person_id: s
        for s in session.scalars(select(StarLevel).where(StarLevel.person_id.in_(ids)))
    }
    records = {
        r.person_id: (r, who)
        for r, who in session.execute(
            select(StarLevelRecord, UserAccount.display_name)
            .outerjoin(UserAccount, UserAccount.id == StarLevelRecord.confirmed_by_id)
            .where(
                StarLevelRecord.kind == REVIEW,
                StarLevelRecord.review_year == year,
                StarLevelRecord.person_id.in_(ids),
            )
        )
    }
    start_day = date(year, 1, 1)
    rows = []
    for pid, staff_no, name, unit_id, unit_name, category, hired in people:
        months = tuple(grades.get(pid, [None] * 12))
        years = service_years(hired, start_day)
        current = held.get(pid)
        facts = YearFacts(
            level=current.level if current else settings.starting_level(years or 0),
            excellent=sum(1 for g in months if g == Grade.EXCELLENT),
            fails=sum(1 for g in months if g == Grade.FAIL),
            founded_complaints=founded.get(pid, 0),
            training_met=training.get(pid, PaceStatus.NOT_REQUIRED)
            in (PaceStatus.DONE, PaceStatus.NOT_REQUIRED),
        )
        state, by, at = OPEN, "", None
        reasons: tuple[Reason, ...]
        record = records.get(pid)
        if record is not None:
            # Confirmed: the row shows what was decided, as it was decided.
            state, by, at = CONFIRMED, record[1] or "", record[0].confirmed_at
            level = record[0].previous_level or record[0].level
            proposed, reasons = record[0].level, parse_reasons(record[0].reason)
        elif current is not None and current.effective_year > year:
            state, level, proposed = LATER, current.level, current.level
            reasons = (
                Reason(
                    N_("a later review is already in force (from {year})"),
                    (("year", current.effective_year),),
                ),
            )
        else:
            proposal = propose(facts, settings)
            level, proposed, reasons = facts.level, proposal.level, proposal.reasons
            if current is None:
                reasons = (_starting_reason(years), *reasons)
        rows.append(
            ReviewRow(
                person_id=pid,
                staff_no=staff_no,
                name=name,
                unit_id=unit_id,
                unit_name=unit_name,
                category=category,
                hire_date=hired,
                service_years=years,
                starting=current is None,
                level=level,
                seen_version=current.row_version if current else 0,
                grades=months,
                excellent=facts.excellent,
                fails=facts.fails,
                founded_complaints=facts.founded_complaints,
                training_met=facts.training_met,
                training_owed=training.get(pid, PaceStatus.NOT_REQUIRED) != PaceStatus.NOT_REQUIRED,
                proposed=proposed,
                reasons=reasons,
                pay_now=pay_text(settings, level),
                pay_proposed=pay_text(settings, proposed),
                state=state,
                confirmed_by=by,
                confirmed_at=at,
            )
        )
    return StarReview(year, as_of, settings, tuple(rows), provisional, today > date(year, 12, 31))


def local_minute(moment: datetime) -> str:
    """A stored UTC time as the desktop's clock shows it."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _starting_reason(years: int | None) -> Reason:
    if years is None:
        return Reason(N_("starting level: hire date unknown, counted as 0 years"))
    return Reason(N_("starting level from {n} full years of service"), (("n", years),))


# --------------------------------------------------------------------------- confirming


@dataclass(frozen=True)
class SeenRow:
    """A row as the administrator saw it when confirming."""

    person_id: int
    seen_version: int
    level: int
    proposed: int

    @classmethod
    def of(cls, row: ReviewRow) -> SeenRow:
        return cls(row.person_id, row.seen_version, row.level, row.proposed)


@dataclass(frozen=True)
class Confirmed:
    year: int
    people: int
    changed: int


def confirm_review(
    session: Session, user: User, year: int, seen: Sequence[SeenRow], today: date
) -> Confirmed:
    """Confirm the review of ``year`` for the people seen (the 督察队长 only, once the
    year is over and its twelve months are finalised). All or nothing: if any row has
    changed since it was shown — confirmed on another desktop, its level changed, its
    proposal different — nothing is written and the Conflict says who or what."""
    actor = require_admin(session, user)
    if not seen:
        raise ValidationError([FieldError("people", _t("Choose the people to confirm."))])
    if today <= date(year, 12, 31):
        raise ValidationError(
            [
                FieldError(
                    "year",
                    _t(
                        "The review of {year} is confirmed once the year is over, "
                        "from 1 January {next}."
                    ).format(year=year, next=year + 1),
                )
            ]
        )
    review = review_of(session, None, year, today)
    if review.provisional:
        raise ValidationError(
            [
                FieldError(
                    "year",
                    _t("Finalise these months first: {months}.").format(
                        months=_t(", ").join(str(m) for m in review.provisional)
                    ),
                )
            ]
        )
    rows = {r.person_id: r for r in review.rows}
    seen = list({s.person_id: s for s in seen}.values())  # a row chosen twice counts once
    changed = 0
    for s in seen:
        row = rows.get(s.person_id)
        if row is None:
            text = _t("This person is not in the review of {year}.")
            raise ValidationError([FieldError("people", text.format(year=year))])
        _require_unchanged(session, row, s, year)
        record_confirmation(session, row, year, actor.id)
        changed += row.change != 0
    session.flush()
    record_event(
        session,
        REVIEW_SUBJECT,
        {"year": year, "people": len(seen), "changed": changed},
    )
    return Confirmed(year, len(seen), changed)


def record_confirmation(
    session: Session, row: ReviewRow, year: int, by_id: int | None, at: datetime | None = None
) -> None:
    """Write one confirmed row: its starting level first if it held none, then the
    review's result as the level from next year. ``at`` defaults to now (the demo gives
    its own, to stay the same from run to run)."""
    stamp = {"confirmed_at": at} if at is not None else {}
    current = session.scalar(select(StarLevel).where(StarLevel.person_id == row.person_id))
    if current is None:
        current = StarLevel(person_id=row.person_id, level=row.level, effective_year=year)
        session.add(current)
        session.add(
            StarLevelRecord(
                person_id=row.person_id,
                kind=START,
                review_year=year,
                effective_year=year,
                previous_level=None,
                level=row.level,
                reason=store_reasons(row.reasons[:1]),
                confirmed_by_id=by_id,
                **stamp,
            )
        )
        session.flush()
    session.add(
        StarLevelRecord(
            person_id=row.person_id,
            kind=REVIEW,
            review_year=year,
            effective_year=year + 1,
            previous_level=row.level,
            level=row.proposed,
            reason=store_reasons(row.reasons[1:] if row.starting else row.reasons),
            confirmed_by_id=by_id,
            **stamp,
        )
    )
    current.level = row.proposed
    current.effective_year = year + 1


def _require_unchanged(session: Session, row: ReviewRow, s: SeenRow, year: int) -> None:
    if row.state == CONFIRMED:
        raise Conflict(
            _t(
                "{who} confirmed the review of {year} for {name} at {when}. Nothing was "
                "saved: refresh to see it."
            ).format(
                who=row.confirmed_by or _t("someone"),
                year=year,
                name=row.name,
                when=local_minute(row.confirmed_at) if row.confirmed_at else "",
            )
        )
    if row.state == LATER:
        raise ValidationError([FieldError("people", row.reason_text)])
    if row.seen_version != s.seen_version:
        level_id = session.scalar(select(StarLevel.id).where(StarLevel.person_id == row.person_id))
        raise describe_change(session, StarLevel.__tablename__, level_id)
    if (row.level, row.proposed) != (s.level, s.proposed):
        raise Conflict(
            _t(
                "The review of {name} has changed since it was shown: now {level} to "
                "{proposed} stars. Nothing was saved: refresh and check it again."
            ).format(name=row.name, level=row.level, proposed=row.proposed)
        )
