"""Files private to the user: the database, its backups and the logs.

On POSIX they are created readable and writable by their owner only (files 0600, the
folders Ducha creates 0700), whatever the process's umask: a file is created empty with
its mode set before any data is written to it, and the mode is set again with chmod,
which the umask does not touch. SQLite gives a database's -wal, -shm and -journal files
the mode of the database file itself, so they follow.

On Windows the files live in the user's profile folder (platformdirs: AppData\\Local),
which only that user and administrators can read; os.chmod there only sets the read-only
flag, so nothing is changed.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Make ``path`` and any missing parents; those created here are owner-only. A folder
    that already exists (the user's own Documents, a chosen backup folder) is left as
    the user set it."""
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if POSIX:
        for folder in missing:
            os.chmod(folder, PRIVATE_DIR)
    return path


def own_dir(path: Path) -> Path:
    """A folder that is Ducha's own (its data or log folder): owner-only, even if it was
    created before (platformdirs creates it with the umask's mode)."""
    private_dir(path)
    if POSIX:
        os.chmod(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only if it does not exist yet, before anything is
    written to it. An existing file is left as it is."""
    if not POSIX:
        return path
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return path
    try:
        os.fchmod(fd, PRIVATE_FILE)  # the umask may have removed bits; now exactly 0600
    finally:
        os.close(fd)
    return path


def make_private(path: Path) -> None:
    """Set an existing file owner-only (a copy made by a tool that follows the umask)."""
    if POSIX and path.exists():
        os.chmod(path, PRIVATE_FILE)
