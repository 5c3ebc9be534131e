"""Backups of this workstation's store: the list (time, reason, size, check), a backup now,
and restoring one. After a restore AkutDesk closes and is started again: every open page
would otherwise show the store as it was (app/services/admin/backup.py, docs/backups.md).
Both run through run_op in the background: a refusal is said once, in the dialog; a bug
goes to the crash dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError, RestoreDropsInvoices
from app.services.admin import backup, backup_actions
from app.views.components.formatting import moment_text
from app.views.components.guarded import FittedDialog
from app.views.components.messages import error_text
from app.views.components.tasks import run_op

REASONS = {
    "start": QT_TRANSLATE_NOOP("BackupsDialog", "at start"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "manual"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsDialog", "before an update"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
    "before-encryption": QT_TRANSLATE_NOOP("BackupsDialog", "before encryption"),
    "other": QT_TRANSLATE_NOOP("BackupsDialog", "other"),
}


def size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB".replace(".", ",")


class BackupsDialog(FittedDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[backup.BackupInfo] = []
        self.restoring: backup.BackupInfo | None = None  # the backup being restored
        # called after a restore; tests replace it
        self.quit_app = QApplication.quit
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 440)
        column = QVBoxLayout(self)
        self.hint = QLabel(
            self.tr(
                "AkutDesk backs up the store when it starts (once a day), every 24 hours "
                "while it is open, and before every update and restore. Each backup is "
                "checked right after it is written."
            )
        )
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.tree = QTreeWidget()
        self.tree.setObjectName("backup_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Made"), self.tr("Reason"), self.tr("Size"), self.tr("Check")]
        )
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 160)
        self.tree.setColumnWidth(2, 90)
        column.addWidget(self.tree, 1)
        self.message = QLabel()
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.reject)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())

    def _load(self) -> None:
        self.tree.clear()
        try:
            self.backups = backup_actions.list_backups(self.ctx)
        except AkutDeskError as exc:  # PostgreSQL: pg_dump on the server
            self.backups = []
            self._say(error_text(exc), error=False)
            self.message.setStyleSheet("font-size: 11pt;")
            self.hint.hide()
            self.tree.hide()
            self.backup_button.setEnabled(False)
            layout = self.layout()
            if isinstance(layout, QVBoxLayout) and not self.tree.isVisibleTo(self):
                layout.insertStretch(layout.indexOf(self.message) + 1, 1)
        for b in self.backups:
            check = b.check if b.check else self.tr("not checked")
            reason = QCoreApplication.translate("BackupsDialog", REASONS.get(b.reason, b.reason))
            item = QTreeWidgetItem([moment_text(b.created), reason, size_text(b.size), check])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(b.path))
            self.tree.addTopLevelItem(item)
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backup.BackupInfo | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def back_up(self) -> None:
        self.backup_button.setEnabled(False)
        run_op(
            lambda: backup_actions.make_backup(self.ctx, "manual"),
            parent=self,
            title=self.tr("Backups"),
            on_done=self._backed_up,
            on_refused=self._refused,
            label=self.tr("Backing up…"),
        )

    def _backed_up(self, made: backup.BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self._load()
        self._say(self.tr("Backup made: {name}").format(name=made.name), error=False)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.confirm(chosen):
            return
        self._restore(chosen, store_damaged=False)

    def _restore(self, chosen: backup.BackupInfo, *, store_damaged: bool) -> None:
        self.restoring = chosen
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        run_op(
            lambda: backup_actions.restore_as(self.ctx, chosen.path, store_damaged=store_damaged),
            parent=self,
            title=self.tr("Restore backup"),
            on_done=self._restored,
            on_refused=self._refused,
            label=self.tr("Restoring…"),
        )

    def confirm(self, chosen: backup.BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Restore the backup made {made}?\n\nEverything saved after that moment is "
                "replaced. The store as it is now is backed up first, so this can be undone. "
                "Posted invoices the backup lacks are named first and are never dropped "
                "without your word; invoice numbers go on after the highest ever issued. "
                "AkutDesk then closes and must be started again."
            ).format(made=moment_text(chosen.created)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_damaged(self, refused: RestoreDropsInvoices) -> bool:
        """D44: a backup that lacks posted invoices is restored only into a damaged store."""
        answer = QMessageBox.warning(
            self,
            self.tr("Posted invoices would be dropped"),
            self.tr(
                "The backup lacks %n posted invoice(s) that this store has issued: "
                "{invoices}.\n\nRestoring it drops them from the store (their documents stay "
                "in the copy of the store made first, and their numbers are never issued "
                "again). Restore it only if the store is damaged.\n\nIs the store damaged?",
                "",
                len(refused.invoices),
            ).format(invoices=", ".join(refused.invoices)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restored(self, result: backup.RestoreResult) -> None:
        self.done_text = self.tr(
            "The backup made {made} is restored (integrity check: {check}). AkutDesk closes "
            "now; start it again to go on working."
        ).format(made=moment_text(result.restored.created), check=result.integrity)
        self.tell(self.done_text)
        self.quit_app()

    def tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Backups"), text)

    def _refused(self, exc: AkutDeskError) -> bool:
        self._enable()
        self.backup_button.setEnabled(True)
        chosen = self.restoring
        if isinstance(exc, RestoreDropsInvoices) and chosen and self.confirm_damaged(exc):
            self._restore(chosen, store_damaged=True)
            return True
        self._say(error_text(exc), error=True)
        self._load()
        return True

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b6e2d;")
        self.message.setText(text)
        self.message.setVisible(bool(text))
