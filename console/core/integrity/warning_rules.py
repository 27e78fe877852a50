"""The registry of early-warning rules (预警规则) and their bureau-wide settings.

A rule is a code, a title, its parameters and an evaluator::

    evaluate(session, as_of, params) -> Iterable[Hit]   # Hit = (person_id, evidence, summary)

``evidence`` names the records behind the hit, ``{table: [ids]}`` — e.g.
``{"complaint": [12, 40]}``; a warning fires again for the same person and rule only
when some record in it was in no earlier warning (see ``warnings.evaluate_warnings``).
Evaluators aggregate in SQL and return only the people who hit; they never write.

Rules register themselves when their module is imported::

    from console.core.integrity.warning_rules import Hit, ParamSpec, register_rule

    register_rule(
        "training_behind",
        N_("Training hours behind pace"),
        evaluate_training,
        params=(ParamSpec("behind_pct", N_("Behind pace by more than (%)"), 20, 1, 100),),
        context="training",  # the tr_context of the module that marked the texts
        description=N_("…"),
    )

A parameter may be a *threshold* with a value per level, warning and critical
(``ParamSpec(..., critical=3)``; ``stricter=-1`` when a lower value is the stricter, as
for a score line): the rule is then run once with each level's value
(``warnings.level_hits``) and never needs to know about levels itself.

The summary is plain text or, better, a ``Summary(N_("{n} hours behind"), {"n": 12},
"training")``: stored language-neutral and shown in each reader's language.

The modules in ``RULE_MODULES`` are imported the first time the registry is read; a
listed module that does not exist (yet) is skipped.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from console.core.auth import User
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context, translate
from console.core.permissions import require_admin
from db.settings import Setting
from glossary import WarningLevel

_t = tr_context("warnings")

KEY = "warnings"  # the Setting row holding every rule's enabled flag and parameters

# Imported on first use: each registers its rules. The training module adds the
# "training hours behind pace" rule once it exists.
RULE_MODULES = (
    "console.core.integrity.default_warnings",
    "console.core.integrity.peer_rates",
    "console.core.training.warning_rule",
)

Evidence = dict[str, list[int]]


@dataclass(frozen=True)
class Summary:
    """A warning's one-line summary kept language-neutral: the English text (marked with
    N_ in the module of ``context``) and its arguments, translated whenever it is shown.
    A list argument is joined with the language's list separator."""

    text: str
    args: Mapping[str, Any] = field(default_factory=dict)
    context: str = "warnings"

    def render(self) -> str:
        sep = _t(", ")
        args = {
            k: sep.join(str(x) for x in v) if isinstance(v, list | tuple) else v
            for k, v in self.args.items()
        }
        try:
            return translate(self.context, self.text).format(**args)
        except (KeyError, IndexError, ValueError):  # a translation with a bad placeholder
            return self.text.format(**args)

    def stored(self) -> str:
        return json.dumps(
            {_MARK: self.context, "text": self.text, "args": dict(self.args)}, ensure_ascii=False
        )


_MARK = "summary_context"


def render_summary(stored: str) -> str:
    """A stored summary in the user's language (plain text is shown as it is)."""
    if stored.startswith("{") and _MARK in stored:
        try:
            data = json.loads(stored)
            return Summary(data["text"], data.get("args") or {}, data[_MARK]).render()
        except (ValueError, KeyError, TypeError):
            pass
    return stored


def store_summary(summary: str | Summary) -> str:
    return summary.stored() if isinstance(summary, Summary) else str(summary)


class Hit(NamedTuple):
    """One person a rule flags, the records behind it, and a one-line summary (plain
    text, or a ``Summary`` to be shown in each reader's language)."""

    person_id: int
    evidence: Evidence
    summary: str | Summary


Evaluator = Callable[
    [Session, Any, Mapping[str, Any]], Iterable[tuple[int, Evidence, str | Summary]]
]


@dataclass(frozen=True)
class ParamSpec:
    """A tunable number of a rule: a count, a window in days, a score line …

    A *threshold* has a value per level: ``default`` for a warning (预警) and ``critical``
    for a critical warning (严重预警); ``stricter`` says which way is stricter (+1: a
    higher value, as for a count; −1: a lower one, as for a score line). The critical
    value must be strictly stricter than the warning value. Other parameters (a window,
    a minimum count) hold for both levels."""

    key: str
    label: str  # English, marked with N_ in the registering module
    default: int | float
    minimum: int | float
    maximum: int | float
    decimals: int = 0  # 0: a whole number
    critical: int | float | None = None  # the critical level's default; None: one value
    stricter: int = 1

    @property
    def levelled(self) -> bool:
        return self.critical is not None

    def is_stricter(self, value: int | float, than: int | float) -> bool:
        return value > than if self.stricter > 0 else value < than


@dataclass(frozen=True)
class RuleSpec:
    code: str
    title: str  # English, marked with N_; shown through ``display_title``
    evaluate: Evaluator
    params: tuple[ParamSpec, ...] = ()
    context: str = "warnings"  # translation context of title, description, labels
    description: str = ""
    order: int = 100  # place in lists (the shipped rules use 10, 20, …)
    enabled_by_default: bool = True

    def display_title(self) -> str:
        return translate(self.context, self.title)

    def display_description(self) -> str:
        return translate(self.context, self.description) if self.description else ""

    def param_label(self, param: ParamSpec) -> str:
        return translate(self.context, param.label)

    def defaults(self) -> dict[str, int | float]:
        return {p.key: p.default for p in self.params}

    def critical_defaults(self) -> dict[str, int | float]:
        return {p.key: p.critical for p in self.params if p.critical is not None}


_REGISTRY: dict[str, RuleSpec] = {}
_loaded = False


def register_rule(
    code: str,
    title: str,
    evaluate: Evaluator,
    *,
    params: Iterable[ParamSpec] = (),
    context: str = "warnings",
    description: str = "",
    order: int = 100,
    enabled_by_default: bool = True,
) -> RuleSpec:
    """Add a rule (or replace the one with the same code). Returns its spec."""
    spec = RuleSpec(
        code=code,
        title=title,
        evaluate=evaluate,
        params=tuple(params),
        context=context,
        description=description,
        order=order,
        enabled_by_default=enabled_by_default,
    )
    _REGISTRY[code] = spec
    return spec


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in RULE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # the module exists but something it imports does not
                raise


def rules() -> list[RuleSpec]:
    """Every registered rule, in display order."""
    _load()
    return sorted(_REGISTRY.values(), key=lambda s: (s.order, s.code))


def rule(code: str) -> RuleSpec | None:
    _load()
    return _REGISTRY.get(code)


def rule_title(code: str) -> str:
    """The rule's display title; the code itself for a rule no longer registered."""
    spec = rule(code)
    return spec.display_title() if spec is not None else code


# ---------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class RuleConfig:
    """A rule's settings: ``params`` are the warning level's (and the shared ones),
    ``critical`` the critical level's value of each threshold (missing: its default)."""

    code: str
    enabled: bool
    params: Mapping[str, int | float] = field(default_factory=dict)
    critical: Mapping[str, int | float] = field(default_factory=dict)

    def level_params(self, level: WarningLevel) -> dict[str, int | float]:
        """The parameters a rule is evaluated with at ``level``."""
        if level == WarningLevel.WARNING:
            return dict(self.params)
        return {**self.params, **self.critical}


def _number(spec: ParamSpec, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return spec.default
    return round(float(value), spec.decimals) if spec.decimals else int(value)


def _critical_default(spec: ParamSpec, warning: int | float) -> int | float:
    """The critical value of a threshold never saved: its default, or — when the warning
    value was set at or past that default (before there were levels) — as far beyond the
    warning value as the defaults are apart, so that critical stays the stricter."""
    assert spec.critical is not None
    if spec.is_stricter(spec.critical, warning):
        return spec.critical
    moved = warning + (spec.critical - spec.default)
    return _number(spec, max(spec.minimum, min(spec.maximum, moved)))


def load_config(session: Session) -> dict[str, RuleConfig]:
    """Every registered rule's settings: what is stored, defaults for the rest."""
    row = session.get(Setting, KEY)
    stored = row.value if row is not None and isinstance(row.value, dict) else {}
    configs = {}
    for spec in rules():
        data = stored.get(spec.code)
        data = data if isinstance(data, dict) else {}
        saved = data.get("params")
        saved = saved if isinstance(saved, dict) else {}
        params = {
            p.key: _number(p, saved[p.key]) if p.key in saved else p.default for p in spec.params
        }
        stricter = data.get("critical")
        stricter = stricter if isinstance(stricter, dict) else {}
        critical = {
            p.key: _number(p, stricter[p.key])
            if p.key in stricter
            else _critical_default(p, params[p.key])
            for p in spec.params
            if p.critical is not None
        }
        enabled = data.get("enabled")
        configs[spec.code] = RuleConfig(
            spec.code,
            enabled if isinstance(enabled, bool) else spec.enabled_by_default,
            params,
            critical,
        )
    return configs


def validate_config(configs: Iterable[RuleConfig]) -> list[FieldError]:
    errors = []
    for config in configs:
        spec = rule(config.code)
        if spec is None:
            errors.append(
                FieldError(config.code, _t("Unknown rule: {code}").format(code=config.code))
            )
            continue
        for p in spec.params:
            value = config.params.get(p.key, p.default)
            critical = config.critical.get(p.key, p.critical) if p.levelled else None
            for level_value in (value, critical):
                if level_value is not None and not p.minimum <= level_value <= p.maximum:
                    errors.append(
                        FieldError(
                            f"{config.code}.{p.key}",
                            _t("{rule}: {param} must be between {low} and {high}.").format(
                                rule=spec.display_title(),
                                param=spec.param_label(p),
                                low=p.minimum,
                                high=p.maximum,
                            ),
                        )
                    )
                    break
            else:
                if critical is not None and not p.is_stricter(critical, value):
                    text = (
                        _t(
                            "{rule}: {param} for a critical warning ({critical}) must be "
                            "higher than for a warning ({warning})."
                        )
                        if p.stricter > 0
                        else _t(
                            "{rule}: {param} for a critical warning ({critical}) must be "
                            "lower than for a warning ({warning})."
                        )
                    )
                    errors.append(
                        FieldError(
                            f"{config.code}.{p.key}.critical",
                            text.format(
                                rule=spec.display_title(),
                                param=spec.param_label(p),
                                critical=critical,
                                warning=value,
                            ),
                        )
                    )
    return errors


def save_config(
    session: Session, user: User, configs: Iterable[RuleConfig]
) -> dict[str, RuleConfig]:
    """Store the rules' settings (administrators only); returns them as now in force."""
    user = require_admin(session, user)
    configs = list(configs)
    errors = validate_config(configs)
    if errors:
        raise ValidationError(errors)
    row = session.get(Setting, KEY)
    value = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
    for config in configs:
        spec = rule(config.code)
        assert spec is not None  # validated above
        value[config.code] = {
            "enabled": bool(config.enabled),
            "params": {p.key: config.params.get(p.key, p.default) for p in spec.params},
            "critical": {
                p.key: config.critical.get(p.key, p.critical)
                for p in spec.params
                if p.critical is not None
            },
        }
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
    return load_config(session)
