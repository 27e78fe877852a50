"""A change made on another desktop reaches the pages of this one within seconds."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from console.core.database import Database
from console.core.workspace import Workspace
from console.ui.context import AppContext
from db.org import Person
from tests.factories import Bureau


def _rename(session: Session, person_id: int, name: str) -> None:
    person = session.get(Person, person_id)
    assert person is not None
    person.name = name
    session.flush()


def test_another_desktops_change_is_announced_to_the_pages(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: Callable[..., AppContext]
) -> None:
    here = make_ctx(bureau.supervisor)
    here.watch_other_desktops(interval_ms=50)
    areas: list[str] = []
    here.data_changed.connect(areas.append)
    # The other desktop: another user, its own workspace on the same database.
    Workspace(db, bureau.admin).run(_rename, bureau.people[0].id, "张大伟")
    qtbot.waitUntil(lambda: "people" in areas, timeout=3000)
    assert areas == ["people"]


def test_this_desktops_own_change_is_not_announced_twice(
    qtbot: QtBot, bureau: Bureau, make_ctx: Callable[..., AppContext]
) -> None:
    here = make_ctx(bureau.supervisor)
    here.watch_other_desktops(interval_ms=50)
    areas: list[str] = []
    here.data_changed.connect(areas.append)
    here.run(_rename, bureau.people[0].id, "张大伟")
    qtbot.wait(300)
    assert areas == []
    here.look_for_changes()
    assert areas == []
