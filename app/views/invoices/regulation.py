"""The regulation run (D14; DIGEST §1.13, 001:6132–6136): after a tariff version dated
back, the differences for the lines already billed — preview first, then post them as
supplementary invoices and credit notes per hospital unit (in the background, with a
progress dialog). Pilot-period lines are never regulated; the service decides that."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.errors import AkutDeskError
from app.services.invoices import regulation as invoices_regulation
from app.services.kernel.permissions import allowed
from app.views.components.gates import gate
from app.views.components.tasks import Run, refusal_text, run_op
from app.views.invoices import passphrase
from app.views.invoices.draft import make_table
from app.views.invoices.invoices_model import RegulationModel, kr


class RegulationPanel(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.last_run: Run | None = None
        self._build_ui()
        self.post_button.clicked.connect(self.post)

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        about = QLabel(self.tr(
            "When a tariff version is entered with a valid-from date in the past, the lines "
            "already invoiced from that date are regulated: the difference is invoiced (or "
            "credited) per hospital unit, naming the original invoices. Pilot-period lines "
            "(before 1 October 2022) are never regulated."))  # fmt: skip
        about.setWordWrap(True)
        column.addWidget(about)
        self.state = QLabel()
        self.state.setObjectName("regulation_state")
        self.state.setStyleSheet("font-weight: 600;")
        self.state.setWordWrap(True)
        column.addWidget(self.state)
        self.model = RegulationModel(self)
        self.table = make_table(self.model, "regulation_table", (190, 70, 170, 130, 150))
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.post_button = QPushButton(self.tr("Post &regulation…"))
        self.post_button.setObjectName("post_regulation")
        gate(self.post_button, self.ctx, "invoices.post")  # issue #12: the reason in words
        actions.addStretch(1)
        actions.addWidget(self.post_button)
        column.addLayout(actions)

    def reload(self) -> None:
        try:
            preview = invoices_regulation.preview_regulation(self.ctx)
        except AkutDeskError as exc:
            self.model.set_rows([])
            self.state.setText(refusal_text(exc))
            self.post_button.setEnabled(False)
            return
        self.model.set_rows(preview.lines)
        if preview.lines:
            text = self.tr(
                "The region's difference in all is {total} over %n line(s).", "", len(preview.lines)
            )
        else:
            text = self.tr("Nothing to regulate: every invoiced line has the tariff that applies.")
        if preview.unchanged:
            text += " " + self.tr(
                "%n item(s) move to the new version at the same amount.", "", preview.unchanged
            )
        self.state.setText(text.format(total=kr(preview.total_region)))
        self.post_button.setEnabled(allowed(self.ctx, "invoices.post")
                                    and bool(preview.lines or preview.unchanged))  # fmt: skip

    def post(self) -> None:
        question = self.tr(
            "Post the regulation now? Supplementary invoices and credit notes are numbered, "
            "signed and can never be changed."
        )
        if QMessageBox.question(self, self.tr("Regulation"), question) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return
        given = passphrase.for_posting(self, self.ctx)  # issue #16: no keyring holds it
        if given is None:
            return
        self.last_run = run_op(
            lambda progress: invoices_regulation.post_regulation(
                self.ctx, progress=progress, **given.renderer(self.ctx, invoices_regulation)
            ),
            parent=self, title=self.tr("Regulation"), on_done=self._posted,
            label=self.tr("Posting the regulation…"), progress=True,
        )  # fmt: skip

    def _posted(self, posted: list[Any]) -> None:
        numbers = ", ".join(p.number for p in posted) or "–"
        QMessageBox.information(self, self.tr("Regulation"),
                                self.tr("Posted: {numbers}.").format(numbers=numbers))  # fmt: skip
