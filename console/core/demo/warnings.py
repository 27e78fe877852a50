"""Early warnings in the demo bureau: the rules run as the squad would have run them — on
the first working morning of each of the last months and today — and the older warnings
handled the way supervisors handle them: most acknowledged with the action taken, some
resolved, a few dismissed as false positives with the reason.

The shipped rules run at both levels, so the demo holds warnings (预警) and critical
warnings (严重预警), some raised to critical while open, and hits of the peer-rate rules
(complaints per 100 cases, findings per inspection) from the demo's case statistics.

Deterministic like the rest of the demo: the moments come from the calendar, the choices
from the demo's random stream, never from the clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from console.core.demo import data
from console.core.demo.context import Demo, Member
from console.core.integrity.warnings import fire_warnings
from db.integrity import EarlyWarning
from glossary import (
    ComplaintChannel,
    ComplaintOutcome,
    EventSource,
    FindingStatus,
    Severity,
    UnitKind,
    WarningStatus,
)

CHECKED_MONTHS = 6  # the rules have been run monthly for this long
OPEN_FOR = 30  # days: warnings younger than this still await action …
HANDLED_AFTER = 90  # … older ones are all handled; in between, about half

# What supervisors write (Chinese: demo data, like the names and the findings).
ACTIONS = {
    "verified_complaints": ("已进行廉政谈话，责令书面检查", "已进行提醒谈话，调离窗口岗位"),
    "repeated_findings": ("已进行提醒谈话，纳入重点督察对象", "已安排执法规范化培训"),
    "grave_finding": ("已进行诫勉谈话，报局纪检组", "已进行廉政谈话，扣减当月积分"),
    "low_score": ("中队长已谈心谈话，制定改进计划", "已安排跟班学习"),
    "finding_overdue": ("已督促整改，限期一周内完成", "已约谈中队长，督促整改到位"),
    "no_pledge": ("已补签承诺书", "已通知所在单位组织补签"),
    "training_behind": ("已安排补学，限期补足学时", "已通知所在单位督促参训"),
    "complaint_rate": ("已调阅投诉件逐件核查，进行提醒谈话", "已安排跟班带教，规范执法用语"),
    "finding_rate": ("已列为重点督察对象，每月跟踪检查", "已进行提醒谈话，安排业务培训"),
}
DISMISSALS = {
    "no_pledge": "承诺书已于规定期限内签订，系录入遗漏",
    "finding_overdue": "整改已完成，系复核登记滞后",
    "repeated_findings": "问题系单位管理原因，非个人责任",
    "finding_rate": "所在岗位检查频次高，问题多为轻微，已即时整改",
    "complaint_rate": "投诉集中于同一拆违案件，经核查执法行为规范",
}
DEFAULT_ACTION = ("已进行提醒谈话",)
DEFAULT_DISMISSAL = "经核实，情况不属实"


def troubled_cases(d: Demo) -> None:
    """Two officers whose records pile up lately, so that the complaint and the repeated-
    finding rules have someone to flag: every bureau has a few. Runs last before the bulk
    load, so the rest of the demo is drawn as before."""
    street = set(d.unit_ids(UnitKind.SQUAD, UnitKind.TOWN_TEAM))
    since = d.today - timedelta(days=200)
    crew = [
        m
        for m in d.members
        if not m.head and m.active_on(since) and m.active_on(d.today) and m.unit_on(since) in street
    ]
    if len(crew) < 2:
        return
    complained, careless = d.rng.sample(crew, 2)
    _complaints(d, complained)
    _findings(d, careless)


def _complaints(d: Demo, person: Member) -> None:
    for days_ago in (70, 25):
        day = d.today - timedelta(days=days_ago)
        closed = day + timedelta(days=10)
        substance = d.pick(data.COMPLAINTS)
        event_id = d.event(
            "TS01",
            closed,
            1,
            person=person,
            note=substance,
            source=EventSource.COMPLAINT,
            ref=f"complaint-{d.next_id('complaint')}",
        )
        d.add(
            "complaint",
            received_date=day,
            channel=ComplaintChannel.HOTLINE_12345,
            person_id=person.id,
            unit_id=person.unit_on(day),
            substance=substance,
            outcome=ComplaintOutcome.VERIFIED,
            closed_date=closed,
            point_event_id=event_id,
            created_at=d.stamp(day),
        )


def _findings(d: Demo, person: Member) -> None:
    unit_id = person.unit_on(d.today)
    visits = sorted(
        (row["inspection_date"], row["id"])
        for row in d.rows["inspection"]
        for link in d.rows["inspection_unit"]
        if link["inspection_id"] == row["id"] and link["unit_id"] == unit_id
    )
    for days_ago, severity, settled in (
        (150, Severity.MINOR, True),
        (75, Severity.SERIOUS, True),
        (30, Severity.MINOR, False),
    ):
        wanted = d.today - timedelta(days=days_ago)
        found, inspection_id = max(
            ((day, i) for day, i in visits if day <= wanted), default=(wanted, None)
        )
        topic = d.pick(data.CHECKLIST)
        description = d.pick(data.FINDINGS[topic])
        deadline = found + timedelta(days=14)
        dates: dict[str, object] = {
            "assigned_date": found + timedelta(days=1),
            "rectified_date": None,
            "rectification": None,
            "verified_date": None,
            "verified_by_id": None,
        }
        status = FindingStatus.ASSIGNED
        if settled:
            status = FindingStatus.VERIFIED
            dates.update(
                rectified_date=found + timedelta(days=8),
                rectification="已按要求整改",
                verified_date=found + timedelta(days=12),
                verified_by_id=d.supervisor_id,
            )
        event_id = d.event(
            data.SEVERITY_RULE[severity],
            found,
            1,
            person=person,
            note=description,
            source=EventSource.INSPECTION_FINDING,
            ref=f"inspection-{inspection_id}",
        )
        d.add(
            "finding",
            inspection_id=inspection_id,
            unit_id=unit_id,
            person_id=person.id,
            found_date=found,
            topic=topic,
            severity=severity,
            description=description,
            deadline=deadline,
            status=status,
            point_event_id=event_id,
            created_at=d.stamp(found, 15, 18),
            **dates,
        )


def _check_days(d: Demo) -> list[date]:
    """The first weekday of each of the last months, then today."""
    days = []
    for month in d.months[-CHECKED_MONTHS:]:
        day = month.first_day
        while day.weekday() >= 5:
            day += timedelta(days=1)
        if day < d.today:
            days.append(day)
    return [*days, d.today]


def early_warnings(session: Session, d: Demo) -> None:
    """Run the rules at each check day (after the bulk load, before the commit)."""
    fired: list[tuple[date, EarlyWarning]] = []
    for day in _check_days(d):
        session.flush()
        moment = datetime.combine(day, time(8, 40))
        fired.extend((day, w) for w in fire_warnings(session, day, moment))
    for day, warning in fired:
        age = (d.today - day).days
        if age < OPEN_FOR or (age < HANDLED_AFTER and d.chance(0.5)):
            continue
        roll = d.rng.random()
        handler = d.supervisor_id if d.rng.random() < 0.7 else d.admin_id
        warning.handled_by_id = handler
        warning.handled_at = datetime.combine(
            day + timedelta(days=d.rng.randint(1, 12)), time(d.rng.randint(9, 17), 0)
        )
        if roll < 0.1:
            warning.status = WarningStatus.DISMISSED
            warning.reason = DISMISSALS.get(warning.rule_code, DEFAULT_DISMISSAL)
        elif roll < 0.8:
            warning.status = WarningStatus.ACKNOWLEDGED
            warning.action = d.rng.choice(ACTIONS.get(warning.rule_code, DEFAULT_ACTION))
        else:
            warning.status = WarningStatus.RESOLVED
            warning.action = d.rng.choice(ACTIONS.get(warning.rule_code, DEFAULT_ACTION))
            warning.reason = "问题已整改到位，予以办结"
        session.flush()  # one at a time: the audit log's order must not depend on the session
