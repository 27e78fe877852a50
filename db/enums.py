"""Enumerations of the glossary. Values are the stored text; Chinese labels live in
``console.core.labels`` so that the database stays language-neutral."""

from __future__ import annotations

from enum import StrEnum


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
