"""The roster import's plan as ``ducha import roster`` prints it: what is added, changed
(before → after), transferred (from → to), not in the file, and the units to create."""

from __future__ import annotations

from console.core.i18n import tr_context
from console.core.imports.roster import RosterSummary
from console.core.labels import label

_t = tr_context("cli")

# A first roster adds hundreds: the count says it all, a sample shows they are right.
NEW_SHOWN = 20


def print_plan(summary: RosterSummary) -> None:
    print(_t("Effective date: {date}").format(date=summary.effective.isoformat()))
    print(_t("New people: {n}").format(n=len(summary.new)))
    for p in summary.new[:NEW_SHOWN]:
        print(f"  {p.staff_no} {p.name} → {p.unit}")
    if len(summary.new) > NEW_SHOWN:
        print("  " + _t("… and {n} more").format(n=len(summary.new) - NEW_SHOWN))
    print(_t("Changed: {n}").format(n=len(summary.changed)))
    for c in summary.changed:
        changes = "; ".join(f"{f.column} {f.before} → {f.after}" for f in c.changes)
        print(f"  {c.staff_no} {c.name}: {changes}")
    print(_t("Transfers: {n}").format(n=len(summary.transfers)))
    for t in summary.transfers:
        print(f"  {t.staff_no} {t.name}: {t.from_unit} → {t.to_unit}")
    print(_t("Not in the file: {n}").format(n=len(summary.not_in_file)))
    for m in summary.not_in_file:
        print(f"  {m.staff_no} {m.name} ({m.unit}) → {label(m.status)}")
    if summary.not_in_file:
        if summary.deactivate_missing:
            print(_t("They are marked as gone on the effective date."))
        else:
            print(_t("They stay on strength; --deactivate-missing marks them as gone."))
    if summary.units_to_create:
        print(_t("Units to create: {n}").format(n=len(summary.units_to_create)))
        for path in summary.units_to_create:
            print(f"  {path}")
    print(_t("Unchanged: {n}").format(n=summary.unchanged))
    if summary.ignored:
        print(
            _t("Rows of people marked as gone who are not on record (not added): {n}").format(
                n=summary.ignored
            )
        )
    if not summary.written:
        print(_t("Dry run: the file is valid; nothing was saved."))
