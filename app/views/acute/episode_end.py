"""The end of an acute episode and the content of its closing note (MedCom XDIS22,
001:14174–14191): when, why (stabilised at home, admitted, died, handed to ordinary home
nursing, other with a description), the treatment given and the citizen's status at the
end. An acute place becomes free when its episode ends."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.services.acute import episodes
from app.services.acute.episodes import EndInput
from app.views.acute.episode_form import EpisodeFormDialog, text_box
from app.views.components import acute_vocabulary as ev
from app.views.components.formatting import now_wall_clock
from app.views.widgets.inputs import datetime_edit, moment_of


class EndEpisodeDialog(EpisodeFormDialog):
    def __init__(self, ctx: Any, episode: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, episode, parent)
        self.setWindowTitle(self.tr("End episode"))
        add = self.form.add
        self.end = add("end_at", self.tr("Ended at"), datetime_edit(now_wall_clock()))
        self.reason = add("end_reason", self.tr("Reason"), ev.combo(ev.END_REASONS))
        self.text = add("end_text", self.tr("Description (required for other)"), text_box())
        self.summary = add(
            "treatment_summary", self.tr("Treatment given (closing note)"), text_box(80)
        )
        self.summary.setPlainText(episode.treatment_summary)
        self.status_at_end = add(
            "status_at_end", self.tr("Status at the end (closing note)"), text_box(80)
        )
        self.status_at_end.setPlainText(episode.status_at_end)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&End episode"))

    def store(self) -> Any:
        return episodes.end_episode(
            self.ctx,
            self.episode.uuid,
            self.version,
            EndInput(
                end_at=moment_of(self.end),
                end_reason=str(self.reason.currentData()),
                end_text=self.text.toPlainText(),
                treatment_summary=self.summary.toPlainText(),
                status_at_end=self.status_at_end.toPlainText(),
            ),
        )


class ClosingTextsDialog(EpisodeFormDialog):
    """The treatment and the status at the end, written before or after the end."""

    def __init__(self, ctx: Any, episode: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, episode, parent)
        self.setWindowTitle(self.tr("Closing note texts"))
        self.summary = self.form.add("treatment_summary", self.tr("Treatment given"), text_box(110))
        self.summary.setPlainText(episode.treatment_summary)
        self.status_at_end = self.form.add(
            "status_at_end", self.tr("Status at the end"), text_box(110)
        )
        self.status_at_end.setPlainText(episode.status_at_end)
        self.finish_layout()

    def store(self) -> Any:
        return episodes.save_closing_texts(
            self.ctx,
            self.episode.uuid,
            self.version,
            self.summary.toPlainText(),
            self.status_at_end.toPlainText(),
        )
