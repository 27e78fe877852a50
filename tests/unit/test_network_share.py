"""A SQLite database in a shared network folder: recognised from what the operating system
says (an injected mountinfo or drive type, no real share), opened with a rollback journal
instead of WAL, and the user warned in plain words on the command line."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from console.core import i18n
from console.core.database import network_share_warning, open_database
from db import network_share as share_module
from db.engine import BUSY_TIMEOUT_MS
from db.network_share import DRIVE_REMOTE, network_share
from tests.cli import Account, main_as

MOUNTINFO = """\
21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
22 21 0:5 / /proc rw,nosuid - proc proc rw
30 21 0:40 / /mnt/share rw,relatime shared:20 - cifs //fileserver/督察 rw,vers=3.1.1
31 21 0:41 / /mnt/nfs rw,relatime - nfs4 nas:/export rw,vers=4.2
32 21 0:42 / /mnt/my\\040share rw - smb3 //srv/a\\040b rw
33 30 8:2 / /mnt/share/local rw - ext4 /dev/sdb1 rw
34 21 0:43 / /home/zhang/remote rw,nosuid - fuse.sshfs zhang@srv:/data rw
35 21 0:44 / /media/usb rw - vfat /dev/sdc1 rw
36 21 0:45 / /mnt/nfs rw - tmpfs tmpfs rw
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/share/督察/ducha.sqlite3", "cifs"),
        ("/mnt/share", "cifs"),
        ("/mnt/my share/ducha.sqlite3", "smb3"),  # mountinfo escapes the space
        ("/home/zhang/remote/ducha.sqlite3", "fuse.sshfs"),
        ("/home/zhang/ducha.sqlite3", None),  # the local disk
        ("/mnt/shared/ducha.sqlite3", None),  # a name that only begins like the share
        ("/mnt/share/local/ducha.sqlite3", None),  # a local disk mounted inside the share
        ("/mnt/nfs/ducha.sqlite3", None),  # a later local mount stacked over the NFS one
        ("/media/usb/ducha.sqlite3", None),  # a USB stick is local
    ],
)
def test_the_mount_holding_the_file_decides(path: str, kind: str | None) -> None:
    assert network_share(path, mountinfo=MOUNTINFO, windows=False) == kind


def test_nothing_is_claimed_without_mount_information() -> None:
    assert network_share("/data/ducha.sqlite3", mountinfo="", windows=False) is None
    assert network_share("/data/x", mountinfo="garbage\n1 2 3\n", windows=False) is None


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"\\fileserver\督察\ducha.sqlite3", "UNC"),
        ("//fileserver/share/ducha.sqlite3", "UNC"),
        (r"\\?\UNC\fileserver\share\ducha.sqlite3", "UNC"),
        (r"Z:\督察\ducha.sqlite3", "network drive"),
        (r"\\?\Z:\ducha.sqlite3", "network drive"),
        (r"C:\Users\zhang\AppData\Local\Ducha\ducha.sqlite3", None),
        (r"D:\ducha.sqlite3", None),
    ],
)
def test_unc_paths_and_mapped_drives_on_windows(path: str, kind: str | None) -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # 3: DRIVE_FIXED

    assert network_share(path, drive_type=drive_type, windows=True) == kind
    assert all(root.endswith(":\\") for root in asked)


def _mount_as_share(monkeypatch: pytest.MonkeyPatch, folder: Path, fstype: str) -> Path:
    """As far as Linux says, ``folder`` is a mount of a network filesystem."""
    if os.name == "nt":
        pytest.skip("mountinfo is Linux's")
    folder = folder.resolve()
    mountinfo = folder.parent / f"mountinfo-{folder.name}"
    escaped = str(folder).replace("\\", "\\134").replace(" ", "\\040")
    mountinfo.write_text(
        f"21 1 8:1 / / rw - ext4 /dev/sda1 rw\n40 21 0:50 / {escaped} rw - {fstype} srv:/x rw\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(share_module, "MOUNTINFO", mountinfo)
    return folder


@pytest.fixture
def on_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that is, as far as Linux says, a CIFS share."""
    folder = tmp_path / "share"
    folder.mkdir()
    return _mount_as_share(monkeypatch, folder, "cifs")


def _journal_mode(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:  # closed: an open one keeps WAL in use
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


def test_a_database_on_a_share_uses_a_rollback_journal_and_warns(on_a_share: Path) -> None:
    path = on_a_share / "ducha.sqlite3"
    database = open_database(path)
    try:
        assert database.network_share == "cifs"
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
        i18n.set_language("en")
        warning = network_share_warning(database)
        assert warning is not None
        assert "shared network folder" in warning and "PostgreSQL" in warning
        assert str(on_a_share) not in warning  # advice, not a path
    finally:
        database.close()
    assert not Path(f"{path}-wal").exists()


def test_a_local_database_keeps_wal_and_no_warning(tmp_path: Path) -> None:
    database = open_database(tmp_path / "ducha.sqlite3")
    try:
        assert database.network_share is None
        assert network_share_warning(database) is None
    finally:
        database.close()
    assert _journal_mode(tmp_path / "ducha.sqlite3") == "wal"


def test_a_wal_database_moved_onto_a_share_leaves_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "local"
    open_database(local / "ducha.sqlite3").close()
    assert _journal_mode(local / "ducha.sqlite3") == "wal"
    share = tmp_path / "share"
    share.mkdir()
    (local / "ducha.sqlite3").rename(share / "ducha.sqlite3")
    _mount_as_share(monkeypatch, share, "nfs4")
    open_database(share / "ducha.sqlite3").close()
    assert _journal_mode(share / "ducha.sqlite3") == "delete"


def test_another_desktop_holding_it_in_wal_does_not_stop_the_start(on_a_share: Path) -> None:
    path = on_a_share / "ducha.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        open_database(path).close()  # made by Ducha; then an older one opens it in WAL
        assert other.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        other.execute("SELECT count(*) FROM unit").fetchall()
        database = open_database(path)  # cannot leave WAL while held: carries on in it
        try:
            assert _journal_mode(path) == "wal"
            assert database.network_share == "cifs"
            assert network_share_warning(database) is not None
        finally:
            database.close()


SOMEONE = Account("someone", "Any#Pass-2026")


def test_the_command_line_prints_the_warning(
    on_a_share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = on_a_share / "ducha.sqlite3"
    # Opening the new file warns at once, before the sign-in (refused: no accounts yet).
    assert main_as(SOMEONE, "--lang", "en", "unit", "list", "--db", str(db)) == 1
    warning, refusal = capsys.readouterr().err.splitlines()
    assert warning.startswith("ducha: warning: The database is in a shared network folder.")
    assert "PostgreSQL" in warning and "ducha init" in refusal


def test_the_command_line_says_nothing_for_a_local_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main_as(SOMEONE, "--lang", "en", "unit", "list", "--db", db) == 1
    (refusal,) = capsys.readouterr().err.splitlines()  # no accounts yet, and no warning
    assert "ducha init" in refusal
