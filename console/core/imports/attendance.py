"""Attendance (签到表): a session's sign-in sheet, one row per person and session.

The session is named by its number (培训编号, shown in the Training page's sessions
table) or by its title and date (培训名称 + 培训日期) exactly as recorded. A row credits
the session's hours to a person present unless fewer are given; an absent or excused
person is credited nothing. A mark already on record for that person and session is
replaced by the file's: the sign-in sheet is the record. The sessions' absence deductions
(PX03) follow, as when attendance is entered by hand.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from console.core.errors import FieldError, ValidationError
from console.core.i18n import N_, tr_context
from console.core.imports.cases import STAFF_NO_ALIASES
from console.core.imports.checks import PersonInfo, find_person, load_people
from console.core.imports.driver import Cells, HeadedRow, ImportSpec, Job
from console.core.imports.table import (
    Cell,
    CellError,
    Column,
    ColumnKind,
    FileFormat,
    cell_date,
    cell_id,
    cell_text,
)
from console.core.training.attendance import check_hours, credited, sync_absence_deductions
from console.core.training.sessions import parse_hours
from db.training import Attendance, TrainingSession
from glossary import AttendanceStatus

_t = tr_context("imports")

# What a sign-in sheet writes in the status column (case and width do not matter).
STATUS_WORDS: Mapping[str, AttendanceStatus] = {
    **dict.fromkeys(
        ("出席", "参加", "参训", "到", "已到", "到场", "签到", "present", "p", "√", "✓", "是"),
        AttendanceStatus.PRESENT,
    ),
    **dict.fromkeys(
        ("缺席", "缺勤", "未到", "旷课", "无故缺席", "absent", "a", "×", "✗", "否"),
        AttendanceStatus.ABSENT,
    ),
    **dict.fromkeys(
        ("请假", "事假", "病假", "公假", "excused", "leave", "e"), AttendanceStatus.EXCUSED
    ),
}

ATTENDANCE_FORMAT = FileFormat(
    kind="attendance",
    title=N_("Training attendance"),
    sheet="签到表",
    columns=(
        Column(
            "staff_no",
            "工号",
            "staff_no",
            aliases=STAFF_NO_ALIASES,
            description=N_("The person's staff number, as in the roster."),
            example="ZF0001",
        ),
        Column(
            "session_id",
            "培训编号",
            "session_id",
            required=True,
            alternative="session_title",
            aliases=("培训ID", "session", "session no"),
            description=N_(
                "The session's number as the Training page shows it; or leave this column "
                "out and give the title and date instead."
            ),
            example="12",
        ),
        Column(
            "session_title",
            "培训名称",
            "session_title",
            required=True,
            alternative="session_id",
            aliases=("培训主题", "培训题目", "title"),
            description=N_("The session's title exactly as recorded (with its date)."),
            example="行政处罚法专题培训",
        ),
        Column(
            "session_date",
            "培训日期",
            "session_date",
            ColumnKind.DATE,
            required=False,
            aliases=("日期", "date"),
            description=N_("The session's date, needed with the title: 2026-10-05."),
            example="2026-10-05",
        ),
        Column(
            "hours",
            "学时",
            "hours",
            ColumnKind.QUANTITY,
            required=False,
            aliases=("认定学时", "学时数", "credited hours"),
            description=N_(
                "Hours credited, at most the session's, one decimal; blank gives a person "
                "present the session's hours. Blank or 0 when absent or excused."
            ),
            example="3.5",
        ),
        Column(
            "status",
            "状态",
            "status",
            required=False,
            aliases=("出勤情况", "签到状态", "出勤"),
            description=N_("出席 (present), 缺席 (absent) or 请假 (excused); blank is present."),
            example="出席",
        ),
    ),
    notes=(
        N_("One row per person and session; a person may appear once per session."),
        N_(
            "Name the session by its number, or by its title and date; the session must "
            "have taken place."
        ),
        N_(
            "A mark already recorded for the person at that session is replaced by the "
            "file's. An unexcused absence books the catalogue's PX03 when the training "
            "settings say so."
        ),
        N_(
            "A file with any invalid row is rejected whole, every problem listed by row and "
            "column; nothing is saved."
        ),
    ),
)


@dataclass(frozen=True)
class AttendanceRow(HeadedRow):
    staff_no: str | None
    session_id: int | None
    session_title: str | None
    session_date: date | None
    hours: float | None
    status: AttendanceStatus | None  # None only when unreadable (then in ``errors``)


@dataclass(frozen=True)
class AttendanceImportSummary:
    kind: str
    rows_read: int
    created: int  # attendance marks added
    updated: int  # marks on record replaced
    sessions: int
    hours: float  # credited by the file
    deductions_booked: int
    deductions_voided: int
    written: bool


def parse_status(value: str | None) -> AttendanceStatus | None:
    if value is None:
        return AttendanceStatus.PRESENT
    return STATUS_WORDS.get(unicodedata.normalize("NFKC", value).strip().casefold())


def _session_number(value: Cell) -> int:
    try:  # not int(): it takes other scripts' digits and numbers no database holds
        number = cell_id(value)
    except CellError:
        number = None
    if number is None:
        raise CellError(_t("Not a session number: {value}").format(value=cell_text(value)))
    return number


def _hours(value: Cell) -> float:
    hours = parse_hours(value)
    if hours is None or hours < 0:
        raise CellError(
            _t("Hours are a number ≥ 0 with at most one decimal: {value}").format(
                value=cell_text(value)
            )
        )
    return hours


class _SessionInfo(NamedTuple):
    id: int
    title: str
    day: date
    hours: float


class _Planned(NamedTuple):
    session: _SessionInfo
    person_id: int
    status: AttendanceStatus
    hours: float


@dataclass
class _Context:
    people: Mapping[str, PersonInfo]
    by_id: dict[int, _SessionInfo]
    by_title: dict[tuple[str, date], list[_SessionInfo]]
    first_seen: dict[tuple[int, int], int] = field(default_factory=dict)


def _resolve(r: AttendanceRow, ctx: _Context) -> tuple[_SessionInfo | None, FieldError | None]:
    if r.session_id is not None:
        found = ctx.by_id.get(r.session_id)
        if found is None:
            return None, r.error(
                "session_id", _t("No training session has number {n}.").format(n=r.session_id)
            )
        return found, None
    if not r.session_title:
        return None, r.error("session_id", _t("Give the session's number, or its title and date."))
    if r.session_date is None:
        return None, r.error("session_date", _t("Give the session's date with its title."))
    matches = ctx.by_title.get((r.session_title.strip(), r.session_date), [])
    if not matches:
        return None, r.error(
            "session_title",
            _t("No session titled {title} on {date}.").format(
                title=r.session_title, date=r.session_date.isoformat()
            ),
        )
    if len(matches) > 1:
        return None, r.error(
            "session_title",
            _t("Several sessions are titled {title} on {date}: give the session's number.").format(
                title=r.session_title, date=r.session_date.isoformat()
            ),
        )
    return matches[0], None


class AttendanceImport(ImportSpec[AttendanceRow, _Context, _Planned, AttendanceImportSummary]):
    """The sign-in sheet is the record: it replaces the marks on record, and the sessions'
    absence deductions follow (which is why a dry run writes, to count them)."""

    def parse_row(self, cells: Cells) -> AttendanceRow:
        session_id = cells.read("session_id", _session_number)
        day = cells.read("session_date", cell_date)
        hours = cells.read("hours", _hours)
        status_text = cells.text("status")
        status = parse_status(status_text)
        if status is None:
            message = _t("Unknown status {value}: write 出席, 缺席 or 请假.")
            cells.add("status", message.format(value=status_text))
        return AttendanceRow(
            cells.text("staff_no"),
            session_id,
            cells.text("session_title"),
            day,
            hours,
            status,
            row=cells.row,
            errors=cells.errors,
            headers=cells.headers,
        )

    def load(self, session: Session, job: Job, rows: Sequence[AttendanceRow]) -> _Context:
        ids = {r.session_id for r in rows if r.session_id is not None}
        titles = {r.session_title for r in rows if r.session_id is None and r.session_title}
        q = select(
            TrainingSession.id,
            TrainingSession.title,
            TrainingSession.session_date,
            TrainingSession.hours,
        ).where(TrainingSession.id.in_(ids) | TrainingSession.title.in_(titles))
        ctx = _Context(load_people(session), {}, {})
        for sid, title, day, hours in session.execute(q):
            info = _SessionInfo(sid, title, day, float(hours))
            ctx.by_id[sid] = info
            ctx.by_title.setdefault((title.strip(), day), []).append(info)
        return ctx

    def check_row(
        self, r: AttendanceRow, ctx: _Context, job: Job
    ) -> tuple[list[FieldError], list[_Planned]]:
        errors, person = find_person(r.staff_no, ctx.people, job.scope, r.error)
        found, problem = _resolve(r, ctx)
        if problem is not None:
            errors.append(problem)
        if found is None or r.status is None:
            return errors, []
        if found.day > job.today:
            errors.append(
                r.error(
                    "session_id" if r.session_id is not None else "session_date",
                    _t("The session of {date} has not taken place yet.").format(
                        date=found.day.isoformat()
                    ),
                )
            )
        hours_problem = check_hours(r.status, r.hours, found.hours)
        if hours_problem is None and r.status == AttendanceStatus.PRESENT and r.hours == 0:
            hours_problem = _t("A person present is credited more than 0 hours.")
        if hours_problem:
            errors.append(r.error("hours", hours_problem))
        if person is None:
            return errors, []
        key = (person.id, found.id)
        if key in ctx.first_seen:
            errors.append(
                r.error(
                    "staff_no",
                    _t("{no} appears twice for this session (also row {row}).").format(
                        no=person.staff_no, row=ctx.first_seen[key]
                    ),
                )
            )
        else:
            ctx.first_seen[key] = r.row
        strength = person.strength_problem(found.day, found.day, found.day.isoformat())
        if strength:
            errors.append(r.error("staff_no", strength))
        if errors:
            return errors, []
        return [], [_Planned(found, person.id, r.status, credited(r.status, r.hours, found.hours))]

    def write(
        self, session: Session, job: Job, ctx: _Context, planned: list[_Planned]
    ) -> AttendanceImportSummary:
        """Write the marks, then keep each session's deductions in step with them. Raises
        ValidationError if a session's deductions would change a finalised month."""
        sessions = {p.session.id: p.session for p in planned}
        session_ids = sorted(sessions)
        existing = {
            (a.session_id, a.person_id): a
            for a in session.scalars(
                select(Attendance).where(Attendance.session_id.in_(session_ids))
            )
        }
        new = [p for p in planned if (p.session.id, p.person_id) not in existing]
        changed = [
            p
            for p in planned
            if (a := existing.get((p.session.id, p.person_id))) is not None
            and (a.status != p.status or float(a.hours or 0) != p.hours)
        ]
        for p in changed:  # one audited update each
            a = existing[(p.session.id, p.person_id)]
            a.status, a.hours = p.status, p.hours
        if new:
            written = session.scalars(
                insert(Attendance).returning(Attendance.id, sort_by_parameter_order=True),
                [
                    {
                        "session_id": p.session.id,
                        "person_id": p.person_id,
                        "status": p.status,
                        "hours": p.hours,
                    }
                    for p in new
                ],
            )
            what = f"attendance import, sessions {', '.join(map(str, session_ids))}"
            job.audit_bulk(session, Attendance, written.all(), what)
        session.flush()
        booked = voided = 0
        for sid in session_ids:
            try:
                sync = sync_absence_deductions(
                    session, job.user, session.get_one(TrainingSession, sid)
                )
            except ValidationError as exc:
                message = _t("Session {n} ({title}): {problem}")
                raise ValidationError(
                    [
                        FieldError(
                            "file",
                            message.format(n=sid, title=sessions[sid].title, problem=e.message),
                        )
                        for e in exc.errors
                    ]
                ) from exc
            if sync is not None:
                booked += sync.booked
                voided += sync.voided
        # Counting the deductions meant booking them: on a dry run the pipeline undoes it.
        return AttendanceImportSummary(
            kind=self.kind,
            rows_read=job.rows_read,
            created=len(new),
            updated=len(changed),
            sessions=len(session_ids),
            hours=sum(p.hours for p in planned),
            deductions_booked=booked,
            deductions_voided=voided,
            written=not job.dry_run,
        )


SPEC = AttendanceImport(ATTENDANCE_FORMAT)
read_attendance = SPEC.read
import_attendance = SPEC.run
