"""Is a database file on a network share (SMB/CIFS, NFS, sshfs …)?

SQLite's WAL mode keeps its index in shared memory, which only processes on one host can
share: on a network filesystem two desktops would each see their own index and could
damage the database. The engine therefore falls back to a rollback journal there
(db/engine.py), and the console warns the user (console/core/database.py).

Detection only reads what the operating system says about the file's location; the
sources are parameters so that tests need no real share:
- POSIX (Linux): the filesystem type of the mount holding the file, from
  ``/proc/self/mountinfo``;
- Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter whose type is
  DRIVE_REMOTE (a mapped network drive), from ``GetDriveTypeW``.
Elsewhere (macOS) nothing is known and nothing is claimed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

MOUNTINFO = Path("/proc/self/mountinfo")
DRIVE_REMOTE = 4  # GetDriveTypeW: "the drive is a remote (network) drive"

# Filesystem types that reach the file over the network. FUSE types are "fuse.<name>".
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda",
        "9p", "ceph", "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs",
        "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.rclone", "fuse.davfs2",
        "fuse.s3fs", "fuse.smbnetfs", "fuse.gvfsd-fuse",
    }
)  # fmt: skip


def network_share(
    path: str | os.PathLike[str],
    *,
    mountinfo: str | None = None,
    drive_type: Callable[[str], int] | None = None,
    windows: bool | None = None,
) -> str | None:
    """What kind of network location holds ``path`` (``"cifs"``, ``"nfs4"``, ``"UNC"``,
    ``"network drive"``), or None if it is local or cannot be told.

    ``mountinfo`` and ``drive_type`` replace the operating system's answers (tests);
    ``windows`` chooses the rules (default: this machine's)."""
    if windows if windows is not None else os.name == "nt":
        return _windows_share(str(path), drive_type or _get_drive_type)
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:  # not Linux, or /proc not mounted: nothing to say
            return None
    return _posix_share(str(path), mountinfo)


def _windows_share(path: str, drive_type: Callable[[str], int]) -> str | None:
    # Extended-length paths: \\?\UNC\server\share is a UNC path, \\?\C:\ a drive.
    for prefix in ("\\\\?\\", "//?/"):
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            if rest[:4].upper() in ("UNC\\", "UNC/"):
                return "UNC"
            path = rest
    drive = PureWindowsPath(path).drive
    if drive.startswith(("\\\\", "//")):
        return "UNC"
    if len(drive) == 2 and drive[1] == ":":
        return "network drive" if drive_type(drive + "\\") == DRIVE_REMOTE else None
    return None


def _get_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:  # not Windows after all
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash in paths as octal escapes."""
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def _posix_share(path: str, mountinfo: str) -> str | None:
    """The filesystem type of the mount that holds ``path``: the longest mount point
    above it, the later one where a mount was stacked over another."""
    target = PurePosixPath(path)
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        # ID PARENT MAJ:MIN ROOT MOUNT_POINT OPTIONS [OPTIONAL…] - FSTYPE SOURCE SUPER_OPTIONS
        fields = line.split()
        if "-" not in fields[6:]:
            continue
        sep = fields.index("-", 6)
        if len(fields) <= sep + 1:
            continue
        mount_point = PurePosixPath(_unescape(fields[4]))
        if target != mount_point and mount_point not in target.parents:
            continue
        depth = len(mount_point.parts)
        if best is None or depth >= best[0]:
            best = (depth, fields[sep + 1])
    if best is None:
        return None
    fstype = best[1]
    return fstype if fstype in NETWORK_FILESYSTEMS else None
