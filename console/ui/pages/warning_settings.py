"""The Early warnings tab of Settings: each rule on or off, its threshold for each level
(warning, critical) and its windows, and how it has fared: hits per level next to how
often it was dismissed as a false positive (administrators edit, others read)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import FieldError
from console.core.integrity.warning_rules import (
    ParamSpec,
    RuleConfig,
    RuleSpec,
    rules,
    save_config,
)
from console.core.integrity.warnings import RuleStats, warning_settings
from console.core.labels import label
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt
from console.ui.pages.integrity_warnings import level_colour
from glossary import WarningLevel

PAIRS_PER_LINE = 3  # the shared settings of a rule, label and box, this many to a line


def _spin(param: ParamSpec) -> QSpinBox | QDoubleSpinBox:
    box: QSpinBox | QDoubleSpinBox
    if param.decimals:
        box = QDoubleSpinBox()
        box.setDecimals(param.decimals)
        box.setRange(float(param.minimum), float(param.maximum))
    else:
        box = QSpinBox()
        box.setRange(int(param.minimum), int(param.maximum))
    box.setMinimumWidth(70)
    return box


def _set(box: QSpinBox | QDoubleSpinBox, value: int | float) -> None:
    if isinstance(box, QDoubleSpinBox):
        box.setValue(float(value))
    else:
        box.setValue(int(value))


class WarningSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs: list[RuleSpec] = rules()
        self.enabled: dict[str, QCheckBox] = {}
        self.params: dict[tuple[str, str], QSpinBox | QDoubleSpinBox] = {}
        self.critical: dict[tuple[str, str], QSpinBox | QDoubleSpinBox] = {}
        self.stats: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Early warnings flag people before problems grow. A rule warns a person "
                "again only when there are new records behind it. Each rule has two levels, "
                "each with its own threshold: a warning, and a critical warning for the "
                "graver cases; an open warning that comes to meet the critical threshold is "
                "raised to it. The hits per level and the share of dismissed warnings show "
                "which thresholds to tune."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        body = QWidget()
        grid = QGridLayout(body)
        for col, text in enumerate(
            (self.tr("Rule"), self.tr("Settings"), self.tr("Warnings so far"))
        ):
            head = QLabel(text)
            head.setObjectName("SectionTitle")
            grid.addWidget(head, 0, col)
        for row, spec in enumerate(self.specs, start=1):
            check = QCheckBox(spec.display_title())
            check.setToolTip(spec.display_description())
            self.enabled[spec.code] = check
            grid.addWidget(check, row, 0)
            grid.addLayout(self._rule_settings(spec), row, 1)
            stat = QLabel()
            stat.setObjectName("Hint")
            # A sentence of counts: wrapped, so it reads whole beside the settings at 1366.
            stat.setWordWrap(True)
            stat.setMinimumWidth(220)
            self.stats[spec.code] = stat
            grid.addWidget(stat, row, 2)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.specs) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        row_ = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        self.saved.setObjectName("Hint")
        self.saved.setWordWrap(True)
        row_.addWidget(self.save_button)
        row_.addWidget(self.saved, 1)
        layout.addLayout(row_)
        editable = ctx.is_admin
        for w in [*self.enabled.values(), *self.params.values(), *self.critical.values()]:
            w.setEnabled(editable)
        self.save_button.setVisible(editable)

    def _rule_settings(self, spec: RuleSpec) -> QVBoxLayout:
        """The rule's thresholds, one line each with a box per level, then its shared
        settings (windows, minimum counts) a few to a line."""
        box = QVBoxLayout()
        for p in spec.params:
            if not p.levelled:
                continue
            line = QHBoxLayout()
            line.addWidget(QLabel(spec.param_label(p)))
            for level, store in (
                (WarningLevel.WARNING, self.params),
                (WarningLevel.CRITICAL, self.critical),
            ):
                name = QLabel(label(level))
                name.setStyleSheet(f"color: {level_colour(level)};")
                spin = _spin(p)
                store[(spec.code, p.key)] = spin
                line.addWidget(name)
                line.addWidget(spin)
            line.addStretch(1)
            box.addLayout(line)
        shared = [p for p in spec.params if not p.levelled]
        if shared:
            rest = QGridLayout()
            for i, p in enumerate(shared):
                spin = _spin(p)
                self.params[(spec.code, p.key)] = spin
                at, col = divmod(i, PAIRS_PER_LINE)
                rest.addWidget(QLabel(spec.param_label(p)), at, 2 * col)
                rest.addWidget(spin, at, 2 * col + 1)
            rest.setColumnStretch(2 * PAIRS_PER_LINE, 1)
            box.addLayout(rest)
        return box

    def stats_text(self, s: RuleStats | None) -> str:
        if s is None or not s.fired:
            return self.tr("none yet")
        share = s.false_positive_share
        return self.tr(
            "{fired} so far: {warning} warnings, {critical} critical ({raised} raised to "
            "critical); {open} awaiting action; {dismissed} dismissed as unfounded ({share})"
        ).format(
            fired=s.fired,
            warning=s.warning_hits,
            critical=s.critical_hits,
            raised=s.raised,
            open=s.open,
            dismissed=s.dismissed,
            share="—" if share is None else f"{share:.0%}",
        )

    def reload(self) -> None:
        settings = self.ctx.read(warning_settings, self.ctx.user)
        configs, stats = settings.configs, settings.stats
        for spec in self.specs:
            config = configs[spec.code]
            self.enabled[spec.code].setChecked(config.enabled)
            for p in spec.params:
                _set(self.params[(spec.code, p.key)], config.params.get(p.key, p.default))
                if p.critical is not None:
                    critical = config.critical.get(p.key, p.critical)
                    _set(self.critical[(spec.code, p.key)], critical)
            self.stats[spec.code].setText(self.stats_text(stats.get(spec.code)))

    def configs(self) -> list[RuleConfig]:
        return [
            RuleConfig(
                spec.code,
                self.enabled[spec.code].isChecked(),
                {p.key: self.params[(spec.code, p.key)].value() for p in spec.params},
                {
                    p.key: self.critical[(spec.code, p.key)].value()
                    for p in spec.params
                    if p.levelled
                },
            )
            for spec in self.specs
        ]

    def _show_errors(self, errors: Iterable[FieldError]) -> None:
        self.saved.setText("\n".join(e.message for e in errors))

    def save(self) -> None:
        configs = self.configs()

        def work() -> object:
            return self.ctx.run(save_config, self.ctx.user, configs)

        if attempt(self, work, self._show_errors) is FAILED:
            return
        self.saved.setText(self.tr("Saved. The next check uses these settings."))
        self.ctx.data_changed.emit("warnings")
