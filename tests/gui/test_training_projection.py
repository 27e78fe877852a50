"""The Training page's Year-end projection tab: who will miss the year's hours at their
pace, and the sessions each must attend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from console.core.auth import User
from console.core.database import Database
from console.core.training.attendance import Mark, record_attendance
from console.core.training.sessions import SessionInput, save_session
from console.ui.context import AppContext
from console.ui.pages.training import TrainingPage
from console.ui.pages.training_projection import EVERYONE
from glossary import AttendanceStatus, TrainingCategory
from tests.factories import Bureau

MakeCtx = Callable[[User], AppContext]


def _year(db: Database, b: Bureau) -> None:
    """张伟 did 50 legal hours in March, 李娜 none; 12 and 6 hours are planned in December."""
    with db.session() as s:

        def add(day: date, hours: float) -> int:
            data = SessionInput(f"{day} 法律培训", TrainingCategory.LEGAL, day, hours, "法制科", "")
            return save_session(s, b.supervisor, data).id

        march = add(date(2026, 3, 10), 50)
        mark = [Mark(b.people[0].id, AttendanceStatus.PRESENT)]
        record_attendance(s, b.supervisor, march, mark, date(2026, 3, 10))
        add(date(2026, 12, 1), 12)
        add(date(2026, 12, 20), 6)
        s.commit()


def cells(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_projection_tab_names_who_will_miss_and_what_to_attend(
    qtbot: QtBot, db: Database, make_ctx: MakeCtx, bureau: Bureau
) -> None:
    _year(db, bureau)
    page = TrainingPage(make_ctx(bureau.supervisor))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.projection_tab
    page.tabs.setCurrentWidget(tab)
    # 22 November: 张伟 50 h in the 325 days before it → 56.2 of 60; 李娜 0 of 60.
    assert "of 2 people with a requirement, 2 will miss it" in tab.summary.text()
    assert cells(tab.proxy, 1) == ["李娜", "张伟"]  # furthest short first
    assert cells(tab.proxy, 5) == ["0.0", "56.2"]
    assert cells(tab.proxy, 8) == [
        "Even all remaining sessions will not suffice",
        "12 h in 1 session(s)",
    ]
    # 李娜, selected first: both December sessions, and they will not suffice.
    assert cells(tab.plan_model, 0) == ["2026-12-01", "2026-12-20"]
    assert "will not suffice" in tab.plan_note.text()
    tab.table.selectRow(1)
    assert cells(tab.plan_model, 0) == ["2026-12-01"]
    assert "10.0 hours still missing" in tab.plan_note.text()
    # Everyone with a requirement: the same two, here in unit order.
    tab.which.setCurrentIndex(tab.which.findData(EVERYONE))
    assert cells(tab.proxy, 1) == ["张伟", "李娜"]
