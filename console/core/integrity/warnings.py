"""Early warnings (预警): running the rules, and what supervisors do with a warning.

A warning names a person, the rule and the records behind it (its evidence). It fires
again for the same person and rule only on *new* evidence: a record that was in none of
the earlier warnings of that person under that rule, whatever became of them — so a
dismissed false positive stays dismissed until something new happens.

Each rule has two levels, warning (预警) and critical (严重预警), each with its own
threshold: the rule is run with the warning values and with the critical ones, and a
person both flag is warned at the critical level. An open warning whose records come to
meet the critical threshold is raised to critical (an audited change of the warning);
it is never lowered while open. Reaching the critical level is itself news: records that
were behind a warning-level warning, since closed, warn again once they meet the
critical threshold.

A supervisor acknowledges an open warning with the action taken (talk held, training
assigned …), resolves it, or dismisses it as a false positive with the reason. The
share of dismissals per rule, next to its hits per level, shows which thresholds need
tuning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.conflicts import Conflict, describe_change, require_status
from console.core.errors import FieldError, NotFound, ValidationError
from console.core.i18n import N_, tr_context
from console.core.integrity.access import require_keeper
from console.core.integrity.warning_rules import (
    Evidence,
    Hit,
    RuleConfig,
    RuleSpec,
    Summary,
    load_config,
    render_summary,
    rule_title,
    rules,
    store_summary,
)
from console.core.labels import label
from console.core.permissions import (
    require_unit_access,
    require_user,
    visible_unit_ids,
)
from db.accounts import UserAccount
from db.base import utcnow
from db.integrity import Complaint, EarlyWarning, Finding
from db.org import Person, Unit
from glossary import PersonStatus, WarningLevel, WarningStatus, YearMonth

_t = tr_context("warnings")

# What an acknowledgement usually records; the dialog offers these and free text.
ACTIONS = (
    N_("Integrity talk held"),
    N_("Reminder talk held"),
    N_("Training assigned"),
    N_("Rectification supervised"),
    N_("Reported to the bureau leadership"),
)


def action_choices() -> list[str]:
    """The usual actions, in the user's language."""
    return [_t(a) for a in ACTIONS]


# Where a warning may go from where it is.
_NEXT: dict[WarningStatus, frozenset[WarningStatus]] = {
    WarningStatus.OPEN: frozenset(
        {WarningStatus.ACKNOWLEDGED, WarningStatus.RESOLVED, WarningStatus.DISMISSED}
    ),
    WarningStatus.ACKNOWLEDGED: frozenset({WarningStatus.RESOLVED}),
    WarningStatus.RESOLVED: frozenset(),
    WarningStatus.DISMISSED: frozenset(),
}


@dataclass(frozen=True)
class WarningRow:
    id: int
    person_id: int
    staff_no: str
    person_name: str
    unit_id: int
    unit_name: str
    rule_code: str
    rule_title: str
    fired_at: datetime  # UTC
    summary: str
    evidence: Mapping[str, tuple[int, ...]]
    status: WarningStatus
    action: str | None
    reason: str | None
    handled_by: str | None
    handled_at: datetime | None  # UTC
    row_version: int = 0  # the version the user saw: handling several states it
    level: WarningLevel = WarningLevel.WARNING
    raised_at: datetime | None = None  # UTC: when an open warning was raised to critical

    @property
    def critical(self) -> bool:
        return self.level == WarningLevel.CRITICAL

    @property
    def evidence_count(self) -> int:
        return sum(len(ids) for ids in self.evidence.values())


@dataclass(frozen=True)
class Evaluation:
    as_of: date
    rules_run: tuple[str, ...]
    fired: Mapping[str, int]  # rule code → new warnings
    warning_ids: tuple[int, ...]
    raised: Mapping[str, int] = field(default_factory=dict)  # rule code → raised to critical
    critical: int = 0  # of the new warnings, how many at the critical level

    @property
    def total(self) -> int:
        return sum(self.fired.values())

    @property
    def raised_total(self) -> int:
        return sum(self.raised.values())


@dataclass(frozen=True)
class RuleStats:
    code: str
    title: str
    fired: int
    open: int
    acknowledged: int
    resolved: int
    dismissed: int
    warning_hits: int = 0  # warnings at level warning (预警)
    critical_hits: int = 0  # at level critical (严重预警), raised ones included
    raised: int = 0  # of these, raised to critical while open

    @property
    def handled(self) -> int:
        return self.acknowledged + self.resolved + self.dismissed

    @property
    def false_positive_share(self) -> float | None:
        """Dismissed ÷ handled: how often the rule flagged someone for nothing."""
        return self.dismissed / self.handled if self.handled else None


@dataclass(frozen=True)
class EvidenceItem:
    table: str
    record_id: int
    day: date | None
    text: str


# ---------------------------------------------------------------------------- evaluation


def _normalise(evidence: Mapping[str, Iterable[int]]) -> Evidence:
    return {table: sorted({int(i) for i in ids}) for table, ids in sorted(evidence.items()) if ids}


def _keys(evidence: Mapping[str, Iterable[int]]) -> set[tuple[str, int]]:
    return {(table, int(i)) for table, ids in evidence.items() for i in ids}


Seen = dict[int, set[tuple[str, int]]]


def _seen(session: Session, code: str) -> tuple[Seen, Seen]:
    """Person → every record already in a warning of theirs under the rule, and every
    record already in one of their critical warnings under it."""
    seen: Seen = {}
    critical: Seen = {}
    rows = session.execute(
        select(EarlyWarning.person_id, EarlyWarning.evidence, EarlyWarning.level).where(
            EarlyWarning.rule_code == code
        )
    )
    for person_id, evidence, level in rows:
        if isinstance(evidence, dict):
            seen.setdefault(person_id, set()).update(_keys(evidence))
            if level == WarningLevel.CRITICAL:
                critical.setdefault(person_id, set()).update(_keys(evidence))
    return seen, critical


def _open_warnings(session: Session, code: str) -> dict[int, EarlyWarning]:
    """Person → their open warning under the rule (the oldest, should there be several)."""
    found: dict[int, EarlyWarning] = {}
    for warning in session.scalars(
        select(EarlyWarning)
        .where(EarlyWarning.rule_code == code, EarlyWarning.status == WarningStatus.OPEN)
        .order_by(EarlyWarning.fired_at.desc(), EarlyWarning.id.desc())
    ):
        found[warning.person_id] = warning  # the oldest is read last
    return found


def _extend(warning: EarlyWarning, evidence: Mapping[str, Iterable[int]], at: datetime) -> None:
    """Add newer evidence to an open warning, and count the month it was seen again in."""
    merged: dict[str, set[int]] = {t: set(ids) for t, ids in (warning.evidence or {}).items()}
    for table, ids in evidence.items():
        merged.setdefault(table, set()).update(int(i) for i in ids)
    warning.evidence = _normalise(merged)
    last = warning.last_seen_at or warning.fired_at
    if (at.year, at.month) != (last.year, last.month):
        warning.months_seen = (warning.months_seen or 1) + 1
    warning.last_seen_at = max(at, last)


def merge_open_duplicates(session: Session) -> int:
    """Merge the open warnings of the same person and rule into the oldest, keeping all
    their evidence (run once, when upgrading to one open warning per person and rule).
    Returns how many duplicates were merged away."""
    groups: dict[tuple[int, str], list[EarlyWarning]] = {}
    for warning in session.scalars(
        select(EarlyWarning)
        .where(EarlyWarning.status == WarningStatus.OPEN)
        .order_by(EarlyWarning.fired_at, EarlyWarning.id)
    ):
        groups.setdefault((warning.person_id, warning.rule_code), []).append(warning)
    merged = 0
    for oldest, *later in groups.values():
        for warning in later:
            _extend(oldest, warning.evidence or {}, warning.fired_at)
            oldest.summary = warning.summary  # the newest words
            if warning.level == WarningLevel.CRITICAL:  # merged, never lowered
                oldest.level = WarningLevel.CRITICAL
                oldest.raised_at = oldest.raised_at or warning.raised_at
            session.delete(warning)
            merged += 1
    session.flush()
    return merged


@dataclass(frozen=True)
class LevelHit:
    """A person a rule flags, at the highest level they meet: the records behind it
    (those meeting the warning threshold and those meeting the critical one), and the
    records that meet the critical threshold on their own."""

    person_id: int
    level: WarningLevel
    evidence: Evidence
    critical_evidence: Evidence
    summary: str | Summary


def level_hits(
    session: Session, spec: RuleSpec, config: RuleConfig, as_of: date
) -> dict[int, LevelHit]:
    """Run a rule at both levels: person → their hit at the highest level they meet. A
    rule without a levelled threshold has the warning level only."""
    found: dict[int, LevelHit] = {}
    levels = [WarningLevel.WARNING]
    if config.critical:
        levels.append(WarningLevel.CRITICAL)
    for level in levels:
        for raw in spec.evaluate(session, as_of, config.level_params(level)):
            hit = Hit(*raw)
            if not any(hit.evidence.values()):
                continue
            evidence = _normalise(hit.evidence)
            if level == WarningLevel.WARNING:
                found[hit.person_id] = LevelHit(hit.person_id, level, evidence, {}, hit.summary)
                continue
            earlier = found.get(hit.person_id)
            both = _normalise(
                {
                    t: [*evidence.get(t, ()), *(earlier.evidence.get(t, ()) if earlier else ())]
                    for t in {*evidence, *(earlier.evidence if earlier else {})}
                }
            )
            found[hit.person_id] = LevelHit(hit.person_id, level, both, evidence, hit.summary)
    return found


@dataclass
class Fired:
    """What a run of the rules did: warnings added, and open warnings raised to critical."""

    added: list[EarlyWarning] = field(default_factory=list)
    raised: list[EarlyWarning] = field(default_factory=list)


def run_rules(
    session: Session, as_of: date, now: datetime, codes: Iterable[str] | None = None
) -> Fired:
    """Run the enabled rules (or just ``codes``) as of a day, at both levels.

    A hit adds a warning, at its level, when some record behind it is in no earlier
    warning of the person under the rule — or, at the critical level, when some record
    meeting the critical threshold is in no earlier critical warning of theirs. While the
    person has an open warning under the rule, the hit extends that one instead (newer
    evidence, last seen) and raises it to critical if it is critical now; an open warning
    is never lowered. Only people on strength are warned. It only changes the session: the
    caller's unit of work writes (or, on a dry run, drops) the changes."""
    wanted = set(codes) if codes is not None else None
    config = load_config(session)
    active = set(session.scalars(select(Person.id).where(Person.status == PersonStatus.ACTIVE)))
    fired = Fired()
    for spec in rules():
        cfg = config[spec.code]
        if (wanted is not None and spec.code not in wanted) or (wanted is None and not cfg.enabled):
            continue
        hits = [h for h in level_hits(session, spec, cfg, as_of).values() if h.person_id in active]
        if not hits:
            continue
        seen, seen_critical = _seen(session, spec.code)
        still_open = _open_warnings(session, spec.code)
        for hit in sorted(hits, key=lambda h: h.person_id):
            keys = _keys(hit.evidence)
            critical_keys = _keys(hit.critical_evidence)
            new = not keys <= seen.get(hit.person_id, set())
            newly_critical = hit.level == WarningLevel.CRITICAL and not critical_keys <= (
                seen_critical.get(hit.person_id, set())
            )
            if not new and not newly_critical:
                continue  # nothing new since an earlier warning
            seen.setdefault(hit.person_id, set()).update(keys)
            if hit.level == WarningLevel.CRITICAL:
                seen_critical.setdefault(hit.person_id, set()).update(critical_keys)
            current = still_open.get(hit.person_id)
            if current is not None:
                # One open warning per person and rule: newer evidence extends it.
                _extend(current, hit.evidence, now)
                if hit.level == WarningLevel.CRITICAL and current.level != hit.level:
                    current.level = WarningLevel.CRITICAL
                    current.raised_at = now
                    fired.raised.append(current)
                if hit.level == current.level:
                    # The newest words, unless they are a lower level's: the grounds of a
                    # critical warning stay those that made it critical.
                    current.summary = store_summary(hit.summary)
                continue
            fired.added.append(
                EarlyWarning(
                    person_id=hit.person_id,
                    rule_code=spec.code,
                    fired_at=now,
                    evidence=hit.evidence,
                    summary=store_summary(hit.summary),
                    status=WarningStatus.OPEN,
                    level=hit.level,
                )
            )
    session.add_all(fired.added)
    return fired


def fire_warnings(
    session: Session, as_of: date, now: datetime, codes: Iterable[str] | None = None
) -> list[EarlyWarning]:
    """``run_rules``, returning the warnings added (the open ones it raised to critical
    are changed in the session too)."""
    return run_rules(session, as_of, now, codes).added


def evaluate_warnings(
    session: Session, user: User, as_of: date, *, codes: Iterable[str] | None = None
) -> Evaluation:
    """Run the enabled rules (or just ``codes``) as of a day; store the new warnings.

    Only people on strength are warned. Everything is written in one transaction.
    """
    user = require_keeper(session, user)
    wanted = set(codes) if codes is not None else None
    config = load_config(session)
    run = tuple(
        spec.code
        for spec in rules()
        if (spec.code in wanted if wanted is not None else config[spec.code].enabled)
    )
    result = run_rules(session, as_of, utcnow(), run)
    session.flush()
    added = result.added
    fired = Counter(w.rule_code for w in added)
    raised = Counter(w.rule_code for w in result.raised)
    critical = sum(1 for w in added if w.level == WarningLevel.CRITICAL)
    return Evaluation(as_of, run, dict(fired), tuple(w.id for w in added), dict(raised), critical)


# ---------------------------------------------------------------------------- reading


def _rows_query():  # type: ignore[no-untyped-def]
    return (
        select(
            EarlyWarning.id,
            EarlyWarning.person_id,
            Person.staff_no,
            Person.name,
            Person.unit_id,
            Unit.name,
            EarlyWarning.rule_code,
            EarlyWarning.fired_at,
            EarlyWarning.summary,
            EarlyWarning.evidence,
            EarlyWarning.status,
            EarlyWarning.action,
            EarlyWarning.reason,
            UserAccount.display_name,
            EarlyWarning.handled_at,
            EarlyWarning.row_version,
            EarlyWarning.level,
            EarlyWarning.raised_at,
        )
        .join(Person, Person.id == EarlyWarning.person_id)
        .join(Unit, Unit.id == Person.unit_id)
        .outerjoin(UserAccount, UserAccount.id == EarlyWarning.handled_by_id)
    )


def _row(r: Sequence[Any]) -> WarningRow:
    values = tuple(r)
    evidence = values[9] if isinstance(values[9], dict) else {}
    return WarningRow(
        id=values[0],
        person_id=values[1],
        staff_no=values[2],
        person_name=values[3],
        unit_id=values[4],
        unit_name=values[5],
        rule_code=values[6],
        rule_title=rule_title(values[6]),
        fired_at=values[7],
        summary=render_summary(values[8]),
        evidence={t: tuple(ids) for t, ids in evidence.items()},
        status=values[10],
        action=values[11],
        reason=values[12],
        handled_by=values[13],
        handled_at=values[14],
        row_version=values[15],
        level=values[16],
        raised_at=values[17],
    )


def list_warnings(
    session: Session,
    user: User,
    status: WarningStatus | None = None,
    *,
    person_id: int | None = None,
    fired_from: date | None = None,
    fired_to: date | None = None,
    level: WarningLevel | None = None,
) -> list[WarningRow]:
    """Warnings the user may see (a squad leader: their units' people), newest first."""
    require_user(user)
    stmt = _rows_query().order_by(EarlyWarning.fired_at.desc(), EarlyWarning.id.desc())
    if status is not None:
        stmt = stmt.where(EarlyWarning.status == status)
    if level is not None:
        stmt = stmt.where(EarlyWarning.level == level)
    if person_id is not None:
        stmt = stmt.where(EarlyWarning.person_id == person_id)
    if fired_from is not None:
        start = datetime.combine(fired_from, datetime.min.time())
        stmt = stmt.where(EarlyWarning.fired_at >= start)
    if fired_to is not None:
        end = datetime.combine(fired_to, datetime.max.time())
        stmt = stmt.where(EarlyWarning.fired_at <= end)
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    return [_row(r) for r in session.execute(stmt).all()]


def open_warning_count(session: Session, user: User) -> int:
    return sum(open_warning_counts(session, user).values())


def open_warning_counts(session: Session, user: User) -> dict[WarningLevel, int]:
    """Open warnings the user may see, per level (every level present, 0 if none)."""
    require_user(user)
    stmt = (
        select(EarlyWarning.level, func.count(EarlyWarning.id))
        .join(Person, Person.id == EarlyWarning.person_id)
        .where(EarlyWarning.status == WarningStatus.OPEN)
        .group_by(EarlyWarning.level)
    )
    scope = visible_unit_ids(session, user)
    if scope is not None:
        stmt = stmt.where(Person.unit_id.in_(scope))
    counts = dict.fromkeys(WarningLevel, 0)
    for level, n in session.execute(stmt).all():
        counts[WarningLevel(level)] += int(n)
    return counts


def get_warning(session: Session, user: User, warning_id: int) -> WarningRow:
    require_user(user)
    r = session.execute(_rows_query().where(EarlyWarning.id == warning_id)).first()
    if r is None:
        raise NotFound(_t("No such warning."))
    row = _row(r)
    scope = visible_unit_ids(session, user)
    if scope is not None and row.unit_id not in scope:
        raise NotFound(_t("No such warning."))
    return row


def rule_statistics(session: Session, user: User) -> list[RuleStats]:
    """Per registered rule: warnings fired, how they ended, and how many at each level
    (bureau-wide)."""
    require_user(user)

    def counted(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    counts = {
        code: tuple(values)
        for code, *values in session.execute(
            select(
                EarlyWarning.rule_code,
                func.count(EarlyWarning.id),
                *(
                    counted(EarlyWarning.status == s)
                    for s in (
                        WarningStatus.OPEN,
                        WarningStatus.ACKNOWLEDGED,
                        WarningStatus.RESOLVED,
                        WarningStatus.DISMISSED,
                    )
                ),
                counted(EarlyWarning.level == WarningLevel.WARNING),
                counted(EarlyWarning.level == WarningLevel.CRITICAL),
                counted(EarlyWarning.raised_at.is_not(None)),
            ).group_by(EarlyWarning.rule_code)
        ).all()
    }
    return [
        RuleStats(spec.code, spec.display_title(), *map(int, counts.get(spec.code, (0,) * 8)))
        for spec in rules()
    ]


def warning_evidence(session: Session, user: User, warning_id: int) -> list[EvidenceItem]:
    """The records behind a warning, described for people to read."""
    row = get_warning(session, user, warning_id)
    items: list[EvidenceItem] = []
    finding_ids = list(row.evidence.get("finding", ()))
    if finding_ids:
        for fid, found, topic, description in session.execute(
            select(Finding.id, Finding.found_date, Finding.topic, Finding.description)
            .where(Finding.id.in_(finding_ids))
            .order_by(Finding.found_date, Finding.id)
        ):
            items.append(
                EvidenceItem(
                    "finding",
                    fid,
                    found,
                    _t("Finding: {topic} — {text}").format(topic=topic, text=description),
                )
            )
    complaint_ids = list(row.evidence.get("complaint", ()))
    if complaint_ids:
        for cid, received, substance in session.execute(
            select(Complaint.id, Complaint.received_date, Complaint.substance)
            .where(Complaint.id.in_(complaint_ids))
            .order_by(Complaint.received_date, Complaint.id)
        ):
            items.append(
                EvidenceItem(
                    "complaint", cid, received, _t("Complaint: {text}").format(text=substance)
                )
            )
    for value in row.evidence.get("month", ()):
        month = YearMonth.from_int(value)
        items.append(
            EvidenceItem(
                "month",
                value,
                month.first_day,
                _t("Monthly score of {month}").format(month=month),
            )
        )
    for year in row.evidence.get("pledge_year", ()):
        items.append(
            EvidenceItem("pledge_year", year, None, _t("No pledge for {year}").format(year=year))
        )
    known = {"finding", "complaint", "month", "pledge_year"}
    for table, ids in row.evidence.items():
        if table in known:
            continue
        for i in ids:
            if table.endswith("month") and 190001 <= i <= 999912 and 1 <= i % 100 <= 12:
                # A month of another rule (training_month …): the rule and the month.
                month = YearMonth.from_int(i)
                text = _t("{rule}: {month}").format(rule=row.rule_title, month=month)
                items.append(EvidenceItem(table, i, month.first_day, text))
            else:
                text = _t("{table} record {id}").format(table=table, id=i)
                items.append(EvidenceItem(table, i, None, text))
    return items


@dataclass(frozen=True)
class WarningSettings:
    """The rules' settings and how each rule has fared, for the settings tab."""

    configs: Mapping[str, RuleConfig]
    stats: Mapping[str, RuleStats]


def warning_settings(session: Session, user: User) -> WarningSettings:
    stats = {s.code: s for s in rule_statistics(session, user)}
    return WarningSettings(load_config(session), stats)


@dataclass(frozen=True)
class WarningDetail:
    """A warning as it is now and the records behind it, read together."""

    warning: WarningRow
    evidence: list[EvidenceItem]


def warning_detail(session: Session, user: User, warning_id: int) -> WarningDetail:
    return WarningDetail(
        get_warning(session, user, warning_id), warning_evidence(session, user, warning_id)
    )


# ---------------------------------------------------------------------------- handling


def _handle(
    session: Session,
    user: User,
    warning_id: int,
    to: WarningStatus,
    *,
    action: str | None = None,
    reason: str | None = None,
    seen: WarningStatus | None = None,
) -> WarningRow:
    user = require_keeper(session, user)
    warning = session.get(EarlyWarning, warning_id)
    if warning is None:
        raise NotFound(_t("No such warning."))
    unit_id = session.scalar(select(Person.unit_id).where(Person.id == warning.person_id))
    require_unit_access(session, user, unit_id)
    # Handled on another desktop since the user saw it: say who, rather than "already handled".
    require_status(session, warning, seen)
    if to not in _NEXT[warning.status]:
        raise ValidationError(
            [
                FieldError(
                    "status",
                    _t("This warning has already been handled ({status}).").format(
                        status=label(warning.status)
                    ),
                )
            ]
        )
    if action is not None:
        if not action.strip():
            raise ValidationError([FieldError("action", _t("Say what action was taken."))])
        warning.action = action.strip()
    if reason is not None:
        if not reason.strip():
            field = "reason"
            message = (
                _t("Give the reason for dismissing the warning.")
                if to == WarningStatus.DISMISSED
                else _t("Say how the matter was resolved.")
            )
            raise ValidationError([FieldError(field, message)])
        warning.reason = reason.strip()
    warning.status = to
    warning.handled_by_id = user.id
    warning.handled_at = utcnow()
    session.flush()
    return get_warning(session, user, warning_id)


def acknowledge_warning(
    session: Session,
    user: User,
    warning_id: int,
    action: str,
    *,
    seen: WarningStatus | None = None,
) -> WarningRow:
    """Record the action taken on an open warning (talk held, training assigned …)."""
    return _handle(session, user, warning_id, WarningStatus.ACKNOWLEDGED, action=action, seen=seen)


def dismiss_warning(
    session: Session,
    user: User,
    warning_id: int,
    reason: str,
    *,
    seen: WarningStatus | None = None,
) -> WarningRow:
    """Close an open warning as a false positive, with the reason."""
    return _handle(session, user, warning_id, WarningStatus.DISMISSED, reason=reason, seen=seen)


def resolve_warning(
    session: Session,
    user: User,
    warning_id: int,
    note: str,
    *,
    seen: WarningStatus | None = None,
) -> WarningRow:
    """Close an open or acknowledged warning: the matter behind it is settled."""
    return _handle(session, user, warning_id, WarningStatus.RESOLVED, reason=note, seen=seen)


def handle_warnings(
    session: Session,
    user: User,
    seen: Mapping[int, int],
    to: WarningStatus,
    text: str,
) -> list[int]:
    """Handle several warnings at once with one note for all (the action taken, how it was
    resolved, or why they are false positives), all or nothing.

    ``seen`` maps each warning to the row_version the user saw: if one moved since, a
    Conflict names whose warning it was and who changed it, and nothing is written. Each
    warning is checked as one handled alone (``_handle``); every refusal is listed."""
    if to not in (WarningStatus.ACKNOWLEDGED, WarningStatus.RESOLVED, WarningStatus.DISMISSED):
        raise ValueError(f"not a way to handle warnings: {to}")
    if not seen:
        raise ValidationError([FieldError("warnings", _t("Select the warnings to handle."))])
    errors: list[FieldError] = []
    for number, warning_id in enumerate(sorted(seen), start=1):
        warning = session.get(EarlyWarning, warning_id)
        if warning is None:
            raise NotFound(_t("No such warning."))
        name = session.scalar(select(Person.name).where(Person.id == warning.person_id)) or ""
        words = f"{name} {rule_title(warning.rule_code)}"
        if warning.row_version != seen[warning_id]:
            change = describe_change(session, EarlyWarning.__tablename__, warning_id)
            raise Conflict(f"{words}: {change}")
        kwargs: dict[str, Any] = (
            {"action": text} if to == WarningStatus.ACKNOWLEDGED else {"reason": text}
        )
        try:
            _handle(session, user, warning_id, to, seen=warning.status, **kwargs)
        except ValidationError as exc:
            errors.extend(FieldError(e.field, f"{words}: {e.message}", number) for e in exc.errors)
    if errors:
        raise ValidationError(errors)
    return sorted(seen)
