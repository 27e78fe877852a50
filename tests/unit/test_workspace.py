"""The unit of work: one transaction per service call, the actor set once, conflicts told."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict, require_seen
from console.core.database import Database
from console.core.errors import FieldError, ValidationError
from console.core.workspace import Workspace
from db.audit import AuditLog
from db.org import Person
from tests.factories import Bureau, make_bureau


@pytest.fixture
def bureau(db: Database) -> Bureau:
    with db.session() as s:
        return make_bureau(s)


def _rename(session: Session, person_id: int, name: str, seen: int | None = None) -> int:
    person = session.get(Person, person_id)
    assert person is not None
    require_seen(session, person, seen)
    person.name = name
    session.flush()
    return person.row_version


def _rename_then_refuse(session: Session, person_id: int) -> None:
    _rename(session, person_id, "改了一半")
    raise ValidationError([FieldError("name", "refused after the write")])


def _name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    assert person is not None
    return person.name


def test_run_commits_and_records_the_acting_user(
    db: Database, bureau: Bureau, workspace: Callable[[User | None], Workspace]
) -> None:
    pid = bureau.people[0].id
    workspace(bureau.supervisor).run(_rename, pid, "张大伟")
    assert workspace(None).read(_name, pid) == "张大伟"
    with db.session() as s:
        last = s.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
    assert (last.username, last.table_name, last.row_id) == (
        bureau.supervisor.username,
        "person",
        pid,
    )
    assert json.loads(last.after)["name"] == "张大伟"


def test_an_error_after_a_flush_writes_nothing(
    db: Database, bureau: Bureau, workspace: Callable[[User | None], Workspace]
) -> None:
    pid = bureau.people[0].id
    with db.session() as s:
        audit_rows = len(s.scalars(select(AuditLog.id)).all())
    with pytest.raises(ValidationError):
        workspace(bureau.supervisor).run(_rename_then_refuse, pid)
    assert workspace(None).read(_name, pid) == "张伟"
    with db.session() as s:
        assert len(s.scalars(select(AuditLog.id)).all()) == audit_rows


def test_a_read_that_writes_is_refused(
    bureau: Bureau, workspace: Callable[[User | None], Workspace]
) -> None:
    pid = bureau.people[0].id
    with pytest.raises(RuntimeError):
        workspace(bureau.supervisor).read(_rename, pid, "偷偷改")
    assert workspace(None).read(_name, pid) == "张伟"


def test_a_change_since_the_form_opened_is_reported_with_who_made_it(
    bureau: Bureau, workspace: Callable[[User | None], Workspace]
) -> None:
    pid = bureau.people[0].id
    seen = workspace(None).read(lambda s: s.get(Person, pid).row_version)
    workspace(bureau.admin).run(_rename, pid, "张大伟", seen)
    with pytest.raises(Conflict, match=f"{bureau.admin.username} changed this record"):
        workspace(bureau.supervisor).run(_rename, pid, "张小伟", seen)
    assert workspace(None).read(_name, pid) == "张大伟"


@pytest.mark.postgres
def test_a_row_changed_between_read_and_write_is_a_conflict(pg: Database) -> None:
    """The UPDATE carries the version it read: another transaction's commit in between
    makes it match nothing, and nothing is written. (SQLite cannot get here: a writing
    transaction holds the write lock from its first read.)"""
    with pg.session() as s:
        bureau = make_bureau(s)
    pid = bureau.people[0].id
    with pg.session() as outer:
        person = outer.get(Person, pid)
        assert person is not None
        Workspace(pg, bureau.admin).run(_rename, pid, "抢先")
        person.name = "落后"
        with pytest.raises(Exception, match="expected to update 1 row"):
            outer.flush()
    assert Workspace(pg, None).read(_name, pid) == "抢先"


def test_the_workspace_turns_a_lost_race_into_a_conflict(
    bureau: Bureau, workspace: Callable[[User | None], Workspace]
) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    def lose_the_race(session: Session) -> None:
        raise StaleDataError(
            "UPDATE statement on table 'person' expected to update 1 row(s); 0 were matched."
        )

    workspace(bureau.admin).run(_rename, bureau.people[0].id, "张大伟")
    with pytest.raises(Conflict, match=f"{bureau.admin.username} changed this record"):
        workspace(bureau.supervisor).run(lose_the_race)
