"""The typefaces of a printed document (GB/T 9704-2012): found on the machine, embedded.

An official document sets its body in 仿宋 (FangSong_GB2312 or FangSong), its title in
小标宋 (or 宋体), first-level headings in 黑体 and second-level ones in 楷体. Those faces are
licensed with Windows or with the bureau's publishing software and may not be shipped, so
they are looked for at run time: in Windows' font folders (the system one and the
per-user one, where a separately bought 方正小标宋 usually lands) and in the fontconfig
folders of Linux. Any role left without its official face takes a stand-in — 宋体 for the
body and the title, or else the shipped WenQuanYi Micro Hei — and ``Fonts.missing`` names
the official faces that were not found, so the document can say so in one line.

reportlab embeds only TrueType outlines and never falls back per character: the shipped
face is always registered, and any text with a character the chosen face lacks is drawn
in it instead (``markup``, ``face_for``), so no name prints as a blank box.
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from console.core.i18n import N_, tr_context
from exports.safe_text import printable

_t = tr_context("reports")

FONT_FILE = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "wqy-microhei.ttc"
SHIPPED_FACE = "DuchaSans"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


@dataclass(frozen=True)
class Face:
    """One official face: its name in the standard and the file names it ships under,
    most wanted first (lower case; a name ending in "*" matches any file starting so)."""

    role: str
    name: str  # as the standard names it, translated for the note
    files: tuple[str, ...]


FANGSONG = Face(
    "body",
    N_("FangSong"),
    (
        "fangsong_gb2312.ttf",
        "仿宋_gb2312.ttf",
        "simfang.ttf",
        "fangsong.ttf",
        "仿宋.ttf",
        "stfangso.ttf",
    ),
)
XIAOBIAOSONG = Face(
    "title",
    N_("XiaoBiaoSong"),
    ("fzxiaobiaosong*", "fzxbsjw*", "fzxbsk*", "方正小标宋*", "stxiaobiaosong*", "小标宋*"),
)
HEITI = Face("heading", N_("HeiTi"), ("simhei.ttf", "黑体.ttf", "stheiti*"))
KAITI = Face(
    "subheading",
    N_("KaiTi"),
    ("kaiti_gb2312.ttf", "楷体_gb2312.ttf", "simkai.ttf", "kaiti.ttf", "楷体.ttf", "stkaiti*"),
)
SONGTI = Face("song", N_("SongTi"), ("simsun.ttc", "simsun.ttf", "宋体.ttf", "stsong*"))


@dataclass(frozen=True)
class Fonts:
    """The registered face for each role of a document."""

    body: str  # 正文: 仿宋, else 宋体, else the shipped face
    heading: str  # 一级标题: 黑体, else the body face
    fallback: str = SHIPPED_FACE  # covers what the others lack
    title: str = ""  # 标题: 小标宋, else 宋体, else the heading face
    subheading: str = ""  # 二级标题: 楷体, else the body face
    missing: tuple[str, ...] = ()  # official faces not found (untranslated names)
    title_bold: bool = False  # the title is 宋体 standing in for 小标宋: set it bold
    song: str = ""  # 宋体, for the page numbers, when found

    @property
    def page_number_face(self) -> str:
        """Page numbers are set in 宋体 (half-width digits); else in the title face."""
        return self.song or self.title_face

    @property
    def title_face(self) -> str:
        return self.title or self.heading

    @property
    def subheading_face(self) -> str:
        return self.subheading or self.body

    def missing_text(self) -> str:
        """The official faces not found, as the reader says them: "仿宋、小标宋"."""
        return _t(", ").join(_t(name) for name in self.missing)


def system_font_dirs() -> list[Path]:
    """Where installed faces live: Windows' system and per-user font folders, or the
    fontconfig folders of Linux (and macOS's)."""
    if os.name == "nt":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs = [Path(windir) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    home = Path.home()
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    dirs = [
        Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "fonts",
        home / ".fonts",
        *(Path(d) / "fonts" for d in data_dirs.split(os.pathsep) if d),
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
    ]
    return list(dict.fromkeys(dirs))


def system_font_dir() -> Path | None:
    """Windows' font folder; None elsewhere (kept for callers that want one folder)."""
    dirs = system_font_dirs()
    return dirs[0] if os.name == "nt" else None


def font_files(folders: Iterable[Path]) -> dict[str, Path]:
    """Every font file under the folders (searched through), by lower-case file name;
    the first folder wins a name found twice. Unreadable folders are skipped."""
    found: dict[str, Path] = {}
    for folder in folders:
        for root, _dirs, files in os.walk(folder, onerror=lambda _e: None):
            for name in files:
                key = name.lower()
                if key.endswith(FONT_SUFFIXES) and key not in found:
                    found[key] = Path(root) / name
    return found


def candidates(face: Face, files: dict[str, Path]) -> list[Path]:
    """The files that may hold the face, most wanted first."""
    out: list[Path] = []
    for pattern in face.files:
        if pattern.endswith("*"):
            stem = pattern[:-1]
            out.extend(files[k] for k in sorted(files) if k.startswith(stem))
        elif pattern in files:
            out.append(files[pattern])
    return list(dict.fromkeys(out))


def _register(name: str, path: Path) -> bool:
    """Register a TrueType face (face 0 of a collection); False if it cannot be embedded."""
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    if not path.is_file():
        return False
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError):
        # PostScript outlines, a licence that forbids embedding, a damaged file.
        return False
    return True


def _first(face: Face, files: dict[str, Path], tag: str) -> str | None:
    """Register the first usable file of the face; its registered name, or None."""
    for i, path in enumerate(candidates(face, files)):
        name = f"Ducha-{face.role}-{tag}-{i}"
        if _register(name, path):
            return name
    return None


@cache
def register_fonts(font_dir: Path | None = None, *, use_system: bool = True) -> Fonts:
    """Register the faces once per process and say which to use for what.

    ``font_dir`` replaces the machine's font folders (tests); ``use_system=False`` uses
    only the shipped face.
    """
    if not _register(SHIPPED_FACE, FONT_FILE):
        raise FileNotFoundError(f"the shipped font is missing: {FONT_FILE}")
    official = (FANGSONG, XIAOBIAOSONG, HEITI, KAITI)
    if not use_system:
        return Fonts(SHIPPED_FACE, SHIPPED_FACE, missing=tuple(f.name for f in official))
    folders: Sequence[Path] = [font_dir] if font_dir is not None else system_font_dirs()
    files = font_files(folders)
    # Names tied to the folders, so that faces from different folders never collide.
    tag = hashlib.sha1("|".join(map(str, folders)).encode()).hexdigest()[:8]
    found = {f.role: _first(f, files, tag) for f in (*official, SONGTI)}
    song = found["song"]
    body = found["body"] or song or SHIPPED_FACE
    heading = found["heading"] or body
    return Fonts(
        body=body,
        heading=heading,
        title=found["title"] or song or heading,
        subheading=found["subheading"] or body,
        missing=tuple(f.name for f in official if not found[f.role]),
        title_bold=not found["title"] and song is not None,
        song=song or "",
    )


@cache
def _coverage(face: str) -> frozenset[int]:
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


def covers(face: str, text: str) -> bool:
    """Whether the face has a glyph for every (non-space) character of the text."""
    chars = _coverage(face)
    return all(ord(ch) in chars for ch in text if not ch.isspace())


def face_for(text: str, face: str, fonts: Fonts) -> str:
    """The face to draw a whole string in: the wanted one if it covers it, else the
    shipped one (for canvas strings and plain table cells, which take one face)."""
    return face if face == fonts.fallback or covers(face, text) else fonts.fallback


def markup(text: str, face: str, fonts: Fonts) -> str:
    """Paragraph markup for plain text: XML-escaped, with every run of characters the
    face lacks switched to the shipped face — per-character fallback.

    Stored text is only ever text here: a name such as ``<b>`` or ``&amp;`` prints as
    typed, and characters no PDF text can carry (control characters) are dropped.
    """
    text = printable(text)
    if face == fonts.fallback or covers(face, text):
        return html.escape(text, quote=False)
    chars = _coverage(face)
    out: list[str] = []
    run: list[str] = []
    missing = False
    for ch in text:
        lacks = not ch.isspace() and ord(ch) not in chars
        if lacks != missing and run:
            out.append(_run("".join(run), fonts.fallback if missing else None))
            run = []
        missing = lacks
        run.append(ch)
    if run:
        out.append(_run("".join(run), fonts.fallback if missing else None))
    return "".join(out)


def _run(text: str, face: str | None) -> str:
    escaped = html.escape(text, quote=False)
    return f'<font face="{face}">{escaped}</font>' if face else escaped
