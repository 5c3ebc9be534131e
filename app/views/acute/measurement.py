"""A value the acute nurse measured for the GP's assessment (001:14126–14136): CRP,
haemoglobin, blood glucose, INR, temperature, pulse, blood pressure, respiratory rate or
SpO₂, with its unit and the range the core accepts; the core refuses an implausible value
and names the range."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain import acute as rules
from app.services.acute import measurements
from app.services.acute.measurements import MeasurementInput
from app.views.acute.episode_form import EpisodeFormDialog, text_box
from app.views.components import acute_vocabulary as ev
from app.views.components.formatting import decimal_text, now_wall_clock
from app.views.widgets.inputs import datetime_edit, moment_of


def _number_field(width: int = 110) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(10)
    field.setMaximumWidth(width)
    return field


class MeasurementDialog(EpisodeFormDialog):
    def __init__(
        self, ctx: Any, episode: Any, parent: QWidget | None = None, *, kind: str = "crp"
    ) -> None:
        super().__init__(ctx, episode, parent)
        self.setWindowTitle(self.tr("Record measurement"))
        add = self.form.add
        self.kind = add("kind", self.tr("Measurement"), ev.combo(ev.MEASUREMENTS, kind))
        self.value = _number_field()
        self.value2 = _number_field()
        self.value2.setObjectName("field_value2")
        self.unit = QLabel()
        self.unit.setObjectName("unit")
        self.slash = QLabel("/")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.value, self.slash, self.value2, self.unit):
            line.addWidget(widget)
        line.addStretch(1)
        add("value", self.tr("Value"), row)
        self.form.fields["value"] = self.value
        self.form.fields["value2"] = self.value2
        self.form.errors["value2"] = self.form.errors["value"]
        self.range = QLabel()
        self.range.setObjectName("range_hint")
        self.range.setStyleSheet("color: #556;")
        self.form.layout_.addRow("", self.range)
        self.measured = add("measured_at", self.tr("Measured at"), datetime_edit(now_wall_clock()))
        self.note = add("note", self.tr("Note"), text_box())
        self.finish_layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.value.setFocus()

    def _kind_changed(self, *_args: Any) -> None:
        spec = rules.MEASUREMENTS[self.kind.currentData()]
        paired = spec.low2 is not None
        self.slash.setVisible(paired)
        self.value2.setVisible(paired)
        self.unit.setText(spec.unit)
        self.value.setAccessibleName(self.tr("Systolic") if paired else self.tr("Value"))
        self.value2.setAccessibleName(self.tr("Diastolic"))
        low, high = decimal_text(str(spec.low)), decimal_text(str(spec.high))
        text = self.tr("Plausible: {low}–{high} {unit}").format(low=low, high=high, unit=spec.unit)
        if spec.npu:
            text += f" · {spec.npu}"
        self.range.setText(text)

    def store(self) -> Any:
        paired = rules.MEASUREMENTS[self.kind.currentData()].low2 is not None
        return measurements.record_measurement(
            self.ctx,
            self.episode.uuid,
            MeasurementInput(
                kind=self.kind.currentData(),
                measured_at=moment_of(self.measured),
                value=self.value.text(),
                value2=self.value2.text() if paired else None,
                note=self.note.toPlainText(),
            ),
        )
