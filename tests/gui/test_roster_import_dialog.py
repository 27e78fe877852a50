"""The roster from HR in the import dialog: the administrator's choices, the plan as a
supervisor reads it, then the import, which applies only the plan that was shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.auth import User
from console.core.database import Database
from console.core.people import transfer_person
from console.core.workspace import Workspace
from console.ui.context import AppContext
from console.ui.dialogs.import_file import ImportDialog
from db.org import Person, PersonTransfer, Unit
from glossary import PersonStatus
from tests.factories import Bureau, add_chief
from tests.gui.conftest import TODAY
from tests.unit.test_imports import xlsx

HEADER = ["工号", "姓名", "单位", "人员类别", "职务", "联系电话"]
# make_bureau's people as HR lists them, 陈静 (T0005) left out.
ON_RECORD = [
    ["T0001", "张伟", "城东中队", "在编执法", None, None],
    ["T0002", "王芳", "城东中队", "辅助执法", None, None],
    ["T0003", "李娜", "城西中队", "在编执法", None, None],
    ["T0004", "刘洋", "城西中队", "协管", None, None],
]


def _monthly_sync(tmp_path: Path) -> Path:
    rows: list[list[Any]] = [list(r) for r in ON_RECORD]
    rows[1][4] = "副中队长"  # 王芳 promoted: an edit
    rows[2][2] = "城东中队"  # 李娜 moves from 城西 to 城东: a transfer
    rows.append(["T0006", "赵磊", "城西中队", "辅助执法", "队员", None])  # new
    return xlsx(tmp_path / "十一月花名册.xlsx", [HEADER, *rows])


def _dialog(qtbot: QtBot, ctx: AppContext) -> ImportDialog:
    dialog = ImportDialog(ctx, kind="roster")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _check(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    dialog.check_button.click()
    qtbot.waitUntil(
        lambda: dialog.check_button.isEnabled() and "…" not in dialog.outcome.text(),
        timeout=10_000,
    )


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: dialog.check_button.isEnabled() and "…" not in dialog.outcome.text(),
        timeout=10_000,
    )


def _plan(dialog: ImportDialog) -> list[tuple[str, str, str, str, str, str]]:
    return [
        (p.change, p.staff_no, p.name, p.item, p.before, p.after) for p in dialog.plan.model.rows()
    ]


def _people(db: Database) -> dict[str, tuple[str, str | None, PersonStatus]]:
    with db.session() as s:
        rows = s.execute(
            select(Person.staff_no, Unit.name, Person.position, Person.status).join(
                Unit, Unit.id == Person.unit_id
            )
        ).all()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_a_re_import_shows_the_plan_then_applies_it(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: Callable[[User], AppContext], tmp_path
) -> None:
    dialog = _dialog(qtbot, make_ctx(bureau.admin))
    assert dialog.kind.currentData() == "roster" and dialog.roster.isVisible()
    assert dialog.roster.effective.date() == QDate(2026, 11, 22)  # today, by default
    dialog.roster.effective.setDate(QDate(2026, 11, 1))
    before = _people(db)

    _check(qtbot, dialog, _monthly_sync(tmp_path))

    assert _people(db) == before  # the check writes nothing
    assert dialog.listing.currentWidget() is dialog.plan
    assert not dialog.export_button.isVisible()  # a plan is read, then imported
    plan = _plan(dialog)
    assert ("New", "T0006", "赵磊", "Unit", "", "城西中队") in plan
    assert ("Changed", "T0002", "王芳", "职务", "—", "副中队长") in plan
    assert ("Transfer on 2026-11-01", "T0003", "李娜", "Unit", "城西中队", "城东中队") in plan
    assert plan[-1][:4] == ("Not in the file", "T0005", "陈静", "Status")
    assert plan[-1][5] == "Stays on strength"
    text = dialog.outcome.text()
    for words in ("1 new", "1 changed", "1 transfers on 2026-11-01", "1 not in the file"):
        assert words in text
    assert dialog.import_button.isEnabled()

    _import(qtbot, dialog)

    assert dialog.summary is not None and dialog.summary.written
    assert "imported" in dialog.outcome.text()
    people = _people(db)
    assert people["T0006"] == ("城西中队", "队员", PersonStatus.ACTIVE)
    assert people["T0002"][1] == "副中队长" and people["T0003"][0] == "城东中队"
    assert people["T0005"][2] == PersonStatus.ACTIVE  # listed, not deactivated unasked
    with db.session() as s:
        assert s.scalars(select(PersonTransfer.transfer_date)).all() == [date(2026, 11, 1)]
    assert not dialog.import_button.isEnabled()  # applied once; a second needs a new check


def test_deactivating_the_people_not_in_the_file_is_a_choice_checked_first(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: Callable[[User], AppContext], tmp_path
) -> None:
    dialog = _dialog(qtbot, make_ctx(bureau.admin))
    _check(qtbot, dialog, xlsx(tmp_path / "r.xlsx", [HEADER, *ON_RECORD]))
    assert dialog.import_button.isEnabled()
    # A plan checked with other choices is not this one: check again first.
    dialog.roster.deactivate_missing.setChecked(True)
    assert not dialog.import_button.isEnabled()
    dialog.check_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert _plan(dialog)[-1][1] == "T0005" and _plan(dialog)[-1][5] == "Left on 2026-11-22"
    assert "1 not in the file, marked as left" in dialog.outcome.text()
    _import(qtbot, dialog)
    assert _people(db)["T0005"][2] == PersonStatus.LEFT


def test_a_bad_roster_lists_every_problem_by_row_and_column_and_saves_nothing(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: Callable[[User], AppContext], tmp_path
) -> None:
    rows: list[list[Any]] = [list(r) for r in ON_RECORD]
    rows[0][3] = "正式工"  # no such category
    rows[1][0] = "T0001"  # the same staff number twice
    rows.append(["F0001", "孙丽", "局机关/法制科", "在编执法", None, "电话号码"])
    path = xlsx(tmp_path / "坏花名册.xlsx", [HEADER, *rows])
    dialog = _dialog(qtbot, make_ctx(bureau.admin))
    before = _people(db)

    _check(qtbot, dialog, path)

    assert dialog.listing.currentWidget() is dialog.problem_list
    found = {(e.row, e.field) for e in dialog.problems.rows()}
    assert {(2, "人员类别"), (3, "工号"), (6, "单位"), (6, "联系电话")} <= found
    unit = next(e for e in dialog.problems.rows() if (e.row, e.field) == (6, "单位"))
    assert "create missing units" in unit.message and "--" not in unit.message
    assert "Nothing was saved" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled() and _people(db) == before

    # Corrected, and the administrator allows the missing unit: the plan says so.
    rows[0][3], rows[1][0], rows[4][5] = "在编执法", "T0002", "13800000000"
    dialog.roster.create_units.setChecked(True)
    _check(qtbot, dialog, xlsx(tmp_path / "好花名册.xlsx", [HEADER, *rows]))
    plan = _plan(dialog)
    assert ("New unit", "", "", "Unit", "", "局机关/法制科") in plan
    assert ("New", "F0001", "孙丽", "Unit", "", "局机关/法制科") in plan
    assert "2 units to create" in dialog.outcome.text()
    _import(qtbot, dialog)
    assert _people(db)["F0001"][0] == "法制科"


def test_a_roster_changed_after_the_check_is_not_applied_unseen(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: Callable[[User], AppContext], tmp_path
) -> None:
    """The file was checked; then, on another desktop, 张伟 was moved to 城西中队. HR's file
    still says 城东中队, so importing now would move him back: a transfer nobody saw. The
    import re-checks in its own transaction, finds that its plan is not the one shown,
    saves nothing and shows the plan as it now stands; Import again applies that one."""
    with db.session() as s:
        chief = add_chief(s, bureau, "chief", "督察队长")
        s.commit()
    dialog = _dialog(qtbot, make_ctx(bureau.admin))
    path = _monthly_sync(tmp_path)
    _check(qtbot, dialog, path)
    shown = _plan(dialog)
    assert not [line for line in shown if line[1] == "T0001"]  # 张伟: nothing to do

    Workspace(db, chief).run(
        transfer_person,
        chief,
        bureau.people[0].id,
        bureau.west.id,
        date(2026, 11, 20),
        "借调",
        TODAY,
    )
    with db.session() as s:
        moves = s.scalar(select(func.count(PersonTransfer.id)))
    _import(qtbot, dialog)

    assert dialog.summary is None  # nothing imported
    text = dialog.outcome.text()
    assert "chief changed people or units" in text and "Nothing was saved" in text
    people = _people(db)
    assert people["T0001"][0] == "城西中队"  # as chief left him
    assert "T0006" not in people and people["T0002"][1] is None
    with db.session() as s:
        assert s.scalar(select(func.count(PersonTransfer.id))) == moves
    now = _plan(dialog)
    assert ("Transfer on 2026-11-22", "T0001", "张伟", "Unit", "城西中队", "城东中队") in now
    assert dialog.import_button.isEnabled()  # the plan shown now is the one to confirm

    _import(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.written
    assert _people(db)["T0001"][0] == "城东中队" and "T0006" in _people(db)


def test_a_file_changed_after_the_check_is_not_applied_unseen(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: Callable[[User], AppContext], tmp_path
) -> None:
    path = xlsx(tmp_path / "r.xlsx", [HEADER, *ON_RECORD])
    dialog = _dialog(qtbot, make_ctx(bureau.admin))
    _check(qtbot, dialog, path)
    xlsx(path, [HEADER, *ON_RECORD, ["T0009", "新人", "城东中队", "协管", None, None]])
    _import(qtbot, dialog)
    assert dialog.summary is None and "no longer the one you checked" in dialog.outcome.text()
    assert "T0009" not in _people(db)
    assert ("New", "T0009", "新人", "Unit", "", "城东中队") in _plan(dialog)


def test_only_an_administrator_is_offered_the_roster(
    qtbot: QtBot, bureau: Bureau, make_ctx: Callable[[User], AppContext]
) -> None:
    dialog = ImportDialog(make_ctx(bureau.supervisor), kind="roster")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.findData("roster") == -1 and dialog.kind.currentData() != "roster"
    assert not dialog.roster.isVisible()


def test_the_people_page_offers_the_roster_import_to_administrators(
    qtbot: QtBot, bureau: Bureau, make_ctx: Callable[[User], AppContext]
) -> None:
    from console.ui.pages.people import PeoplePage
    from tests.gui.conftest import on_modal

    supervisor_page = PeoplePage(make_ctx(bureau.supervisor))
    qtbot.addWidget(supervisor_page)
    assert not supervisor_page.import_button.isVisibleTo(supervisor_page)

    page = PeoplePage(make_ctx(bureau.admin))
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisible()
    opened: list[str] = []

    def look(dialog: Any) -> None:
        opened.append(dialog.kind.currentData())
        dialog.reject()

    on_modal(look)
    page.import_button.click()
    assert opened == ["roster"]
