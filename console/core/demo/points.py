"""Point events of the demo bureau: monthly casework, occasional entries, corrections."""

from __future__ import annotations

from datetime import date, timedelta

from console.core.demo import data
from console.core.demo.context import Demo, Member, poisson
from glossary import Category, EventSource, EventStatus, UnitKind, YearMonth


def _eligible(m: Member, who: str) -> bool:
    if who == "all":
        return True
    if who == "field":
        return m.field
    return m.field and m.category is Category.OFFICER


def _casework(d: Demo, m: Member, ym: YearMonth, stop: date, share: float) -> None:
    """The month's statistics from the enforcement platform and the command centre."""
    closed = ym.last_day < d.today
    # A closed month is imported on the first working days of the next one.
    when = d.after(ym.next().first_day, 1, 3) if closed else stop
    recorded = d.stamp(when, 8, 10)
    weight = {Category.OFFICER: 1.0, Category.AUXILIARY: 0.6}.get(m.category, 0.0)
    lam = m.drive * share
    counts = (
        ("AJ01", poisson(d.rng, 8 * lam * weight), EventSource.CASE_IMPORT, "cases"),
        ("AJ02", poisson(d.rng, 1.0 * lam * weight), EventSource.CASE_IMPORT, "cases"),
        ("AJ03", poisson(d.rng, 2.5 * lam * weight), EventSource.CASE_IMPORT, "cases"),
        ("XC01", poisson(d.rng, 12 * lam), EventSource.EVENT_IMPORT, "dispatch"),
        ("XC02", max(1, poisson(d.rng, 8 * lam)), EventSource.EVENT_IMPORT, "dispatch"),
    )
    for code, count, source, prefix in counts:
        if count:
            d.event(
                code, stop, count, person=m, source=source, ref=f"{prefix}-{ym}", recorded=recorded
            )


def _extras(d: Demo, m: Member, ym: YearMonth, start: date, stop: date, share: float) -> None:
    for code, p, who, scaled in data.EXTRAS:
        if _eligible(m, who) and d.chance(p * share * (m.slack if scaled else 1.0)):
            d.event(code, d.workday(start, stop), 1, person=m, note=d.note(code))
    if m.field and ym.month in data.HOLIDAY_MONTHS and d.chance(0.35 * share):
        d.event("XC05", d.between(start, stop), d.rng.randint(1, 2), person=m, note=d.note("XC05"))


def monthly_points(d: Demo) -> None:
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for m in d.members:
            span = m.span(first, last)
            if span is None:
                continue
            start, stop = span
            part = share * ((stop - start).days + 1) / ((last - first).days + 1)
            if m.field:
                _casework(d, m, ym, stop, part)
            else:
                # Offices are scored on the tasks the bureau hands them.
                count = d.rng.randint(1, 3)
                d.event("QT01", d.workday(start, stop), count, person=m, note=d.note("QT01"))
            _extras(d, m, ym, start, stop, part)
        _squad_month(d, ym, first, last)


def _squad_month(d: Demo, ym: YearMonth, first: date, last: date) -> None:
    """Events booked to a squad as a whole: the red flag and the city's notices."""
    squads = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    if ym.last_day < d.today:
        d.event("QT02", ym.last_day, 1, unit_id=d.pick(squads), note=d.note("QT02"))
    for unit_id in squads:
        if d.chance(0.04):
            d.event("QT03", d.workday(first, last), 1, unit_id=unit_id, note=d.note("QT03"))


def corrections(d: Demo) -> None:
    """Recent entries that did not stand, and claims still waiting for approval."""
    first = max(d.start, d.today - timedelta(days=45))
    people = [m for m in d.active(d.today) if m.field]
    if not people:
        return
    for _ in range(d.rng.randint(3, 6)):
        code = d.pick(("BZ01", "AJ04", "FW02", "BZ04"))
        d.event(
            code,
            d.workday(first, d.today),
            1,
            person=d.pick(people),
            note=d.note(code),
            status=EventStatus.REJECTED,
            reason=d.pick(data.REJECT_REASONS),
        )
    for _ in range(d.rng.randint(3, 6)):
        code = d.pick(("AJ01", "FW01", "JL02", "XC01"))
        d.event(
            code,
            d.workday(first, d.today),
            1,
            person=d.pick(people),
            status=EventStatus.VOID,
            reason=d.pick(data.VOID_REASONS),
        )
    # Claims still waiting: this month's only, since earlier months are finalised.
    this_month = max(first, YearMonth.of(d.today).first_day)
    for _ in range(d.rng.randint(2, 4)):
        code = d.pick(("BZ01", "AJ04"))
        day = d.workday(this_month, d.today)
        d.event(code, day, 1, person=d.pick(people), note=d.note(code), status=EventStatus.PENDING)
