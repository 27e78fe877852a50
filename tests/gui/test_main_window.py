"""The main window as a supervisor meets it: every page opens, people can be added."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.core.database import Database
from console.ui.dialogs.login import LoginDialog
from console.ui.dialogs.person import PersonDialog
from console.ui.main_window import MainWindow
from console.ui.pages.people import PeoplePage
from db.org import Person
from db.scoring import RuleSet
from db.settings import Setting
from glossary import Category
from tests.factories import PASSWORD, Bureau
from tests.gui.conftest import on_modal
from widgets.table_model import Column, RowTableModel


def _people_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Person.id))) or 0


def _window(qtbot: QtBot, make_ctx, user) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(user))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.pages))  # the first page follows the first paint
    return window


def test_every_page_opens(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    assert window.nav.count() == 8
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.current_page() is window.page_at(row)
        assert window.stack.currentWidget().widget() is window.page_at(row)
        assert not window.page_at(row)._stale


def test_status_bar_names_database_user_and_role(
    qtbot: QtBot, bureau: Bureau, make_ctx, db: Database
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    window = _window(qtbot, make_ctx, bureau.supervisor)
    texts = [w.text() for w in window.statusBar().findChildren(QLabel)]
    # Where the data is, in words: no file path (the About box gives it, for support).
    assert "Database: this computer" in texts
    assert not any(db.description in t or ".sqlite3" in t for t in [*texts, window.windowTitle()])
    assert any("sup" in t for t in texts)
    assert any("Supervisor" in t for t in texts)


def test_period_is_shared_by_the_pages(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    window.month_picker.step(-1)
    assert str(window.ctx.period) == "2026-10"
    window.month_picker.step(-10)
    assert str(window.ctx.period) == "2025-12"


def _people_page(qtbot: QtBot, window: MainWindow) -> PeoplePage:
    window.nav.setCurrentRow(window.page_kinds.index("console.ui.pages.people.PeoplePage"))
    page = window.current_page()
    assert isinstance(page, PeoplePage)
    qtbot.waitUntil(lambda: not page.busy())  # read on a worker when first shown
    return page


def test_add_a_person_through_the_dialog(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    assert page.model.rowCount() == 5

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.staff_no.setText("A0300")
        dialog.name.setText("欧阳喆")
        dialog.unit.setCurrentIndex(dialog.unit.findData(bureau.west.id))
        dialog.category.setCurrentIndex(dialog.category.findData(Category.AUXILIARY))
        dialog.birth_date.setDate(QDate(1996, 5, 4))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    on_modal(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 6
    person = page.current_person()
    assert person is not None
    assert (person.staff_no, person.name, person.unit_name) == ("A0300", "欧阳喆", "城西中队")
    page.search.setText("欧阳")
    assert page.proxy.rowCount() == 1


def test_bad_input_is_shown_and_nothing_written(
    qtbot: QtBot,
    bureau: Bureau,
    make_ctx,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    before = _people_count(db)
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.staff_no.setText("T0001")  # 张伟 has it
        dialog.name.setText("  ")
        dialog.birth_date.setDate(QDate(2030, 1, 1))
        dialog.save()
        for key, label in dialog.errors.items():
            if label.isVisibleTo(dialog):
                seen[key] = label.text()
        still_open = dialog.isVisible()
        dialog.reject()
        seen["open"] = str(still_open)

    on_modal(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen.pop("open") == "True"
    assert set(seen) == {"staff_no", "name", "birth_date"}
    assert "张伟" in seen["staff_no"]
    assert _people_count(db) == before
    assert page.model.rowCount() == 5


def test_supervisor_reads_people_without_editing_buttons(
    qtbot: QtBot, bureau: Bureau, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.supervisor)
    page = _people_page(qtbot, window)
    page.select_person(bureau.people[0].id)
    assert page.model.rowCount() == 5
    assert not page.add_button.isEnabled() and not page.transfer_button.isEnabled()
    assert page.profile_button.isEnabled()


def test_viewer_gets_no_editing_buttons(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.viewer)
    page = _people_page(qtbot, window)
    page.select_person(bureau.people[0].id)
    assert not page.add_button.isEnabled()
    assert not page.edit_button.isEnabled()
    assert page.profile_button.isEnabled()


def test_squad_leader_table_holds_only_their_unit(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.leader)
    page = _people_page(qtbot, window)
    assert {page.model.row(i).unit_name for i in range(page.model.rowCount())} == {"城东中队"}


def test_unit_tree_filters_the_table(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    root = page.tree.topLevelItem(0)
    assert root.text(1) == "5"
    west = next(
        root.child(i) for i in range(root.childCount()) if root.child(i).text(0) == "城西中队"
    )
    page.tree.setCurrentItem(west)
    assert page.proxy.rowCount() == 2
    page.tree.setCurrentItem(root)
    assert page.proxy.rowCount() == 5


def test_profile_opens_on_double_click(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    page.select_person(bureau.people[0].id)
    titles: list[str] = []

    def look(dialog: QDialog) -> None:
        titles.append(dialog.windowTitle())
        titles.extend(dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))  # type: ignore[attr-defined]
        dialog.reject()

    on_modal(look)
    index = page.table.selectionModel().selectedRows()[0]
    page.table.doubleClicked.emit(index)
    assert titles[0] == "Profile: 张伟"
    assert titles[1:] == ["Performance", "Integrity", "Training", "History"]


def test_deactivate_hides_from_active_list(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    page.select_person(bureau.people[1].id)

    def fill(dialog: QDialog) -> None:
        dialog.reason.setText("辞职")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    on_modal(fill)
    page.deactivate_person()
    assert page.proxy.rowCount() == 5  # still selected: filters were cleared to show them
    assert page.current_person() is not None
    assert page.current_person().status.value == "left"  # type: ignore[union-attr]


def test_login_dialog(qtbot: QtBot, bureau: Bureau, db: Database) -> None:
    dialog = LoginDialog(db, "admin", "wrong")
    qtbot.addWidget(dialog)
    shown = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Database: this computer" in shown and not any(db.description in t for t in shown)
    dialog.attempt()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Wrong user name or password" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    dialog.attempt()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.username == "admin"


def test_row_model_passes_qt_model_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[tuple[str, int]] = RowTableModel(
        [Column("a", lambda r: r[0]), Column("b", lambda r: str(r[1]), sort_key=lambda r: r[1])]
    )
    model.set_rows([("x", 2), ("y", 1)])
    qtmodeltester.check(model)


def test_admin_adds_a_unit_from_the_tree(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    assert page.add_unit_button.isVisible()

    def fill(dialog: QDialog) -> None:
        dialog.name.setText("城中中队")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    on_modal(fill)
    qtbot.mouseClick(page.add_unit_button, Qt.MouseButton.LeftButton)
    root = page.tree.topLevelItem(0)
    names = {root.child(i).text(0) for i in range(root.childCount())}
    assert "城中中队" in names


def test_supervisor_has_no_unit_buttons(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_ctx, bureau.supervisor)
    page = _people_page(qtbot, window)
    assert not page.add_unit_button.isVisible()


def test_first_run_dialog_sets_up_the_bureau(qtbot: QtBot, db: Database) -> None:
    from console.ui.dialogs.login import FirstAdminDialog

    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.bureau.setText("江南区综合行政执法局")
    dialog.display_name.setText("队长")
    dialog.password.setText("Head#Office-2026")
    dialog.repeat.setText("longpas")
    dialog.attempt()
    assert dialog.user is None and dialog.error.text()
    dialog.repeat.setText("Head#Office-2026")
    dialog.attempt()
    assert dialog.user is not None and dialog.user.username == "admin"
    # With the defaults (ticked unless untouched) the bureau can score its first month.
    with db.session() as s:
        assert s.scalar(select(func.count(RuleSet.id))) == 1
        assert s.get(Setting, "bureau").value == {"language": "zh_CN"}


def test_filter_proxy_reports_its_counts(qtbot: QtBot) -> None:
    from widgets.table_model import RowFilterProxy

    model: RowTableModel[tuple[str, int]] = RowTableModel([Column("name", lambda r: r[0])])
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    seen: list[tuple[int, int]] = []
    proxy.counts_changed.connect(lambda shown, total: seen.append((shown, total)))
    model.set_rows([("张伟", 1), ("王芳", 2), ("张敏", 3)])
    proxy.set_search("张")
    proxy.set_predicate("odd", lambda r: r[1] % 2 == 1)
    proxy.set_search("")
    assert seen == [(3, 3), (2, 3), (2, 3), (2, 3)]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    # Pinyin order, descending: zhang wei before zhang min.
    assert [proxy.row_at(i)[0] for i in range(proxy.rowCount())] == ["张伟", "张敏"]


def _audit_count(db: Database) -> int:
    from db.audit import AuditLog

    with db.session() as s:
        return s.scalar(select(func.count(AuditLog.id))) or 0


def _save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_edit_an_existing_person_and_save_unchanged(
    qtbot: QtBot,
    bureau: Bureau,
    make_ctx,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    page.select_person(bureau.people[0].id)
    shown = page.current_person()
    assert shown is not None
    audit_before = _audit_count(db)
    outcome: dict[str, object] = {}

    def save_as_is(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        _save(dialog)
        outcome["result"] = dialog.result()

    on_modal(save_as_is)
    page.edit_person()
    assert outcome["result"] == QDialog.DialogCode.Accepted
    assert _audit_count(db) == audit_before  # nothing changed, nothing written
    after = page.current_person()
    assert after == shown  # the same details, the same row_version


def test_an_edit_after_another_desk_changed_the_person_is_refused(
    qtbot: QtBot,
    bureau: Bureau,
    make_ctx,
    db: Database,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import replace

    from console.core.people import update_person
    from console.core.workspace import Workspace
    from console.ui import errors

    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(
        errors.QMessageBox, "warning", lambda _parent, title, text: boxes.append((title, text))
    )
    window = _window(qtbot, make_ctx, bureau.admin)
    page = _people_page(qtbot, window)
    page.select_person(bureau.people[0].id)
    shown = page.current_person()
    assert shown is not None
    outcome: dict[str, object] = {}

    def edit_too_late(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        # Meanwhile the squad leader saves a new phone number for the same person.
        Workspace(db, bureau.leader).run(
            update_person,
            bureau.leader,
            shown.id,
            replace(dialog.data(), phone="13900000000"),
            window.ctx.today,
            seen_version=shown.row_version,
        )
        dialog.name.setText("张卫")
        _save(dialog)
        outcome["visible"] = dialog.isVisible()

    on_modal(edit_too_late)
    page.edit_person()
    assert outcome["visible"] is False  # the old copy is closed, not left to save again
    assert [title for title, _ in boxes] == ["Changed on another desktop"]
    assert "lead" in boxes[0][1] and "Nothing was saved" in boxes[0][1]
    with db.session() as s:
        person = s.get(Person, shown.id)
        assert person is not None
        assert (person.name, person.phone) == ("张伟", "13900000000")
    now = page.current_person()  # the page shows the person as they are now
    assert now is not None and now.phone == "13900000000" and now.name == "张伟"


def test_about_names_version_database_and_schema(
    qtbot: QtBot, bureau: Bureau, make_ctx, db: Database
) -> None:  # type: ignore[no-untyped-def]
    """What support asks first: which build, which database, how large, which schema."""
    from PySide6.QtWidgets import QMessageBox

    from console.version import app_version
    from db.migrate import head_revision

    window = _window(qtbot, make_ctx, bureau.supervisor)
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    on_modal(read)
    window._about()
    assert seen, "the About box was shown"
    assert app_version() in seen[0] and app_version() != "unknown"
    assert db.description in seen[0]
    schema = int(head_revision(db.engine).split("_")[0])
    assert "MB" in seen[0] and f"version: {schema}" in seen[0]


def test_the_window_fits_an_office_screen(qtbot: QtBot, bureau: Bureau, make_ctx) -> None:  # type: ignore[no-untyped-def]
    """1366×768 less the taskbar and title bar: every page fits or scrolls, and the
    window may be made that small, so no page's buttons end up below the screen."""
    window = _window(qtbot, make_ctx, bureau.admin)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= 1366 and hint.height() <= 690, (row, hint)
    window.resize(1366, 690)
    qtbot.wait(10)
    assert window.height() <= 690
