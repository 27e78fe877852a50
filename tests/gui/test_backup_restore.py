"""文件 → 恢复…, the backup options in Settings and the automatic backups, driven as a user."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from console.core.backups import back_up
from console.core.database import Database
from console.core.units import add_unit
from console.core.workspace import Workspace
from console.ui.auto_backup import AutoBackup
from console.ui.dialogs.restore import RestoreDialog
from console.ui.main_window import MainWindow
from console.ui.pages.settings import SettingsPage
from console.ui.settings_store import backup_folder, backup_retention
from db.backup import auto_backups
from glossary import UnitKind
from tests.factories import Bureau

MakeCtx = Callable[..., object]


@pytest.fixture(autouse=True)
def settle(qtbot: QtBot) -> Iterator[None]:
    """Background work (backups, checks, page loads) finishes before the widgets that
    asked for it go away."""
    yield
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)


def _units(db_file: Path) -> list[str]:
    with closing(sqlite3.connect(db_file)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM unit ORDER BY id")]


def test_restore_is_in_the_file_menu_for_administrators_only(
    qtbot: QtBot, bureau: Bureau, make_ctx: MakeCtx
) -> None:
    admin = MainWindow(make_ctx(bureau.admin))  # type: ignore[arg-type]
    qtbot.addWidget(admin)
    admin.show()
    qtbot.waitExposed(admin)
    supervisor = MainWindow(make_ctx(bureau.supervisor))  # type: ignore[arg-type]
    qtbot.addWidget(supervisor)
    supervisor.show()
    qtbot.waitExposed(supervisor)
    assert admin.restore_action.isVisible() and admin.backup_action.isVisible()
    assert not supervisor.restore_action.isVisible()
    assert not supervisor.backup_action.isVisible()


def test_administrator_restores_a_backup_in_the_dialog(
    qtbot: QtBot,
    db: Database,
    bureau: Bureau,
    make_ctx: MakeCtx,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    live = Path(str(db.url.database))
    backup = back_up(Workspace(db, bureau.admin), tmp_path / "b")
    before = _units(live)
    Workspace(db, bureau.admin).run(
        add_unit, bureau.admin, "城南中队", UnitKind.SQUAD, bureau.bureau.id
    )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    dialog = RestoreDialog(make_ctx(bureau.admin))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.check(backup)  # what 选择… does with the chosen file
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    assert dialog.bureau.text() == "测试市综合行政执法局" and dialog.people.text() == "5"
    assert "passed its checks" in dialog.status.text()
    dialog.restore_button.click()
    assert asked and "5 people" in asked[0]
    assert dialog.restored is not None and dialog.result() == 1
    try:
        assert _units(live) == before
        with closing(sqlite3.connect(live)) as conn:
            last = conn.execute("SELECT table_name FROM audit_log ORDER BY id DESC").fetchone()
        assert last == ("restore",)
    finally:
        dialog.restored.database.close()


def test_a_bad_file_is_explained_and_cannot_be_restored(
    qtbot: QtBot, bureau: Bureau, make_ctx: MakeCtx, tmp_path: Path
) -> None:
    bad = tmp_path / "台账.sqlite3"
    bad.write_text("不是备份", encoding="utf-8")
    dialog = RestoreDialog(make_ctx(bureau.admin))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.check(bad)
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled(), timeout=10_000)
    assert "not a database file" in dialog.status.text()
    assert not dialog.restore_button.isEnabled() and dialog.people.text() == ""


def test_backup_folder_and_retention_in_settings(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: MakeCtx, tmp_path: Path
) -> None:
    page = SettingsPage(make_ctx(bureau.admin))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.refresh()
    default = Path(str(db.url.database)).parent / "backups"
    assert page.backup_folder_value.text() == str(default)
    assert (page.keep_daily.value(), page.keep_monthly.value()) == (14, 12)
    chosen = tmp_path / "网络盘" / "督察备份"
    chosen.mkdir(parents=True)
    page.set_backup_folder(chosen)
    page.keep_daily.setValue(30)
    assert backup_folder() == chosen and backup_retention() == (30, 12)
    page.backup_button.click()
    qtbot.waitUntil(page.backup_button.isEnabled, timeout=10_000)
    written = Path(page.backup_result.text().removeprefix("Backup written to "))
    assert written.parent == chosen and written.exists()
    page.backup_folder_reset.click()
    assert backup_folder() is None and page.backup_folder_value.text() == str(default)

    viewer = SettingsPage(make_ctx(bureau.viewer))  # type: ignore[arg-type]
    qtbot.addWidget(viewer)
    viewer.refresh()
    assert not viewer.backup_folder_button.isEnabled() and not viewer.keep_daily.isEnabled()


def test_automatic_backup_once_a_day_and_on_closing(
    qtbot: QtBot, db: Database, bureau: Bureau, make_ctx: MakeCtx
) -> None:
    ctx = make_ctx(bureau.supervisor)
    backups = AutoBackup(ctx)  # type: ignore[arg-type]
    folder = Path(str(db.url.database)).parent / "backups"
    backups.start()
    qtbot.waitUntil(lambda: not backups.running, timeout=10_000)
    assert backups.timer.isActive()
    assert len(auto_backups(folder, "ducha")) == 1
    backups.daily()  # today's exists: nothing more
    qtbot.waitUntil(lambda: not backups.running, timeout=10_000)
    assert len(auto_backups(folder, "ducha")) == 1
    assert backups.on_close() is None  # on closing there is always one
    assert not backups.timer.isActive()
    # One a day is kept: the day's closing backup replaced the morning's.
    assert [p for _, p in auto_backups(folder, "ducha")] == [backups.last]
