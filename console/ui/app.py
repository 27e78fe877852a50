"""Start the GUI: application, font, language, database, sign-in, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from console.core import i18n
from console.core.auth import User, has_accounts
from console.core.bureau import bureau_language
from console.core.database import Database, network_share_warning, open_database
from console.core.workspace import Workspace
from console.ui import crash
from console.ui.context import AppContext
from console.ui.translator import CatalogueTranslator

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
STYLE_FILE = RESOURCES / "styles" / "ducha.qss"


def ensure_app(lang: str | None = None) -> QApplication:
    """The one QApplication, with the shipped CJK font, the style and the translator."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Ducha")
    app.setOrganizationName("Ducha")
    install_font(app)
    install_language(app, i18n.set_language(lang))
    if STYLE_FILE.exists():
        app.setStyleSheet(STYLE_FILE.read_text(encoding="utf-8"))
    return app


def install_font(app: QApplication) -> str | None:
    """The family Chinese text is drawn in: the system's own UI font where it has Chinese
    glyphs (Microsoft YaHei on a Chinese Windows desktop), else the bundled WenQuanYi
    Micro Hei as a fallback behind the system font, for machines with no Chinese font."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    shipped = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if _has_chinese(system.family()) or not shipped:
        app.setFont(system)
        return system.family() if _has_chinese(system.family()) else None
    font = QFont(system)
    # Latin text keeps the system's face; what it lacks (Chinese) comes from ours.
    font.setFamilies([system.family(), shipped[0]])
    app.setFont(font)
    return shipped[0]


def _has_chinese(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def install_language(app: QApplication, lang: str) -> None:
    for old in app.findChildren(CatalogueTranslator):
        QCoreApplication.removeTranslator(old)
    for old_qt in app.findChildren(QTranslator, "qt-base"):
        QCoreApplication.removeTranslator(old_qt)
    if lang != "en":
        # Qt's own strings first (standard buttons such as Save, Cancel, Yes, No) …
        qt = QTranslator(app)
        qt.setObjectName("qt-base")
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
        # … then ours, installed last so that it is asked first.
        translator = CatalogueTranslator(lang, app)
        QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def sign_in(database: Database, demo: bool) -> tuple[User, int | None] | None:
    """Who signs in, and in how many days their password expires (when soon)."""
    from console.ui.dialogs.login import FirstAdminDialog, LoginDialog

    if not Workspace(database, None).read(has_accounts):
        first = FirstAdminDialog(database)
        if not first.exec() or first.user is None:
            return None
        return first.user, None
    if demo:
        from console.core.demo import DEMO_PASSWORD, DEMO_USERNAME

        hint = QCoreApplication.translate(
            "app", "Demo bureau: sign in as {user} / {password}."
        ).format(user=DEMO_USERNAME, password=DEMO_PASSWORD)
        dialog = LoginDialog(database, DEMO_USERNAME, DEMO_PASSWORD, hint, demo=True)
    else:
        dialog = LoginDialog(database)
    if not dialog.exec() or dialog.user is None:
        return None
    return dialog.user, dialog.expires_in_days


def warn_of_network_share(database: Database) -> None:
    """Once per start, before signing in: a database file in a shared network folder."""
    if warning := network_share_warning(database):
        QMessageBox.warning(
            None, QCoreApplication.translate("app", "Database in a network folder"), warning
        )


def run_gui(db: str | None, lang: str | None = None, demo: bool = False) -> int:
    from console.ui.settings_store import stored_language

    # --lang wins over the choice made in Settings, which wins over the system's.
    app = ensure_app(lang or stored_language())
    # From here no exception vanishes: it is logged and shown. Not in ensure_app, which
    # the tests use: there pytest-qt's own hook fails the test instead.
    crash.install()
    try:
        database = open_database(db)
    except Exception as exc:  # the user must see why the console cannot start
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            QCoreApplication.translate("app", "Ducha could not open {db}:\n{error}").format(
                db=db or "", error=exc
            ),
        )
        return 1
    if lang is None and stored_language() is None:
        # No choice on this desktop: the bureau's language (Chinese unless chosen otherwise).
        install_language(app, i18n.set_language(Workspace(database, None).read(bureau_language)))
    warn_of_network_share(database)
    from console.ui.auto_backup import AutoBackup
    from console.ui.main_window import MainWindow
    from console.ui.tamper_warning import TamperWarning

    while True:
        signed = sign_in(database, demo)
        if signed is None:
            database.close()
            return 0
        user, expires_in_days = signed
        ctx = AppContext(database, user)
        window = MainWindow(ctx, demo=demo)
        window.warn_password_expiry(expires_in_days)
        window.show()
        # Other desktops' changes reach the open pages within seconds (not in tests: they
        # announce changes themselves, and a timer per context would only add noise).
        ctx.watch_other_desktops()
        backups = AutoBackup(ctx, window)
        backups.start()
        TamperWarning(ctx, window).start()
        code = app.exec()
        if window.restored is None and not window.signed_out:
            break
        # 文件 → 恢复… replaced the database: sign in again, on the restored one;
        # 文件 → 注销: sign in again, as whoever comes to the desk.
        if window.restored is not None:
            database = window.restored
        window.deleteLater()
        ctx.deleteLater()
    failure = backups.on_close()
    if failure is not None:
        QMessageBox.warning(None, QCoreApplication.translate("app", "Backup"), failure)
    database.close()
    return int(code)
