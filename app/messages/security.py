"""Users, roles, passwords, teams and access (app/services/security/).

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    # who may: the roles named in a refusal or beside a disabled button (issue #12)
    "role.nurse": QT_TRANSLATE_NOOP("Problems", "a nurse"),
    "role.visitator": QT_TRANSLATE_NOOP("Problems", "a visitator"),
    "role.manager": QT_TRANSLATE_NOOP("Problems", "a manager"),
    "role.administrator": QT_TRANSLATE_NOOP("Problems", "an administrator"),
    "role.dpo": QT_TRANSLATE_NOOP("Problems", "the data protection officer"),
    "roles.or": QT_TRANSLATE_NOOP("Problems", "{first} or {last}"),
    "roles.only": QT_TRANSLATE_NOOP("Problems", "Only {needed} may do this."),
    # app/services/security/passwords.py
    "password.too_short": QT_TRANSLATE_NOOP(
        "Problems", "A password has at least {length} characters."
    ),
    "password.too_long": QT_TRANSLATE_NOOP("Problems", "A password has at most 200 characters."),
    # app/services/security/teams.py
    "team.name": QT_TRANSLATE_NOOP("Problems", "The team's name is required."),
    "access.reason_required": QT_TRANSLATE_NOOP(
        "Problems", "The citizen belongs to another team: give a reason for opening the record."
    ),
    "team.taken": QT_TRANSLATE_NOOP("Problems", "The team {name} exists."),
    # app/services/security/users.py
    "user.last_admin": QT_TRANSLATE_NOOP(
        "Problems", "At least one active user must keep the administrator role."
    ),
    "user.name": QT_TRANSLATE_NOOP("Problems", "The user's name is required."),
    "user.initials": QT_TRANSLATE_NOOP("Problems", "Initials are 2 to 12 letters or digits."),
    "user.role_unknown": QT_TRANSLATE_NOOP("Problems", "Unknown role: {role}."),
    "user.no_role": QT_TRANSLATE_NOOP("Problems", "A user needs at least one role."),
    "user.taken": QT_TRANSLATE_NOOP("Problems", "The initials {initials} are taken."),
    "user.idle": QT_TRANSLATE_NOOP("Problems", "The idle lock is 1 to 240 minutes."),
    "password.wrong": QT_TRANSLATE_NOOP("Problems", "The current password is wrong."),
}
