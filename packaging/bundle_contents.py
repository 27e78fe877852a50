"""What the desktop bundle holds and leaves out; read by ducha.spec and by its test.

Kept apart from the spec so that a test can check it without running PyInstaller: every
module the application imports by name must be a hidden import, and nothing the
application imports may be excluded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Folders read from disk at run time, relative to the repository and to the bundle alike
# (the code finds them beside its packages: console/ui/app.py, console/core/i18n.py,
# exports/faces.py, db/migrate.py).
DATA_DIRS = ("resources", "db/migrations")

# Libraries that read data files kept beside their code, which PyInstaller's analysis
# of imports does not see: pypinyin opens pinyin_dict.json and phrases_dict.json when a
# person is first searched for by pinyin initials (console/core/pinyin.py). Without
# them the frozen program fails at the first search, not at start.
DATA_PACKAGES = ("pypinyin",)

# Qt's Python modules that the application or pyqtgraph imports. pyqtgraph needs
# QtOpenGL and QtOpenGLWidgets at import time (pyqtgraph/Qt/OpenGLHelpers.py); it tries
# QtSvg and QtTest but works without them.
QT_MODULES_USED = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtPrintSupport",
    "QtOpenGL",
    "QtOpenGLWidgets",
)

# Every other PySide6 module the wheel ships: excluded, with the Qt libraries, plugins,
# QML files and translations that PyInstaller's hooks would collect for them.
QT_MODULES_UNUSED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

# Python packages the application never imports at run time.
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    "ruff",
    "numpy.tests",
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing.tests",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.canvas",
    "pyqtgraph.console",
    "pyqtgraph.jupyter",
    "reportlab.graphics.testshapes",
    "PIL.ImageTk",
    # Pillow converts PDFium's pages for print preview; AVIF and WebP carry big libraries.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    # Pillow's text drawing and colour management: Ducha draws no text with Pillow.
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL.ImageCms",
    # Syntax highlighting that Mako (under Alembic) would use for its error pages.
    "pygments",
    # SQLAlchemy's dialects other than SQLite and PostgreSQL.
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "sqlalchemy.testing",
    # TLS and OpenSSL's hashes: Ducha opens no network connection of its own (psycopg's
    # libpq brings its own TLS), and hashlib falls back to Python's built-in SHA-2.
    "ssl",
    "_ssl",
    "_hashlib",
    # Interactive-console and profiling modules, and codecs of languages Ducha never
    # reads (GB18030 and the other Chinese codecs in _codecs_cn stay).
    "readline",
    "_lsprof",
    "cProfile",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_hk",
    "_codecs_iso2022",
    "IPython",
    "matplotlib",
    "scipy",
    "pandas",
    "setuptools",
    "pkg_resources",
    "distutils",
    "lib2to3",
    "xmlrpc",
    "curses",
)

# Qt translations of the two languages Ducha ships (qtbase_zh_CN.qm, qtbase_en.qm, ...).
QT_LANGUAGES = ("zh_CN", "en")

# The Qt plugins the application needs, by folder: None keeps the whole folder, else only
# the plugins whose file name (without "lib" and the extension) is listed. Windowing on
# X11, Wayland, Windows and macOS plus "offscreen" for headless runs; the desktop portal
# (file dialogs) but not the GTK theme, which alone drags in GTK, Cairo and Pango; input
# methods (Chinese input goes through ibus or fcitx on Linux); printing; the image
# formats Qt itself uses. Left out: embedded-device platforms (eglfs, linuxfb, vnc),
# touch and tablet input, SVG, QML tooling, SQL drivers, TLS and network information.
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"),
    "platformthemes": ("qxdgdesktopportal",),
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
        "fcitx5platforminputcontextplugin",
        "fcitxplatforminputcontextplugin",
    ),
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": ("xdg-shell",),
    "imageformats": ("qgif", "qico", "qjpeg"),
    "printsupport": None,
    "styles": None,
}

# Plugins whose system libraries are taken from the desktop rather than bundled, on
# Linux. The print plugin's CUPS client must speak to the desktop's own CUPS service, and
# every Linux desktop that prints has it; bundling it dragged in GnuTLS, Kerberos,
# p11-kit and Avahi (8 MB). The plugin itself stays with the Qt libraries it needs: where
# CUPS is missing it does not load, and Qt still prints to PDF.
DESKTOP_LINKED_PLUGINS = ("cupsprintersupport",)


def _desktop_linked(dest: str) -> bool:
    parts = dest.replace("\\", "/").split("/")
    return "plugins" in parts and _plugin_name(parts[-1]) in DESKTOP_LINKED_PLUGINS


# Modules imported by name (importlib), which PyInstaller's analysis cannot see.
SQL_DRIVERS = (
    # A bureau's shared database: PostgreSQL through psycopg, when it is installed.
    "sqlalchemy.dialects.postgresql.psycopg",
    "sqlalchemy.dialects.sqlite.pysqlite",
)
MIGRATION_IMPORTS = ("alembic.op", "alembic.context", "db.models", "db.engine")
# Imported inside a function, on first use (start-up speed): named so that no analysis
# can miss it.
LAZY_IMPORTS = ("pypinyin",)


def rule_modules() -> tuple[str, ...]:
    """The early-warning rules' modules: imported by name, from the registry's own list."""
    from console.core.integrity.warning_rules import RULE_MODULES

    return tuple(RULE_MODULES)


def hidden_imports() -> list[str]:
    import importlib.util

    names = [*rule_modules(), *SQL_DRIVERS, *MIGRATION_IMPORTS, *LAZY_IMPORTS]
    # The registry skips a listed module that does not exist yet; so does the bundle.
    return [n for n in names if _exists(importlib.util, n)]


def _exists(util: object, name: str) -> bool:
    try:
        return util.find_spec(name) is not None  # type: ignore[attr-defined]
    except ModuleNotFoundError:
        return False


def excludes() -> list[str]:
    return [*(f"PySide6.{m}" for m in QT_MODULES_UNUSED), *EXCLUDED_PACKAGES]


def keep_qt_file(dest: str) -> bool:
    """Whether a Qt file that PyInstaller's hooks collected belongs in the bundle.

    ``dest`` is its path inside the bundle, with / or \\ between folders.
    """
    parts = dest.replace("\\", "/").split("/")
    if "PySide6" not in parts:
        return True
    if "qml" in parts or "metatypes" in parts or "libexec" in parts:
        return False
    if "translations" in parts:
        name = parts[-1]
        return any(name.endswith(f"_{lang}.qm") for lang in QT_LANGUAGES)
    if "plugins" in parts:
        i = parts.index("plugins")
        folder = parts[i + 1] if len(parts) > i + 1 else ""
        if folder not in QT_PLUGINS:
            return False
        wanted = QT_PLUGINS[folder]
        return wanted is None or _plugin_name(parts[-1]) in wanted
    return True


def _plugin_name(filename: str) -> str:
    """libqxcb.so -> qxcb; qwindows.dll -> qwindows; libqcocoa.dylib -> qcocoa."""
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def _is_shared_library(dest: str) -> bool:
    """A library that is in the bundle only because something links to it: a system
    library at the top of the bundle, one of Qt's own under PySide6/Qt/lib, or one that a
    wheel vendors (numpy.libs, pillow.libs ...)."""
    path = dest.replace("\\", "/")
    folder, _, name = path.rpartition("/")
    if name.lower().startswith(("libpython", "python")):
        return False  # the interpreter: the bootloader loads it, nothing links to it
    if name.endswith(".pyd") or ".cpython-" in name or ".abi3." in name:
        return False  # an extension module (such as _cffi_backend): Python imports it
    return folder in ("", "PySide6/Qt/lib") or folder.endswith(".libs")


def prune_unlinked(
    binaries: list[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> list[tuple[str, str, str]]:
    """Drop the shared libraries that no kept binary links to, directly or not.

    PyInstaller gathers each plugin's libraries before the spec filters the plugins, so
    the libraries of a plugin left out (the GTK theme's GTK, Cairo and Pango; eglfs's
    DRM) would otherwise stay. ``imports_of(source)`` lists the library names a binary
    links to. Everything that is not a linked library (extension modules, plugins,
    libraries loaded by name such as PDFium) is a root and stays.
    """
    by_name = {_name(entry[0]): entry for entry in binaries}
    roots = [entry for entry in binaries if not _is_shared_library(entry[0])]
    needed: set[str] = set()
    todo = [src for dest, src, _kind in roots if not _desktop_linked(dest)]
    # A desktop-linked plugin keeps only Qt's own libraries; the rest come from the desktop.
    for dest, src, _kind in roots:
        if _desktop_linked(dest):
            for name in imports_of(src):
                base = Path(name).name
                if base in by_name and _in_qt(by_name[base][0]) and base not in needed:
                    needed.add(base)
                    todo.append(by_name[base][1])
    while todo:
        for name in imports_of(todo.pop()):
            base = Path(name).name
            if base in by_name and base not in needed:
                needed.add(base)
                todo.append(by_name[base][1])
    return [
        entry for entry in binaries if not _is_shared_library(entry[0]) or _name(entry[0]) in needed
    ]


def _in_qt(dest: str) -> bool:
    return dest.replace("\\", "/").startswith("PySide6/Qt/lib/")


def _name(dest: str) -> str:
    return dest.replace("\\", "/").rpartition("/")[2]
