"""A deterministic demo bureau: units, people, accounts and two years of activity.

``generate_demo`` fills an empty database with the fictional 临江市综合行政执法局 so that
every page, report and chart has something real-looking to show. The same seed and the
same ``today`` give the same rows, timestamps included: nothing here reads the clock, and
every random choice comes from one ``random.Random(seed)`` in a fixed order.

The reference data (units, people, accounts, rules) goes through the ORM so that each row
lands in the audit log like any other record; the high-volume activity tables are loaded
with Core bulk inserts and put on the audit record by ``record_bulk`` (their images, a
batch per audit row), which is what keeps 400 people × 24 months within a few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from random import Random
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from console.core.database import Database
from console.core.demo.closing import finalise_past_months
from console.core.demo.context import Demo
from console.core.demo.contractors import contractors
from console.core.demo.integrity import (
    case_challenges,
    case_reviews,
    complaints,
    inspections,
    registers,
    settle,
    write_findings,
)
from console.core.demo.org import (
    DEMO_PASSWORD,
    DEMO_USERNAME,
    MIN_PEOPLE,
    create_accounts,
    create_people,
    create_units,
    install_rules,
)
from console.core.demo.planned import planned_sessions
from console.core.demo.points import corrections, monthly_points
from console.core.demo.star_levels import star_levels
from console.core.demo.training import certificates, training_programme
from console.core.demo.warnings import early_warnings, troubled_cases
from console.core.errors import DuchaError
from console.core.i18n import tr_context
from console.core.workspace import Workspace
from db import models
from db.accounts import UserAccount
from db.audit import Actor, record_bulk
from db.integrity import (
    CaseReview,
    Complaint,
    Finding,
    Inspection,
    IntegrityTalk,
    MajorMatterReport,
    Pledge,
    RiskPoint,
    case_review_handler,
    inspection_person,
    inspection_unit,
)
from db.org import Person, Unit
from db.scoring import PointEvent, RuleSet
from db.sequences import sync_sequences
from db.training import Attendance, Certificate, Exam, ExamResult, TrainingSession
from glossary import YearMonth

_t = tr_context("demo")


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: date
    username: str
    password: str
    first_month: YearMonth
    last_month: YearMonth
    months: int
    counts: dict[str, int]  # table name → rows, audit log included


# In foreign-key order: SQLite checks each statement as it runs.
_BULK: tuple[tuple[str, Any], ...] = (
    ("point_event", PointEvent),
    ("inspection", Inspection),
    ("inspection_unit", inspection_unit),
    ("inspection_person", inspection_person),
    ("finding", Finding),
    ("complaint", Complaint),
    ("case_review", CaseReview),
    ("case_review_handler", case_review_handler),
    ("risk_point", RiskPoint),
    ("pledge", Pledge),
    ("integrity_talk", IntegrityTalk),
    ("major_matter_report", MajorMatterReport),
    ("training_session", TrainingSession),
    ("attendance", Attendance),
    ("exam", Exam),
    ("exam_result", ExamResult),
    ("certificate", Certificate),
)


def _uniform(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every row with the same keys (one executemany): a column a generator left out gets
    its scalar default, else NULL — so that adding a column does not break every writer."""
    keys = {k for row in rows for k in row}
    if all(len(row) == len(keys) for row in rows):
        return rows
    fill: dict[str, Any] = {}
    for key in keys:
        default = table.c[key].default
        fill[key] = default.arg if isinstance(default, ScalarElementColumnDefault) else None
    return [{**fill, **row} for row in rows]


def _bulk_load(session: Session, d: Demo) -> None:
    for name, target in _BULK:
        rows = d.rows.get(name)
        if not rows:
            continue
        table: Table = target if isinstance(target, Table) else target.__table__
        session.execute(insert(table), _uniform(table, rows))
    # Images once every table is loaded: an inspection's image lists its units and people,
    # which the association tables after it hold.
    for name, target in _BULK:
        rows = d.rows.get(name)
        if rows and not isinstance(target, Table):
            record_bulk(session, target, [row["id"] for row in rows], note=f"demo seed {d.seed}")


def _refuse_non_empty(session: Session) -> None:
    for model in (Person, Unit, UserAccount, RuleSet):
        if session.scalar(select(func.count()).select_from(model)):
            raise DuchaError(
                _t(
                    "This database already holds data. The demo bureau can only be "
                    "generated into a new, empty database."
                )
            )


def _counts(session: Session) -> dict[str, int]:
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in models.Base.metadata.sorted_tables
    }


DEMO_ACTOR = Actor(None, "demo")
"""The audit log's author of everything the generator writes."""


def demo_workspace(database: Database) -> Workspace:
    """The Workspace the demo is generated through: no signed-in user, the demo's name."""
    return Workspace(database, None, actor=DEMO_ACTOR)


def generate_demo(
    session: Session,
    *,
    seed: int = 2026,
    today: date,
    people: int = 400,
    months: int = 24,
) -> DemoSummary:
    """Fill an empty, migrated database with the demo bureau (a service: all or nothing).

    Run it through the Workspace under the demo's own author, so that the audit log
    credits the rows to the generator: ``demo_workspace(database).run(generate_demo, …)``.

    ``today`` is the last generated day: ``months`` months end with its month, which runs
    only up to it. The same ``seed`` and ``today`` always produce the same rows. Raises
    DuchaError if the database already holds units, people, accounts or a rule set, and
    ValueError below ``MIN_PEOPLE`` people (every unit needs a head and some staff).
    """
    if people < MIN_PEOPLE:
        raise ValueError(f"people must be at least {MIN_PEOPLE}")
    if months < 1:
        raise ValueError("months must be at least 1")
    _refuse_non_empty(session)
    last = YearMonth.of(today)
    d = Demo(seed, today, [last.shift(i - months + 1) for i in range(months)], Random(seed))
    create_units(session, d)
    create_people(session, d, people)
    create_accounts(session, d)
    install_rules(session, d)
    monthly_points(d)
    corrections(d)
    findings = inspections(d)
    settle(d, findings)
    write_findings(d, findings)
    complaints(d)
    case_challenges(d)
    case_reviews(d)
    registers(d)
    training_programme(d)
    certificates(d)
    troubled_cases(d)
    planned_sessions(d)
    _bulk_load(session, d)
    sync_sequences(session)
    early_warnings(session, d)
    finalise_past_months(session, d)
    contractors(session, d)
    star_levels(session, d)
    counts = _counts(session)
    return DemoSummary(
        seed=seed,
        today=today,
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        first_month=d.months[0],
        last_month=d.months[-1],
        months=months,
        counts=counts,
    )
