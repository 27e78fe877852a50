"""A corpus of malformed import files, generated deterministically at test time.

Every file is made from a small valid file of one import kind, broken one way: the
container (a cut or corrupted zip, missing or truncated parts, a chart sheet), the text
(encodings, UTF-16, control characters, huge cells), the header (doubled, missing) or
one cell (overflowing numbers, NaN/inf, other scripts' digits, odd dates, formulas).
The workbooks are written by hand, not by openpyxl, so that they can hold what openpyxl
refuses to write (control characters, NaN, uncached formulas) — as other programs do.

Nothing here is committed as a binary: ``cases()`` yields recipes, built when used.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

KINDS = ("cases", "events", "attendance", "findings", "rules", "roster")

# The header and two good rows of each kind; the corpus breaks one of them.
HEADERS: dict[str, tuple[str, ...]] = {
    "cases": ("工号", "月份", "简易程序", "一般程序", "非现场", "重大案件"),
    "events": ("工号", "单位", "日期", "细则编号", "数量", "备注", "凭证"),
    "attendance": ("工号", "培训编号", "培训名称", "培训日期", "学时", "状态"),
    "findings": (
        "发现日期",
        "工号",
        "责任单位",
        "检查内容",
        "严重程度",
        "问题描述",
        "整改期限",
        "检查编号",
        "扣分",
    ),
    "rules": ("编号", "类别", "内容", "分值", "计量单位", "月封顶", "需审核", "严重违纪", "启用"),
    "roster": (
        "工号",
        "姓名",
        "单位",
        "人员类别",
        "职务",
        "性别",
        "出生日期",
        "入职日期",
        "联系电话",
        "法律职业资格",
    ),
}
ROWS: dict[str, tuple[tuple[str, ...], ...]] = {
    "cases": (("T0001", "2026-09", "3", "1", "0", "0"), ("T0002", "2026-09", "2", "0", "1", "0")),
    "events": (
        ("T0001", "城东中队", "2026-09-05", "XC02", "2", "按期办结", "派单号 17"),
        ("T0002", "城东中队", "2026-09-06", "XC02", "1", "", ""),
    ),
    "attendance": (
        ("T0001", "1", "行政处罚法专题培训", "2026-09-05", "3.5", "出席"),
        ("T0002", "1", "行政处罚法专题培训", "2026-09-05", "3.5", "缺席"),
    ),
    "findings": (
        ("2026-09-03", "T0001", "城东中队", "执法记录仪", "一般", "未开启", "2026-09-13", "", "否"),
        ("2026-09-04", "T0002", "城东中队", "着装规范", "一般", "未佩戴标志", "", "", "否"),
    ),
    "rules": (
        ("ZZ01", "加分", "测试加分", "1", "件", "", "否", "否", "是"),
        ("ZZ02", "扣分", "测试扣分", "-1", "次", "5", "否", "否", "是"),
    ),
    "roster": (
        (
            "R0001",
            "王新",
            "城东中队",
            "在编执法",
            "队员",
            "男",
            "1990-05-01",
            "2015-07-01",
            "",
            "是",
        ),
        ("R0002", "李新", "城东中队", "辅助执法", "", "女", "1995-03-02", "2020-09-01", "", "否"),
    ),
}

# What breaks one cell: (category, value). A value of type float is written as a number
# cell in a workbook; a str as text (and as itself in a CSV).
BAD_VALUES: tuple[tuple[str, object], ...] = (
    ("overflow", "9999999999999999999999"),
    ("overflow", 9999999999999999999999.0),
    ("overflow", "1e308"),
    ("overflow", 1e308),
    ("overflow", "-1e308"),
    ("overflow", "1e-400"),
    ("overflow", "1" * 400),
    ("nan_inf", "nan"),
    ("nan_inf", "NaN"),
    ("nan_inf", "inf"),
    ("nan_inf", "-Infinity"),
    ("nan_inf", "sNaN"),
    ("nan_inf", float("nan")),
    ("nan_inf", float("inf")),
    ("odd_digits", "1_000"),
    ("odd_digits", "١٢"),  # Arabic-Indic
    ("odd_digits", "१२"),  # Devanagari
    ("odd_digits", "²"),
    ("odd_digits", "１２"),  # full-width: accepted where a number is
    ("odd_digits", "１．５"),
    ("odd_date", "2026-02-30"),
    ("odd_date", "0000-01-01"),
    ("odd_date", "9999-99-99"),
    ("odd_date", "2026-13"),
    ("odd_date", "20261405"),
    ("odd_date", 1e10),  # a date serial far beyond 9999
    ("odd_date", -5.0),
    ("control_chars", "T00\x0001"),
    ("control_chars", "a\x07b"),
    ("control_chars", "\x1b[31m红\x1b[0m"),
    ("control_chars", "x\x7fy"),
    ("control_chars", "x\x85y"),
    ("control_chars", "line\nbreak"),
    ("control_chars", "\ufeff\u202e逆序"),
)
FORMULAS = (("=1+2", None), ("=1+2", "3"), ("=SUM(A1:A2)", None), ('="T"&"0001"', "T0001"))


@dataclass(frozen=True)
class Case:
    kind: str
    category: str
    name: str  # unique; ends with the file's suffix
    build: Callable[[], bytes]


# --- writing workbooks by hand ------------------------------------------------------

_OOXML = "application/vnd.openxmlformats-"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{_OOXML}package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    f'ContentType="{_OOXML}officedocument.spreadsheetml.sheet.main+xml"/>'
    "{overrides}</Types>"
)
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CHART_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_xml(ref: str, value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, Formula):
        cached = "" if value.cached is None else f"<v>{escape(value.cached)}</v>"
        kind = ' t="str"' if value.cached is not None and not _numeric(value.cached) else ""
        return f'<c r="{ref}"{kind}><f>{escape(value.text[1:])}</f>{cached}</c>'
    if isinstance(value, float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'.replace("nan", "NaN").replace("inf", "INF")
    text = str(value)
    # Excel writes a control character as _xHHHH_; openpyxl reads it back.
    text = "".join(f"_x{ord(c):04X}_" if ord(c) < 32 and c not in "\t\n\r" else c for c in text)
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Formula:
    text: str
    cached: str | None


def sheet_xml(rows: Sequence[Sequence[object]]) -> str:
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(_cell_xml(f"{_column_letter(c)}{r}", v) for c, v in enumerate(row))
        body.append(f'<row r="{r}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<worksheet {_NS}><sheetData>{''.join(body)}</sheetData></worksheet>"
    )


def workbook(
    sheets: Sequence[tuple[str, str]],
    *,
    charts_first: int = 0,
    drop: Sequence[str] = (),
    replace: dict[str, bytes] | None = None,
) -> bytes:
    """A workbook of worksheets (name, sheet XML), after ``charts_first`` chart sheets."""
    parts: dict[str, bytes] = {}
    overrides, entries, rels = [], [], []
    n = 0
    for i in range(charts_first):
        n += 1
        part = f"xl/chartsheets/sheet{i + 1}.xml"
        parts[part] = (
            f'<?xml version="1.0" encoding="UTF-8"?><chartsheet {_NS} {_R_NS}>'
            '<sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>'
        ).encode()
        overrides.append(f'<Override PartName="/{part}" ContentType="{_CHART_TYPE}"/>')
        entries.append(f'<sheet name="图表{i + 1}" sheetId="{n}" r:id="rId{n}"/>')
        rels.append(
            f'<Relationship Id="rId{n}" Type="{_REL}chartsheet" '
            f'Target="chartsheets/sheet{i + 1}.xml"/>'
        )
    for i, (name, xml) in enumerate(sheets):
        n += 1
        part = f"xl/worksheets/sheet{i + 1}.xml"
        parts[part] = xml.encode()
        overrides.append(f'<Override PartName="/{part}" ContentType="{_SHEET_TYPE}"/>')
        entries.append(f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>')
        rels.append(
            f'<Relationship Id="rId{n}" Type="{_REL}worksheet" '
            f'Target="worksheets/sheet{i + 1}.xml"/>'
        )
    parts["[Content_Types].xml"] = _CONTENT_TYPES.format(overrides="".join(overrides)).encode()
    parts["_rels/.rels"] = _ROOT_RELS.encode()
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} {_R_NS}>'
        f"<sheets>{''.join(entries)}</sheets></workbook>"
    ).encode()
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{''.join(rels)}</Relationships>"
    ).encode()
    parts.update(replace or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            if name not in drop:
                zf.writestr(name, data)
    return buffer.getvalue()


def xlsx(rows: Sequence[Sequence[object]], **options: object) -> bytes:
    return workbook([("数据", sheet_xml(rows))], **options)  # type: ignore[arg-type]


def csv_text(rows: Sequence[Sequence[object]], delimiter: str = ",") -> str:
    def field(value: object) -> str:
        text = "" if value is None else str(value)
        if any(ch in text for ch in f'{delimiter}"\n\r'):
            text = '"' + text.replace('"', '""') + '"'
        return text

    return "".join(delimiter.join(field(v) for v in row) + "\r\n" for row in rows)


# --- the corpus -----------------------------------------------------------------------


def _good(kind: str) -> list[list[object]]:
    return [list(HEADERS[kind]), *(list(r) for r in ROWS[kind])]


def _with_cell(kind: str, column: int, value: object) -> list[list[object]]:
    rows = _good(kind)
    rows[2][column] = value
    return rows


def _cut(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


def _corrupt(data: bytes, seed: int) -> bytes:
    rnd = random.Random(seed)
    raw = bytearray(data)
    for _ in range(8):
        raw[rnd.randrange(len(raw))] = rnd.randrange(256)
    return bytes(raw)


def _many_rows(kind: str, n: int) -> bytes:
    header, good = HEADERS[kind], ROWS[kind][0]
    bad = [f"坏{c}" if c else v for c, v in enumerate(good)]
    return csv_text([header, *([*bad] for _ in range(n))]).encode("utf-8")


def _structural(kind: str) -> Iterator[Case]:
    good = _good(kind)
    base = xlsx(good)
    sheet = sheet_xml(good)

    def c(category: str, name: str, build: Callable[[], bytes]) -> Case:
        return Case(kind, category, f"{kind}-{category}-{name}", build)

    for i, fraction in enumerate((0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99)):
        yield c("broken_zip", f"cut{i}.xlsx", lambda f=fraction: _cut(base, f))
    for seed in range(8):
        yield c("broken_zip", f"corrupt{seed}.xlsx", lambda s=seed: _corrupt(base, s))
    yield c("broken_zip", "random.xlsx", lambda: random.Random(7).randbytes(4000))
    yield c("broken_zip", "csv-named-xlsx.xlsx", lambda: csv_text(good).encode())
    yield c("broken_zip", "zip-of-nothing.xlsx", lambda: workbook([], drop=["xl/workbook.xml"]))
    for i, fraction in enumerate((0.2, 0.5, 0.8, 0.95)):
        yield c(
            "truncated_xml",
            f"sheet{i}.xlsx",
            lambda f=fraction: xlsx(
                good, replace={"xl/worksheets/sheet1.xml": _cut(sheet.encode(), f)}
            ),
        )
    for part in ("xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
        short = part.split("/")[-1]
        yield c(
            "truncated_xml",
            f"cut-{short}.xlsx",
            lambda p=part: xlsx(good, replace={p: b'<?xml version="1.0"?><wor'}),
        )
        yield c("truncated_xml", f"missing-{short}.xlsx", lambda p=part: xlsx(good, drop=[p]))
    yield c(
        "truncated_xml",
        "missing-sheet.xlsx",
        lambda: xlsx(good, drop=["xl/worksheets/sheet1.xml"]),
    )
    for i, junk in enumerate(
        (
            b"not xml at all",
            b"<worksheet><sheetData><row><c r='A1'><v>1</v></c></row>",  # unclosed
            b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
            b'<?xml version="1.0" encoding="klingon"?><worksheet/>',
            sheet.replace("<row ", '<row r="x" ', 1).encode(),
            sheet.replace('r="A2"', 'r="ZZZZZZ2"', 1).encode(),
            sheet.replace('r="B2"', 'r="B-2"', 1).encode(),
            sheet.replace("<v>", "<v>abc", 1).encode() if "<v>" in sheet else b"<<>>",
            "<worksheet>\ud800</worksheet>".encode("utf-8", "surrogatepass"),
        )
    ):
        yield c(
            "truncated_xml",
            f"invalid{i}.xlsx",
            lambda j=junk: xlsx(good, replace={"xl/worksheets/sheet1.xml": j}),
        )
    yield c("chart_sheet", "chart-first.xlsx", lambda: xlsx(good, charts_first=1))
    yield c("chart_sheet", "charts-only.xlsx", lambda: workbook([], charts_first=2))
    yield c("chart_sheet", "no-sheets.xlsx", lambda: workbook([]))
    yield c(
        "chart_sheet",
        "empty-sheet-first.xlsx",
        lambda: workbook([("空", sheet_xml([])), ("数据", sheet)]),
    )
    for i, (text, cached) in enumerate(FORMULAS):
        for column in range(len(HEADERS[kind])):
            yield c(
                "formula",
                f"f{i}-col{column}.xlsx",
                lambda t=text, v=cached, k=column: xlsx(_with_cell(kind, k, Formula(t, v))),
            )
    yield c(
        "formula",
        "formula-header.xlsx",
        lambda: xlsx([[Formula('="工号"', None), *good[0][1:]], *good[1:]]),
    )
    for i, size in enumerate((40_000, 300_000)):
        yield c("huge_cell", f"xlsx{i}.xlsx", lambda n=size: xlsx(_with_cell(kind, 0, "长" * n)))
        yield c(
            "huge_cell",
            f"csv{i}.csv",
            lambda n=size: csv_text(_with_cell(kind, 1, "x" * n)).encode(),
        )
    yield c("huge_cell", "header.csv", lambda: csv_text([["工" * 200_000], *good]).encode())
    yield c("huge_cell", "one-line.csv", lambda: b"," * 2_000_000)
    yield c("many_rows", "100000.csv", lambda: _many_rows(kind, 100_000))
    yield c(
        "many_rows",
        "wide.csv",
        lambda: csv_text([[*good[0], *(f"列{i}" for i in range(5000))], *good[1:]]).encode(),
    )
    text = csv_text(good)
    for name, build in (
        ("bom-gb18030.csv", lambda: b"\xef\xbb\xbf" + text.encode("gb18030")),
        ("gb18030.csv", lambda: text.encode("gb18030")),
        ("utf16le-bom.csv", lambda: text.encode("utf-16")),
        ("utf16be.csv", lambda: text.encode("utf-16-be")),
        ("utf16le.csv", lambda: text.encode("utf-16-le")),
        ("utf32.csv", lambda: text.encode("utf-32")),
        ("big5.csv", lambda: text.encode("big5", "replace")),
        ("shift-jis.csv", lambda: text.encode("shift_jis", "replace")),
        ("latin1.csv", lambda: text.encode("utf-8").decode("latin-1").encode("utf-8")),
        ("mixed.csv", lambda: text[:20].encode("utf-8") + text[20:].encode("gb18030")),
        ("nul-bytes.csv", lambda: text.encode("utf-8").replace(b",", b"\x00,")),
        ("random.csv", lambda: random.Random(3).randbytes(3000)),
        ("empty.csv", lambda: b""),
        ("bom-only.csv", lambda: b"\xef\xbb\xbf"),
        ("blank-lines.csv", lambda: b"\r\n\r\n \r\n"),
        ("lone-cr.csv", lambda: text.replace("\r\n", "\r").encode()),
        ("unclosed-quote.csv", lambda: (text + '"T0003,"x\n').encode()),
        ("tabs.tsv.csv", lambda: csv_text(good, "\t").encode()),
        ("semicolons.csv", lambda: csv_text(good, ";").encode()),
    ):
        yield c("encoding", name, build)
    header = good[0]
    for i, rows in enumerate(
        (
            [[*header, header[0]], *good[1:]],
            [[*header, header[-1]], *good[1:]],
            [header, header, *good[1:]],
            [header[1:], *good[1:]],
            [header],
            [[h.upper() + " " for h in header], *good[1:]],
            [["" for _ in header], *good[1:]],
            [*([["说明"]] * 12), *good],
        )
    ):
        yield c("duplicate_header", f"h{i}.csv", lambda r=rows: csv_text(r).encode())
        yield c("duplicate_header", f"h{i}.xlsx", lambda r=rows: xlsx(r))


def _cells(kind: str) -> Iterator[Case]:
    for column in range(len(HEADERS[kind])):
        for i, (category, value) in enumerate(BAD_VALUES):
            rows = _with_cell(kind, column, value)
            name = f"{kind}-{category}-c{column}v{i}"
            yield Case(kind, category, name + ".xlsx", lambda r=rows: xlsx(r))
            if isinstance(value, str):
                yield Case(kind, category, name + ".csv", lambda r=rows: csv_text(r).encode())


def cases() -> Iterator[Case]:
    """Every file of the corpus, in a fixed order."""
    for kind in KINDS:
        yield from _structural(kind)
        yield from _cells(kind)


def sample(every: int = 9) -> list[Case]:
    """A representative part: the first file of each (kind, category), then every n-th."""
    seen: set[tuple[str, str]] = set()
    picked = []
    for i, case in enumerate(cases()):
        if case.name.endswith("100000.csv") and case.kind != KINDS[0]:
            continue  # 100,000 rows are read for one kind only, in the interest of time
        first = (case.kind, case.category) not in seen
        seen.add((case.kind, case.category))
        if first or (i % every == 0 and case.category != "many_rows"):
            picked.append(case)
    return picked
