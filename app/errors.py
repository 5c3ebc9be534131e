"""Typed errors for what a user can get wrong (STYLE §6).

Each carries an English message for the command line and a ``code`` + ``params`` that the
views translate (``app/views/components/messages.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.domain.clock import format_local
from app.domain.problems import Problem


class AkutDeskError(Exception):
    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class InvalidInput(AkutDeskError):
    """One or more fields are wrong. Nothing was written."""

    code = "invalid_input"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = [p for p in problems if not p.warning]
        super().__init__("; ".join(str(p) for p in self.problems))


class NotFound(AkutDeskError):
    code = "not_found"

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"No {what} with {key}.", what=what, key=key)


class Forbidden(AkutDeskError):
    """The user's role does not hold the permission (app/services/kernel/permissions.py)."""

    code = "forbidden"

    def __init__(self, permission: str, role: str, initials: str = "") -> None:
        super().__init__(
            f"{initials or 'This user'} ({role}) may not do this ({permission}).",
            permission=permission,
            role=role,
            initials=initials,
        )


class StaleRecord(AkutDeskError):
    """Optimistic locking: someone else saved the record since it was opened."""

    code = "stale_record"

    def __init__(self, what: str, changed_by: str, changed_at: dt.datetime | None) -> None:
        when = format_local(changed_at)
        super().__init__(
            f"The {what} was changed by {changed_by} at {when} after you opened it. "
            "Your input is kept; reload to see their change, then save again.",
            what=what,
            changed_by=changed_by,
            changed_at=when,
        )


class StoreTooNew(AkutDeskError):
    code = "store_too_new"

    def __init__(self, found: str, known: str) -> None:
        super().__init__(
            f"This store was written by a newer version of AkutDesk (schema {found}; this "
            f"version knows up to {known}). Install the newer AkutDesk to open it.",
            found=found,
            known=known,
        )


class NotInitialised(AkutDeskError):
    code = "not_initialised"

    def __init__(self) -> None:
        super().__init__(
            "The store has no municipality and no user yet. Start AkutDesk once to set it up."
        )


class AlreadyInitialised(AkutDeskError):
    code = "already_initialised"

    def __init__(self) -> None:
        super().__init__("The store is already set up.")


DOCS_BACKUPS = "docs/backups.md"


class NetworkStoreRefused(AkutDeskError):
    """SQLite's locking is unreliable on SMB/NFS shares: the store could be corrupted."""

    code = "network_store"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The store {path} is on a network drive. SQLite is not safe on a network drive: "
            "the store could be damaged. Keep the store on this computer's own disk, or use "
            "PostgreSQL (--database-url) when several workstations share the data.",
            path=path,
        )


ENV_STORE_KEY = "AKUTDESK_STORE_KEY"
DOCS_ENCRYPTION = "docs/encryption.md"


class StoreKeyNeeded(AkutDeskError):
    """The store is encrypted and its key is neither in the keyring nor given (raised by the
    storage, app/db/store.py, which knows nothing of the key's use cases)."""

    code = "store_key_needed"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The store {path} is encrypted and this computer's keyring does not hold its key. "
            f"Type the recovery key (or set {ENV_STORE_KEY}); see {DOCS_ENCRYPTION}.",
            path=path,
            env=ENV_STORE_KEY,
        )


class BackupNotSupported(AkutDeskError):
    code = "backup_postgres"

    def __init__(self) -> None:
        super().__init__(
            "AkutDesk backs up its SQLite store only. A PostgreSQL database is backed up on "
            f"the server with pg_dump and restored with pg_restore: see {DOCS_BACKUPS}.",
            docs=DOCS_BACKUPS,
        )


class BackupFailed(AkutDeskError):
    """A backup could not be written, or failed its check and was deleted."""

    code = "backup_failed"

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"The backup {name} failed ({detail}) and was deleted. The store itself is unchanged.",
            name=name,
            detail=detail,
        )


class RestoreRefused(AkutDeskError):
    """The backup cannot be restored; nothing was changed."""

    code = "restore_refused"

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"{name} cannot be restored: {detail}. Nothing was changed.", name=name, detail=detail
        )
