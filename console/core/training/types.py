"""The plain values that training's services hand each other and the UI.

They live apart from the services so that sessions, attendance and exams can each import
what they share without importing one another: the attendance sheet carries a session's
detail, and saving a session re-books its attendance's deductions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from glossary import AttendanceStatus, Category, TrainingCategory


@dataclass(frozen=True)
class SessionRow:
    id: int
    session_date: date
    title: str
    category: TrainingCategory
    hours: float
    organiser: str
    place: str
    present: int
    absent: int
    excused: int
    row_version: int = 1  # as loaded: an edit states it, to be refused if changed since


@dataclass(frozen=True)
class SessionDetail:
    id: int
    title: str
    category: TrainingCategory
    session_date: date
    hours: float
    organiser: str
    place: str
    categories: tuple[Category, ...]
    unit_ids: tuple[int, ...]
    attendance: int  # attendance rows recorded
    # As loaded. Editing the session, or saving its attendance, states it: another
    # desktop's change meanwhile (to the session or to its marks) is then reported.
    row_version: int = 1


@dataclass(frozen=True)
class SheetRow:
    person_id: int
    staff_no: str
    name: str
    unit_id: int
    unit_name: str
    category: Category
    intended: bool  # in the session's intended audience
    status: AttendanceStatus | None  # None: not marked
    hours: float


@dataclass(frozen=True)
class AttendanceSheet:
    session: SessionDetail
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class Mark:
    person_id: int
    status: AttendanceStatus | None  # None: take the person off the sheet
    hours: float | None = None  # present: None means the session's hours
