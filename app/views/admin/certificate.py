"""Administration → Certificate: the organisation certificate that signs invoices (issue
#4). Shows its status (subject, issuer, validity, days left, test or real, whether this
machine has a keyring) with plain warnings, and lets an administrator import the PKCS#12
file with its passphrase (kept only in the OS keyring; without one it is asked for when
posting, issue #16). The rules are the service's
(app/services/security/certificates.py); this tab only shows and asks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import format_local
from app.errors import AkutDeskError
from app.services.kernel.permissions import allowed
from app.services.security import certificates
from app.services.security.certificates import CertificateStatus
from app.views.components.messages import error_text
from app.views.components.tasks import run_op

ERROR, WARNING, OK = "#b00020", "#8a5a00", "#1b6e2d"


class CertificateTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self.load()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        column.addWidget(self.state)
        details = QGroupBox(self.tr("Organisation certificate"))
        self.form = QFormLayout(details)
        self.values: dict[str, QLabel] = {}
        for key, label in self._rows():
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.values[key] = value
            self.form.addRow(label, value)
        column.addWidget(details)
        column.addWidget(self._import_box())
        column.addStretch(1)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("subject", self.tr("Subject")),
            ("organisation", self.tr("Organisation")),
            ("issuer", self.tr("Issuer")),
            ("valid", self.tr("Valid")),
            ("days", self.tr("Days left")),
            ("kind", self.tr("Kind")),
            ("fingerprint", self.tr("SHA-256 fingerprint")),
            ("keyring", self.tr("Keyring")),
        ]

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import certificate (PKCS#12: .p12 or .pfx)"))
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The organisation certificate file with its key"))
        self.browse = QPushButton(self.tr("Choose file…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("File"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.import_button = QPushButton(self.tr("Import certificate"))
        form.addRow("", self.import_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow("", self.message)
        if not allowed(self.ctx, "certificates.manage"):
            box.setEnabled(False)
            box.setToolTip(self.tr("Only an administrator imports the certificate."))
        return box

    def _connect_signals(self) -> None:
        self.browse.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.import_certificate)
        self.passphrase.returnPressed.connect(self.import_certificate)

    def load(self) -> None:
        self.show_status(certificates.certificate_status(self.ctx))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Organisation certificate"),
            "",
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def import_certificate(self) -> None:
        path = self.path.text().strip()
        if not path:
            self._say(self.tr("Choose the certificate file first."), ERROR)
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        run_op(
            lambda: certificates.import_certificate(self.ctx, path, passphrase),
            parent=self,
            title=self.tr("Import certificate"),
            on_done=self._imported,
            on_refused=self._refused,
        )

    def _imported(self, status: CertificateStatus) -> None:
        self.show_status(status)
        self._say(self.tr("Certificate imported. Invoices are signed with it from now on."), OK)

    def _refused(self, exc: AkutDeskError) -> bool:
        self._say(error_text(exc), ERROR)
        return True

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- status ------------------------------------------------------------------------------

    def show_status(self, status: CertificateStatus) -> None:
        text, colour = self._state(status)
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour}; font-weight: bold;")
        info = status.certificate
        values = {key: "–" for key in self.values}
        if info is not None:
            values.update(
                subject=info.subject,
                organisation=info.organisation or "–",
                issuer=info.issuer,
                valid=f"{format_local(info.valid_from)} – {format_local(info.valid_to)}",
                days=str(max(status.days_left, 0)),
                kind=self.tr("TEST certificate – not valid") if info.test else self.tr("Real"),
                fingerprint=info.fingerprint,
            )
        values["keyring"] = self._keyring(status)
        for key, value in values.items():
            self.values[key].setText(value)

    def _keyring(self, status: CertificateStatus) -> str:
        if not status.keyring_available:
            return self.tr("None on this computer: the passphrase is asked for when posting.")
        return status.keyring_backend

    def _state(self, status: CertificateStatus) -> tuple[str, str]:
        if not status.present:
            text = self.tr(
                "No organisation certificate is imported: invoices cannot be posted. "
                "Import the municipality's certificate below."
            )
            if status.demo is not None:
                text += " " + self.tr("Demo stores sign with a TEST certificate that is not valid.")
            return text, ERROR
        return self._validity(status)

    def _validity(self, status: CertificateStatus) -> tuple[str, str]:
        info = status.certificate
        assert info is not None
        if status.expired:
            return self.tr(
                "The certificate expired on {date}: invoices cannot be posted. Import the "
                "renewed certificate."
            ).format(date=format_local(info.valid_to)), ERROR
        if status.not_yet_valid:
            return self.tr("The certificate is not valid until {date}.").format(
                date=format_local(info.valid_from)
            ), ERROR
        if not status.passphrase_stored:  # issue #16: no keyring here holds it
            return self.tr(
                "This computer does not keep the certificate's passphrase (no keyring, or "
                "another user account's): posting asks for it, and a scheduled run reads it "
                "from AKUTDESK_CERT_PASSPHRASE. It is never kept in a file."
            ), WARNING
        if status.expires_soon:
            return self.tr(
                "The certificate expires in %n day(s) ({date}). Order the renewed certificate now.",
                "",
                status.days_left,
            ).format(date=format_local(info.valid_to)), WARNING
        return self.tr("Invoices are signed with this certificate."), OK
