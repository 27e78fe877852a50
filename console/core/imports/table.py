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

import contextlib
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

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


def _xlsx_rows(path: Path) -> Rows:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise _file_error(
            _t("{name} is not a readable Excel workbook (.xlsx): {error}").format(
                name=path.name, error=exc
            )
        ) from exc
    try:
        ws = wb.worksheets[0]  # the data sheet comes first (the template's 说明 second)
        # Read-only sheets yield every row from row 1, blank ones included, in order.
        yield from ws.iter_rows(values_only=True)
    finally:
        wb.close()


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Excel on Chinese Windows saves "CSV" in the ANSI code page: GBK, inside GB18030.
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _file_error(
            _t("{name} is neither UTF-8 nor GB18030 text: save it as CSV UTF-8 or .xlsx.").format(
                name=name
            )
        ) from exc


def _csv_rows(path: Path) -> Rows:
    text = _decode(path.read_bytes(), path.name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    # Excel writes commas; a tab-separated "text" export is accepted as well.
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield tuple(record)


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


def _clean(value: object) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if value is None or isinstance(value, int | float | Decimal | date | bool):
        return value
    return str(value)  # times and durations: reported as unreadable text where it matters


# --- the header ---------------------------------------------------------------------


def _match_header(row: Sequence[Cell], fmt: FileFormat) -> dict[int, Column]:
    lookup = {normalise_header(name): col for col in fmt.columns for name in col.accepted}
    found: dict[int, Column] = {}
    for index, cell in enumerate(row):
        if isinstance(cell, str) and (col := lookup.get(normalise_header(cell))):
            found[index] = col
    return found


def _check_header(
    row_no: int, row: Sequence[Cell], matched: dict[int, Column], fmt: FileFormat
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


def _is_total_row(cells: Sequence[Cell]) -> bool:
    first = next((c for c in cells if c is not None), None)
    return isinstance(first, str) and first.casefold() in TOTAL_ROW_MARKERS


def _scan(
    grid: Rows, fmt: FileFormat
) -> tuple[int, dict[str, str], list[TableRow], tuple[int, tuple[Cell, ...]] | None]:
    """(header row, headers as written, data rows, first non-blank row)."""
    header_no = 0
    columns: dict[int, Column] = {}
    written: dict[str, str] = {}
    first_nonblank: tuple[int, tuple[Cell, ...]] | None = None
    rows: list[TableRow] = []
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
        values = {
            col.key: cells[index] if index < len(cells) else None for index, col in columns.items()
        }
        rows.append(TableRow(row_no, values))
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


def _number(value: Cell) -> Decimal:
    if isinstance(value, date | bool):
        raise CellError(_t("Not a number: {value}").format(value=cell_text(value)))
    try:
        number = parse_decimal(value)
    except ValueError:
        number = None
    if number is None:
        raise CellError(_t("Not a number: {value}").format(value=cell_text(value)))
    return number


_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def cell_date(value: Cell) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value) or ""
    m = _DATE.match(unicodedata.normalize("NFKC", text)) or _COMPACT_DATE.match(text)
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
    try:
        return YearMonth.parse(text)
    except ValueError:
        pass
    try:
        return YearMonth.of(cell_date(text))
    except CellError:
        pass
    raise CellError(_t("Not a month: {value} (write 2026-10 or 2026年10月).").format(value=text))
