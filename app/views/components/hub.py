"""One signal hub: after a use case, views announce what changed so open screens refresh
only what moved (Anki's operation_did_execute; STYLE §2)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    #: a set of entity names, e.g. {"citizen"} or {"hospital_unit", "department"}
    changed = Signal(object)


hub = Hub()
