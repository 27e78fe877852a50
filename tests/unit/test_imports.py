"""Importing case statistics and point entries from the files users keep in Excel."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.errors import PermissionDenied, ValidationError
from console.core.imports.cases import import_cases, read_cases
from console.core.imports.events import import_events, read_events
from console.core.imports.registry import import_rows, importer
from console.core.imports.summary import ImportSummary
from console.core.scoring.locking import finalise_month
from console.core.workspace import Workspace
from db.org import Person
from db.scoring import PointEvent, Rule
from exports.templates_xlsx import TEMPLATES, write_template
from glossary import EventSource, EventStatus, PersonStatus, YearMonth
from tests.factories import Bureau, make_bureau

WorkspaceFactory = Callable[[User | None], Workspace]

CASE_HEADER = ["工号", "姓名", "月份", "简易程序", "一般程序", "非现场", "重大案件"]
EVENT_HEADER = ["工号", "单位", "日期", "细则编号", "数量", "备注", "凭证"]


@pytest.fixture
def b(session: Session) -> Bureau:
    bureau = make_bureau(session)
    install_default_rules(session, date(2026, 1, 1))
    session.commit()
    return bureau


def xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def csv_file(path: Path, rows: Sequence[Sequence[object]], encoding: str) -> Path:
    text = "\r\n".join(",".join("" if v is None else str(v) for v in row) for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


def event_count(session: Session) -> int:
    return session.scalar(select(func.count(PointEvent.id))) or 0


def case_events(session: Session, status: EventStatus = EventStatus.APPROVED) -> list[PointEvent]:
    return list(
        session.scalars(
            select(PointEvent)
            .where(PointEvent.source == EventSource.CASE_IMPORT, PointEvent.status == status)
            .order_by(PointEvent.id)
        )
    )


def code_of(session: Session, event: PointEvent) -> str:
    return session.get_one(Rule, event.rule_id).code


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[int | None, str]]:
    return {(e.row, e.field) for e in exc.value.errors}


# --- case statistics ------------------------------------------------------------------


def test_case_counts_become_points_under_the_casework_rules(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    path = xlsx(
        tmp_path / "cases.xlsx",
        [
            CASE_HEADER,
            ["T0001", "张伟", "2026-10", 25, 2, 0, 1],
            ["T0002", "王芳", "2026年10月", None, 1, 3, 0],
        ],
    )
    summary = import_cases(session, b.supervisor, read_cases(path), today)

    # AJ04 (major case) needs approval in the catalogue: imported figures wait for it too.
    assert [code_of(session, e) for e in case_events(session, EventStatus.PENDING)] == ["AJ04"]
    events = case_events(session) + case_events(session, EventStatus.PENDING)
    booked = {(e.person_id, code_of(session, e)): (e.quantity, e.points) for e in events}
    zhang, wang = b.people[0].id, b.people[1].id
    # 25 simple cases are 12.5 points as recorded; the monthly cap is the ranking's business.
    assert booked == {
        (zhang, "AJ01"): (Decimal(25), Decimal("12.50")),
        (zhang, "AJ02"): (Decimal(2), Decimal("4.00")),
        (zhang, "AJ04"): (Decimal(1), Decimal("5.00")),
        (wang, "AJ02"): (Decimal(1), Decimal("2.00")),
        (wang, "AJ03"): (Decimal(3), Decimal("3.00")),
    }  # zero and blank counts make no event
    assert {e.event_date for e in events} == {date(2026, 10, 31)}
    assert {e.source_ref for e in events} == {"cases-2026-10"}
    assert {e.recorded_by_id for e in events} == {b.supervisor.id}
    assert summary.rows_read == 2 and summary.created == 5 and summary.replaced == 0
    assert summary.pending == 1
    assert summary.points == Decimal("26.50")
    assert summary.months == (YearMonth(2026, 10),)


def test_the_running_month_is_dated_today(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    path = xlsx(tmp_path / "c.xlsx", [CASE_HEADER, ["T0001", "", "2026-11", 4, 0, 0, 0]])
    import_cases(session, b.supervisor, read_cases(path), today)
    assert [e.event_date for e in case_events(session)] == [today]


def test_reimporting_a_month_replaces_it_and_never_doubles(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    path = xlsx(
        tmp_path / "cases.xlsx",
        [CASE_HEADER, ["T0001", "", "2026-10", 25, 2, 0, 0], ["T0003", "", "2026-10", 3, 0, 0, 0]],
    )
    import_cases(session, b.supervisor, read_cases(path), today)
    first = case_events(session)
    total = sum(e.points for e in first)

    again = import_cases(session, b.supervisor, read_cases(path), today)
    session.expire_all()
    now = case_events(session)
    assert len(now) == len(first) == 3
    assert sum(e.points for e in now) == total
    assert again.replaced == 3
    voided = case_events(session, EventStatus.VOID)
    assert {e.id for e in voided} == {e.id for e in first}
    assert {e.reason for e in voided} == {"replaced by re-import on 2026-11-22"}
    assert {e.decided_by_id for e in voided} == {b.supervisor.id}

    # A corrected file replaces the figures: T0003 dropped, T0001's simple cases fixed.
    fixed = xlsx(tmp_path / "fixed.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 10, 2, 0, 0]])
    import_cases(session, b.supervisor, read_cases(fixed), today)
    session.expire_all()
    assert sum(e.points for e in case_events(session)) == Decimal("9.00")


def test_other_months_and_manual_entries_are_not_replaced(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    sept = xlsx(tmp_path / "9.xlsx", [CASE_HEADER, ["T0001", "", "2026-09", 2, 0, 0, 0]])
    octo = xlsx(tmp_path / "10.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 4, 0, 0, 0]])
    import_cases(session, b.supervisor, read_cases(sept), today)
    import_cases(session, b.supervisor, read_cases(octo), today)
    assert {e.source_ref for e in case_events(session)} == {"cases-2026-09", "cases-2026-10"}


def test_a_bad_case_file_is_rejected_whole_with_every_problem(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    finalise_month(session, b.admin, YearMonth(2026, 9), today)
    before = event_count(session)
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            ["2026年10月执法人员办案统计表"],  # a title above the header is skipped
            CASE_HEADER,
            ["T0001", "", "2026-10", 5, 0, 0, 0],  # good
            ["ZZ9999", "", "2026-10", 1, 0, 0, 0],  # unknown staff number
            ["T0002", "", "2026-10", -3, 0, 0, 0],  # negative
            ["T0003", "", "2026-10", "十", 0, 0, 0],  # text in a number column
            ["T0004", "", "2026-10", 1.5, 0, 0, 0],  # not a whole number
            ["T0005", "", "2026-09", 1, 0, 0, 0],  # finalised month
            ["T0001", "", "2026-12", 1, 0, 0, 0],  # the future
            ["t0001", "", "2026-10", 1, 0, 0, 0],  # T0001 twice for October
            [None, "", "2026-10", 1, 0, 0, 0],  # no staff number
        ],
    )
    with pytest.raises(ValidationError) as exc:
        import_cases(session, b.supervisor, read_cases(path), today)
    assert problems(exc) == {
        (4, "工号"),
        (5, "简易程序"),
        (6, "简易程序"),
        (7, "简易程序"),
        (8, "月份"),
        (9, "月份"),
        (10, "工号"),
        (11, "工号"),
    }
    messages = "\n".join(str(e) for e in exc.value.errors)
    assert "ZZ9999" in messages and "2026-09 is finalised" in messages
    assert "appears twice" in messages and "row 3" in messages
    assert event_count(session) == before


def test_people_must_be_on_strength_in_the_month(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    gone = b.people[2]
    gone.status, gone.left_date = PersonStatus.LEFT, date(2026, 9, 15)
    b.people[3].hire_date = date(2026, 11, 1)
    session.commit()
    path = xlsx(
        tmp_path / "c.xlsx",
        [
            CASE_HEADER,
            ["T0003", "", "2026-09", 1, 0, 0, 0],  # left mid-September: still counts
            ["T0003", "", "2026-10", 1, 0, 0, 0],  # gone
            ["T0004", "", "2026-10", 1, 0, 0, 0],  # not hired yet
        ],
    )
    with pytest.raises(ValidationError) as exc:
        import_cases(session, b.supervisor, read_cases(path), today)
    assert problems(exc) == {(3, "工号"), (4, "工号")}


def test_a_squad_leader_imports_only_their_squad_and_waits_for_approval(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    west = xlsx(tmp_path / "w.xlsx", [CASE_HEADER, ["T0003", "", "2026-10", 1, 0, 0, 0]])
    with pytest.raises(ValidationError) as exc:
        import_cases(session, b.leader, read_cases(west), today)
    assert "not in your units" in exc.value.errors[0].message
    east = xlsx(tmp_path / "e.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 1, 0, 0, 0]])
    summary = import_cases(session, b.leader, read_cases(east), today)
    assert summary.pending == 1
    assert case_events(session, EventStatus.PENDING)[0].person_id == b.people[0].id
    with pytest.raises(PermissionDenied):
        import_cases(session, b.viewer, read_cases(east), today)


def test_a_missing_rule_is_reported_on_its_column(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    rule = session.scalars(select(Rule).where(Rule.code == "AJ03")).one()
    rule.active = False
    session.commit()
    path = xlsx(tmp_path / "c.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 1, 0, 2, 0]])
    with pytest.raises(ValidationError) as exc:
        import_cases(session, b.supervisor, read_cases(path), today)
    assert problems(exc) == {(2, "非现场")}


def test_dry_run_checks_and_writes_nothing(
    session: Session, b: Bureau, tmp_path: Path, today: date, workspace: WorkspaceFactory
) -> None:
    path = xlsx(tmp_path / "c.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 4, 1, 0, 0]])
    summary = import_rows(workspace(b.supervisor), "cases", read_cases(path), today, dry_run=True)
    assert summary.created == 2 and not summary.written
    assert event_count(session) == 0
    session.commit()  # end this read, to see what the import commits
    done = import_rows(workspace(b.supervisor), "cases", read_cases(path), today)
    assert done.created == 2 and done.written
    assert event_count(session) == 2


def test_a_case_row_under_a_rule_that_needs_approval_comes_in_pending(
    session: Session, b: Bureau, tmp_path: Path, today: date, workspace: WorkspaceFactory
) -> None:
    """The rule's own flag holds for imported figures as for a manual entry: a supervisor's
    file books AJ02 (set to need approval) pending, and AJ01 (not needing it) approved."""
    rule = session.scalars(select(Rule).where(Rule.code == "AJ02")).one()
    rule.needs_approval = True
    session.commit()
    path = xlsx(tmp_path / "c.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 2, 1, 0, 0]])
    summary = import_rows(workspace(b.supervisor), "cases", read_cases(path), today)
    assert (summary.created, summary.pending) == (2, 1)
    session.expire_all()
    assert [code_of(session, e) for e in case_events(session, EventStatus.PENDING)] == ["AJ02"]
    assert [code_of(session, e) for e in case_events(session)] == ["AJ01"]


def test_a_bad_file_through_the_workspace_leaves_nothing_behind(
    session: Session, b: Bureau, tmp_path: Path, today: date, workspace: WorkspaceFactory
) -> None:
    """All or nothing: the second row is refused, so the first is not written either, and
    an earlier import of the month is not voided."""
    good = xlsx(tmp_path / "g.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 1, 0, 0, 0]])
    import_rows(workspace(b.supervisor), "cases", read_cases(good), today)
    bad = xlsx(
        tmp_path / "b.xlsx",
        [CASE_HEADER, ["T0001", "", "2026-10", 3, 0, 0, 0], ["T9999", "", "2026-10", 1, 0, 0, 0]],
    )
    with pytest.raises(ValidationError):
        import_rows(workspace(b.supervisor), "cases", read_cases(bad), today)
    session.expire_all()
    assert [e.quantity for e in case_events(session)] == [Decimal(1)]
    assert case_events(session, EventStatus.VOID) == []


def test_someone_gone_without_a_leaving_date_is_not_on_strength(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    """The shared rule (policy.was_on_strength): not active and no leaving date = gone."""
    b.people[0].status, b.people[0].left_date = PersonStatus.LEFT, None
    session.commit()
    path = xlsx(tmp_path / "c.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 1, 0, 0, 0]])
    with pytest.raises(ValidationError) as exc:
        import_cases(session, b.supervisor, read_cases(path), today)
    assert problems(exc) == {(2, "工号")}
    assert "no longer on strength" in exc.value.errors[0].message


# --- reading files ------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_the_encodings_excel_writes(
    session: Session, b: Bureau, tmp_path: Path, today: date, encoding: str
) -> None:
    path = csv_file(
        tmp_path / "c.csv",
        [CASE_HEADER, ["T0001", "张伟", "2026年10月", 2, 1, 0, 0], ["合计", "", "", 2, 1, 0, 0]],
        encoding,
    )
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_cases(path)
    assert [(r.row, r.staff_no, r.month) for r in rows] == [(2, "T0001", YearMonth(2026, 10))]
    assert import_cases(session, b.supervisor, rows, today).points == Decimal("3.00")


def test_english_headers_and_date_cells(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    path = xlsx(
        tmp_path / "en.xlsx",
        [
            ["Staff No", "Month", "Simple procedure", "general-procedure", "non_site", "MAJOR"],
            ["T0001", datetime(2026, 10, 1), 2, 0, 0, 0],
            [1, 202610, 0, 0, 0, 0],
            [],
        ],
    )
    rows = read_cases(path)
    assert [r.month for r in rows] == [YearMonth(2026, 10)] * 2
    assert rows[1].staff_no == "1"
    assert rows[0].headers["simple"] == "Simple procedure"


def test_a_missing_column_is_one_clear_error(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "c.xlsx", [["工号", "月份", "简易程序"], ["T0001", "2026-10", 1]])
    with pytest.raises(ValidationError) as exc:
        read_cases(path)
    [error] = exc.value.errors
    assert "一般程序" in error.message and "重大案件" in error.message
    assert error.row == 1


def test_unreadable_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    for name, data in [
        ("c.xls", b"\xd0\xcf\x11\xe0"),
        ("c.xlsx", b"not a zip"),
        ("c.pdf", b"%PDF"),
        ("c.csv", b"\xff\xfe\xfa\x00garbage\x81"),
        ("empty.csv", b""),
    ]:
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ValidationError) as exc:
            read_cases(tmp_path / name)
        assert exc.value.errors[0].row is None
    with pytest.raises(ValidationError):
        read_cases(tmp_path / "absent.csv")


# --- point entries ------------------------------------------------------------------


def test_entries_are_recorded_like_manual_ones(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    path = xlsx(
        tmp_path / "e.xlsx",
        [
            EVENT_HEADER,
            ["T0001", None, date(2026, 10, 5), "xc02", 3, "按期办结派单", "派单号 17"],
            ["T0002", "城东中队", "2026/10/6", "BZ01", None, "市级表彰", None],
            [None, "城东中队", "2026-10-31", "QT02", None, "流动红旗", None],
        ],
    )
    summary = import_events(session, b.supervisor, read_events(path), today)
    events = list(session.scalars(select(PointEvent).order_by(PointEvent.id)))
    got = [
        (e.person_id, e.unit_id, code_of(session, e), e.quantity, e.points, e.status)
        for e in events
    ]
    assert got == [
        (b.people[0].id, None, "XC02", Decimal(3), Decimal("0.60"), EventStatus.APPROVED),
        (b.people[1].id, None, "BZ01", Decimal(1), Decimal("5.00"), EventStatus.PENDING),
        (None, b.east.id, "QT02", Decimal(1), Decimal("3.00"), EventStatus.APPROVED),
    ]
    assert {e.source for e in events} == {EventSource.EVENT_IMPORT}
    assert events[0].note == "按期办结派单" and events[0].evidence == "派单号 17"
    assert summary.created == 3 and summary.pending == 1

    # The same file again would double every entry: refused.
    with pytest.raises(ValidationError) as exc:
        import_events(session, b.supervisor, read_events(path), today)
    assert "imported already" in exc.value.errors[0].message
    assert event_count(session) == 3


def test_a_bad_entry_file_is_rejected_whole_with_every_problem(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    finalise_month(session, b.admin, YearMonth(2026, 9), today)
    before = event_count(session)
    path = csv_file(
        tmp_path / "e.csv",
        [
            ["staff_no", "date", "rule", "quantity", "note"],
            ["T0001", "2026-10-05", "XC02", "2", "good"],
            ["ZZ9999", "2026-10-05", "XC02", "1", "unknown person"],
            ["T0001", "2026-10-05", "ZZ01", "1", "unknown rule"],
            ["T0001", "2026-10-05", "XC02", "-2", "negative quantity"],
            ["T0001", "2026-09-10", "XC02", "1", "finalised month"],
            ["T0001", "2026-10-05", "XC02", "两", "text in a number column"],
            ["T0001", "2026-10-05", "XC02", "1.005", "three decimals"],
            ["T0001", "2026-12-01", "XC02", "1", "future"],
            ["T0001", "05/10/2026", "XC02", "1", "not a date"],
            ["", "2026-10-05", "XC02", "1", "nobody"],
        ],
        "gb18030",
    )
    with pytest.raises(ValidationError) as exc:
        import_events(session, b.supervisor, read_events(path), today)
    assert problems(exc) == {
        (3, "staff_no"),
        (4, "rule"),
        (5, "quantity"),
        (6, "date"),
        (7, "quantity"),
        (8, "quantity"),
        (9, "date"),
        (10, "date"),
        (11, "staff_no"),
    }
    assert event_count(session) == before


def test_entry_scope_and_strength(session: Session, b: Bureau, tmp_path: Path, today: date) -> None:
    session.execute(
        Person.__table__.update()
        .where(Person.id == b.people[1].id)
        .values(status=PersonStatus.LEFT, left_date=date(2026, 10, 10))
    )
    session.commit()
    path = xlsx(
        tmp_path / "e.xlsx",
        [
            EVENT_HEADER,
            ["T0002", None, "2026-10-09", "XC02", 1, None, None],  # still on strength
            ["T0002", None, "2026-10-11", "XC02", 1, None, None],  # gone
            ["T0003", None, "2026-10-09", "XC02", 1, None, None],  # another squad
            [None, "城西中队", "2026-10-09", "QT02", 1, None, None],  # another squad
            ["T0001", "城西中队", "2026-10-09", "XC02", 1, None, None],  # wrong unit
            [None, "无此中队", "2026-10-09", "QT02", 1, None, None],  # no such unit
        ],
    )
    with pytest.raises(ValidationError) as exc:
        import_events(session, b.leader, read_events(path), today)
    assert problems(exc) == {(3, "工号"), (4, "工号"), (5, "单位"), (6, "单位"), (7, "单位")}


# --- templates ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_a_template_is_read_back_and_carries_no_examples(tmp_path: Path, kind: str) -> None:
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [TEMPLATES[kind].sheet, "说明"]
    header = next(wb.worksheets[0].iter_rows(values_only=True))
    assert list(header) == [c.header for c in TEMPLATES[kind].columns]
    assert wb.worksheets[0].max_row == 1  # the header only
    instructions = [r[0] for r in wb["说明"].iter_rows(values_only=True)]
    assert all(c.header in instructions for c in TEMPLATES[kind].columns)
    read, _ = importer(kind)
    assert read(path) == []


def test_a_filled_in_template_imports(
    session: Session, b: Bureau, tmp_path: Path, today: date
) -> None:
    path = write_template("cases", tmp_path / "cases.xlsx")
    wb = load_workbook(path)
    wb.worksheets[0].append(["T0001", "2026-10", 4, 1, 0, 0])
    count_rules = wb.worksheets[0].data_validations.dataValidation
    assert {dv.type for dv in count_rules} == {"whole"}
    wb.save(path)
    assert import_cases(session, b.supervisor, read_cases(path), today).points == Decimal("4.00")


# --- two desktops at once -------------------------------------------------------------


def test_two_desktops_importing_the_same_month_at_once_never_double_it(
    any_db: Database, tmp_path: Path, today: date
) -> None:
    """Desktop A imports October's case figures and has not committed yet when desktop B
    imports the same file. B waits for A, then replaces A's figures: the month is never
    booked twice, on SQLite (the write lock) as on PostgreSQL (the imports' own lock)."""
    with any_db.session() as s:
        b = make_bureau(s)
        install_default_rules(s, date(2026, 1, 1))
        s.commit()
    path = xlsx(tmp_path / "c.xlsx", [CASE_HEADER, ["T0001", "", "2026-10", 2, 1, 0, 0]])
    rows = read_cases(path)
    a_inside, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def a_holds_on(session: Session, user: User) -> None:
        import_cases(session, user, rows, today)
        a_inside.set()
        release.wait(20)  # A's transaction stays open until the test lets it go

    def run(name: str, work: Callable[[], object]) -> threading.Thread:
        def target() -> None:
            try:
                outcome[name] = work()
            except BaseException as exc:  # reported by the asserts below
                outcome[name] = exc

        thread = threading.Thread(target=target)
        thread.start()
        return thread

    a = run("a", lambda: Workspace(any_db, b.supervisor).run(a_holds_on, b.supervisor))
    assert a_inside.wait(20)
    second = run("b", lambda: import_rows(Workspace(any_db, b.supervisor), "cases", rows, today))
    time.sleep(0.5)
    assert second.is_alive()  # B waits for A rather than deciding from what A hides
    release.set()
    a.join(30)
    second.join(30)
    assert outcome["a"] is None
    summary = outcome["b"]
    assert isinstance(summary, ImportSummary), summary
    assert (summary.created, summary.replaced) == (2, 2)
    with any_db.session() as s:
        assert len(case_events(s)) == 2
        assert len(case_events(s, EventStatus.VOID)) == 2
