"""The main window: navigation on the left, the pages, the shared month, menus, status."""

from __future__ import annotations

import gc
import html
import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.core.about import database_facts
from console.core.account_policy import load_policy
from console.core.backups import back_up
from console.core.database import Database
from console.core.errors import DuchaError
from console.core.labels import label
from console.core.sign_in import sign_out
from console.ui.context import AppContext
from console.ui.errors import attempt
from console.ui.idle import Clock, IdleWatch
from console.ui.lock_screen import LockScreen
from console.ui.pages.base import Page
from console.ui.settings_store import backup_folder
from console.ui.tasks import run_in_background
from console.ui.view_state import restore_window, save_window
from console.version import app_version
from glossary import YearMonth
from widgets.month_picker import MonthPicker
from widgets.screen_fit import fit_to_screen

PAGES_PACKAGE = "console.ui.pages"

if TYPE_CHECKING:
    from console.core.indicators import Drill


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, clock: Clock | None = None, demo: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        # Set when 文件 → 恢复… replaced the database: run_gui signs in again on it.
        self.restored: Database | None = None
        # Set by 文件 → 注销: run_gui shows the sign-in dialog again.
        self.signed_out = False
        self.setWindowTitle(self.tr("Ducha — supervisory console"))
        self.setMinimumSize(900, 560)
        fit_to_screen(self, 1360, 860)
        restore_window(self)  # where the user left it at the last close

        # Page modules are imported when their page is first shown: between them they
        # pull in pyqtgraph, numpy and the exports, which a start has no need of.
        pages: list[tuple[str, str]] = [
            (self.tr("Overview"), "overview.OverviewPage"),
            (self.tr("Performance"), "performance.PerformancePage"),
            (self.tr("Integrity"), "integrity.IntegrityPage"),
            (self.tr("Training"), "training.TrainingPage"),
            (self.tr("Contractors"), "contractors.ContractorsPage"),
            (self.tr("People & Units"), "people.PeoplePage"),
            (self.tr("Reports"), "reports.ReportsPage"),
            (self.tr("Settings"), "settings.SettingsPage"),
        ]
        if ctx.can_read_audit:  # the audit administrator's page; nobody else sees it
            pages.insert(-1, (self.tr("Audit log"), "audit.AuditLogPage"))
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        # Each page is built the first time it is shown: building all of them (and reading
        # what they show) held a large bureau's window back for seconds at start.
        self.page_kinds: list[str] = [f"{PAGES_PACKAGE}.{kind}" for _, kind in pages]
        self._built: dict[int, Page] = {}
        for title, _kind in pages:
            self.stack.addWidget(_scrolling())
            QListWidgetItem(title, self.nav)
        self.nav.currentRowChanged.connect(self.show_page)
        ctx.drill.connect(self.show_records)

        central = QWidget()
        body = QHBoxLayout(central)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.password_warning = QLabel()
        self.password_warning.setObjectName("WarningBanner")
        self.password_warning.setWordWrap(True)
        self.password_warning.hide()
        main = QWidget()
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.password_warning)
        column.addWidget(central, 1)
        # While locked the window shows the lock screen in place of every page.
        self.lock_screen = LockScreen(ctx.database, ctx.user, demo)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.sign_out_requested.connect(self.sign_out)
        self.screens = QStackedWidget()
        self.screens.addWidget(main)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)

        self._build_toolbar()
        self._build_menus([t for t, _ in pages])
        self._build_status()
        # The first page is built and loaded once the window has painted (showEvent):
        # the user sees the window at once rather than after the first page's reading.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self._first_shown = False
        policy = ctx.read(load_policy)
        self.idle = IdleWatch(policy.idle_minutes * 60, clock or time.monotonic, parent=self)
        self.idle.idle.connect(self.lock)

    # --- chrome ----------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Month"))
        self.period_bar = bar
        bar.setObjectName("PeriodBar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Month:") + " "))
        period = self.ctx.period
        self.month_picker = MonthPicker(period.year, period.month)
        self.month_picker.set_latest(self.ctx.today.year, self.ctx.today.month)
        self.month_picker.changed.connect(lambda y, m: self.ctx.set_period(YearMonth(y, m)))
        bar.addWidget(self.month_picker)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menus(self, titles: list[str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up database…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self._backup)
        # A backup is a copy of the whole bureau's data: administrators only.
        self.backup_action.setVisible(self.ctx.is_admin)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore…"), self)
        self.restore_action.triggered.connect(self._restore)
        # Replacing the whole database: administrators only, and only a database file.
        self.restore_action.setVisible(self.ctx.is_admin and self.ctx.database.backend == "sqlite")
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.change_password_action = QAction(self.tr("Change &password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.change_password_action)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, title in enumerate(titles):
            action = QAction(title.replace("&", "&&"), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.current_page().refresh_in_background())
        view_menu.addAction(refresh)
        prev_month = QAction(self.tr("Previous month"), self)
        prev_month.setShortcut(QKeySequence("Ctrl+PgUp"))
        prev_month.triggered.connect(lambda: self.month_picker.step(-1))
        next_month = QAction(self.tr("Next month"), self)
        next_month.setShortcut(QKeySequence("Ctrl+PgDown"))
        next_month.triggered.connect(lambda: self.month_picker.step(1))
        view_menu.addAction(prev_month)
        view_menu.addAction(next_month)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        verify_code = QAction(self.tr("&Verify a printed bulletin…"), self)
        verify_code.triggered.connect(self._verify_code)
        help_menu.addAction(verify_code)
        verify_audit = QAction(self.tr("Verify the &audit log"), self)
        verify_audit.triggered.connect(self._verify_audit)
        help_menu.addAction(verify_audit)
        about = QAction(self.tr("&About Ducha"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.ctx.notice.connect(lambda text: status.showMessage(text, 8000))
        user = self.ctx.user
        status.addPermanentWidget(
            QLabel(self.tr("Database: {db}").format(db=self.ctx.database.place))
        )
        status.addPermanentWidget(
            QLabel(
                self.tr("User: {name} ({username})").format(
                    name=user.display_name, username=user.username
                )
            )
        )
        # An administrator account is named by its duties (三权分立), not by its viewer role.
        role = "、".join(label(d) for d in sorted(user.duties)) or label(user.role)
        status.addPermanentWidget(QLabel(self.tr("Role: {role}").format(role=role)))

    # --- session: password, idle lock, sign-out -------------------------------------
    def warn_password_expiry(self, days: int | None) -> None:
        """The password expires soon: say so above the pages until it is changed."""
        if days is None:
            self.password_warning.hide()
            return
        self.password_warning.setText(
            self.tr(
                "Your password expires in {days} day(s). Change it from File → Change "
                "password before then."
            ).format(days=days)
        )
        self.password_warning.show()

    def change_password(self) -> None:
        from console.ui.dialogs.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.database, self.ctx.user.username, parent=self)
        if dialog.exec() and dialog.new_password is not None:
            self.warn_password_expiry(None)
            self.statusBar().showMessage(self.tr("Your password was changed."), 8000)

    @property
    def locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every page behind the lock screen until the password is given again."""
        self.screens.setCurrentWidget(self.lock_screen)
        self.period_bar.hide()
        self.menuBar().setEnabled(False)
        self.lock_screen.reset()

    def _unlocked(self) -> None:
        self.screens.setCurrentIndex(0)
        self.period_bar.show()
        self.menuBar().setEnabled(True)
        self.idle.resume()

    def sign_out(self) -> None:
        """Record the sign-out and close: run_gui asks who signs in next."""
        attempt(self, lambda: sign_out(self.ctx.database, self.ctx.user))
        self.signed_out = True
        self.close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.idle.watch(self.windowHandle())  # the native window exists once shown

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self._first_shown:
            # The window has just painted its frame: only now is the first page built
            # and read, so that the user sees the window at once.
            self._first_shown = True
            QTimer.singleShot(0, lambda: self.show_page(self.nav.currentRow()))
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        save_window(self)
        super().closeEvent(event)

    # --- behaviour -------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """The pages built so far (those shown at least once), in navigation order."""
        return [self._built[row] for row in sorted(self._built)]

    def page_at(self, row: int) -> Page:
        """The page of navigation row ``row``, built now if it never was."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = _page_class(self.page_kinds[row])(self.ctx)
            area = self.stack.widget(row)
            assert isinstance(area, QScrollArea)
            area.setWidget(page)
            # What exists now (modules, widgets, the page) lives as long as the window:
            # set it apart from Python's cycle collector, whose full passes over some
            # 200,000 such objects froze the window for 0.1 s every so often while a
            # worker read a month. Later objects (the figures shown) are collected as usual.
            gc.freeze()
        return page

    def current_page(self) -> Page:
        return self.page_at(self.stack.currentIndex())

    def show_page(self, row: int) -> None:
        page = self.page_at(row)
        self.stack.setCurrentIndex(row)
        page.refresh_if_stale(background=True)

    def row_of(self, cls: type[Page]) -> int:
        """The navigation row of that kind of page (ValueError: this user has none)."""
        return self.page_kinds.index(f"{cls.__module__}.{cls.__qualname__}")

    def page_of(self, cls: type[Page]) -> Page:
        """The page of that kind, built if need be (KeyError: this user has none)."""
        wanted = f"{cls.__module__}.{cls.__qualname__}"
        for row, kind in enumerate(self.page_kinds):
            if kind == wanted:
                return self.page_at(row)
        raise KeyError(cls.__name__)

    def show_records(self, target: Drill) -> None:
        """Open the records behind a figure: the page the drill names (pages declare
        theirs as ``drill_page``), in its month, filtered by the page's ``show_drill``.
        The page is built if it never was, and read now, superseding a reading under way,
        so that the filter applies to the figures the drill counted."""
        if target.month is not None and target.month != self.ctx.period:
            self.month_picker.set_value(target.month.year, target.month.month)
        for row, kind in enumerate(self.page_kinds):
            if getattr(_page_class(kind), "drill_page", None) == target.page:
                self.nav.setCurrentRow(row)
                page = self.page_at(row)
                page.refresh()
                page.show_drill(target)  # type: ignore[attr-defined]
                return

    def _backup(self) -> None:
        workspace, folder = self.ctx.workspace, backup_folder()
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up…"))
        # Copying and checking a large database takes seconds: off the GUI thread.
        run_in_background(
            self, lambda: back_up(workspace, folder), self._backed_up, self._backup_failed
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        QMessageBox.information(
            self, self.tr("Backup"), self.tr("Backup written to {path}").format(path=path)
        )

    def _backup_failed(self, exc: Exception) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        if isinstance(exc, DuchaError | OSError):  # anything else goes to the crash handler
            QMessageBox.warning(self, self.tr("Backup"), str(exc))

    def _restore(self) -> None:
        from console.ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        if not dialog.exec() or dialog.restored is None:
            return
        QMessageBox.information(
            self,
            self.tr("Restore"),
            self.tr(
                "The backup was restored. The database it replaced was kept as {path}.\n"
                "Please sign in again."
            ).format(path=dialog.restored.previous),
        )
        self.restored = dialog.restored.database
        self.close()

    def _verify_audit(self) -> None:
        from console.ui.tamper_warning import TamperWarning

        self.ctx.notice.emit(self.tr("Checking the audit log and every record…"))
        TamperWarning(self.ctx, self, report_ok=True).start()

    def _verify_code(self) -> None:
        from console.ui.dialogs.verify_code import VerifyCodeDialog

        VerifyCodeDialog(self.ctx, self).exec()

    def _about(self) -> None:
        facts = self.ctx.read(database_facts)
        size = (
            self.tr("{mb} MB").format(mb=f"{facts.size_bytes / 1_048_576:.1f}")
            if facts.size_bytes is not None
            else self.tr("shared database server")
        )
        schema = str(facts.schema) if facts.schema is not None else "—"
        QMessageBox.about(
            self,
            self.tr("About Ducha"),
            self.tr(
                "<p><b>Ducha (督察) {version}</b></p>"
                "<p>Supervisory console for the supervision squad of an administrative "
                "law-enforcement bureau: points-based performance review, integrity checks "
                "and training hours.</p>"
                "<p>Database: {where}<br>Size: {size}<br>Data structure version: {schema}</p>"
            ).format(
                version=app_version(),
                where=html.escape(facts.where),
                size=size,
                schema=schema,
            ),
        )


def _page_class(kind: str) -> Callable[[AppContext], Page]:
    module, name = kind.rsplit(".", 1)
    page = getattr(importlib.import_module(module), name)
    assert isinstance(page, type) and issubclass(page, Page)
    return cast(Callable[[AppContext], Page], page)


def _scrolling() -> QScrollArea:
    """A page scrolls rather than push the window past a small screen: on a 1366×768
    desktop the buttons at a page's foot stay reachable. The page goes in when built."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
