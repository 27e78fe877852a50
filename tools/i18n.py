"""Keep resources/translations/ducha_zh_CN.ts in step with the code.

    uv run python -m tools.i18n update   # add new strings (unfinished), drop vanished ones
    uv run python -m tools.i18n check    # exit 1 if any string lacks a translation
    uv run python -m tools.i18n todo     # the untranslated ones as context<TAB>source lines
    uv run python -m tools.i18n fill F   # F: context<TAB>source<TAB>translation lines

Strings are found by reading the code, following the project's conventions:
``self.tr("…")`` (context: the enclosing class), ``translate("Ctx", "…")`` and
``QCoreApplication.translate("Ctx", "…")``, ``_t("…")`` after ``_t = tr_context("ctx")``,
and ``N_("…")`` (context: the module's tr_context).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("console", "widgets", "exports")
TS_FILE = ROOT / "resources" / "translations" / "ducha_zh_CN.ts"

Message = tuple[str, str]  # (context, source)


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Visitor(ast.NodeVisitor):
    def __init__(self, aliases: dict[str, str]) -> None:
        self.aliases = aliases
        self.classes: list[str] = []
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args and self.classes:
            text = _string(args[0])
            if text is not None:
                self.found.append((self.classes[-1], text))
        elif (
            (isinstance(func, ast.Name) and func.id == "translate")
            or (isinstance(func, ast.Attribute) and func.attr == "translate")
        ) and len(args) >= 2:
            ctx, text = _string(args[0]), _string(args[1])
            if ctx is not None and text is not None:
                self.found.append((ctx, text))
        elif isinstance(func, ast.Name) and func.id in self.aliases and args:
            text = _string(args[0])
            if text is not None:
                self.found.append((self.aliases[func.id], text))
        elif isinstance(func, ast.Name) and func.id == "N_" and args:
            text = _string(args[0])
            contexts = set(self.aliases.values())
            if text is not None and len(contexts) == 1:
                self.found.append((contexts.pop(), text))
        self.generic_visit(node)


def _aliases(tree: ast.Module) -> dict[str, str]:
    """``_t = tr_context("people")`` → {"_t": "people"}."""
    found = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "tr_context"
            and node.value.args
        ):
            ctx = _string(node.value.args[0])
            if ctx is not None:
                found[node.targets[0].id] = ctx
    return found


def _python_files() -> Iterator[Path]:
    for folder in SOURCES:
        yield from sorted((ROOT / folder).rglob("*.py"))


def extract() -> list[Message]:
    """Every translatable (context, source) in the code, in first-seen order."""
    seen: dict[Message, None] = {}
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        visitor = _Visitor(_aliases(tree))
        visitor.visit(tree)
        for msg in visitor.found:
            seen.setdefault(msg, None)
    return list(seen)


def read_ts(path: Path = TS_FILE) -> dict[Message, str | None]:
    """(context, source) → translation, or None where unfinished."""
    if not path.exists():
        return {}
    table: dict[Message, str | None] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete")
            table[(name, source)] = (tr.text or "") if done and tr is not None else None
    return table


def write_ts(
    messages: list[Message], translations: dict[Message, str | None], path: Path = TS_FILE
) -> None:
    root = ET.Element("TS", version="2.1", language="zh_CN")
    by_context: dict[str, list[str]] = {}
    for ctx, source in messages:
        by_context.setdefault(ctx, []).append(source)
    for ctx in sorted(by_context):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for source in by_context[ctx]:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = source
            text = translations.get((ctx, source))
            tr = ET.SubElement(m, "translation")
            if text:
                tr.text = text
            else:
                tr.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def missing() -> list[Message]:
    table = read_ts()
    return [m for m in extract() if not table.get(m)]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        messages = extract()
        write_ts(messages, read_ts())
        todo = missing()
        print(f"{len(messages)} strings; {len(todo)} need a translation")
        return 0
    if command == "check":
        todo = missing()
        for ctx, source in todo:
            print(f"untranslated: [{ctx}] {source}")
        return 1 if todo else 0
    if command == "todo":
        for ctx, source in missing():
            print(f"{ctx}\t{source}".replace("\n", "\\n"))
        return 0
    if command == "fill" and len(argv) == 2:
        # Sources with a newline are written as \n, so that one message stays one line.
        table = read_ts()
        lines = Path(argv[1]).read_text(encoding="utf-8").splitlines()
        for line in filter(None, lines):
            ctx, source, text = (part.replace("\\n", "\n") for part in line.split("\t"))
            table[(ctx, source)] = text
        write_ts(extract(), table)
        print(f"{len(missing())} strings still need a translation")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
