"""Administration → Users (issue #7): users with their roles and teams, passwords set by
the administrator, deactivation, teams and the idle lock. Every action runs its use case of
app/services/security/users.py and teams.py (which refuse anyone without ``users.manage``)
through run_op: a refusal is shown once, under the form, and what changed is announced."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError, InvalidInput
from app.services.kernel.changes import NOTHING, Done
from app.services.kernel.permissions import ROLES, allowed
from app.services.security import teams, users
from app.views.components.messages import error_text
from app.views.components.tasks import run_op
from app.views.widgets.form import FieldForm

ROLE_NAMES = {
    "nurse": QT_TRANSLATE_NOOP("Roles", "Nurse"),
    "visitator": QT_TRANSLATE_NOOP("Roles", "Visitator"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "administrator": QT_TRANSLATE_NOOP("Roles", "Administrator"),
    "dpo": QT_TRANSLATE_NOOP("Roles", "Data protection officer"),
}


def role_name(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES.get(role, role))


def joined(value: Any, *results: Done[Any]) -> Done[Any]:
    """One button that runs several use cases: ``value`` and what they all changed."""
    changes = NOTHING
    for result in results:
        changes |= result.changes
    return Done(value, changes)


class UsersTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self.load()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("user_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Initials"), self.tr("Roles"), self.tr("Teams"),
             self.tr("Status")]
        )  # fmt: skip
        self.tree.setColumnWidth(0, 240)
        self.tree.setColumnWidth(2, 280)
        column.addWidget(self.tree, 1)
        self.form = FieldForm()
        self.name = self.form.add("user_name", self.tr("Name"), QLineEdit())
        self.initials = self.form.add("initials", self.tr("Initials"), QLineEdit())
        self.password = self.form.add("password", self.tr("Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least 8 characters"))
        self.role_boxes = {role: QCheckBox(role_name(role)) for role in ROLES}
        boxes = QWidget()
        row = QHBoxLayout(boxes)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.role_boxes.values():
            row.addWidget(box)
        row.addStretch(1)
        self.form.add("roles", self.tr("Roles"), boxes)
        self.teams = self.form.add("teams", self.tr("Teams (comma between)"), QLineEdit())
        column.addWidget(self.form)
        self.message = QLabel()
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user"))
        self.save_button = QPushButton(self.tr("Save roles and teams"))
        self.password_button = QPushButton(self.tr("Set password"))
        self.active_button = QPushButton(self.tr("Deactivate / activate"))
        self.team_button = QPushButton(self.tr("New team"))
        for button in (self.add_button, self.save_button, self.password_button,
                       self.active_button, self.team_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        idle = QHBoxLayout()
        idle.addWidget(QLabel(self.tr("Lock the window after this many idle minutes:")))
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(1, 240)
        idle.addWidget(self.idle)
        self.idle_button = QPushButton(self.tr("Save"))
        idle.addWidget(self.idle_button)
        idle.addStretch(1)
        column.addLayout(idle)
        self.setEnabled(allowed(self.ctx, "users.manage"))

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save_roles)
        self.password_button.clicked.connect(self.set_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.team_button.clicked.connect(self.add_team)
        self.idle_button.clicked.connect(self.save_idle)
        self.tree.currentItemChanged.connect(self._selected)

    def load(self) -> None:
        self.tree.clear()
        self.idle.setValue(users.idle_minutes(self.ctx.store))
        if not allowed(self.ctx, "users.read"):
            self._say(self.tr("Only an administrator manages users."), error=True)
            return
        self.rows = users.list_users(self.ctx)
        for user in self.rows:
            status = self.tr("active") if user.active else self.tr("inactive")
            roles = ", ".join(role_name(r) for r in user.roles)
            item = QTreeWidgetItem([user.name, user.initials, roles, ", ".join(user.teams), status])
            item.setData(0, Qt.ItemDataRole.UserRole, user.initials)
            self.tree.addTopLevelItem(item)

    def _selected(self, item: QTreeWidgetItem | None) -> None:
        user = next((u for u in self.rows if item and u.initials == item.text(1)), None)
        if user is None:
            return
        self.name.setText(user.name)
        self.initials.setText(user.initials)
        self.teams.setText(", ".join(user.teams))
        for role, box in self.role_boxes.items():
            box.setChecked(role in user.roles)

    def _roles(self) -> list[str]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def _teams(self) -> list[str]:
        return [t.strip() for t in self.teams.text().split(",") if t.strip()]

    def _run(self, action: Callable[[], Done[Any]], done: str) -> bool:
        """Run the use case; the result's changes go out on the hub (the Administration
        page reloads this list), a refusal is said here once."""
        ran: list[Any] = []
        run_op(action, parent=self, title=self.window().windowTitle(), on_done=ran.append,
               on_refused=self._refused)  # fmt: skip
        if ran:
            self.form.clear_problems()
            self._say(done, error=False)
        return bool(ran)

    def _refused(self, exc: AkutDeskError) -> bool:
        if isinstance(exc, InvalidInput):
            self._say("\n".join(self.form.show_problems(exc.problems)), error=True)
        else:
            self._say(error_text(exc), error=True)
        return True

    def add(self) -> None:
        initials = self.initials.text()

        def action() -> Done[Any]:
            added = users.add_user(
                self.ctx, self.name.text(), initials, self._roles(), self.password.text()
            )
            if not self._teams():
                return added
            return joined(
                added.value, added, teams.set_user_teams(self.ctx, initials, self._teams())
            )

        if self._run(action, self.tr("User added.")):
            for field in (self.name, self.initials, self.password, self.teams):
                field.clear()

    def save_roles(self) -> None:
        initials = self.initials.text()

        def action() -> Done[Any]:
            roles = users.set_roles(self.ctx, initials, self._roles())
            return joined(
                roles.value, roles, teams.set_user_teams(self.ctx, initials, self._teams())
            )

        self._run(action, self.tr("Saved."))

    def set_password(self) -> None:
        initials, password = self.initials.text(), self.password.text()
        if self._run(lambda: users.set_password(self.ctx, initials, password),
                     self.tr("Password set.")):  # fmt: skip
            self.password.clear()

    def toggle_active(self) -> None:
        user = next((u for u in self.rows if u.initials == self.initials.text().upper()), None)
        if user is not None:
            self._run(lambda: users.set_active(self.ctx, user.initials, not user.active),
                      self.tr("Saved."))  # fmt: skip

    def add_team(self) -> None:
        names = self._teams()

        def action() -> Done[Any]:
            added = [teams.add_team(self.ctx, n) for n in names or [""]]
            return joined([a.value for a in added], *added)

        self._run(action, self.tr("Team added."))

    def save_idle(self) -> None:
        self._run(lambda: users.set_idle_minutes(self.ctx, self.idle.value()), self.tr("Saved."))

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b7a3a;")
        self.message.setText(text)
        self.message.setVisible(bool(text))
