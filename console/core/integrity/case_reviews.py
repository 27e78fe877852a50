"""Case-file reviews (案卷评查): a case file scored 0–100 by the reviewers, graded from the
score; an excellent file earns its handlers points (AP01) and a failing one costs them
(AP02), booked on the review date with the review as their source.

Re-scoring a review voids the points it booked and books them again, so the ledger always
matches the review as it stands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import tr_context
from console.core.integrity.access import (
    check_unit,
    clean,
    get_or_404,
    in_scope,
    raise_if,
    reader_scope,
    require_keeper,
)
from console.core.integrity.links import case_review_ref
from console.core.scoring.entries import EntryInput, add_entries, close_event, rule_in_force
from db.integrity import CaseReview, case_review_handler
from db.org import Person, Unit
from db.scoring import PointEvent, Rule
from glossary import EventSource, EventStatus, Grade

_t = tr_context("integrity")

# The lowest score of each grade (a file below 60 fails).
GRADE_FLOORS = ((90, Grade.EXCELLENT), (80, Grade.GOOD), (70, Grade.PASS), (60, Grade.BASIC))
# The default catalogue's rules for the grades that earn or cost points.
GRADE_RULE = {Grade.EXCELLENT: "AP01", Grade.FAIL: "AP02"}
LIVE_EVENT = (EventStatus.PENDING, EventStatus.APPROVED)


def grade_for(score: float) -> Grade:
    for floor, grade in GRADE_FLOORS:
        if score >= floor:
            return grade
    return Grade.FAIL


@dataclass(frozen=True)
class CaseReviewRow:
    id: int
    case_no: str
    unit_id: int
    unit_name: str
    review_date: date
    reviewer: str
    score: float
    grade: Grade | None
    problems: str
    handler_ids: tuple[int, ...]
    handler_names: str
    points: Decimal  # live points booked from the review, per handler summed
    # As loaded; an edit states it (``seen_version``) so a change made meanwhile on
    # another desktop is reported, not overwritten.
    row_version: int = 0


@dataclass
class CaseReviewInput:
    case_no: str
    unit_id: int | None
    review_date: date | None
    reviewer: str
    score: object  # a number, or the text typed
    handler_ids: Sequence[int] = ()
    problems: str | None = None


def list_case_reviews(
    session: Session,
    user: User,
    date_from: date | None = None,
    date_to: date | None = None,
    review_id: int | None = None,
) -> list[CaseReviewRow]:
    scope = reader_scope(session, user)
    stmt = (
        select(CaseReview, Unit.name)
        .join(Unit, Unit.id == CaseReview.unit_id)
        .order_by(CaseReview.review_date.desc(), CaseReview.id.desc())
    )
    if date_from is not None:
        stmt = stmt.where(CaseReview.review_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(CaseReview.review_date <= date_to)
    if review_id is not None:
        stmt = stmt.where(CaseReview.id == review_id)
    where = in_scope(scope, CaseReview.unit_id)
    if where is not None:
        stmt = stmt.where(where)
    reviews = session.execute(stmt).all()
    if not reviews:
        return []
    ids = [r.id for r, _ in reviews]
    handlers: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for rid, pid, name in session.execute(
        select(case_review_handler.c.case_review_id, Person.id, Person.name)
        .join(Person, Person.id == case_review_handler.c.person_id)
        .where(case_review_handler.c.case_review_id.in_(ids))
        .order_by(Person.staff_no)
    ):
        handlers[rid].append((pid, name))
    points: defaultdict[str, Decimal] = defaultdict(Decimal)
    refs = {case_review_ref(i): i for i in ids}
    for ref, value in session.execute(
        select(PointEvent.source_ref, PointEvent.points).where(
            PointEvent.source == EventSource.CASE_REVIEW,
            PointEvent.source_ref.in_(list(refs)),
            PointEvent.status.in_(LIVE_EVENT),
        )
    ):
        points[ref or ""] += value
    return [
        CaseReviewRow(
            id=r.id,
            case_no=r.case_no,
            unit_id=r.unit_id,
            unit_name=unit_name,
            review_date=r.review_date,
            reviewer=r.reviewer,
            score=float(r.score),
            grade=r.grade,
            problems=r.problems or "",
            handler_ids=tuple(p for p, _ in handlers[r.id]),
            handler_names="、".join(n for _, n in handlers[r.id]),
            points=points[case_review_ref(r.id)],
            row_version=r.row_version,
        )
        for r, unit_name in reviews
    ]


def get_case_review(session: Session, user: User, review_id: int) -> CaseReviewRow:
    rows = list_case_reviews(session, user, review_id=review_id)
    if not rows:
        raise NotFound(_t("No such case-file review."))
    return rows[0]


def parse_score(value: object) -> float | None:
    """A score 0–100 with at most one decimal, or None if it is not one."""
    try:
        score = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    if not score.is_finite() or score < 0 or score > 100:
        return None
    if score != score.quantize(Decimal("0.1")):
        return None
    return float(score)


def _validate(
    session: Session, data: CaseReviewInput, today: date
) -> tuple[list[FieldError], float]:
    errors: list[FieldError] = []
    case_no = (data.case_no or "").strip()
    if not case_no:
        errors.append(FieldError("case_no", _t("Give the case number.")))
    elif len(case_no) > 60:
        errors.append(FieldError("case_no", _t("The case number is longer than 60 characters.")))
    if data.unit_id is None:
        errors.append(FieldError("unit", _t("Choose the unit.")))
    check_unit(session, data.unit_id, errors)
    if data.review_date is None:
        errors.append(FieldError("review_date", _t("Give the date of the review.")))
    elif data.review_date > today:
        errors.append(FieldError("review_date", _t("The date is in the future.")))
    reviewer = (data.reviewer or "").strip()
    if not reviewer:
        errors.append(FieldError("reviewer", _t("Name the reviewer.")))
    elif len(reviewer) > 60:
        errors.append(FieldError("reviewer", _t("The reviewer is longer than 60 characters.")))
    score = parse_score(data.score)
    if score is None:
        errors.append(
            FieldError(
                "score", _t("The score is a number from 0 to 100, with one decimal at most.")
            )
        )
    if not data.handler_ids:
        errors.append(FieldError("handlers", _t("Choose the case handlers.")))
    else:
        found = session.scalars(select(Person.id).where(Person.id.in_(set(data.handler_ids))))
        if len(set(found)) != len(set(data.handler_ids)):
            errors.append(FieldError("handlers", _t("No such person.")))
    return errors, score or 0.0


def _rule_for(session: Session, grade: Grade, on: date) -> int | None:
    code = GRADE_RULE.get(grade)
    if code is None:
        return None
    for rule_id in session.scalars(select(Rule.id).where(Rule.code == code)):
        if rule_in_force(session, rule_id, on) is not None:
            return rule_id
    raise ValidationError(
        [
            FieldError(
                "score",
                _t("No rule {code} is in force on {date} to book the review's points.").format(
                    code=code, date=on
                ),
            )
        ]
    )


def _book(session: Session, user: User, review: CaseReview, today: date) -> None:
    """Void what the review booked before and book what it earns now."""
    ref = case_review_ref(review.id)
    for event_id in session.scalars(
        select(PointEvent.id).where(
            PointEvent.source == EventSource.CASE_REVIEW,
            PointEvent.source_ref == ref,
            PointEvent.status.in_(LIVE_EVENT),
        )
    ):
        close_event(session, user, event_id, EventStatus.VOID, _t("Case-file review re-scored"))
    assert review.grade is not None
    rule_id = _rule_for(session, review.grade, review.review_date)
    if rule_id is None:
        return
    add_entries(
        session,
        user,
        EntryInput(
            rule_id=rule_id,
            event_date=review.review_date,
            person_ids=[p.id for p in review.handlers],
            note=review.case_no,
        ),
        today,
        EventSource.CASE_REVIEW,
        ref,
    )


def save_case_review(
    session: Session,
    user: User,
    data: CaseReviewInput,
    today: date,
    review_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> CaseReviewRow:
    """Record a review (or correct one, stating the row_version in the user's form);
    its points follow its grade."""
    user = require_keeper(session, user)
    review = (
        CaseReview()
        if review_id is None
        else get_or_404(session, CaseReview, review_id, _t("No such case-file review."))
    )
    if review_id is not None:
        require_seen(session, review, seen_version)
    errors, score = _validate(session, data, today)
    raise_if(errors)
    assert data.unit_id is not None and data.review_date is not None
    before = (
        None
        if review_id is None
        else (review.grade, review.review_date, sorted(p.id for p in review.handlers))
    )
    review.case_no = data.case_no.strip()
    review.unit_id = data.unit_id
    review.review_date = data.review_date
    review.reviewer = data.reviewer.strip()
    review.score = score
    review.grade = grade_for(score)
    review.problems = clean(data.problems)
    review.handlers = list(
        session.scalars(select(Person).where(Person.id.in_(set(data.handler_ids))))
    )
    if before is not None and before[2] != sorted(set(data.handler_ids)):
        # Only the link table changed: no UPDATE of the review itself would bump its
        # row_version, and another desktop's form would not notice. Touch it.
        flag_modified(review, "case_no")
    if review_id is None:
        session.add(review)
    session.flush()
    if before != (review.grade, review.review_date, sorted(set(data.handler_ids))):
        _book(session, user, review, today)
    session.flush()
    return get_case_review(session, user, review.id)
