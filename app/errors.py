"""Typed errors for what a user can get wrong (STYLE §6).

Each carries a ``code`` — its message id in the catalogue (``app/messages``, STYLE §14) — and
typed ``params``; ``message`` is the English text. ``text()`` says it in another language
through a translator: Qt's in the window, the Linguist catalogue's on the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app import messages
from app.domain.clock import format_local
from app.domain.problems import Problem


class AkutDeskError(Exception):
    """An error the user can act on. Without a ``message`` the English text is the
    catalogue's template for ``code``; a given ``message`` is used as it is (the command
    line's own refusals, and errors whose English adds a command-line hint)."""

    code = "error"

    def __init__(self, message: str | None = None, /, **params: Any) -> None:
        if message is None:
            message = messages.english(self.code, params)
        super().__init__(message)
        self.message = message
        self.params = params

    def text(self, translator: messages.Translator, language: str) -> str:
        """The message in the translator's language (its English ``message`` when the
        catalogue has no template for the code)."""
        if self.code not in messages.CATALOGUE:
            return self.message
        try:
            return messages.render(self.code, self.params, translator, language)
        except (KeyError, IndexError, ValueError):
            return self.message


class InvalidInput(AkutDeskError):
    """One or more fields are wrong. Nothing was written."""

    code = "invalid_input"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = [p for p in problems if not p.warning]
        super().__init__("; ".join(str(p) for p in self.problems))

    def text(self, translator: messages.Translator, language: str) -> str:
        return "; ".join(
            f"{p.field}: {problem_text(p, translator, language)}" for p in self.problems
        )


def problem_text(problem: Problem, translator: messages.Translator, language: str) -> str:
    """A problem in the translator's language; its English message if the code is not in the
    catalogue (a view's own problem) or the translation does not fit the parameters."""
    if problem.code not in messages.CATALOGUE:
        return problem.message
    try:
        return messages.render(problem.code, problem.params, translator, language)
    except (KeyError, IndexError, ValueError):
        return problem.message


def record_kind(what: str) -> messages.Phrase:
    """The catalogue's name of a kind of record, by its code (``iv_course``; the ids are
    ``record.<code>`` in app/messages/records.py): a KeyError for a code it lacks."""
    id = f"record.{what}"
    if id not in messages.CATALOGUE:
        raise KeyError(f"no record kind {what!r} in app/messages/records.py")
    return messages.phrase(id)


class NotFound(AkutDeskError):
    """No record of the kind ``what`` (its code: ``iv_course``, ``citizen``) has ``key``."""

    code = "not_found"

    def __init__(self, what: str, key: object) -> None:
        record = record_kind(what)
        super().__init__(f"No {record} with {key}.", what=record, key=key)


class Forbidden(AkutDeskError):
    """The user's role does not hold the permission (app/services/kernel/permissions.py).
    The message names the roles that may (``needed``, in the matrix's order) in words, never
    the permission's code or the role codes (issue #12); both stay in ``params``."""

    code = "forbidden"

    def __init__(
        self, permission: str, role: str, initials: str = "", needed: tuple[str, ...] = ()
    ) -> None:
        if not needed:
            self.code = "forbidden_unknown"
        who = initials or "This user"
        extra = {"needed": messages.roles_phrase(needed)} if needed else {}
        super().__init__(None, permission=permission, role=role, initials=who, **extra)


class StaleRecord(AkutDeskError):
    """Optimistic locking: someone else saved the record since it was opened. ``what`` is
    the record's code (as for NotFound); without ``changed_at`` who saved it and when is
    not known (the record is gone) and the message names neither."""

    code = "stale_record"

    def __init__(
        self, what: str, changed_by: str = "", changed_at: dt.datetime | None = None
    ) -> None:
        if changed_at is None:  # not known (the record is gone): said without a blank
            self.code = "stale_record_unknown"
        when = format_local(changed_at)
        super().__init__(what=record_kind(what), changed_by=changed_by, changed_at=when)


class StoreBusy(AkutDeskError):
    """Another process held the SQLite store's write lock for the whole busy timeout (an
    import, a backup, another workstation's save): nothing was written (issue #13)."""

    code = "store_busy"

    def __init__(self, seconds: int) -> None:
        super().__init__(seconds=seconds)


class StoreFull(AkutDeskError):
    """SQLite could not write: the disk is full. The transaction was rolled back."""

    code = "store_disk_full"

    def __init__(self) -> None:
        super().__init__()


class StoreTooNew(AkutDeskError):
    code = "store_too_new"

    def __init__(self, found: str, known: str) -> None:
        super().__init__(found=found, known=known)


class DatabaseRolesNeeded(AkutDeskError):
    """PostgreSQL: this version's database roles and grants are not in place, and the
    connecting role may not set them up (docs/postgresql-roles.md)."""

    code = "database_roles_needed"

    def __init__(self) -> None:
        super().__init__()


class NotInitialised(AkutDeskError):
    code = "not_initialised"

    def __init__(self) -> None:
        super().__init__(
            "The store has no municipality and no user yet. Start AkutDesk once to set it up."
        )


class AlreadyInitialised(AkutDeskError):
    code = "already_initialised"

    def __init__(self) -> None:
        super().__init__()


DOCS_BACKUPS = "docs/backups.md"


class NetworkStoreRefused(AkutDeskError):
    """SQLite's locking is unreliable on SMB/NFS shares: the store could be corrupted."""

    code = "network_store"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


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


# -- files the program writes (app/files.py, issue #13) -----------------------------------


class FileNotWritten(AkutDeskError):
    """A file could not be written; no part of it was left behind, and nothing was recorded
    as written. ``code`` says why (each a message id)."""

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class TargetIsFolder(FileNotWritten):
    code = "file_is_folder"


class FolderMissing(FileNotWritten):
    code = "file_folder_missing"


class NotAFolder(FileNotWritten):
    code = "file_not_folder"


class DiskFull(FileNotWritten):
    code = "file_disk_full"


class FileNotAllowed(FileNotWritten):
    code = "file_not_allowed"


class FileWriteFailed(FileNotWritten):
    code = "file_write_failed"

    def __init__(self, path: str, detail: str) -> None:
        AkutDeskError.__init__(self, path=path, detail=detail)


class BackupNotSupported(AkutDeskError):
    code = "backup_postgres"

    def __init__(self) -> None:
        super().__init__(docs=DOCS_BACKUPS)


class BackupFailed(AkutDeskError):
    """A backup could not be written, or failed its check and was deleted; ``detail`` says
    why (a catalogue phrase, ``backup.*``)."""

    code = "backup_failed"

    def __init__(self, name: str, detail: messages.Phrase) -> None:
        super().__init__(name=name, detail=detail)


class RestoreRefused(AkutDeskError):
    """The backup cannot be restored; nothing was changed. ``detail``: why (``restore.*``)."""

    code = "restore_refused"

    def __init__(self, name: str, detail: messages.Phrase) -> None:
        super().__init__(name=name, detail=detail)


class RestoreDropsInvoices(AkutDeskError):
    """The backup lacks posted invoices the store has issued (D44): refused unless the user
    confirms that the store is damaged; nothing was changed."""

    code = "restore_drops_invoices"

    def __init__(self, name: str, invoices: Sequence[str]) -> None:
        self.invoices = tuple(invoices)
        shown = ", ".join(self.invoices[:12]) + (" …" if len(self.invoices) > 12 else "")
        super().__init__(name=name, n=len(self.invoices), invoices=shown)


# -- where the store is and how it is reached (issue #13: one line, not a traceback) ----------


class DataDirUnusable(AkutDeskError):
    """``--data-dir`` (or AKUTDESK_DATA_DIR) names a file, or a folder that cannot be made."""

    code = "data_dir_unusable"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path=path, reason=reason)


class DataDirIsFile(AkutDeskError):
    code = "data_dir_is_file"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class DatabaseUrlInvalid(AkutDeskError):
    """``--database-url`` is no PostgreSQL or SQLite address (only its scheme is repeated:
    the rest may hold a password)."""

    code = "database_url_invalid"

    def __init__(self, scheme: str) -> None:
        super().__init__(scheme=scheme)


class DatabaseUnreachable(AkutDeskError):
    """The PostgreSQL server does not answer, or refuses the connection."""

    code = "database_unreachable"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(where=where, detail=detail)


class StoreUnopenable(AkutDeskError):
    """The SQLite file exists but cannot be opened or written (a read-only folder or file,
    a file of another program) — not a wrong key."""

    code = "store_unopenable"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path=path, detail=detail)


class PasswordNoTerminal(AkutDeskError):
    """The password would be typed at a prompt, but there is no terminal."""

    code = "password_no_terminal"

    def __init__(self) -> None:
        super().__init__(env="AKUTDESK_PASSWORD")


class PassphraseNoTerminal(AkutDeskError):
    """The certificate's passphrase would be typed at a prompt, but there is no terminal."""

    code = "passphrase_no_terminal"

    def __init__(self) -> None:
        super().__init__(option="--passphrase-env")


class PassphraseEnvMissing(AkutDeskError):
    code = "passphrase_env_missing"

    def __init__(self, env: str) -> None:
        super().__init__(env=env)


class ServerOnly(AkutDeskError):
    """An office store writes no invoice, user, team, tariff or reference record: they are
    the server's (issue #15 item 3, docs/sync.md). Nothing was written."""

    code = "sync_server_only"

    def __init__(self, table: str) -> None:
        self.table = table
        super().__init__()


class PostedOnServer(AkutDeskError):
    """An office previews invoice runs but never posts, credits, regulates, exports or
    numbers an invoice: that is the server's (D44, issue #15 item 3). Nothing was written."""

    code = "sync_posted_on_server"


class SyncError(AkutDeskError):
    """A sync that could not be done (the message id says why); nothing was lost."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        super().__init__(**params)
