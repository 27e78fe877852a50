"""What goes wrong is said in a user's words: a refused file, a full disk or a bug never
reaches a supervisor as an error number or an exception's name."""

from __future__ import annotations

import errno

from console.core.errors import NotFound
from console.ui.errors import in_words


def test_failures_read_as_plain_words() -> None:
    assert in_words(NotFound("没有工号为 A0001 的人员。")) == "没有工号为 A0001 的人员。"
    refused = PermissionError(errno.EACCES, "Permission denied", "/tmp/排名.xlsx")
    assert in_words(refused) == (
        "the file is open in another program (Excel?) or the folder is read-only"
    )
    full = OSError(errno.ENOSPC, "No space left on device", "/tmp/x.pdf")
    assert in_words(full) == "the disk is full"
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "/nowhere/x.pdf")
    assert in_words(gone) == "the file or folder does not exist"
    for bug in (KeyError("point_tally"), RuntimeError("row_version mismatch")):
        words = in_words(bug)
        assert "point_tally" not in words and "row_version" not in words
        assert words == "an unexpected problem; the details are in Ducha's log file"
