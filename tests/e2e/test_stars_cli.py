"""`ducha stars review` on a real database file, as a subprocess: the year's review as
JSON, written as PDF and Excel, and confirmed headless by the administrator only."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from console.core.database import open_database
from tests.cli import ADMIN, SUPERVISOR, VIEWER, ducha
from tests.star_fixtures import LIU, WANG, fail_month, finalise_year, plain_months, star_bureau


def _bureau(path: Path) -> None:
    database = open_database(path)
    try:
        with database.session() as s:
            b = star_bureau(s)
            plain_months(s, b, WANG, range(7, 13))  # six excellent months: up one star
            fail_month(s, b, LIU, 3)
            s.commit()
            finalise_year(s, b)
    finally:
        database.close()


def test_review_json_then_confirm(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    shown = ducha("--db", str(db), "stars", "review", "--year", "2025", "--json", user=VIEWER)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["year"] == 2025 and data["provisional_months"] == []
    assert data["rule"]["excellent_needed"] == 6
    people = {p["staff_no"]: p for p in data["people"]}
    assert set(people) == {"T0002", "T0004"}
    wang = people["T0002"]
    assert (wang["level"], wang["proposed"], wang["excellent"], wang["state"]) == (2, 3, 6, "open")
    assert wang["grades"][:7] == ["excellent"] * 6 + ["pass"]
    assert people["T0004"]["fails"] == 1 and people["T0004"]["proposed"] == 1

    refused = ducha(
        "--db", str(db), "stars", "review", "--year", "2025", "--confirm", user=SUPERVISOR
    )
    assert refused.returncode == 1 and "administrator" in refused.stderr

    pdf, xlsx = tmp_path / "review.pdf", tmp_path / "review.xlsx"
    confirmed = ducha(
        "--db", str(db), "stars", "review", "--year", "2025", "--confirm",
        "--pdf", str(pdf), "--xlsx", str(xlsx), user=ADMIN,
    )  # fmt: skip
    assert confirmed.returncode == 0, confirmed.stderr
    assert "Confirmed 2 people for 2025, 1 of them changed level." in confirmed.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert values[0][:2] == ["T0002", "王芳"] and values[0][9:11] == [2, 3]

    again = ducha("--db", str(db), "stars", "review", "--year", "2025", "--json", user=VIEWER)
    assert {p["state"] for p in json.loads(again.stdout)["people"]} == {"confirmed"}
    verify = ducha("--db", str(db), "audit", "verify", user=None)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_a_year_not_begun_is_bad_input(tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    _bureau(db)
    done = ducha("--db", str(db), "stars", "review", "--year", "2999", user=VIEWER)
    assert done.returncode == 1 and "2999" in done.stderr
    usage = ducha("--db", str(db), "stars", "review", "--year", "20x5", user=VIEWER)
    assert usage.returncode == 2
