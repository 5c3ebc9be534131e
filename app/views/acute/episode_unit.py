"""A unit of municipal acute places (akutpladser) and its number of places (OK22 Bilag 3,
001:14032–14036). The core refuses fewer places than an occupied place number, and
deactivating a unit whose places are in use."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from app.services.acute import units
from app.services.acute.units import MAX_PLACES, AcuteUnitInput
from app.views.acute.episode_form import EpisodeFormDialog


class AcuteUnitDialog(EpisodeFormDialog):
    """New unit (``unit`` None) or change one (an AcuteUnitView)."""

    def __init__(self, ctx: Any, unit: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.unit = unit
        self.setMinimumWidth(440)
        self.setWindowTitle(self.tr("Change unit") if unit else self.tr("New unit of acute places"))
        self.form.add("name", self.tr("Name"), max_length=120)
        self.places = self.form.add("places", self.tr("Number of places"), QSpinBox())
        self.places.setRange(1, MAX_PLACES)
        self.active = self.form.add("active", self.tr("In use"), QCheckBox(self.tr("Active")))
        self.active.setChecked(True)
        if unit is not None:
            self.form.set_text("name", unit.name)
            self.places.setValue(unit.places)
            self.active.setChecked(unit.active)
        self.finish_layout()

    def store(self) -> Any:
        data = AcuteUnitInput(self.form.text("name"), self.places.value(), self.active.isChecked())
        if self.unit is None:
            return units.save_acute_unit(self.ctx, data)
        return units.save_acute_unit(self.ctx, data, self.unit.uuid, self.unit.version)
