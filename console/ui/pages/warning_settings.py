"""The Early warnings tab of Settings: each rule on or off, its thresholds and windows,
and how often it was dismissed as a false positive (administrators edit, others read)."""

from __future__ import annotations

from collections.abc import Iterable

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
from console.core.integrity.warnings import warning_settings
from console.ui.context import AppContext
from console.ui.errors import FAILED, attempt


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


class WarningSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs: list[RuleSpec] = rules()
        self.enabled: dict[str, QCheckBox] = {}
        self.params: dict[tuple[str, str], QSpinBox | QDoubleSpinBox] = {}
        self.stats: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Early warnings flag people before problems grow. A rule warns a person "
                "again only when there are new records behind it. The share of dismissed "
                "warnings shows which thresholds to tune."
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
            params = QHBoxLayout()
            for p in spec.params:
                box = _spin(p)
                self.params[(spec.code, p.key)] = box
                params.addWidget(QLabel(spec.param_label(p)))
                params.addWidget(box)
            params.addStretch(1)
            grid.addLayout(params, row, 1)
            stat = QLabel()
            stat.setObjectName("Hint")
            self.stats[spec.code] = stat
            grid.addWidget(stat, row, 2)
        grid.setColumnStretch(1, 1)
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
        for w in [*self.enabled.values(), *self.params.values()]:
            w.setEnabled(editable)
        self.save_button.setVisible(editable)

    def reload(self) -> None:
        settings = self.ctx.read(warning_settings, self.ctx.user)
        configs, stats = settings.configs, settings.stats
        for spec in self.specs:
            config = configs[spec.code]
            self.enabled[spec.code].setChecked(config.enabled)
            for p in spec.params:
                box = self.params[(spec.code, p.key)]
                value = config.params.get(p.key, p.default)
                if isinstance(box, QDoubleSpinBox):
                    box.setValue(float(value))
                else:
                    box.setValue(int(value))
            s = stats.get(spec.code)
            if s is None or not s.fired:
                self.stats[spec.code].setText(self.tr("none yet"))
                continue
            share = s.false_positive_share
            self.stats[spec.code].setText(
                self.tr("{fired} raised, {open} open, {dismissed} dismissed ({share})").format(
                    fired=s.fired,
                    open=s.open,
                    dismissed=s.dismissed,
                    share="—" if share is None else f"{share:.0%}",
                )
            )

    def configs(self) -> list[RuleConfig]:
        return [
            RuleConfig(
                spec.code,
                self.enabled[spec.code].isChecked(),
                {p.key: self.params[(spec.code, p.key)].value() for p in spec.params},
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
