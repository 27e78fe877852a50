"""Display names of the glossary's enumerations, translated at the moment of use."""

from __future__ import annotations

from enum import Enum

from console.core.i18n import LANGUAGES, N_, lookup, tr_context
from glossary import (
    AttendanceStatus,
    Category,
    CertificateKind,
    ComplaintChannel,
    ComplaintKind,
    ComplaintOutcome,
    Duty,
    EventSource,
    EventStatus,
    FindingStatus,
    Gender,
    Grade,
    InspectionKind,
    PersonStatus,
    RiskLevel,
    Role,
    RuleCategory,
    Severity,
    Star,
    TalkKind,
    TrainingCategory,
    UnitKind,
    WarningLevel,
    WarningStatus,
)

_t = tr_context("labels")

# Keyed by enum class first: StrEnum members equal their text, so FindingStatus.OPEN and
# WarningStatus.OPEN would otherwise be one and the same dictionary key.
_LABELS: dict[type[Enum], dict[Enum, str]] = {
    UnitKind: {
        UnitKind.BUREAU: N_("Bureau"),
        UnitKind.SQUAD: N_("Squad"),
        UnitKind.DEPARTMENT: N_("Department"),
        UnitKind.TOWN_TEAM: N_("Town team"),
        UnitKind.BRANCH: N_("Branch"),
    },
    Category: {
        Category.OFFICER: N_("Officer"),
        Category.AUXILIARY: N_("Auxiliary"),
        Category.ASSISTANT: N_("Assistant"),
        Category.CONTRACTOR: N_("Contractor"),
    },
    Gender: {
        Gender.MALE: N_("Male"),
        Gender.FEMALE: N_("Female"),
    },
    PersonStatus: {
        PersonStatus.ACTIVE: N_("Active"),
        PersonStatus.TRANSFERRED: N_("Transferred out"),
        PersonStatus.LEFT: N_("Left"),
    },
    Duty: {
        Duty.SYSTEM: N_("System administrator"),
        Duty.SECURITY: N_("Security administrator"),
        Duty.AUDIT: N_("Audit administrator"),
    },
    Role: {
        Role.ADMIN: N_("Supervision chief"),
        Role.SUPERVISOR: N_("Supervisor"),
        Role.SQUAD_LEADER: N_("Squad leader"),
        Role.VIEWER: N_("Viewer"),
    },
    RuleCategory: {
        RuleCategory.CASEWORK: N_("Casework"),
        RuleCategory.PATROL: N_("Patrol"),
        RuleCategory.SERVICE: N_("Service"),
        RuleCategory.COMMENDATION: N_("Commendation"),
        RuleCategory.TRAINING: N_("Training"),
        RuleCategory.DISCIPLINE: N_("Discipline"),
        RuleCategory.SUPERVISION_FINDING: N_("Supervision finding"),
        RuleCategory.COMPLAINT: N_("Complaint"),
        RuleCategory.CASE_REVIEW: N_("Case-file review"),
        RuleCategory.OTHER: N_("Other"),
    },
    EventStatus: {
        EventStatus.PENDING: N_("Awaiting approval"),
        EventStatus.APPROVED: N_("Approved"),
        EventStatus.REJECTED: N_("Rejected"),
        EventStatus.VOID: N_("Void"),
    },
    EventSource: {
        EventSource.MANUAL: N_("Manual"),
        EventSource.CASE_IMPORT: N_("Case import"),
        EventSource.EVENT_IMPORT: N_("Event import"),
        EventSource.INSPECTION_FINDING: N_("Inspection finding"),
        EventSource.COMPLAINT: N_("Complaint"),
        EventSource.CASE_REVIEW: N_("Case-file review"),
        EventSource.TRAINING: N_("Training"),
    },
    Grade: {
        Grade.EXCELLENT: N_("Excellent"),
        Grade.GOOD: N_("Good"),
        Grade.PASS: N_("Pass"),
        Grade.BASIC: N_("Basic pass"),
        Grade.FAIL: N_("Fail"),
    },
    InspectionKind: {
        InspectionKind.ROUTINE: N_("Routine"),
        InspectionKind.SPECIAL: N_("Special"),
        InspectionKind.UNANNOUNCED: N_("Unannounced"),
        InspectionKind.FOLLOW_UP: N_("Follow-up"),
    },
    Severity: {
        Severity.MINOR: N_("Minor"),
        Severity.SERIOUS: N_("Serious"),
        Severity.GRAVE: N_("Grave"),
    },
    FindingStatus: {
        FindingStatus.OPEN: N_("Open"),
        FindingStatus.ASSIGNED: N_("Assigned"),
        FindingStatus.RECTIFIED: N_("Rectified"),
        FindingStatus.VERIFIED: N_("Verified"),
        FindingStatus.SENT_BACK: N_("Sent back"),
        FindingStatus.VOID: N_("Void"),
    },
    ComplaintChannel: {
        ComplaintChannel.HOTLINE_12345: N_("12345 hotline"),
        ComplaintChannel.LETTERS_VISITS: N_("Letters and visits"),
        ComplaintChannel.MEDIA: N_("Media"),
        ComplaintChannel.INSPECTION: N_("Inspection"),
    },
    ComplaintKind: {
        ComplaintKind.COMPLAINT: N_("Complaint"),
        ComplaintKind.RECONSIDERATION: N_("Administrative reconsideration"),
        ComplaintKind.LITIGATION: N_("Administrative litigation"),
    },
    ComplaintOutcome: {
        ComplaintOutcome.PENDING: N_("Under investigation"),
        ComplaintOutcome.VERIFIED: N_("Founded"),
        ComplaintOutcome.UNFOUNDED: N_("Unfounded"),
        ComplaintOutcome.VOID: N_("Void"),
    },
    RiskLevel: {
        RiskLevel.HIGH: N_("High"),
        RiskLevel.MEDIUM: N_("Medium"),
        RiskLevel.LOW: N_("Low"),
    },
    TalkKind: {
        TalkKind.PRE_APPOINTMENT: N_("Pre-appointment"),
        TalkKind.REMINDER: N_("Reminder"),
        TalkKind.ADMONITION: N_("Admonition"),
        TalkKind.COLLECTIVE: N_("Collective"),
    },
    WarningStatus: {
        WarningStatus.OPEN: N_("Awaiting action"),
        WarningStatus.ACKNOWLEDGED: N_("Acknowledged"),
        WarningStatus.RESOLVED: N_("Resolved"),
        WarningStatus.DISMISSED: N_("Dismissed"),
    },
    WarningLevel: {
        WarningLevel.WARNING: N_("Warning"),
        WarningLevel.CRITICAL: N_("Critical warning"),
    },
    TrainingCategory: {
        TrainingCategory.LEGAL: N_("Legal training"),
        TrainingCategory.SKILLS: N_("Professional skills"),
        TrainingCategory.LECTURE_HALL: N_("Lecture hall"),
        TrainingCategory.DRILL: N_("Drills and competitions"),
        TrainingCategory.ONLINE: N_("Online study"),
        TrainingCategory.INDUCTION: N_("Induction"),
        TrainingCategory.INTEGRITY: N_("Integrity education"),
    },
    AttendanceStatus: {
        AttendanceStatus.PRESENT: N_("Present"),
        AttendanceStatus.ABSENT: N_("Absent"),
        AttendanceStatus.EXCUSED: N_("Excused"),
    },
    CertificateKind: {
        CertificateKind.ENFORCEMENT: N_("Enforcement certificate"),
        CertificateKind.AUXILIARY_ENFORCEMENT: N_("Auxiliary enforcement certificate"),
        CertificateKind.LEGAL_QUALIFICATION: N_("Legal professional qualification"),
        CertificateKind.DRONE_PILOT: N_("Drone pilot licence"),
        CertificateKind.OTHER: N_("Other certificate"),
    },
    Star: {
        Star.CASEWORK: N_("Casework star"),
        Star.SERVICE: N_("Service star"),
        Star.MOST_IMPROVED: N_("Most improved star"),
    },
}


def label(value: Enum | None) -> str:
    """The translated display name of an enum member ('' for None)."""
    if value is None:
        return ""
    text = _LABELS.get(type(value), {}).get(value)
    return _t(text) if text is not None else str(value.value)


def every_label(value: Enum) -> set[str]:
    """Every name a member goes by — its value, its English label and each translation —
    for reading files that may be written in any language (casefolded)."""
    names = {str(value.value).casefold()}
    text = _LABELS.get(type(value), {}).get(value)
    if text is not None:
        names.add(text.casefold())
        names.update(t.casefold() for lang in LANGUAGES if (t := lookup("labels", text, lang)))
    return names


def choices(enum_cls: type[Enum]) -> list[tuple[Enum, str]]:
    """(member, display name) pairs in declaration order, for combo boxes."""
    return [(member, label(member)) for member in enum_cls]
