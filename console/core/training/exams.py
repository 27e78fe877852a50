"""Exams (考试): title, date, pass mark and each person's score; pass rates.

A score below the pass mark is a fail; with the bureau's setting on, each fail books the
catalogue's PX02 (业务考试不合格), kept in step with the scores as they are corrected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import require_seen
from console.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from console.core.i18n import tr_context
from console.core.permissions import require_user, require_write, visible_unit_ids
from console.core.policy import on_strength_on
from console.core.training.claims import claim, require_sheet
from console.core.training.deductions import FAILED_EXAM_RULE, DeductionSync, sync_deductions
from console.core.training.requirements import load_training_settings
from console.core.training.sessions import parse_hours, require_organiser
from db.org import Person, Unit
from db.training import Exam, ExamResult, TrainingSession
from glossary import Category

_t = tr_context("training")

MAX_SCORE = 100.0


@dataclass(frozen=True)
class ExamRow:
    id: int
    title: str
    exam_date: date
    pass_mark: float
    session_title: str
    takers: int
    passed: int
    average: float | None
    # As loaded: editing the exam, or saving its scores, states it (refused if changed).
    row_version: int = 1
    session_id: int | None = None  # the session it closes

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.takers if self.takers else None


@dataclass
class ExamInput:
    title: str
    exam_date: date | None
    pass_mark: float | str | None = 60
    session_id: int | None = None


@dataclass(frozen=True)
class ScoreRow:
    person_id: int
    staff_no: str
    name: str
    unit_name: str
    category: Category
    score: float | None


@dataclass(frozen=True)
class ExamSheet:
    exam: ExamRow
    rows: tuple[ScoreRow, ...]


@dataclass(frozen=True)
class Score:
    person_id: int
    score: float | None  # None: did not sit (removes a recorded score)


@dataclass(frozen=True)
class ScoresResult:
    recorded: int
    removed: int
    deductions: DeductionSync | None


def exam_ref(exam_id: int) -> str:
    return f"exam-{exam_id}"


def _rows(session: Session, user: User, where: Sequence[object]) -> list[ExamRow]:
    scope = visible_unit_ids(session, user)
    passed = case((ExamResult.score >= Exam.pass_mark, 1), else_=0)
    results = (
        select(
            ExamResult.exam_id.label("exam_id"),
            func.count(ExamResult.id).label("takers"),
            func.sum(passed).label("passed"),
            func.avg(ExamResult.score).label("average"),
        )
        .join(Exam, Exam.id == ExamResult.exam_id)
        .group_by(ExamResult.exam_id)
    )
    if scope is not None:
        results = results.join(Person, Person.id == ExamResult.person_id).where(
            Person.unit_id.in_(scope)
        )
    sub = results.subquery()
    q = (
        select(
            Exam.id,
            Exam.title,
            Exam.exam_date,
            Exam.pass_mark,
            TrainingSession.title,
            sub.c.takers,
            sub.c.passed,
            sub.c.average,
            Exam.row_version,
            Exam.session_id,
        )
        .outerjoin(TrainingSession, TrainingSession.id == Exam.session_id)
        .outerjoin(sub, sub.c.exam_id == Exam.id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(Exam.exam_date, Exam.id)
    )
    return [
        ExamRow(
            r[0],
            r[1],
            r[2],
            float(r[3]),
            r[4] or "",
            int(r[5] or 0),
            int(r[6] or 0),
            None if r[7] is None else float(r[7]),
            r[8],
            r[9],
        )
        for r in session.execute(q)
    ]


def list_exams(session: Session, user: User, year: int) -> list[ExamRow]:
    """The year's exams with takers, passes and average score (a squad leader: their own)."""
    require_user(user)
    return _rows(
        session, user, [Exam.exam_date >= date(year, 1, 1), Exam.exam_date <= date(year, 12, 31)]
    )


def get_exam(session: Session, user: User, exam_id: int) -> ExamRow:
    require_user(user)
    rows = _rows(session, user, [Exam.id == exam_id])
    if not rows:
        raise NotFound(_t("No such exam."))
    return rows[0]


def exam_sheet(session: Session, user: User, exam_id: int) -> ExamSheet:
    """The active people the user may record for, with their scores (and anyone scored)."""
    exam = get_exam(session, user, exam_id)
    scores = dict(
        session.execute(
            select(ExamResult.person_id, ExamResult.score).where(ExamResult.exam_id == exam_id)
        ).all()
    )
    q = (
        select(Person.id, Person.staff_no, Person.name, Unit.name, Person.category)
        .join(Unit, Unit.id == Person.unit_id)
        .where(on_strength_on(exam.exam_date) | Person.id.in_(list(scores)))
        .order_by(Unit.sort_order, Unit.id, Person.staff_no)
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        q = q.where(Person.unit_id.in_(scope))
    rows = tuple(
        ScoreRow(
            pid,
            no,
            name,
            unit,
            cat,
            None if scores.get(pid) is None else float(scores[pid]),
        )
        for pid, no, name, unit, cat in session.execute(q)
    )
    return ExamSheet(exam, rows)


def _parse_mark(value: object) -> float | None:
    mark = parse_hours(value)  # a number with at most one decimal
    return mark if mark is not None and 0 <= mark <= MAX_SCORE else None


def save_exam(
    session: Session,
    user: User,
    data: ExamInput,
    exam_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> ExamRow:
    """Create an exam, or edit one as the user saw it (``seen_version``, its row_version)."""
    user = require_organiser(session, user)
    row = None
    if exam_id is not None:
        row = session.get(Exam, exam_id)
        if row is None:
            raise NotFound(_t("No such exam."))
        require_seen(session, row, seen_version)
    errors = []
    title = (data.title or "").strip()
    if not title:
        errors.append(FieldError("title", _t("Give the title.")))
    elif len(title) > 120:
        errors.append(FieldError("title", _t("The title is at most 120 characters.")))
    if data.exam_date is None:
        errors.append(FieldError("date", _t("Give the date.")))
    mark = _parse_mark(data.pass_mark)
    if mark is None:
        errors.append(
            FieldError(
                "pass_mark",
                _t("The pass mark is between 0 and {max}.").format(max=int(MAX_SCORE)),
            )
        )
    if data.session_id is not None and session.get(TrainingSession, data.session_id) is None:
        errors.append(FieldError("session", _t("No such training session.")))
    if errors:
        raise ValidationError(errors)
    assert data.exam_date is not None and mark is not None
    changed_outcome = row is not None and (
        float(row.pass_mark) != mark or row.exam_date != data.exam_date
    )
    if row is None:
        row = Exam(
            title=title, exam_date=data.exam_date, pass_mark=mark, session_id=data.session_id
        )
        session.add(row)
    else:
        row.title, row.exam_date, row.pass_mark = title, data.exam_date, mark
        row.session_id = data.session_id
    session.flush()
    if changed_outcome:  # a new pass mark or date: the fails and their dates follow
        sync_exam_deductions(session, user, row)
    session.flush()
    return get_exam(session, user, row.id)


def record_scores(
    session: Session,
    user: User,
    exam_id: int,
    scores: Sequence[Score],
    today: date,
    *,
    seen_version: int | None = None,
) -> ScoresResult:
    """Save scores of one exam. ``seen_version`` is the exam's row_version when the score
    sheet was loaded; saving scores moves it on, so two desktops entering the same exam's
    scores cannot silently overwrite each other."""
    user = require_write(session, user)
    exam = session.get(Exam, exam_id)
    if exam is None:
        raise NotFound(_t("No such exam."))
    require_sheet(session, exam, seen_version, ExamResult.exam_id)
    errors: list[FieldError] = []
    if exam.exam_date > today:
        errors.append(FieldError("date", _t("The exam has not taken place yet.")))
    ids = [s.person_id for s in scores]
    found = session.execute(
        select(Person.id, Person.unit_id, Person.staff_no).where(Person.id.in_(ids))
    ).all()
    people = {pid: unit for pid, unit, _ in found}
    staff = {pid: no for pid, _, no in found}
    scope = visible_unit_ids(session, user)
    for s in scores:
        if s.person_id not in people:
            errors.append(FieldError("person", _t("Some of the chosen people do not exist.")))
            continue
        if scope is not None and people[s.person_id] not in scope:
            raise PermissionDenied(_t("A squad leader may only act on their own unit."))
        if s.score is not None and _parse_mark(s.score) is None:
            errors.append(
                FieldError(
                    "score",
                    _t("{no}: a score is between 0 and {max}, with one decimal.").format(
                        no=staff[s.person_id], max=int(MAX_SCORE)
                    ),
                )
            )
    if errors:
        raise ValidationError(errors)
    existing = {
        r.person_id: r
        for r in session.scalars(
            select(ExamResult).where(ExamResult.exam_id == exam_id, ExamResult.person_id.in_(ids))
        )
    }
    recorded = removed = 0
    changed = []
    for s in scores:
        row = existing.get(s.person_id)
        if (s.score is not None) if row is None else (s.score != float(row.score)):
            changed.append(s)
    if changed:
        # Claim the exam first: a desktop saving the same exam's scores at the same
        # moment is refused before anything is mixed.
        claim(session, exam)
    for s in changed:
        row = existing.get(s.person_id)
        if s.score is None:
            if row is not None:
                session.delete(row)
                removed += 1
        elif row is None:
            session.add(ExamResult(exam_id=exam_id, person_id=s.person_id, score=s.score))
            recorded += 1
        else:
            row.score = s.score
            recorded += 1
    session.flush()
    sync = sync_exam_deductions(session, user, exam)
    return ScoresResult(recorded, removed, sync)


def sync_exam_deductions(session: Session, user: User, exam: Exam) -> DeductionSync | None:
    if not load_training_settings(session).deduct_failed_exam:
        return None
    failed = session.scalars(
        select(ExamResult.person_id).where(
            ExamResult.exam_id == exam.id, ExamResult.score < exam.pass_mark
        )
    ).all()
    return sync_deductions(
        session,
        user,
        code=FAILED_EXAM_RULE,
        ref=exam_ref(exam.id),
        day=exam.exam_date,
        person_ids=failed,
        note=exam.title,
    )


def pass_rate(session: Session, user: User, year: int) -> tuple[int, int]:
    """(passed, sat) over the year's exams, for the user's scope."""
    rows = list_exams(session, user, year)
    return sum(r.passed for r in rows), sum(r.takers for r in rows)
