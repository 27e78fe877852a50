"""The Integrity page's record tabs driven as a supervisor drives them: a finding added
through its dialog and taken round the rectification loop, its deduction booked and the
whole voided; complaints closed as founded; who sees which buttons."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.core.database import Database
from console.core.default_rules import install_default_rules
from console.core.integrity.complaints import ComplaintInput, add_complaint
from console.ui.dialogs.finding import FindingDialog, FindingStepDialog
from console.ui.dialogs.integrity_records import CloseComplaintDialog
from console.ui.dialogs.reason import ReasonDialog
from console.ui.pages.integrity import IntegrityPage
from console.ui.pages.integrity_tabs import FindingsTab
from db.scoring import PointEvent
from glossary import ComplaintChannel, EventStatus, FindingStatus, Severity
from tests.factories import Bureau
from tests.gui.conftest import TODAY, on_modal


@pytest.fixture
def rules(db: Database, bureau: Bureau) -> None:
    with db.session() as s:
        install_default_rules(s, date(2026, 1, 1))
        s.commit()


def _page(qtbot: QtBot, make_ctx, user) -> IntegrityPage:  # type: ignore[no-untyped-def]
    page = IntegrityPage(make_ctx(user))
    qtbot.addWidget(page)
    page.refresh()
    return page


def _enabled(tab: FindingsTab) -> set[str]:
    buttons = {
        "edit": tab.edit_button,
        "assign": tab.assign_button,
        "rectify": tab.rectify_button,
        "verify": tab.verify_button,
        "send_back": tab.send_back_button,
        "deduct": tab.deduct_button,
        "void": tab.void_button,
    }
    return {name for name, b in buttons.items() if b.isEnabled()}


def _step(tab: FindingsTab, button, fill) -> None:  # type: ignore[no-untyped-def]
    seen: list[QDialog] = []

    def act(dialog: QDialog) -> None:
        seen.append(dialog)
        fill(dialog)
        dialog.save()  # type: ignore[attr-defined]

    on_modal(act)
    button.click()
    assert seen, "the step's dialog did not open"


def test_a_finding_is_added_in_its_dialog_and_taken_round_the_loop(
    qtbot: QtBot, make_ctx, bureau: Bureau, rules: None, db: Database
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, make_ctx, bureau.supervisor)
    tab = page.findings
    # Every finding, so that the verified one stays in view (the list opens on open ones).
    tab.scope.setCurrentIndex(tab.scope.findData("all"))
    assert tab.model.rowCount() == 0
    errors: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FindingDialog)
        dialog.save()  # nothing filled in: the core's messages appear beside the fields
        errors.append(dialog.form.errors["description"].text())  # type: ignore[union-attr]
        errors.append(dialog.form.errors["topic"].text())  # type: ignore[union-attr]
        dialog.person.set_person(bureau.people[0].id)
        dialog.topic.setCurrentIndex(dialog.topic.findData("执法记录仪使用"))
        dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.SERIOUS))
        dialog.description.setPlainText("执法过程中未全程开启执法记录仪")
        dialog.save()

    on_modal(fill)
    tab.add_button.click()
    assert errors == ["Describe the problem.", "Choose a checklist topic."]
    assert tab.model.rowCount() == 1
    assert page.raised_tile.value_text() == "1"
    row = tab.current()
    assert (row.person_name, row.status, row.unit_name) == ("张伟", FindingStatus.OPEN, "城东中队")
    assert _enabled(tab) == {"edit", "assign", "deduct", "void"}

    _step(tab, tab.assign_button, lambda d: None)  # today, deadline in ten days
    assert tab.current().status == FindingStatus.ASSIGNED
    assert _enabled(tab) == {"edit", "rectify", "deduct", "void"}

    def rectify(d: QDialog) -> None:
        assert isinstance(d, FindingStepDialog)
        d.text.setPlainText("已组织队员重新学习执法记录仪使用规定")

    _step(tab, tab.rectify_button, rectify)
    assert tab.current().status == FindingStatus.RECTIFIED
    assert _enabled(tab) == {"edit", "verify", "send_back", "deduct", "void"}

    _step(tab, tab.send_back_button, lambda d: d.text.setPlainText("未见学习记录"))
    assert tab.current().status == FindingStatus.SENT_BACK
    assert "sent back: 未见学习记录" in tab.detail.text()
    _step(tab, tab.rectify_button, lambda d: d.text.setPlainText("补交学习签到表"))
    _step(tab, tab.verify_button, lambda d: None)
    assert tab.current().status == FindingStatus.VERIFIED
    assert _enabled(tab) == {"deduct", "void"}

    tab.deduct_button.click()
    row = tab.current()
    assert row.has_live_deduction and row.event_points == Decimal(-3)
    assert tab.proxy.index(0, 7).data() == "DC02 -3"
    assert "deduct" not in _enabled(tab)

    def void(d: QDialog) -> None:
        assert isinstance(d, ReasonDialog)
        d.reason.setPlainText("检查对象认定错误")
        d.save()

    on_modal(void)
    tab.void_button.click()
    assert tab.current().status == FindingStatus.VOID
    assert _enabled(tab) == set()
    with db.session() as s:
        event = s.scalars(select(PointEvent)).one()
        assert (event.status, event.reason) == (EventStatus.VOID, "检查对象认定错误")


def test_overdue_findings_are_filtered_and_red(
    qtbot: QtBot, make_ctx, bureau: Bureau, rules: None, db: Database
) -> None:  # type: ignore[no-untyped-def]
    from console.core.integrity.rectification import FindingInput, add_finding

    with db.session() as s:
        for deadline in (date(2026, 11, 10), date(2026, 11, 30)):
            add_finding(
                s,
                bureau.supervisor,
                FindingInput(
                    date(2026, 11, 2), "考勤", Severity.MINOR, "迟到",
                    person_id=bureau.people[2].id, deadline=deadline,
                ),
                TODAY,
            )  # fmt: skip
    page = _page(qtbot, make_ctx, bureau.supervisor)
    tab = page.findings
    assert tab.proxy.rowCount() == 2
    tab.status.setCurrentIndex(tab.status.findData("overdue"))
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, 6).data() == "2026-11-10"
    assert page.overdue_tile.value_text() == "1"


def test_the_findings_list_opens_on_open_and_overdue(
    qtbot: QtBot, make_ctx, bureau: Bureau, rules: None, db: Database
) -> None:  # type: ignore[no-untyped-def]
    """A finding of an earlier month, overdue, is on the list as it opens."""
    from console.core.integrity.rectification import FindingInput, add_finding

    earlier = TODAY.replace(day=1) - timedelta(days=20)
    with db.session() as s:
        add_finding(
            s,
            bureau.supervisor,
            FindingInput(
                earlier, "考勤", Severity.MINOR, "迟到",
                person_id=bureau.people[2].id, deadline=earlier + timedelta(days=5),
            ),
            TODAY,
        )  # fmt: skip
    tab = _page(qtbot, make_ctx, bureau.supervisor).findings
    assert tab.scope.currentData() == "open"
    assert tab.scope.currentText() == "Open and overdue"
    assert tab.proxy.rowCount() == 1


def test_a_complaint_closed_as_founded_books_its_deduction(
    qtbot: QtBot, make_ctx, bureau: Bureau, rules: None, db: Database
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        add_complaint(
            s,
            bureau.supervisor,
            ComplaintInput(
                date(2026, 11, 2), "执法态度粗暴", channel=ComplaintChannel.HOTLINE_12345,
                person_id=bureau.people[0].id,
            ),
            TODAY,
        )  # fmt: skip
    page = _page(qtbot, make_ctx, bureau.supervisor)
    page.tabs.setCurrentWidget(page.complaints)
    tab = page.complaints
    assert tab.model.rowCount() == 1
    tab.select(tab.model.row(0).id)
    on_modal(lambda d: isinstance(d, CloseComplaintDialog) and d.save())  # type: ignore[func-returns-value]
    close = next(b for b, _ in tab._actions if b.text() == "Close…")
    close.click()
    assert tab.current().has_live_deduction
    assert tab.proxy.index(0, 7).data() == "-5"


@pytest.mark.parametrize("role", ["viewer", "leader"])
def test_readers_see_no_record_keeping_buttons(
    qtbot: QtBot, make_ctx, bureau: Bureau, rules: None, role: str
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, make_ctx, getattr(bureau, role))
    tab = page.findings
    assert tab.add_button.isHidden() and tab.assign_button.isHidden()
    assert not tab.profile_button.isHidden()
    assert page.registers.pledges.buttons.count() > 0


# --- records that already exist, and another desktop -------------------------------------


def _existing_finding(db: Database, bureau: Bureau) -> int:
    from console.core.integrity.rectification import FindingInput, add_finding

    with db.session() as s:
        return add_finding(
            s,
            bureau.supervisor,
            FindingInput(
                date(2026, 11, 2), "考勤", Severity.MINOR, "迟到",
                person_id=bureau.people[0].id, deadline=date(2026, 11, 30),
            ),
            TODAY,
        ).id  # fmt: skip


def _stored(db: Database, fid: int) -> tuple[int, str, FindingStatus, int]:
    from db.audit import AuditLog
    from db.integrity import Finding

    with db.session() as s:
        f = s.get_one(Finding, fid)
        changes = s.scalars(
            select(AuditLog).where(AuditLog.table_name == "finding", AuditLog.row_id == fid)
        ).all()
        return f.row_version, f.description, f.status, len(changes)


def test_an_existing_finding_saved_unchanged_changes_nothing(
    qtbot: QtBot, make_ctx, bureau: Bureau, rules: None, db: Database
) -> None:  # type: ignore[no-untyped-def]
    fid = _existing_finding(db, bureau)
    before = _stored(db, fid)
    page = _page(qtbot, make_ctx, bureau.supervisor)
    tab = page.findings
    tab.scope.setCurrentIndex(tab.scope.findData("all"))
    tab.select(fid)
    saved: list[object] = []

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, FindingDialog) and dialog.finding is not None
        dialog.save()
        saved.append(dialog.saved)

    on_modal(save)
    tab.edit_button.click()
    assert saved and saved[0] is not None  # accepted: the save went through
    assert _stored(db, fid) == before  # same version, same text, no audit entry
    assert tab.current().id == fid


def test_a_finding_changed_on_another_desktop_is_reported_not_overwritten(
    qtbot: QtBot, make_ctx, bureau: Bureau, rules: None, db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from console.core.integrity.rectification import FindingInput, update_finding
    from console.core.workspace import Workspace

    fid = _existing_finding(db, bureau)
    page = _page(qtbot, make_ctx, bureau.supervisor)
    tab = page.findings
    tab.scope.setCurrentIndex(tab.scope.findData("all"))
    tab.select(fid)
    shown = tab.current()

    # Meanwhile the administrator corrects it at another computer.
    other = Workspace(db, bureau.admin)
    other.run(
        update_finding,
        bureau.admin,
        fid,
        FindingInput(
            date(2026, 11, 2), "考勤", Severity.MINOR, "迟到十分钟",
            person_id=bureau.people[0].id, deadline=date(2026, 11, 30),
        ),
        TODAY,
        seen_version=shown.row_version,
    )  # fmt: skip

    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _parent, title, text, *a: (
            boxes.append((title, text)) or QMessageBox.StandardButton.Ok
        ),
    )

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, FindingDialog)
        dialog.description.setPlainText("上班迟到")
        dialog.save()

    on_modal(edit)
    tab.edit_button.click()
    assert [title for title, _ in boxes] == ["Changed on another desktop"]
    assert "admin" in boxes[0][1]  # who changed it
    assert _stored(db, fid)[1] == "迟到十分钟"  # the other desktop's correction stands
    assert tab.current().description == "迟到十分钟"  # and the list shows it now

    # A step on what the list showed before a step elsewhere is refused the same way.
    from console.core.integrity.rectification import assign_finding

    seen = tab.current()
    other.run(assign_finding, bureau.admin, fid, date(2026, 11, 3), None, TODAY, seen=seen.status)
    on_modal(lambda d: isinstance(d, FindingStepDialog) and d.save())  # type: ignore[func-returns-value]
    tab.assign_button.click()
    assert len(boxes) == 2 and boxes[1][0] == "Changed on another desktop"
    assert tab.current().status == FindingStatus.ASSIGNED
    assert _stored(db, fid)[2] == FindingStatus.ASSIGNED
