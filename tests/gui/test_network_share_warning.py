"""Starting the console on a database in a shared network folder: one warning, in plain
words, before signing in; none for a database on this computer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from console.ui import app as app_module
from db import network_share as share_module


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[tuple[str, str]]:
    """``run_gui`` up to the sign-in, which is cancelled; the message boxes it showed."""
    shown: list[tuple[str, str]] = []

    def warning(_parent: Any, title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(app_module.crash, "install", lambda: None)  # pytest-qt's hook stays
    monkeypatch.setattr(app_module, "sign_in", lambda _db, _demo: None)
    return shown


def test_a_database_on_a_share_is_warned_of_once(
    started: list[tuple[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.name == "nt":
        pytest.skip("mountinfo is Linux's")
    folder = tmp_path.resolve()
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        f"21 1 8:1 / / rw - ext4 /dev/sda1 rw\n40 21 0:50 / {folder} rw - cifs //srv/督察 rw\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(share_module, "MOUNTINFO", mountinfo)
    assert app_module.run_gui(str(folder / "ducha.sqlite3"), lang="en") == 0
    assert len(started) == 1
    title, text = started[0]
    assert title == "Database in a network folder"
    assert "shared network folder" in text and "PostgreSQL" in text
    assert str(folder) not in text


def test_a_local_database_starts_without_a_warning(
    started: list[tuple[str, str]], tmp_path: Path
) -> None:
    assert app_module.run_gui(str(tmp_path / "ducha.sqlite3"), lang="en") == 0
    assert started == []
