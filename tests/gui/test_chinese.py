"""The window in Chinese: our strings, enum labels and Qt's own buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from console.core import i18n
from console.ui.app import install_font, install_language
from console.ui.dialogs.person import PersonDialog
from console.ui.main_window import MainWindow
from console.ui.pages.people import PeoplePage
from tests.factories import Bureau


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, i18n.set_language("zh_CN"))
    yield
    install_language(qapp, i18n.set_language("en"))


def test_main_window_speaks_chinese(qtbot: QtBot, bureau: Bureau, make_ctx, chinese) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(bureau.admin))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "总览"
    assert "人员与单位" in titles
    window.nav.setCurrentRow(window.page_kinds.index("console.ui.pages.people.PeoplePage"))
    page = window.current_page()
    assert isinstance(page, PeoplePage)
    qtbot.waitUntil(lambda: not page.busy())  # read on a worker when first shown
    model = page.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "工号" in headers and "姓名" in headers
    assert model.index(0, 3).data() in {"在编执法", "辅助执法", "协管", "外包"}


def test_qt_standard_buttons_are_chinese(qtbot: QtBot, bureau: Bureau, make_ctx, chinese) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(make_ctx(bureau.admin), [])
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_bundled_font_is_loaded(qapp: QApplication) -> None:
    assert install_font(qapp) == "WenQuanYi Micro Hei"


def test_the_system_font_is_kept_when_it_has_chinese(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a Chinese Windows desktop the UI stays in the system's font (Microsoft YaHei);
    the bundled one is only a fallback."""
    from PySide6.QtGui import QFontDatabase

    import console.ui.app as app_module

    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    before = qapp.font()
    try:
        monkeypatch.setattr(app_module, "_has_chinese", lambda family: family == system)
        assert install_font(qapp) == system
        assert qapp.font().families()[0] == system
        assert "WenQuanYi Micro Hei" not in qapp.font().families()
        monkeypatch.setattr(app_module, "_has_chinese", lambda family: False)
        assert install_font(qapp) == "WenQuanYi Micro Hei"
        assert qapp.font().families() == [system, "WenQuanYi Micro Hei"]
    finally:
        qapp.setFont(before)
