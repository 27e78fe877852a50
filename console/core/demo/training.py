"""Training in the demo bureau: sessions, attendance, exams and certificates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from console.core.demo import data
from console.core.demo.context import Demo, Member, add_years, workdays
from glossary import (
    AttendanceStatus,
    Category,
    CertificateKind,
    EventSource,
    TrainingCategory,
    UnitKind,
    YearMonth,
)

_STREET = (Category.OFFICER, Category.AUXILIARY)
_ALL = tuple(Category)


@dataclass(frozen=True)
class _Plan:
    category: TrainingCategory
    title: str
    hours: float
    categories: tuple[Category, ...]
    units: tuple[int, ...]  # empty: every unit
    people: tuple[Member, ...] = ()  # given: exactly these (induction)


def _legal_title(d: Demo) -> str:
    return d.pick(data.LEGAL_BRANDS) + d.pick(data.LEGAL_TITLES)


def _month_plans(d: Demo, ym: YearMonth) -> list[_Plan]:
    """The month's programme: legal training for all and for each half of the units, so that
    a diligent officer reaches 60 hours in November or December — by late autumn some are
    done, most on pace, the few who skip classes behind; a few other sessions on top."""
    legal = TrainingCategory.LEGAL
    plans = [_Plan(legal, _legal_title(d), d.pick((3.0, 3.0, 4.0, 4.0, 5.0)), _STREET, ())]
    units = [uid for uid, _ in d.units.values()]
    d.rng.shuffle(units)
    half = len(units) // 2
    for group in (units[:half], units[half:]):
        hours = d.pick((2.0, 2.5, 3.0, 3.0))
        plans.append(_Plan(legal, _legal_title(d), hours, _STREET, tuple(sorted(group))))
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for _ in range(d.rng.randint(1, 3)):
        cat = d.weighted(data.OTHER_TRAINING)
        title = d.pick(data.OTHER_TITLES[cat.value])
        hours = d.pick((2.0, 2.5, 3.0, 4.0))
        if cat is TrainingCategory.SKILLS:
            plan = _Plan(
                cat,
                title,
                hours,
                (Category.AUXILIARY, Category.ASSISTANT),
                tuple(sorted(d.rng.sample(street, 4))),
            )
        elif cat is TrainingCategory.DRILL:
            plan = _Plan(cat, title, hours, _ALL, tuple(sorted(d.rng.sample(street, 3))))
        elif cat is TrainingCategory.ONLINE:
            plan = _Plan(
                cat, title, hours, _STREET, tuple(sorted(d.rng.sample(street, len(street) // 2)))
            )
        elif cat is TrainingCategory.LECTURE_HALL:
            plan = _Plan(cat, title, hours, (Category.OFFICER,), ())
        else:
            plan = _Plan(cat, title, 2.0, _ALL, ())
        plans.append(plan)
    newcomers = tuple(m for m in d.members if d.start <= m.hire and YearMonth.of(m.hire) == ym)
    if newcomers:
        title = data.OTHER_TITLES["induction"][0]
        units_of = tuple(sorted({m.unit_id for m in newcomers}))
        plans.append(_Plan(TrainingCategory.INDUCTION, title, 8.0, _ALL, units_of, newcomers))
    return plans


def training_programme(d: Demo) -> None:
    # (person, month) → legal hours attended and the last day: the month's PX01 entry.
    legal: dict[tuple[int, YearMonth], tuple[float, date]] = {}
    for ym in d.months:
        first, last, share = d.month_span(ym)
        plans = [p for p in _month_plans(d, ym) if d.chance(share) or p.people]
        for index, (plan, day) in enumerate(
            zip(plans, workdays(d, first, last, len(plans)), strict=True)
        ):
            if plan.people:
                day = max(day, max(m.hire for m in plan.people))
            audience = list(plan.people) or [
                m for m in d.active(day, plan.units or None) if m.category in plan.categories
            ]
            sid = _session(d, plan, day)
            present = _attend(d, sid, day, plan, audience)
            if plan.category is TrainingCategory.LEGAL:
                for m, hours in present:
                    before = legal.get((m.id, ym), (0.0, day))[0]
                    legal[(m.id, ym)] = (before + hours, day)
            if index == 0 and plan.category is TrainingCategory.LEGAL and ym.month in (3, 6, 9, 12):
                _exam(d, f"{plan.title}考试", day, sid, [m for m, _ in present])
        if ym.month == 11:  # the annual legal knowledge exam of every officer
            day = d.workday(first, last)
            takers = [m for m in d.active(day) if m.category is Category.OFFICER]
            _exam(d, f"{ym.year}年度行政执法人员法律知识考试", day, None, takers)
    by_id = {m.id: m for m in d.members}
    for (pid, ym), (hours, day) in legal.items():
        d.event(
            "PX01", day, hours, person=by_id[pid], source=EventSource.TRAINING, ref=f"training-{ym}"
        )


def _session(d: Demo, plan: _Plan, day: date) -> int:
    online = plan.category is TrainingCategory.ONLINE
    return d.add(
        "training_session",
        title=plan.title,
        category=plan.category,
        session_date=day,
        hours=plan.hours,
        organiser=data.ORGANISER.get(plan.category, "政治处"),
        place=data.ONLINE_PLACE if online else d.pick(data.PLACES),
        audience={
            "categories": [c.value for c in plan.categories] if plan.categories != _ALL else [],
            "units": [str(u) for u in plan.units],
        },
        created_at=d.stamp(day, 17, 19),
    )


def _attend(
    d: Demo, sid: int, day: date, plan: _Plan, audience: list[Member]
) -> list[tuple[Member, float]]:
    present: list[tuple[Member, float]] = []
    for m in audience:
        r = d.rng.random()
        hours = 0.0
        if r < m.diligence:
            status, hours = AttendanceStatus.PRESENT, plan.hours
            if plan.hours > 1 and d.chance(0.05):  # left early: partial hours
                hours -= d.rng.randint(1, int(plan.hours)) * 0.5
            present.append((m, hours))
        elif r < (1 + m.diligence) / 2:
            status = AttendanceStatus.EXCUSED
        else:
            status = AttendanceStatus.ABSENT
            d.event(
                "PX03",
                day,
                1,
                person=m,
                note=plan.title,
                source=EventSource.TRAINING,
                ref=f"training-{sid}",
            )
        d.add("attendance", session_id=sid, person_id=m.id, status=status, hours=hours)
    return present


def _exam(d: Demo, title: str, day: date, session_id: int | None, takers: list[Member]) -> None:
    eid = d.add(
        "exam",
        title=title,
        exam_date=day,
        pass_mark=60.0,
        session_id=session_id,
        created_at=d.stamp(day, 14, 18),
    )
    for m in takers:
        mean = 75 if m.diligence > 0.6 else 68  # who skips the classes does worse
        score = round(min(100.0, max(30.0, d.rng.gauss(mean, 11))) * 2) / 2
        d.add("exam_result", exam_id=eid, person_id=m.id, score=score)
        code = "PX02" if score < 60 else "PX04" if score >= 90 else None
        if code:
            d.event(
                code, day, 1, person=m, note=title, source=EventSource.TRAINING, ref=f"exam-{eid}"
            )


def _expiry(d: Demo, m: Member, years: int) -> tuple[date, date]:
    """Issue and expiry dates; a few current holders have lapsed or lapse within 90 days."""
    r = d.rng.random()
    if m.end is None and r < 0.03:
        expires = d.today - timedelta(days=d.rng.randint(1, 120))
    elif m.end is None and r < 0.09:
        expires = d.today + timedelta(days=d.rng.randint(1, 90))
    else:
        expires = d.today + timedelta(days=d.rng.randint(91, years * 365))
    issued = add_years(expires, -years)
    if issued < m.hire:  # a newcomer's first card
        issued = min(m.hire + timedelta(days=d.rng.randint(30, 120)), d.today)
        expires = add_years(issued, years)
    return issued, expires


def certificates(d: Demo) -> None:
    serial: defaultdict[str, int] = defaultdict(int)
    for m in d.members:
        held: list[tuple[CertificateKind, str, date, date | None, str | None]] = []
        if m.category in data.CERTIFICATES:
            kind, prefix, years = data.CERTIFICATES[m.category]
            issued, expires = _expiry(d, m, years)
            serial[prefix] += 1
            held.append((kind, f"{prefix}{issued.year}{serial[prefix]:04d}", issued, expires, None))
        if m.legal_qualification:
            issued = date(d.rng.randint(2008, min(2022, d.today.year)), 12, d.rng.randint(1, 28))
            number = f"A{issued.year}{d.rng.randrange(10**11):011d}"
            held.append((CertificateKind.LEGAL_QUALIFICATION, number, issued, None, None))
        if m.field and m.category in _STREET and d.chance(0.05):
            issued, expires = _expiry(d, m, 2)
            number = f"UTC{d.rng.randrange(10**8):08d}"
            held.append(
                (CertificateKind.DRONE_PILOT, number, issued, expires, "多旋翼视距内驾驶员")
            )
        for kind, number, since, until, note in held:
            d.add(
                "certificate",
                person_id=m.id,
                kind=kind,
                number=number,
                issued=since,
                expires=until,
                note=note,
                created_at=d.stamp(since) if since >= d.start else d.opened,
            )
