"""Supervision and integrity in the demo bureau: inspections and their findings,
complaints, case reviews, and the registers (risk points, pledges, talks, major matters).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from console.core.demo import data
from console.core.demo.context import Demo, Member, Row, workdays
from console.core.demo.org import by_position, head_of
from glossary import (
    Category,
    ComplaintChannel,
    ComplaintKind,
    ComplaintOutcome,
    EventSource,
    EventStatus,
    FindingStatus,
    Grade,
    Severity,
    TalkKind,
    UnitKind,
)


@dataclass
class _Finding:
    inspection_id: int
    unit_id: int
    person: Member | None
    found: date
    topic: str
    severity: Severity
    description: str
    deadline: date
    status: FindingStatus = FindingStatus.VERIFIED


def inspections(d: Demo) -> list[_Finding]:
    ducha = d.unit_of("ducha")
    inspectors = [m.name for m in d.members if m.unit_id == ducha]
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    offices = d.unit_ids(UnitKind.DEPARTMENT, UnitKind.BRANCH)
    findings: list[_Finding] = []
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in workdays(d, first, last, d.rng.randint(15, 25) * share):
            units = d.rng.sample(offices if d.chance(0.08) else street, 2 if d.chance(0.2) else 1)
            findings.extend(_inspection(d, day, units, inspectors))
    return findings


def _inspection(d: Demo, day: date, units: list[int], inspectors: list[str]) -> list[_Finding]:
    kind = d.weighted(data.INSPECTION_KINDS)
    topics = d.rng.sample(data.CHECKLIST, d.rng.randint(1, 3))
    crew = d.active(day, units)
    people = d.rng.sample(crew, min(len(crew), d.rng.randint(2, 6)))
    unit_name = next(spec.name for uid, spec in d.units.values() if uid == units[0])
    iid = d.add(
        "inspection",
        inspection_date=day,
        kind=kind,
        title=d.pick(data.INSPECTION_TITLES[kind.value]).format(unit=unit_name, topic=topics[0]),
        inspectors="、".join(d.rng.sample(inspectors, min(2, len(inspectors)))),
        topics=topics,
        notes=d.pick(data.INSPECTION_NOTES) if d.chance(0.5) else None,
        created_at=d.stamp(day, 14, 18),
    )
    for unit_id in units:
        d.link("inspection_unit", inspection_id=iid, unit_id=unit_id)
    for person in people:
        d.link("inspection_person", inspection_id=iid, person_id=person.id)
    if not d.chance(0.4):
        return []
    found: list[_Finding] = []
    for _ in range(d.weighted(((1, 0.7), (2, 0.25), (3, 0.05)))):
        unit_id = d.pick(units)
        here = [p for p in people if p.unit_on(day) == unit_id]
        topic = d.pick(topics)
        found.append(
            _Finding(
                inspection_id=iid,
                unit_id=unit_id,
                person=d.culprit(here) if here and d.chance(0.75) else None,
                found=day,
                topic=topic,
                severity=d.weighted(data.SEVERITIES),
                description=d.pick(data.FINDINGS[topic]),
                deadline=day + timedelta(days=d.rng.randint(7, 30)),
            )
        )
    return found


def settle(d: Demo, findings: list[_Finding]) -> None:
    for f in findings:
        age = (d.today - f.found).days
        f.status = d.weighted(next(mix for limit, mix in data.STATUS_BY_AGE if age <= limit))
        if f.status is FindingStatus.OPEN and age > 7:
            f.status = FindingStatus.ASSIGNED  # 交办 happens within the week
    # Every stage of the loop should be on screen: borrow a recent finding for an empty one.
    recent = sorted(
        (f for f in findings if (d.today - f.found).days <= 30), key=lambda f: f.found, reverse=True
    )
    for status in FindingStatus:
        tally = {s: sum(1 for f in findings if f.status is s) for s in FindingStatus}
        if tally[status] == 0:
            spare = next((f for f in recent if tally[f.status] > 1), None)
            if spare is not None:
                spare.status = status
    # A few findings recorded in error and voided, with their deductions, as happens.
    older = [f for f in findings if 30 < (d.today - f.found).days <= 200]
    for f in d.rng.sample(older, min(2, len(older))):
        f.status = FindingStatus.VOID


def _lifecycle(d: Demo, f: _Finding) -> Row:
    """The dates of 交办 → 整改 → 复核 consistent with the finding's status today."""
    out: Row = {
        "assigned_date": None,
        "rectified_date": None,
        "rectification": None,
        "verified_date": None,
        "verified_by_id": None,
    }
    if f.status in (FindingStatus.OPEN, FindingStatus.VOID):
        return out
    assigned = f.found + timedelta(days=d.rng.randint(0, min(2, (d.today - f.found).days)))
    out["assigned_date"] = assigned
    if f.status is FindingStatus.ASSIGNED:
        return out
    if d.chance(0.12):
        target = f.deadline + timedelta(days=d.rng.randint(1, 12))
    else:
        target = d.between(assigned + timedelta(days=1), f.deadline)
    rectified = min(target, d.today)
    text = d.pick(data.RECTIFICATIONS)
    if f.status is FindingStatus.SENT_BACK:
        text += data.SENT_BACK_NOTE
    out.update(rectified_date=rectified, rectification=text)
    if f.status is FindingStatus.VERIFIED:
        out.update(verified_date=d.after(rectified, 1, 7), verified_by_id=d.supervisor_id)
    return out


def write_findings(d: Demo, findings: list[_Finding]) -> None:
    for f in sorted(findings, key=lambda f: f.found):
        dates = _lifecycle(d, f)
        whom: dict[str, Any] = {"person": f.person, "unit_id": None if f.person else f.unit_id}
        ref = f"finding-{d.next_id('finding')}"
        source = EventSource.INSPECTION_FINDING
        void = f.status is FindingStatus.VOID
        event_id = d.event(
            data.SEVERITY_RULE[f.severity],
            f.found,
            1,
            note=f.description,
            source=source,
            ref=ref,
            status=EventStatus.VOID if void else None,
            reason=data.VOID_REASON if void else None,
            **whom,
        )
        rectified = dates["rectified_date"]
        if rectified is not None and rectified > f.deadline and not void:
            d.event(
                "DC04", rectified, 1, note=f"{f.topic}问题逾期整改", source=source, ref=ref, **whom
            )
        if f.person is not None and f.severity is not Severity.MINOR and not void:
            d.flagged.append((f.found, f.person))
        d.add(
            "finding",
            inspection_id=f.inspection_id,
            unit_id=f.unit_id,
            person_id=f.person.id if f.person else None,
            found_date=f.found,
            topic=f.topic,
            severity=f.severity,
            description=f.description,
            deadline=f.deadline,
            status=f.status,
            point_event_id=event_id,
            void_reason=data.VOID_REASON if void else None,
            created_at=d.stamp(f.found, 15, 18),
            **dates,
        )


def complaints(d: Demo) -> None:
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in workdays(d, first, last, d.rng.randint(3, 8) * share):
            channel = d.weighted(data.COMPLAINT_CHANNELS)
            crew = d.active(day, street)
            person = d.culprit(crew) if crew and d.chance(0.8) else None
            unit_id = person.unit_on(day) if person else d.pick(street)
            substance = d.pick(data.COMPLAINTS)
            if (d.today - day).days <= 20 and d.chance(0.7):
                outcome, closed = ComplaintOutcome.PENDING, None
            else:
                outcome = (
                    ComplaintOutcome.VERIFIED if d.chance(0.25) else ComplaintOutcome.UNFOUNDED
                )
                closed = d.after(day, 5, 20)
            event_id = None
            if outcome is ComplaintOutcome.VERIFIED and closed is not None:
                event_id = d.event(
                    "TS02" if channel is ComplaintChannel.MEDIA else "TS01",
                    closed,
                    1,
                    person=person,
                    unit_id=None if person else unit_id,
                    note=substance,
                    source=EventSource.COMPLAINT,
                    ref=f"complaint-{d.next_id('complaint')}",
                )
                if person is not None:
                    d.flagged.append((closed, person))
            d.add(
                "complaint",
                received_date=day,
                kind=ComplaintKind.COMPLAINT,
                case_no=None,
                void_reason=None,
                channel=channel,
                person_id=person.id if person else None,
                unit_id=unit_id,
                substance=substance,
                outcome=outcome,
                closed_date=closed,
                point_event_id=event_id,
                created_at=d.stamp(day),
            )


def case_challenges(d: Demo) -> None:
    """Case decisions challenged by reconsideration (复议) or in court (诉讼): a few a year,
    most upheld; a corrected or lost one costs its handler TS03/TS04."""
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for ym in d.months:
        first, last, share = d.month_span(ym)
        if not d.chance(0.5 * share):
            continue
        day = d.workday(first, last)
        officers = [m for m in d.active(day, street) if m.category is Category.OFFICER]
        if not officers:
            continue
        handler = d.culprit(officers)
        litigation = d.chance(0.3)
        kind = ComplaintKind.LITIGATION if litigation else ComplaintKind.RECONSIDERATION
        case_no = f"{data.CASE_PREFIX}〔{day.year}〕{d.rng.randint(1, 1500):04d}号"
        outcome, closed = ComplaintOutcome.PENDING, None
        if (d.today - day).days > 45 or d.chance(0.3):
            lost = d.chance(0.3)
            outcome = ComplaintOutcome.VERIFIED if lost else ComplaintOutcome.UNFOUNDED
            closed = min(d.today, d.after(day, 20, 60))
        event_id = None
        if outcome is ComplaintOutcome.VERIFIED and closed is not None:
            event_id = d.event(
                "TS04" if litigation else "TS03",
                closed,
                1,
                person=handler,
                note=case_no,
                source=EventSource.COMPLAINT,
                ref=f"complaint-{d.next_id('complaint')}",
            )
        d.add(
            "complaint",
            received_date=day,
            kind=kind,
            case_no=case_no,
            void_reason=None,
            channel=None,
            person_id=handler.id,
            unit_id=handler.unit_on(day),
            substance=d.pick(data.CASE_CHALLENGES[kind.value]),
            outcome=outcome,
            closed_date=closed,
            point_event_id=event_id,
            created_at=d.stamp(day),
        )


def _grade(score: float) -> Grade:
    for floor, grade in (
        (90, Grade.EXCELLENT),
        (80, Grade.GOOD),
        (70, Grade.PASS),
        (60, Grade.BASIC),
    ):
        if score >= floor:
            return grade
    return Grade.FAIL


def case_reviews(d: Demo) -> None:
    legal = d.unit_of("legal")
    reviewers = [m.name for m in d.members if m.unit_id == legal]
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    numbers: defaultdict[int, set[int]] = defaultdict(set)
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in workdays(d, first, last, d.rng.randint(6, 12) * share):
            unit_id = d.pick(street)
            officers = [m for m in d.active(day, [unit_id]) if m.category is Category.OFFICER]
            if not officers:
                continue
            number = d.rng.randint(1, 1500)
            while number in numbers[day.year]:
                number = d.rng.randint(1, 1500)
            numbers[day.year].add(number)
            case_no = f"{data.CASE_PREFIX}〔{day.year}〕{number:04d}号"
            score = round(min(99.0, max(45.0, d.rng.gauss(80, 10))) * 2) / 2
            grade = _grade(score)
            k = d.rng.randint(1, 3)
            review_id = d.add(
                "case_review",
                case_no=case_no,
                unit_id=unit_id,
                review_date=day,
                reviewer="、".join(d.rng.sample(reviewers, min(2, len(reviewers)))),
                score=score,
                grade=grade,
                problems="；".join(d.rng.sample(data.REVIEW_PROBLEMS, k)) if score < 90 else None,
                created_at=d.stamp(day),
            )
            handlers = d.rng.sample(officers, min(2, len(officers)))
            for h in handlers:
                d.link("case_review_handler", case_review_id=review_id, person_id=h.id)
            codes = {Grade.EXCELLENT: ["AP01"], Grade.FAIL: ["AP02"]}.get(grade, [])
            if score >= 96 and d.chance(0.4):
                codes.append("AP03")
            for code in codes:
                for h in handlers:
                    d.event(
                        code,
                        day,
                        1,
                        person=h,
                        note=case_no,
                        source=EventSource.CASE_REVIEW,
                        ref=f"case_review-{review_id}",
                    )


def _leader(d: Demo, position: str) -> str:
    m = by_position(d, "bureau", position)
    return f"{m.name}（{m.position}）"


def registers(d: Demo) -> None:
    """Risk points, pledges, integrity talks and major-matter reports."""
    review = max(d.start, min(date(d.today.year, 1, 15), d.today))
    for position, unit_key, text, level, measures in data.RISK_POINTS:
        unit_id = d.unit_of(unit_key) if unit_key else None
        owner = head_of(d, unit_key).name if unit_key else _leader(d, "纪检组长")
        d.add(
            "risk_point",
            unit_id=unit_id,
            position=position,
            description=text,
            level=level,
            measures=measures,
            owner=owner,
            review_date=review,
            created_at=d.opened,
        )
    _pledges(d)
    _talks(d)
    for _ in range(max(3, len(d.members) // 25)):
        day = d.workday(d.start, d.today)
        crew = d.active(day)
        d.add(
            "major_matter_report",
            person_id=d.pick(crew).id,
            report_date=day,
            matter=d.pick(data.MAJOR_MATTERS),
            notes=None,
            created_at=d.stamp(day),
        )


def _pledges(d: Demo) -> None:
    for year in range(d.start.year, d.today.year + 1):
        for m in d.members:
            season = date(year, 1, 6) + timedelta(days=d.rng.randint(0, 45))
            signed = max(season, m.hire + timedelta(days=d.rng.randint(3, 20)))
            if signed.year != year or signed > d.today or not m.active_on(signed):
                continue
            if year == d.today.year and d.chance(0.05):
                continue  # the register always has a few still missing this year
            d.add(
                "pledge", person_id=m.id, year=year, signed_date=signed, created_at=d.stamp(signed)
            )


def _talks(d: Demo) -> None:
    street = d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM)
    for ym in d.months:
        first, last, share = d.month_span(ym)
        for day in workdays(d, first, last, d.rng.randint(2, 5) * share):
            kind = d.weighted(data.TALK_KINDS)
            person: Member | None = None
            if kind is TalkKind.PRE_APPOINTMENT:
                person = d.pick([m for m in d.active(day) if m.category is Category.OFFICER])
                talker = _leader(d, "局长")
            elif kind is not TalkKind.COLLECTIVE:
                recent = [
                    m for when, m in d.flagged if 0 <= (day - when).days <= 60 and m.active_on(day)
                ]
                person = d.pick(recent or d.active(day, street))
                talker = _leader(d, "纪检组长")
            else:
                talker = _leader(d, "政委")
            d.add(
                "integrity_talk",
                talk_date=day,
                kind=kind,
                talker=talker,
                person_id=person.id if person else None,
                unit_id=person.unit_on(day) if person else d.pick(street),
                notes=d.pick(data.TALK_NOTES[kind.value]),
                created_at=d.stamp(day),
            )
