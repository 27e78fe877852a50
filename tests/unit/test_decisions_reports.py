"""The year's stars, the candidates on the command line and the printed lists, on the
demo bureau: each checked against a plain recomputation from the months' rankings."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from console.core.auth import _user as to_user
from console.core.database import Database, open_database
from console.core.decisions.candidates import CandidateKind, candidates
from console.core.decisions.honour_roll import honour_roll
from console.core.decisions.period_reports import period_report
from console.core.demo import demo_workspace, generate_demo
from console.core.scoring.ranking import compute_totals
from console.core.user import User
from console.core.workspace import Workspace
from db.accounts import UserAccount
from exports.honour_roll_pdf import write_honour_roll
from exports.period_pdf import write_period_report
from glossary import Grade, Role, Star
from tests.cli import DEMO_ADMIN, ducha

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("decisions") / "ducha.sqlite3")
    demo_workspace(database).run(generate_demo, today=TODAY, people=90, months=26)
    yield database
    database.close()


def admin_of(database: Database) -> User:
    with database.session() as s:
        account = s.scalars(
            select(UserAccount).where(UserAccount.role == Role.ADMIN).order_by(UserAccount.id)
        ).first()
        assert account is not None
        return to_user(account)


def test_the_years_stars_are_the_highest_yearly_sums(demo: Database) -> None:
    admin = admin_of(demo)
    ws = Workspace(demo, admin)
    report = ws.read(period_report, admin, 2025, None, TODAY)
    stars = {(s.star, s.person.person_id): s.value for s in report.year_stars}
    assert {star for star, _ in stars} == set(Star)
    # The reference: each month's casework and service points as the month's ranking
    # computes them for its own stars, added up; the averages of the two year views.
    fails = {p.person_id for p in report.ranking.people if p.grades.get(Grade.FAIL)}
    casework: dict[int, Decimal] = {}
    service: dict[int, Decimal] = {}
    with demo.session() as s:
        for month in report.ranking.months:
            for p in compute_totals(s, month)[1]:
                casework[p.person_id] = casework.get(p.person_id, Decimal(0)) + p.casework
                service[p.person_id] = service.get(p.person_id, Decimal(0)) + p.service
    before = {
        p.person_id: p.average
        for p in ws.read(period_report, admin, 2024, None, TODAY).ranking.people
    }
    rise = {
        p.person_id: p.average - before[p.person_id]
        for p in report.ranking.people
        if p.person_id in before
    }
    for star, values in (
        (Star.CASEWORK, casework),
        (Star.SERVICE, service),
        (Star.MOST_IMPROVED, rise),
    ):
        eligible = {pid: v for pid, v in values.items() if pid not in fails}
        best = max(eligible.values())
        winners = {pid for pid, v in eligible.items() if v == best}
        assert {pid for s_, pid in stars if s_ is star} == winners
        assert all(stars[(star, pid)] == best for pid in winners)


def test_candidates_on_the_command_line_as_json(demo: Database) -> None:
    admin = admin_of(demo)
    expected = Workspace(demo, admin).read(
        candidates, admin, 2025, CandidateKind.COMMENDATION, TODAY
    )
    assert expected.people  # the demo bureau has people to commend
    done = ducha(
        "--db",
        str(demo.url.database),
        "candidates",
        "--year",
        "2025",
        "--kind",
        "commendation",
        "--as-of",
        TODAY.isoformat(),
        "--json",
        user=DEMO_ADMIN,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    (listed,) = data["lists"]
    assert listed["kind"] == "commendation"
    assert len(listed["months_finalised"]) == 12 and listed["months_not_counted"] == []
    assert [p["staff_no"] for p in listed["people"]] == [c.staff_no for c in expected.people]
    first = listed["people"][0]
    assert first["excellent"] >= 8 and first["fails"] == 0
    assert first["reasons"] == list(expected.people[0].reasons)
    bad = ducha("--db", str(demo.url.database), "candidates", "--year", "20x5", user=DEMO_ADMIN)
    assert bad.returncode == 2 and "not a year" in bad.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_printed_lists_and_rankings_name_their_people(demo: Database, tmp_path: Path) -> None:
    admin = admin_of(demo)
    read = Workspace(demo, admin).read
    roll_pdf = read(
        write_honour_roll,
        admin,
        2026,
        tmp_path / "roll.pdf",
        month=10,
        bureau_name="临江市综合行政执法局",
        issued_on=TODAY,
    )
    text = subprocess.run(
        ["pdftotext", str(roll_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "red and black lists, 2026-10" in text
    assert "1. Red list" in text and "2. Black list" in text
    roll = read(honour_roll, admin, 2026, month=10, today=TODAY)
    for entry in roll.red + roll.black:
        assert entry.person.name in text
    year_pdf = read(
        write_period_report,
        admin,
        2025,
        None,
        tmp_path / "year.pdf",
        bureau_name="临江市综合行政执法局",
        issued_on=TODAY,
    )
    text = subprocess.run(
        ["pdftotext", str(year_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "annual ranking of the performance review, 2025" in text
    assert "Casework star of the year" in text
    report = read(period_report, admin, 2025, None, TODAY)
    for s in report.year_stars:
        assert s.person.name in text
