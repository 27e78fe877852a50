"""Every table model and proxy the pages use keeps Qt's model contract (qtmodeltester),
on a bureau with real data: wrong row counts, parents or data roles crash views or show
rows that are not there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QTabWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.core.database import Database
from console.core.demo import generate_demo
from console.core.workspace import Workspace
from console.ui.context import AppContext
from console.ui.main_window import MainWindow

TODAY = date(2026, 11, 22)


def _ours(model: QAbstractItemModel) -> bool:
    """Our models and proxies, not the ones Qt builds inside combo boxes and completers."""
    module = type(model).__module__
    return module.startswith(("console", "widgets")) or isinstance(model, QSortFilterProxyModel)


def test_every_page_model_keeps_the_model_contract(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    db: Database,
    make_ctx: Callable[..., AppContext],
) -> None:
    Workspace(db, None).run(generate_demo, today=TODAY, people=80, months=3)
    admin = Workspace(db, None).read(_first_admin)
    window = MainWindow(make_ctx(admin))
    qtbot.addWidget(window)
    window.show()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        for tabs in window.page_at(row).findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
    models = [m for m in window.findChildren(QAbstractItemModel) if _ours(m)]
    assert len(models) >= 10
    testers = []
    try:
        for model in models:
            # One tester per model: a tester follows one model's signals at a time.
            tester = ModelTester(request.config)
            tester.check(model, force_py=True)
            testers.append(tester)
        # Under watch: every page reloads (resets, re-sorts) after a change and a new month.
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            window.ctx.data_changed.emit("points")
        window.ctx.set_period(window.ctx.period.prev())
        qtbot.wait(50)
    finally:
        for tester in testers:
            tester._cleanup()
    populated = sum(model.rowCount() > 0 for model in models)
    assert populated >= 5  # the check ran on rows, not only on empty tables


def _first_admin(session):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from console.core.auth import _user
    from db.accounts import UserAccount
    from glossary import Role

    account = session.scalars(
        select(UserAccount).where(UserAccount.role == Role.ADMIN).order_by(UserAccount.id)
    ).first()
    return _user(account)
