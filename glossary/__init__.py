"""The glossary's value types, free of Qt and SQLAlchemy so that every layer may use them.

Enumerations: their values are the stored text; Chinese labels live in
``console.core.labels`` so that the database stays language-neutral. A month is a
``YearMonth``, never text. ``db.types`` holds only the column type that stores it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

_YM = re.compile(r"^\s*(\d{4})[-/.年]?(\d{1,2})月?\s*$")


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month, e.g. YearMonth(2026, 11). Ordered, hashable, stored as 202611."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if not 1900 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Accept 2026-11, 2026/11, 202611 and 2026年11月."""
        m = _YM.match(text)
        if not m:
            raise ValueError(f"not a month (expected YYYY-MM): {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)

    @classmethod
    def from_int(cls, value: int) -> YearMonth:
        return cls(value // 100, value % 100)

    def to_int(self) -> int:
        return self.year * 100 + self.month

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> YearMonth:
        return self.shift(1)

    def prev(self) -> YearMonth:
        return self.shift(-1)

    def shift(self, months: int) -> YearMonth:
        index = self.year * 12 + (self.month - 1) + months
        return YearMonth(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


class UnitKind(StrEnum):
    BUREAU = "bureau"
    SQUAD = "squad"
    DEPARTMENT = "department"
    TOWN_TEAM = "town_team"
    BRANCH = "branch"


class Category(StrEnum):
    OFFICER = "officer"
    AUXILIARY = "auxiliary"
    ASSISTANT = "assistant"
    CONTRACTOR = "contractor"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class PersonStatus(StrEnum):
    ACTIVE = "active"
    TRANSFERRED = "transferred"
    LEFT = "left"


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    SQUAD_LEADER = "squad_leader"
    VIEWER = "viewer"


class Duty(StrEnum):
    """The separated administrator duties (三权分立, GB/T 22239-2019 level 3). An account
    holding one is an administrator account: it reads business records like a viewer and
    changes none of them, whatever its role says."""

    SYSTEM = "system"  # 系统管理员: accounts, units, the bureau's system settings
    SECURITY = "security"  # 安全管理员: roles and duties, lockouts, the password policy
    AUDIT = "audit"  # 审计管理员: reads and exports the audit log


def parse_duties(text: str | None) -> frozenset[Duty]:
    """The duties as stored: their values, comma-separated (unknown ones are ignored)."""
    known = {d.value for d in Duty}
    return frozenset(Duty(v) for v in (text or "").split(",") if v in known)


def format_duties(duties: frozenset[Duty] | set[Duty]) -> str:
    """The stored text of a set of duties: sorted, so that equal sets store equally."""
    return ",".join(sorted(d.value for d in duties))


class RuleCategory(StrEnum):
    CASEWORK = "casework"
    PATROL = "patrol"
    SERVICE = "service"
    COMMENDATION = "commendation"
    TRAINING = "training"
    DISCIPLINE = "discipline"
    SUPERVISION_FINDING = "supervision_finding"
    COMPLAINT = "complaint"
    CASE_REVIEW = "case_review"
    OTHER = "other"


class EventStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    VOID = "void"


class EventSource(StrEnum):
    MANUAL = "manual"
    CASE_IMPORT = "case_import"
    EVENT_IMPORT = "event_import"
    INSPECTION_FINDING = "inspection_finding"
    COMPLAINT = "complaint"
    CASE_REVIEW = "case_review"
    TRAINING = "training"


class Grade(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    PASS = "pass"
    BASIC = "basic"
    FAIL = "fail"


class InspectionKind(StrEnum):
    ROUTINE = "routine"
    SPECIAL = "special"
    UNANNOUNCED = "unannounced"
    FOLLOW_UP = "follow_up"


class Severity(StrEnum):
    MINOR = "minor"
    SERIOUS = "serious"
    GRAVE = "grave"


class FindingStatus(StrEnum):
    OPEN = "open"
    ASSIGNED = "assigned"
    RECTIFIED = "rectified"
    VERIFIED = "verified"
    SENT_BACK = "sent_back"
    VOID = "void"  # recorded in error, or its deduction was voided: stays, with the reason


class ComplaintChannel(StrEnum):
    HOTLINE_12345 = "hotline_12345"
    LETTERS_VISITS = "letters_visits"
    MEDIA = "media"
    INSPECTION = "inspection"


class ComplaintKind(StrEnum):
    """A complaint (投诉/信访), or a case decision challenged by administrative
    reconsideration (行政复议) or litigation (行政诉讼), recorded against the handler."""

    COMPLAINT = "complaint"
    RECONSIDERATION = "reconsideration"
    LITIGATION = "litigation"


class ComplaintOutcome(StrEnum):
    # For reconsideration, VERIFIED is 纠错 (the decision corrected) and UNFOUNDED 维持;
    # for litigation, VERIFIED is 败诉 (the bureau lost) and UNFOUNDED 胜诉.
    PENDING = "pending"
    VERIFIED = "verified"
    UNFOUNDED = "unfounded"
    VOID = "void"  # recorded in error, or its deduction was voided


class RiskLevel(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class TalkKind(StrEnum):
    PRE_APPOINTMENT = "pre_appointment"
    REMINDER = "reminder"
    ADMONITION = "admonition"
    COLLECTIVE = "collective"


class WarningStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


class WarningLevel(StrEnum):
    """预警 / 严重预警: each rule has a threshold for each; an open warning is only raised."""

    WARNING = "warning"
    CRITICAL = "critical"


class TrainingCategory(StrEnum):
    LEGAL = "legal"
    SKILLS = "skills"
    LECTURE_HALL = "lecture_hall"
    DRILL = "drill"
    ONLINE = "online"
    INDUCTION = "induction"
    INTEGRITY = "integrity"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class CertificateKind(StrEnum):
    ENFORCEMENT = "enforcement"
    AUXILIARY_ENFORCEMENT = "auxiliary_enforcement"
    LEGAL_QUALIFICATION = "legal_qualification"
    DRONE_PILOT = "drone_pilot"
    OTHER = "other"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class Star(StrEnum):
    CASEWORK = "casework"  # 办案之星: most capped casework points
    SERVICE = "service"  # 服务之星: most capped service points
    MOST_IMPROVED = "most_improved"  # 奔跑之星: largest rise of the total over last month
