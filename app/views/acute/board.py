"""The occupancy board of the acute places, for the visitation office: per unit every
place — who holds it (masked CPR, D40), since when and the expected end — and the free
places in green, clickable to attach a citizen there (OK22 Bilag 3, 001:14032–14036)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.errors import AkutDeskError
from app.services.acute import units
from app.views.acute.episode_window import open_episode
from app.views.components.formatting import date_text, moment_text
from app.views.components.gates import gate
from app.views.components.messages import error_text

TILES_PER_ROW = 4
FREE_STYLE = (
    "QPushButton { background: #e6f4ea; border: 2px solid #1b6e2d; border-radius: 6px;"
    " color: #1b6e2d; font-weight: 600; padding: 8px; text-align: left; }"
    "QPushButton:focus { border: 3px solid #0b3d18; }"
)
TAKEN_STYLE = (
    "QPushButton { background: #f7f9fb; border: 1px solid #b9c4cf; border-radius: 6px;"
    " color: #1f3b57; padding: 8px; text-align: left; }"
    "QPushButton:focus { border: 2px solid #1f5f8b; }"
)
LATE_STYLE = TAKEN_STYLE.replace("#b9c4cf", "#b5651d")


class OccupancyBoard(QWidget):
    #: a free place was chosen: (unit uuid, place number)
    new_on_place = Signal(str, int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tiles: dict[tuple[str, int], QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("board_summary")
        self.summary.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f3b57;")
        self.new_unit = QPushButton(self.tr("New &unit…"))
        gate(self.new_unit, self.ctx, "acute.units")  # issue #12: the reason in words
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_unit)
        column.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        column.addWidget(self.message)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        column.addWidget(self.scroll, 1)
        self.new_unit.clicked.connect(lambda: self.edit_unit(None))
        self.reload()

    def reload(self) -> None:
        self.tiles = {}
        self.message.hide()
        try:
            board = units.occupancy_board(self.ctx)
        except AkutDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            board = []
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        for occupancy in board:
            rows.addWidget(self._unit_box(occupancy))
        if not board:
            empty = QLabel(
                self.tr(
                    "No acute places yet. Add the municipality's units of acute places with "
                    "“New unit…”."
                )
            )
            empty.setObjectName("board_empty")
            empty.setStyleSheet("color: #556; margin: 12px;")
            rows.addWidget(empty)
        rows.addStretch(1)
        self.scroll.setWidget(body)
        free = sum(o.free for o in board)
        total = sum(len(o.places) for o in board)
        self.summary.setText(
            self.tr("{free} of {total} acute places free").format(free=free, total=total)
            if board
            else ""
        )

    def _unit_box(self, occupancy: Any) -> QGroupBox:
        unit = occupancy.unit
        box = QGroupBox()
        box.setObjectName("board_unit")
        column = QVBoxLayout(box)
        title = QLabel(
            self.tr("{unit} — {free} of {places} free").format(
                unit=unit.name, free=occupancy.free, places=len(occupancy.places)
            )
        )
        title.setObjectName("board_unit_title")
        title.setStyleSheet("font-size: 11pt; font-weight: 600; color: #1f3b57;")
        change = QPushButton(self.tr("Change unit…"))
        change.clicked.connect(lambda _=False, u=unit: self.edit_unit(u))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(change)
        column.addLayout(top)
        grid = QGridLayout()
        for index, place in enumerate(occupancy.places):
            tile = self._tile(unit.uuid, place)
            grid.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
            self.tiles[(unit.uuid, place.number)] = tile
        for col in range(TILES_PER_ROW):
            grid.setColumnStretch(col, 1)
        column.addLayout(grid)
        return box

    def _tile(self, unit_uuid: str, place: Any) -> QPushButton:
        tile = QPushButton()
        tile.setMinimumHeight(92)
        heading = self.tr("Place {number}").format(number=place.number)
        if place.episode_uuid is None:
            free, attach = self.tr("FREE"), self.tr("Attach a citizen here…")
            tile.setText(f"{heading}\n{free}\n{attach}")
            tile.setStyleSheet(FREE_STYLE)
            tile.setObjectName("place_free")
            tile.clicked.connect(lambda: self.new_on_place.emit(unit_uuid, place.number))
            return tile
        lines = [
            f"{heading} · {place.citizen_name}",
            place.cpr_masked,
            self.tr("Since {at}").format(at=moment_text(place.since)),
        ]
        late = place.expected_end is not None and place.expected_end < clock.today()
        if place.expected_end is not None:
            template = (
                self.tr("Expected end {date} (passed)") if late else self.tr("Expected end {date}")
            )
            lines.append(template.format(date=date_text(place.expected_end)))
        else:
            lines.append(self.tr("No expected end given"))
        tile.setText("\n".join(lines))
        tile.setStyleSheet(LATE_STYLE if late else TAKEN_STYLE)
        tile.setObjectName("place_taken")
        tile.clicked.connect(lambda: open_episode(self.ctx, place.episode_uuid, self))
        return tile

    def edit_unit(self, unit: Any) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.acute.episode_unit import AcuteUnitDialog

        dialog = AcuteUnitDialog(self.ctx, unit, self)
        dialog.exec()  # the hub announces "acute_unit", which reloads the page
        dialog.deleteLater()
