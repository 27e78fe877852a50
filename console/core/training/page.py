"""Everything the Training page shows, read in one go: one read through the unit of work
per reload, so that the figures, the tabs and the tiles agree with one another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.training.certificates import (
    CertificateRow,
    Coverage,
    coverage_by_unit,
    list_certificates,
)
from console.core.training.exams import ExamRow, list_exams
from console.core.training.progress import (
    CategoryHours,
    MonthHours,
    TrainingOverview,
    YearProgress,
    hours_by_category,
    hours_by_month,
    training_overview,
    year_progress,
)
from console.core.training.projection import YearProjection, year_projection
from console.core.training.sessions import list_sessions
from console.core.training.types import SessionRow


@dataclass(frozen=True)
class TrainingPageData:
    overview: TrainingOverview
    progress: YearProgress
    categories: list[CategoryHours]
    months: list[MonthHours]
    sessions: list[SessionRow]
    exams: list[ExamRow]
    certificates: list[CertificateRow]
    coverage: list[Coverage]
    projection: YearProjection


def training_page(session: Session, user: User, year: int, today: date) -> TrainingPageData:
    """The year's training as of ``today``, in the user's scope."""
    progress = year_progress(session, user, year, today)
    categories = hours_by_category(session, user, year, today)
    return TrainingPageData(
        overview=training_overview(session, user, year, today, progress, categories),
        progress=progress,
        categories=categories,
        months=hours_by_month(session, user, year, today),
        sessions=list_sessions(session, user, year),
        exams=list_exams(session, user, year),
        certificates=list_certificates(session, user, today),
        coverage=coverage_by_unit(session, user, today),
        projection=year_projection(session, user, year, today, progress),
    )
