"""The one import pipeline that every kind of file goes through.

A kind declares itself once as an ``ImportSpec``: its columns (a ``FileFormat``), how a
row of the file is read (``parse_row``), what it checks against the database (``load``
once, set-based, then ``check_row`` per row and ``check_all`` on the whole plan) and how
the planned rows are written (``write``). The pipeline, ``ImportSpec.run``, does the rest
the same way for all of them: the permission the kind asks for, one import at a time, the
user's units, the finalised months, every error of every row (sorted by row) before
anything is written, the write in the caller's one transaction, the bulk audit naming the
file, and the dry run (``CheckedOnly``: the Workspace rolls back whatever counting wrote).

Adding a kind is writing one module with its spec and naming it in ``registry``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.imports.checks import Scope, lock_problems, one_import_at_a_time
from console.core.imports.summary import CheckedOnly
from console.core.imports.table import (
    Cell,
    CellError,
    FileFormat,
    Table,
    TableRow,
    cell_text,
    read_table,
)
from console.core.permissions import require_write
from db.audit import record_bulk
from glossary import YearMonth

_t = tr_context("imports")

T = TypeVar("T")


class FileRow(Protocol):
    """What the pipeline needs of a row read from a file: where it was, what was wrong."""

    @property
    def row(self) -> int | None: ...

    @property
    def errors(self) -> tuple[FieldError, ...]: ...


RowT = TypeVar("RowT", bound=FileRow)
CtxT = TypeVar("CtxT")
PlanT = TypeVar("PlanT")
SumT = TypeVar("SumT")


@dataclass(frozen=True, kw_only=True)
class HeadedRow:
    """A row read from a file: where it is, what was wrong with its cells, and the file's
    headers (column key → header as written), so that messages name a column as the file
    does. Each kind's row adds its own fields."""

    row: int
    errors: tuple[FieldError, ...] = ()
    headers: Mapping[str, str]

    def error(self, key: str, message: str) -> FieldError:
        return FieldError(self.headers.get(key, key), message, self.row)


class Cells:
    """Reads the cells of one table row, keeping every problem (column key, message)."""

    def __init__(self, raw: TableRow, table: Table) -> None:
        self.raw = raw
        self.row = raw.row
        self.table = table
        self.headers = table.headers
        self.problems: list[tuple[str, str]] = []

    def text(self, key: str) -> str | None:
        return cell_text(self.raw.get(key))

    def add(self, key: str, message: str) -> None:
        self.problems.append((key, message))

    def read(self, key: str, parse: Callable[[Cell], T], missing: str | None = None) -> T | None:
        """The cell as ``parse`` reads it; blank is None (a problem if ``missing`` says so)."""
        value = self.raw.get(key)
        if value is None:
            if missing is not None:
                self.add(key, missing)
            return None
        return self.parsed(key, parse, value)

    def parsed(self, key: str, parse: Callable[[Cell], T], value: Cell) -> T | None:
        try:
            return parse(value)
        except CellError as exc:
            self.add(key, str(exc))
            return None

    @property
    def errors(self) -> tuple[FieldError, ...]:
        return tuple(FieldError(self.headers[k], m, self.raw.row) for k, m in self.problems)


def who_column(cells: Cells) -> str:
    """Where "give the staff number, or the unit" is reported: a column the file has."""
    return "staff_no" if "staff_no" in cells.table.present else "unit"


@dataclass(frozen=True)
class Job:
    """One run of an import: who, when, from which file, and what the pipeline found out
    for every kind alike (the user's units, the finalised months among the file's)."""

    user: User
    today: date
    dry_run: bool
    source: str | None
    rows_read: int
    scope: Scope
    locked: Mapping[YearMonth, str]
    # What the user chose for this run, for a kind that offers choices (the roster's
    # effective date, creating units); the kind reads its own type from it.
    options: object = None

    def audit_bulk(self, session: Session, model: type, ids: Sequence[int], what: str) -> None:
        """The images of rows written in bulk (past the ORM) on the record, naming the file."""
        note = what + (f" from {self.source}" if self.source else "")
        record_bulk(session, model, ids, note=note)


class ImportSpec(ABC, Generic[RowT, CtxT, PlanT, SumT]):
    """One kind of import file, declared; ``run`` is the pipeline that runs it."""

    # An empty file is refused unless the kind says an empty list means "nothing to do".
    allow_empty: bool = False

    def __init__(self, file_format: FileFormat) -> None:
        self.file_format = file_format  # the columns: read, templates and docs follow them

    @property
    def kind(self) -> str:
        return self.file_format.kind

    # --- the declaration ------------------------------------------------------------

    def authorise(self, session: Session, user: User) -> User:
        """The permission the kind asks for (recording points, by default)."""
        return require_write(session, user)

    def parse(self, table: Table) -> list[RowT]:
        """The file's rows as the kind reads them; bad cells are kept on the rows."""
        return [self.parse_row(Cells(raw, table)) for raw in table.rows]

    def parse_row(self, cells: Cells) -> RowT:
        """One row of the file (a kind declares this, or ``parse`` as a whole)."""
        raise NotImplementedError

    def months(self, rows: Sequence[RowT]) -> Iterable[YearMonth]:
        """The months the file writes into, to refuse the finalised ones."""
        return ()

    @abstractmethod
    def load(self, session: Session, job: Job, rows: Sequence[RowT]) -> CtxT:
        """Everything the rows are checked against, loaded once (set-based)."""

    @abstractmethod
    def check_row(self, row: RowT, ctx: CtxT, job: Job) -> tuple[list[FieldError], list[PlanT]]:
        """The row's problems, and what it plans to write when it has none."""

    def check_all(
        self, session: Session, job: Job, ctx: CtxT, planned: list[PlanT]
    ) -> list[FieldError]:
        """Problems of the whole file, once every row is valid."""
        return []

    @abstractmethod
    def write(self, session: Session, job: Job, ctx: CtxT, planned: list[PlanT]) -> SumT:
        """Write the plan (unless ``job.dry_run`` and the summary can be told without) and
        say what was done."""

    # --- the reader and the pipeline, the same for every kind -------------------------

    def read(self, path: str | Path) -> list[RowT]:
        """Read a file of this kind. Raises ValidationError if the file itself is unusable;
        problems in single cells are kept on the rows for ``run`` to report."""
        return self.parse(read_table(path, self.file_format))

    def run(
        self,
        session: Session,
        user: User,
        rows: Sequence[RowT],
        today: date,
        *,
        dry_run: bool = False,
        source: str | None = None,
        options: object = None,
    ) -> SumT:
        """The pipeline: check every row, then write them all in the caller's transaction,
        or nothing.

        Raises ValidationError listing every problem (row, column, reason), sorted by row; a
        dry run ends by raising CheckedOnly with the summary, so that the Workspace rolls back
        whatever was written to count it (``registry.import_rows`` returns that summary).
        """
        user = self.authorise(session, user)
        one_import_at_a_time(session)
        rows = list(rows)
        errors = [e for r in rows for e in r.errors]
        if not rows and not self.allow_empty:
            errors.append(FieldError("file", _t("The file holds no rows to import.")))
        job = Job(
            user=user,
            today=today,
            dry_run=dry_run,
            source=source,
            rows_read=len(rows),
            scope=Scope(session, user),
            locked=lock_problems(session, self.months(rows)),
            options=options,
        )
        ctx = self.load(session, job, rows)
        planned: list[PlanT] = []
        for r in rows:
            row_errors, plans = self.check_row(r, ctx, job)
            errors.extend(row_errors)
            planned.extend(plans)
        if not errors:
            errors.extend(self.check_all(session, job, ctx, planned))
        if errors:
            # Stable: within a row, cell problems come before the ones found in the database.
            raise ValidationError(sorted(errors, key=lambda e: e.row or 0))
        summary = self.write(session, job, ctx, planned)
        if dry_run:
            raise CheckedOnly(summary)
        return summary
