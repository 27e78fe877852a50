"""Reading an import file (.xlsx, or .csv in UTF-8, UTF-8 with BOM or GB18030) into rows.

Each import kind describes its columns once (``FileFormat``); the reader, the template
writer (``exports.templates_xlsx``) and docs/import-formats.md follow that description,
so a header the template writes is a header the reader accepts.

Headers may be Chinese or English, and are matched loosely: case, spaces, ``_ - . *``
and a trailing unit in brackets (``简易程序（件）``) do not matter. Columns the format does
not know (name, unit name, remarks of the platform's export) are ignored. Title rows
above the header (down to row 10) are skipped; blank rows and the platform's total rows
(合计, 总计, 小计) are ignored. Row numbers are those a user sees in Excel.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError, iterparse

from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.scoring.rules import parse_decimal
from glossary import YearMonth

_t = tr_context("imports")

Cell = str | int | float | Decimal | date | datetime | bool | None
Rows = Generator[tuple[Cell, ...], None, None]

# A title or a note may stand above the header, down to this row (as for the catalogue).
HEADER_SEARCH_ROWS = 10
TOTAL_ROW_MARKERS = frozenset({"合计", "总计", "小计", "total"})
XLSX_SUFFIXES = (".xlsx", ".xlsm")
MAX_ID = 2**31 - 1  # record numbers are 32-bit integers in PostgreSQL


class ColumnKind(StrEnum):
    TEXT = "text"
    COUNT = "count"  # a whole number ≥ 0
    QUANTITY = "quantity"  # a number > 0 with at most two decimals
    DATE = "date"
    MONTH = "month"


@dataclass(frozen=True)
class Column:
    """One column of an import format.

    ``description`` is English marked with ``N_`` in the module that defines the format
    (context "imports"); it is translated when shown.
    """

    key: str
    header: str  # the Chinese header the template writes
    english: str  # the English header, accepted as well
    kind: ColumnKind = ColumnKind.TEXT
    required: bool = True  # the column must be in the file
    alternative: str | None = None  # ... unless this other column is
    aliases: tuple[str, ...] = ()
    description: str = ""
    example: str = ""

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.header, self.english, *self.aliases)


@dataclass(frozen=True)
class FileFormat:
    kind: str  # the name on the command line: cases, events, …
    title: str  # English, N_-marked; translated when shown
    sheet: str  # the data sheet's name in the template
    columns: tuple[Column, ...]
    notes: tuple[str, ...] = ()  # English, N_-marked: rules of the whole file

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def default_headers(self) -> dict[str, str]:
        return {c.key: c.header for c in self.columns}


@dataclass(frozen=True)
class TableRow:
    row: int  # as Excel numbers it (the header is usually row 1)
    values: Mapping[str, Cell]  # column key → cell; None when blank or absent

    def get(self, key: str) -> Cell:
        return self.values.get(key)


@dataclass(frozen=True)
class Table:
    headers: Mapping[str, str]  # column key → the header as written (else the template's)
    rows: list[TableRow]
    present: frozenset[str]  # keys of the columns the file has


def normalise_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\([^()]*\)\s*$", "", text.strip())  # 简易程序(件) → 简易程序
    return re.sub(r"[\s_\-.*:]", "", text)


def _file_error(message: str) -> ValidationError:
    return ValidationError([FieldError("file", message)])


# --- reading the raw grid -----------------------------------------------------------

# What a damaged workbook raises from inside openpyxl, zipfile and the XML parser: a
# broken or cut zip (BadZipFile, zlib.error, EOFError, an unsupported zip feature:
# NotImplementedError), a missing part (KeyError), XML that is cut or not XML
# (ParseError), and values or coordinates that are not what the format says (ValueError,
# e.g. NaN in a number cell, ZZZZZZ2 as a cell address). Nothing else is caught: any
# other exception is a bug of ours and goes to the crash handler.
_BROKEN_WORKBOOK = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    KeyError,
    ValueError,
    ParseError,
    LookupError,  # an XML declaration naming an encoding that does not exist
)
# Parts other than the data sheet (chart sheets, drawings) are parsed by openpyxl as the
# workbook opens; parts it does not expect make it fail on attributes of what it found.
_BROKEN_PARTS = (AttributeError, TypeError)
EXCEL_CELL_LIMIT = 32_767  # characters: Excel's own limit for one cell
# Excel's error values: a cell showing one holds no figure to import.
EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)
# Columns whose text may run over several lines (Alt+Enter in Excel) or hold a tab.
MULTILINE_KEYS = frozenset({"note", "description", "evidence", "text"})


@dataclass(frozen=True)
class UnreadCell:
    """A cell the grid could not take at its word; the scan reports it with its column."""

    message: str


GridCell = Cell | UnreadCell


def _open_workbook(path: Path, data_only: bool):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except (InvalidFileException, *_BROKEN_WORKBOOK, *_BROKEN_PARTS) as exc:
        raise _file_error(
            _t(
                "{name} is not a readable Excel workbook (.xlsx): it is damaged or of another "
                "kind. Open it in Excel and save it again as .xlsx."
            ).format(name=path.name)
        ) from exc


def _has_formulas(path: Path, part: str) -> bool:
    """Whether the sheet's XML holds a formula element (<f>), read as a stream."""
    with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as stream:
        tail = b""
        while chunk := stream.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def _xlsx_rows(path: Path) -> Rows:
    wb = _open_workbook(path, data_only=True)
    try:
        if not wb.worksheets:  # chart sheets only
            message = _t("{name} holds no worksheet, only charts: import the sheet of data.")
            raise _file_error(message.format(name=path.name))
        ws = wb.worksheets[0]  # the data sheet comes first (the template's 说明 second)
        row_no = 0
        try:
            # A formula's stored result is read as the cell's value. Excel always stores
            # one; other programs may not, and then openpyxl gives None, which would read
            # as blank: those cells are found in the sheet's XML, in one light pass made
            # only for a sheet that has formulas at all.
            part = ws._worksheet_path
            uncached = _uncached_formulas(path, part) if _has_formulas(path, part) else {}
            # Read-only sheets yield every row from row 1, blank ones included, in order.
            for row_no, row in enumerate(ws.iter_rows(values_only=True), start=1):
                yield _mark_uncached(row_no, row, uncached) if uncached else row
        except _BROKEN_WORKBOOK as exc:
            raise _file_error(
                _t(
                    "{name}, sheet {sheet}: the sheet is damaged after row {row} and cannot be "
                    "read. Open it in Excel and save it again as .xlsx."
                ).format(name=path.name, sheet=ws.title, row=row_no)
            ) from exc
    finally:
        wb.close()


def _uncached_formulas(path: Path, part: str) -> dict[tuple[int, int], str]:
    """(row, column) → formula, of the cells that hold a formula and no stored result."""
    from openpyxl.utils import column_index_from_string

    found: dict[tuple[int, int], str] = {}
    row_no = col_no = 0
    with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as stream:
        for event, element in iterparse(stream, events=("start", "end")):
            tag = element.tag.rsplit("}", 1)[-1]
            if event == "start":
                if tag == "row":
                    row_no = int(element.get("r") or row_no + 1)
                    col_no = 0
                continue
            if tag == "c":
                ref = element.get("r")
                col_no = column_index_from_string(ref.rstrip("0123456789")) if ref else col_no + 1
                children = {child.tag.rsplit("}", 1)[-1]: child for child in element}
                formula, value = children.get("f"), children.get("v")
                if formula is not None and (value is None or not value.text):
                    found[(row_no, col_no)] = "=" + (formula.text or "")
            elif tag == "row":
                element.clear()  # keep memory flat on 100,000 rows
    return found


def _mark_uncached(
    row_no: int, values: tuple[Any, ...], uncached: dict[tuple[int, int], str]
) -> tuple[Any, ...]:
    """The row's values, with a formula that has no stored result marked as unread."""
    marked = list(values)
    for i, value in enumerate(values):
        if value is None and (formula := uncached.get((row_no, i + 1))) is not None:
            marked[i] = UnreadCell(
                _t(
                    "The cell holds the formula {formula} without its result: in Excel, copy "
                    "the column and paste it as values, then save the file again."
                ).format(formula=formula[:60])
            )
    return tuple(marked)


def _decode(data: bytes, name: str) -> str:
    # Excel's "Unicode text" is UTF-16 (or, rarely, UTF-32) with a byte-order mark.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _file_error(
            _t(
                '{name} is UTF-16 text (Excel\'s "Unicode text"): save it as CSV UTF-8 or .xlsx.'
            ).format(name=name)
        )
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _mixed(data, exc, name) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # UTF-8 text up to a point, then other bytes: two encodings in one file. (GB18030
        # text rarely passes as UTF-8 for more than a character or two.)
        if sum(b >= 0xC0 for b in data[: exc.start]) >= 4:
            raise _mixed(data, exc, name) from exc
    if b"\x00" in data:
        raise _file_error(
            _t(
                "{name} holds zero bytes: it is UTF-16 text without a byte-order mark, or not "
                "text at all. Save it as CSV UTF-8 or .xlsx."
            ).format(name=name)
        )
    try:
        # Excel on Chinese Windows saves "CSV" in the ANSI code page: GBK, inside GB18030.
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _file_error(
            _t("{name} is neither UTF-8 nor GB18030 text: save it as CSV UTF-8 or .xlsx.").format(
                name=name
            )
        ) from exc


def _mixed(data: bytes, exc: UnicodeDecodeError, name: str) -> ValidationError:
    line = data[: exc.start].count(b"\n") + 1
    return _file_error(
        _t(
            "{name}, line {line}: the text changes its encoding here (UTF-8 before, something "
            "else from here on). Save the whole file again as CSV UTF-8."
        ).format(name=name, line=line)
    )


def _csv_rows(path: Path) -> Rows:
    text = _decode(path.read_bytes(), path.name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    # Excel writes commas; a tab-separated "text" export is accepted as well.
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            yield tuple(record)
    except csv.Error as exc:
        # The field limit (128 KiB) is the one error a lenient reader still raises.
        raise _file_error(
            _t(
                "{name}, line {line}: a cell is far too long (over {limit} characters); a "
                "quotation mark is probably not closed."
            ).format(name=path.name, line=reader.line_num, limit=f"{csv.field_size_limit():,}")
        ) from exc


def _grid(path: Path) -> Rows:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise _file_error(_t("No such file: {path}").format(path=path))
    if suffix in XLSX_SUFFIXES:
        return _xlsx_rows(path)
    if suffix in (".csv", ".txt"):
        return _csv_rows(path)
    if suffix == ".xls":
        raise _file_error(
            _t("{name} is in the old Excel format (.xls): save it as .xlsx first.").format(
                name=path.name
            )
        )
    raise _file_error(_t("{name}: import files are .xlsx or .csv.").format(name=path.name))


def _clean(value: object) -> GridCell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if value is None or isinstance(value, int | float | Decimal | date | bool | UnreadCell):
        return value
    return str(value)  # times and durations: reported as unreadable text where it matters


def _unreadable(key: str, value: GridCell) -> str | None:
    """Why a data cell cannot be taken at its word, or None: what every kind refuses."""
    if isinstance(value, UnreadCell):
        return value.message
    if not isinstance(value, str):
        return None
    if len(value) > EXCEL_CELL_LIMIT:
        return _t("The cell holds {n} characters; at most {limit} are read.").format(
            n=f"{len(value):,}", limit=f"{EXCEL_CELL_LIMIT:,}"
        )
    if value in EXCEL_ERRORS:
        return _t("The cell shows the Excel error {value}: correct it first.").format(value=value)
    allowed = "\t\n\r" if key in MULTILINE_KEYS else ""
    bad = next((ch for ch in value if unicodedata.category(ch) == "Cc" and ch not in allowed), None)
    if bad is not None:
        return _t(
            "The cell holds an invisible control character (U+{code}): retype the text."
        ).format(code=f"{ord(bad):04X}")
    return None


# --- the header ---------------------------------------------------------------------


def _match_header(row: Sequence[GridCell], fmt: FileFormat) -> dict[int, Column]:
    lookup = {normalise_header(name): col for col in fmt.columns for name in col.accepted}
    found: dict[int, Column] = {}
    for index, cell in enumerate(row):
        if isinstance(cell, str) and (col := lookup.get(normalise_header(cell))):
            found[index] = col
    return found


def _check_header(
    row_no: int, row: Sequence[GridCell], matched: dict[int, Column], fmt: FileFormat
) -> list[FieldError]:
    errors = []
    seen: dict[str, int] = {}
    for index, col in matched.items():
        if col.key in seen:
            errors.append(
                FieldError(
                    str(row[index]),
                    _t("Column {header} appears twice; keep one of them.").format(
                        header=col.header
                    ),
                    row_no,
                )
            )
        seen[col.key] = index
    missing = [
        col
        for col in fmt.columns
        if col.required
        and col.key not in seen
        and (col.alternative is None or col.alternative not in seen)
    ]
    if missing:
        expected = "、".join(c.header for c in fmt.columns)
        lacking = "、".join(f"{c.header} ({c.english})" for c in missing)
        errors.append(
            FieldError(
                "header",
                _t(
                    "The header row lacks {missing}. Expected headers: {expected} (Chinese "
                    "or English, as in the template)."
                ).format(missing=lacking, expected=expected),
                row_no,
            )
        )
    return errors


def _is_total_row(cells: Sequence[GridCell]) -> bool:
    first = next((c for c in cells if c is not None), None)
    return isinstance(first, str) and first.casefold() in TOTAL_ROW_MARKERS


def _scan(
    grid: Rows, fmt: FileFormat
) -> tuple[int, dict[str, str], list[TableRow], tuple[int, tuple[GridCell, ...]] | None]:
    """(header row, headers as written, data rows, first non-blank row).

    Raises ValidationError listing every data cell that no kind could read (a formula
    without its result, control characters, an overlong text, an Excel error value).
    """
    header_no = 0
    columns: dict[int, Column] = {}
    written: dict[str, str] = {}
    first_nonblank: tuple[int, tuple[GridCell, ...]] | None = None
    rows: list[TableRow] = []
    unread: list[FieldError] = []  # every cell no kind can read, reported together
    for row_no, raw in enumerate(grid, start=1):
        cells = tuple(_clean(v) for v in raw)
        if not header_no:
            if all(c is None for c in cells):
                continue
            if first_nonblank is None:
                first_nonblank = (row_no, cells)
            matched = _match_header(cells, fmt)
            if matched:
                errors = _check_header(row_no, cells, matched, fmt)
                if errors:
                    raise ValidationError(errors)
                header_no, columns = row_no, matched
                # Errors name a column the way the user wrote it.
                written = {col.key: str(cells[i]) for i, col in matched.items()}
            elif row_no >= HEADER_SEARCH_ROWS:
                break
            continue
        if all(c is None for c in cells) or _is_total_row(cells):
            continue
        values: dict[str, Cell] = {}
        for index, col in columns.items():
            cell = cells[index] if index < len(cells) else None
            if (problem := _unreadable(col.key, cell)) is not None:
                unread.append(FieldError(written[col.key], problem, row_no))
                cell = None
            values[col.key] = cell  # type: ignore[assignment]
        rows.append(TableRow(row_no, values))
    if unread:
        raise ValidationError(unread)
    return header_no, written, rows, first_nonblank


def read_table(path: str | Path, fmt: FileFormat) -> Table:
    """Read a file of the given format.

    Raises ValidationError for what makes the whole file unreadable: not a file of a
    known type, not decodable, no header row, a required column missing or doubled.
    Cell values are returned as read (text stripped, blank as None); checking them is
    the format's business, so that every bad cell of every row can be reported at once.
    """
    path = Path(path)
    try:
        # Closed at once: on Windows a workbook left open stays locked against Excel.
        with contextlib.closing(_grid(path)) as grid:
            header_no, written, rows, first_nonblank = _scan(grid, fmt)
    except OSError as exc:
        raise _file_error(
            _t("{name} cannot be read: {error}").format(name=path.name, error=exc.strerror or exc)
        ) from exc
    except csv.Error as exc:
        raise _file_error(
            _t("{name} is not a well-formed CSV file: {error}").format(name=path.name, error=exc)
        ) from exc
    if not header_no:
        if first_nonblank is None:
            raise _file_error(_t("{name} is empty.").format(name=path.name))
        raise ValidationError(_check_header(first_nonblank[0], first_nonblank[1], {}, fmt))
    return Table({**fmt.default_headers(), **written}, rows, frozenset(written))


# --- cell values ----------------------------------------------------------------------


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message says why."""


def cell_text(value: Cell) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 1001.0 from a number cell is the staff number 1001
    if isinstance(value, datetime):
        value = value.date()
    return str(value).strip() or None


def cell_count(value: Cell, maximum: int) -> int:
    """A whole number ≥ 0; blank is 0."""
    if value is None:
        return 0
    number = _number(value)
    if number < 0:
        raise CellError(_t("A count cannot be negative."))
    if number != number.to_integral_value():
        raise CellError(_t("A count is a whole number."))
    if number > maximum:
        raise CellError(_t("More than {n}: check the figure.").format(n=maximum))
    return int(number)


def cell_quantity(value: Cell, default: Decimal, maximum: Decimal) -> Decimal:
    """A number > 0 with at most two decimals; blank is the default."""
    if value is None:
        return default
    number = _number(value)
    if number <= 0:
        raise CellError(_t("The quantity must be greater than zero."))
    if number > maximum or number != number.quantize(Decimal("0.01")):
        raise CellError(
            _t("The quantity has at most two decimals and is below {n}.").format(n=maximum)
        )
    return number


def cell_id(value: Cell, maximum: int = MAX_ID) -> int | None:
    """The number of a record (培训编号, 检查编号): a whole number from 1; blank is None.

    Refuses what ``int()`` would take but no one typed: other scripts' digits, 1_000,
    superscripts, and numbers beyond what the database can hold.
    """
    if value is None:
        return None
    number = _number(value)
    if number != number.to_integral_value() or not 1 <= number <= maximum:
        raise CellError(
            _t("Not a record number (a whole number from 1): {value}").format(
                value=cell_text(value)
            )
        )
    return int(number)


def _number(value: Cell) -> Decimal:
    if isinstance(value, date | bool):
        raise CellError(_t("Not a number: {value}").format(value=cell_text(value)))
    try:
        number = parse_decimal(value)
    except ValueError as exc:  # ASCII or full-width digits only; no NaN, no overflow
        raise CellError(str(exc)) from exc
    if number is None:
        raise CellError(_t("Not a number: {value}").format(value=cell_text(value)))
    return number


# ASCII digits only (full-width ones are folded by NFKC first): a regex's \d would also
# take Arabic-Indic or Devanagari digits, and int() would read them.
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$", re.ASCII)
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$", re.ASCII)
_MONTH = re.compile(r"^\s*\d{4}\s*[-/.年]?\s*\d{1,2}\s*月?\s*$", re.ASCII)


def cell_date(value: Cell) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value) or ""
    text = unicodedata.normalize("NFKC", text)
    m = _DATE.match(text) or _COMPACT_DATE.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise CellError(_t("Not a date: {value} (write 2026-10-05).").format(value=text))


def cell_month(value: Cell) -> YearMonth:
    """2026-10, 2026/10, 202610, 2026年10月, or any date in the month."""
    if isinstance(value, date):
        return YearMonth.of(value)
    text = unicodedata.normalize("NFKC", cell_text(value) or "")
    if _MONTH.match(text):
        try:
            return YearMonth.parse(text)
        except ValueError:
            pass
    try:
        return YearMonth.of(cell_date(text))
    except CellError:
        pass
    raise CellError(_t("Not a month: {value} (write 2026-10 or 2026年10月).").format(value=text))
