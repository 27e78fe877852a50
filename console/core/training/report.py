"""What the training report (教育培训学时情况通报) prints, gathered and permission-checked
in one place; the renderer (exports/training_pdf.py) only lays it out.

Each part is read through the training services, which limit a squad leader to their
own units. The pace is measured on ``as_of``; for a year already over, the whole
requirement is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.training.certificates import (
    CertificateRow,
    Coverage,
    Validity,
    coverage_by_unit,
    list_certificates,
)
from console.core.training.exams import ExamRow, list_exams
from console.core.training.progress import (
    CategoryHours,
    TrainingOverview,
    YearProgress,
    hours_by_category,
    training_overview,
    year_progress,
)
from console.core.training.projection import YearProjection, year_projection
from console.core.training.requirements import TrainingSettings, load_training_settings


@dataclass(frozen=True)
class TrainingReportData:
    year: int
    as_of: date
    progress: YearProgress
    by_category: list[CategoryHours]
    overview: TrainingOverview
    exams: list[ExamRow]  # held by ``as_of``
    coverage: list[Coverage]
    certificates: list[CertificateRow]  # expiring within 90 days or expired, soonest first
    settings: TrainingSettings
    projection: YearProjection  # where the year will end at the current pace


def training_report_data(
    session: Session, user: User, year: int, as_of: date
) -> TrainingReportData:
    progress = year_progress(session, user, year, as_of)
    by_category = list(hours_by_category(session, user, year, as_of))
    overview = training_overview(session, user, year, as_of, progress, by_category)
    exams = [e for e in list_exams(session, user, year) if e.exam_date <= as_of]
    coverage = list(coverage_by_unit(session, user, as_of))
    certificates = [
        c
        for c in list_certificates(session, user, as_of)
        if c.validity in (Validity.EXPIRING, Validity.EXPIRED)
    ]
    return TrainingReportData(
        year,
        as_of,
        progress,
        by_category,
        overview,
        exams,
        coverage,
        certificates,
        load_training_settings(session),
        year_projection(session, user, year, as_of, progress),
    )
