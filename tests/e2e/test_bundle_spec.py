"""What the desktop bundle's spec promises, checked without building it.

The bundle is built from packaging/ducha.spec with the lists in
packaging/bundle_contents.py; a module the application imports by name and the spec does
not list, or a module the spec excludes and the application imports, only shows up in the
built program on a supervisor's desktop. These tests find both in the source instead.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_PACKAGES = ("console", "widgets", "db", "exports", "glossary")


def _contents() -> ModuleType:
    # Loaded by path: the folder is named "packaging", like the PyPI package.
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "packaging" / "bundle_contents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _app_sources() -> list[Path]:
    return [p for pkg in APP_PACKAGES for p in (ROOT / pkg).rglob("*.py")]


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules_imported_by_name() -> set[str]:
    """Every string constant in a tuple or list of a module-level name ending in
    _MODULES (the warning registry's RULE_MODULES and any like it)."""
    found: set[str] = set()
    for path in _app_sources():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                named = any(isinstance(t, ast.Name) and t.id.endswith("_MODULES") for t in targets)
                if named and isinstance(node.value, ast.Tuple | ast.List):
                    found.update(
                        e.value
                        for e in node.value.elts
                        if isinstance(e, ast.Constant) and isinstance(e.value, str)
                    )
    return found


def test_modules_imported_by_name_are_hidden_imports() -> None:
    by_name = _modules_imported_by_name()
    assert "console.core.integrity.default_warnings" in by_name  # the scan sees the registry
    hidden = set(_contents().hidden_imports())
    existing = {n for n in by_name if importlib.util.find_spec(n) is not None}
    assert existing <= hidden, f"not in the bundle: {sorted(existing - hidden)}"


def test_nothing_the_application_imports_is_excluded() -> None:
    excluded = _contents().excludes()
    clashes = {
        (str(path.relative_to(ROOT)), name)
        for path in _app_sources()
        for name in _imported_modules(path)
        for gone in excluded
        if name == gone or name.startswith(gone + ".")
    }
    assert not clashes, f"imported but left out of the bundle: {sorted(clashes)}"


def test_every_qt_module_is_either_kept_or_excluded() -> None:
    contents = _contents()
    kept, dropped = set(contents.QT_MODULES_USED), set(contents.QT_MODULES_UNUSED)
    assert not kept & dropped
    used = {
        name.split(".")[1]
        for path in _app_sources()
        for name in _imported_modules(path)
        if name.startswith("PySide6.Qt")
    }
    assert used <= kept, f"imported but not kept: {sorted(used - kept)}"


def test_data_folders_exist_where_the_code_reads_them() -> None:
    from console.core.i18n import TRANSLATIONS
    from console.ui.app import FONT_FILE, STYLE_FILE
    from db.migrate import MIGRATIONS

    data = [ROOT / d for d in _contents().DATA_DIRS]
    for needed in (TRANSLATIONS, FONT_FILE, STYLE_FILE, MIGRATIONS):
        assert needed.exists()
        assert any(needed == d or d in needed.parents for d in data), needed


def test_the_pinyin_dictionaries_go_into_the_bundle() -> None:
    """Finding people by pinyin initials opens pypinyin's dictionaries (JSON files beside
    its code, which an analysis of imports does not collect): the spec collects them,
    the lazily imported package is a hidden import, and nothing excludes it."""
    import pypinyin

    contents = _contents()
    folder = Path(pypinyin.__file__).parent
    dictionaries = {p.name for p in folder.glob("*.json")}
    assert {"pinyin_dict.json", "phrases_dict.json"} <= dictionaries
    assert "pypinyin" in contents.DATA_PACKAGES
    assert "pypinyin" in contents.hidden_imports()
    assert not any(e == "pypinyin" or e.startswith("pypinyin.") for e in contents.excludes())
    spec = (ROOT / "packaging" / "ducha.spec").read_text(encoding="utf-8")
    assert "for package in contents.DATA_PACKAGES:" in spec
    assert "collect_data_files(package" in spec
    # The application reaches pypinyin through the module that loads it on first use.
    assert "pypinyin" in _imported_modules(ROOT / "console" / "core" / "pinyin.py")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("resources/fonts/wqy-microhei.ttc", True),
    ],
)
def test_qt_files_kept(dest: str, kept: bool) -> None:
    assert _contents().keep_qt_file(dest) is kept


def test_libraries_nothing_links_to_are_dropped() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libxcb.so.1", "/src/libxcb.so.1", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),  # only the GTK theme's
        ("pillow.libs/libavif.so", "/src/libavif.so", "BINARY"),  # only _avif's
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/src/_cffi.so", "EXTENSION"),
        ("pypdfium2_raw/libpdfium.so", "/src/libpdfium.so", "BINARY"),  # loaded by ctypes
    ]
    links = {"/src/libqxcb.so": ["libQt6Gui.so.6"], "/src/libQt6Gui.so.6": ["libxcb.so.1"]}
    kept = {d for d, _, _ in _contents().prune_unlinked(binaries, lambda s: links.get(s, []))}
    assert "libgtk-3.so.0" not in kept
    assert "pillow.libs/libavif.so" not in kept
    assert kept == {d for d, _, _ in binaries} - {"libgtk-3.so.0", "pillow.libs/libavif.so"}


def test_the_print_plugin_keeps_qt_but_takes_cups_from_the_desktop() -> None:
    # The plugin stays, so a desktop with CUPS prints; Qt's libraries it needs stay too,
    # but CUPS and what ldd lists under it (GnuTLS, Kerberos ...) are not bundled, unless
    # something else kept needs them.
    plugin = "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
    binaries = [
        (plugin, "/src/cups.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "/src/libQt6PrintSupport.so.6", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
    ]
    links = {
        "/src/cups.so": ["libQt6PrintSupport.so.6", "libcups.so.2", "libgnutls.so.30", "libz.so.1"],
        "/src/QtGui.abi3.so": ["libz.so.1"],
    }
    kept = {d for d, _, _ in _contents().prune_unlinked(binaries, lambda s: links.get(s, []))}
    assert kept == {
        plugin,
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "libz.so.1",
        "PySide6/QtGui.abi3.so",
    }
