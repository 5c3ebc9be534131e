"""The store key: made at first start, kept in the OS keyring, recovered from the recovery
key (issue 7 §3: encryption at rest; docs/encryption.md).

- A new SQLite store gets a random 256-bit key (``secrets.token_bytes``) and is encrypted
  with SQLCipher from its first page. The key goes into the OS keyring (app/secrets.py)
  under ``store-key-<salt>``: the salt is the first 16 bytes of an SQLCipher file — random
  per file, readable without the key and unchanged when the file is moved or copied, so it
  names the store better than its path.
- The recovery key is the key itself, written for people: 32 key bytes + 3 check bytes in
  base32, 14 groups of four (``ABCD-EFGH-…``). It is shown once, when the store is made
  (window and command line), with the advice to print it and lock it away. The check bytes
  tell a typing error from a wrong key.
- Where no keyring exists (or the keyring does not hold this store's key — a store copied
  to another machine), the recovery key is what is asked for at start; the command line
  also reads it from ``AKUTDESK_STORE_KEY``. There is no second, weaker passphrase: one
  secret, no slow key derivation on every connection (NullPool opens one per session).
- Issue #16, the opt-in for keyring-less machines: the key kept in a file readable only by
  this user (mode 0600 in ``<data dir>/keys/``, named by the salt like the keyring entry).
  It is written only where there is no keyring and only when asked for: ``akutdesk setup
  --key-file``, ``akutdesk store-key --keep-in-file`` — and ``akutdesk demo``, whose store
  holds only fictitious people. It protects the store file when it is copied or backed up
  without the keys folder, not against someone who can read this user's files: that is
  the administrator's choice, against typing the recovery key at every start.
- Plain stores (older AkutDesk, the test fixtures) still open; ``akutdesk encrypt`` turns
  one into an encrypted store with ``sqlcipher_export`` (:func:`encrypt`). PostgreSQL
  is encrypted by the server's disk, not here.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import os
import re
import secrets as random
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app import files, paths, secrets
from app.db.network import refuse_network_path
from app.db.store import (
    PLAIN_HEADER,
    Store,
    connect_cipher,
    connect_file,
    db_errors,
    export_encrypted,
    file_header,
)
from app.errors import ENV_STORE_KEY as ENV_KEY
from app.errors import AkutDeskError, BackupFailed, StoreFull, StoreKeyNeeded, StoreUnopenable
from app.messages import phrase
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4


class StoreKeyWrong(AkutDeskError):
    """A key was given but does not open the store."""

    code = "store_key_wrong"

    def __init__(self, path: str) -> None:
        super().__init__(
            path=path,
        )


class RecoveryKeyInvalid(AkutDeskError):
    """What was typed is not a recovery key (wrong length or a typing error)."""

    code = "recovery_key_invalid"

    def __init__(self) -> None:
        super().__init__()


class AlreadyEncrypted(AkutDeskError):
    code = "store_already_encrypted"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


# -- the recovery key ----------------------------------------------------------------------


def make_key() -> bytes:
    return random.token_bytes(KEY_BYTES)


def _check(key: bytes) -> bytes:
    return hashlib.sha256(b"AkutDesk recovery key\x00" + key).digest()[:CHECK_BYTES]


def recovery_text(key: bytes) -> str:
    """The key as people read and type it: 56 base32 characters in groups of four."""
    text = base64.b32encode(key + _check(key)).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery(text: str) -> bytes:
    """The key in a typed recovery key; spaces, dashes and case do not matter, and 0/1/8
    are read as O/I/B (base32 has no 0, 1 or 8)."""
    cleaned = re.sub(r"[^A-Z0-9]", "", text.upper()).translate(str.maketrans("018", "OIB"))
    if len(cleaned) != (KEY_BYTES + CHECK_BYTES) * 8 // 5:
        raise RecoveryKeyInvalid()
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise RecoveryKeyInvalid() from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _check(key) != check:
        raise RecoveryKeyInvalid()
    return key


# -- the file and the keyring --------------------------------------------------------------


def file_state(path: Path) -> str:
    """ "new" (no file or an empty one), "plain" (SQLite) or "encrypted" (anything else:
    SQLCipher — or a file that is no database at all, which the key check then reports)."""
    header = file_header(path)
    if not header:
        return "new"
    return "plain" if header == PLAIN_HEADER else "encrypted"


def keyring_name(path: Path) -> str:
    return f"store-key-{file_header(path).hex()}"


def from_keyring(path: Path) -> bytes | None:
    try:
        text = secrets.get(keyring_name(path))
    except secrets.KeyringUnavailable:
        return None
    return bytes.fromhex(text) if text else None


def remember(path: Path, key: bytes) -> bool:
    """Keep the key in the keyring under the file's salt; False when there is no keyring."""
    try:
        secrets.put(keyring_name(path), key.hex())
    except secrets.KeyringUnavailable:
        return False
    return True


def forget(path: Path) -> None:
    """Remove the store's key from this computer's keyring and key file (the recovery key
    still opens it)."""
    key_file(path).unlink(missing_ok=True)
    try:
        secrets.delete(keyring_name(path))
    except secrets.KeyringUnavailable:
        return


def in_keyring(path: Path) -> bool:
    return file_state(path) == "encrypted" and from_keyring(path) is not None


def key_file(path: Path) -> Path:
    """Where the opt-in key file of the store in ``path`` is (issue #16)."""
    return paths.data_dir() / "keys" / keyring_name(path)


def from_file(path: Path) -> bytes | None:
    found = key_file(path)
    if not found.is_file():
        return None
    return bytes.fromhex(found.read_text(encoding="ascii").strip())


def keep_in_file(path: Path, key: bytes) -> Path:
    """The key in a file readable only by this user (folder 0700, file 0600)."""
    target = key_file(path)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    files.write_text(target, key.hex() + "\n")
    return target


def in_file(path: Path) -> bool:
    return file_state(path) == "encrypted" and from_file(path) is not None


def known_key(path: Path) -> bytes | None:
    """The store's key from this computer: the opt-in key file, else the keyring. The file
    is looked at first because it is one stat where it is absent, while asking the keyring
    loads every keyring backend (50–100 ms of start-up, issue #17); both hold the same key."""
    return from_file(path) or from_keyring(path)


# -- opening -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyStatus:
    state: str  # "new", "plain", "encrypted"
    in_keyring: bool
    keyring: str  # the backend's name, "" when there is none
    in_file: bool = False  # the opt-in key file (issue #16)


def status(path: Path) -> KeyStatus:
    return KeyStatus(file_state(path), in_keyring(path), secrets.backend_name(), in_file(path))


def open_sqlite(path: Path, typed: str | None = None, *, key_file: bool = False) -> Store:
    """The store in ``path``: plain as it is, encrypted with its key, or made new with a new
    key (``store.recovery_key`` is then set, to be shown once). The key comes from
    ``typed`` (a recovery key), then ``AKUTDESK_STORE_KEY``, then the opt-in key file,
    then the keyring. ``key_file``: a new store's key goes to a key file when there is no
    keyring (issue #16)."""
    state = file_state(path)
    if state == "plain":
        return Store.sqlite(path)
    given = typed or os.environ.get(ENV_KEY) or None
    key = parse_recovery(given) if given else None
    if state == "new":
        return _create(path, key, key_file)
    key = key or known_key(path)
    if key is None:
        raise StoreKeyNeeded(str(path))
    store = Store.sqlite(path, key=key)
    verify(store)
    if typed:  # typed at start: remembered, so it is asked for only once on this computer
        remember(path, key)
    return store


def open_for_restore(path: Path, backup_path: Path, typed: str | None = None) -> Store:
    """The store a backup goes into, not migrated (a damaged store must not stop its own
    restore). No store yet (a new workstation) and an encrypted backup: the store is made
    with the backup's key, which must be typed or in ``AKUTDESK_STORE_KEY``."""
    if file_state(path) == "encrypted":
        return open_sqlite(path, typed)
    if file_state(path) == "plain" or file_state(backup_path) != "encrypted":
        return Store.sqlite(path)
    given = typed or os.environ.get(ENV_KEY) or None
    if not given:
        raise StoreKeyNeeded(str(backup_path))
    return _create(path, parse_recovery(given))


def _create(path: Path, key: bytes | None, in_file: bool = False) -> Store:
    made = key is None
    key = key or make_key()
    refuse_network_path(path)  # before a file is written
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():  # 0600 from the start; SQLite gives its -wal and -shm the same
        files.private(path)
    with closing(connect_cipher(path, key)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")  # writes the first page, and with it the salt
    if not remember(path, key) and in_file:
        keep_in_file(path, key)
    store = Store.sqlite(path, key=key)
    store.recovery_key = recovery_text(key) if made else None
    return store


#: SQLite's answer to a page it cannot read: a wrong key (or no SQLite file at all)
NOT_A_DATABASE = "file is not a database"


def verify(store: Store) -> None:
    """Raise :class:`StoreKeyWrong` unless the key opens the file; a file that cannot be
    opened at all (a read-only folder: no journal can be made) is :class:`StoreUnopenable`,
    not a wrong key (issue #13)."""
    assert store.path is not None and store.key is not None
    try:
        with closing(connect_cipher(store.path, store.key)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except db_errors() as exc:
        store.dispose()
        if NOT_A_DATABASE in str(exc):
            raise StoreKeyWrong(str(store.path)) from exc
        raise unopenable(store.path, str(exc)) from exc


#: Less free space than this beside a store that cannot be opened: the disk is full (SQLite
#: makes the -shm (32 KiB) and -wal files when it opens a store in WAL mode).
FULL_BELOW = 1024 * 1024


def unopenable(path: Path, detail: str) -> AkutDeskError:
    """Why a SQLite store cannot be opened, as the user can act on it (issue #13 items 8, 9):
    a full disk says so (SQLite's answer is then only "disk I/O error"), anything else is
    :class:`StoreUnopenable` (a read-only folder, a file of another program)."""
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = FULL_BELOW
    if free < FULL_BELOW:
        return StoreFull()
    return StoreUnopenable(str(path), detail)


def plain_readable(path: Path) -> bool:
    """Whether the standard sqlite3 module can read the file (it cannot, once encrypted)."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def keep_key_in_file(ctx: Context) -> Done[Path | None]:
    """The administrator's opt-in on a machine without a keyring (issue #16): the open
    store's key into its key file, audited. None when a keyring holds the key (nothing
    written: the keyring is used where there is one)."""
    # lazy: start-up (opening a store needs no backups' module: issue #17)
    from app.services.admin import backup

    require(ctx, "store.encrypt")
    store = ctx.store
    path = backup.require_sqlite(store)
    if store.key is None or file_state(path) != "encrypted":
        raise StoreNotEncrypted(str(path))
    if remember(path, store.key):
        return Done(None)
    target = keep_in_file(path, store.key)
    with store.session() as session:
        audit.write(session, ctx, "key_file", "store", after={"key_file": target.name})
    return Done(target, Changes.of("store"))


class StoreNotEncrypted(AkutDeskError):
    code = "store_not_encrypted"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


# -- encrypting a plain store --------------------------------------------------------------


@dataclass(frozen=True)
class Encryption:
    path: Path
    recovery_key: str
    in_keyring: bool
    safety: Path  # the plain "before-encryption" backup (removed with remove_plain_backups)
    plain_backups: tuple[Path, ...]  # plain backups still in the folder, or those removed


def encrypt(
    ctx: Context, backup_dir: Path | None = None, *, remove_plain_backups: bool = False
) -> Encryption:
    """Turn the plain SQLite store into an encrypted one (issue 7 §3, docs/encryption.md):
    a checked plain backup first, then ``sqlcipher_export`` into a new file beside it,
    ``integrity_check`` with the new key, the file put in place with one rename, the key
    into the keyring, an audit entry. AkutDesk must be closed on this store elsewhere."""
    # lazy: start-up (opening a store needs no backups' module: issue #17)
    from app.services.admin import backup

    require(ctx, "store.encrypt")
    store = ctx.store
    path = backup.require_sqlite(store)
    if store.encrypted or file_state(path) == "encrypted":
        raise AlreadyEncrypted(str(path))
    folder = backup_dir or paths.backup_dir()
    safety = backup.create(store, "before-encryption", folder=folder)
    store.dispose()
    key = make_key()
    _replace_encrypted(path, key)
    kept = remember(path, key)
    encrypted = Store.sqlite(path, key=key)
    try:
        _audit(encrypted, ctx, safety.path, kept)
        plain = tuple(b.path for b in backup.list_backups(encrypted, folder) if not b.encrypted)
    finally:
        encrypted.dispose()
    if remove_plain_backups:
        for old in plain:
            backup.delete(old)
    return Encryption(path, recovery_text(key), kept, safety.path, plain)


def _replace_encrypted(path: Path, key: bytes) -> None:
    # lazy: start-up (opening a store needs no backups' module: issue #17)
    from app.services.admin import backup

    temp = path.with_name(path.name + ".encrypting")
    for leftover in (temp, Path(f"{temp}-journal")):
        leftover.unlink(missing_ok=True)
    with closing(connect_file(path, None, "rw")) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        files.private(temp)  # mode 0600 before SQLCipher fills it (issue #13)
        export_encrypted(path, temp, key)
        with closing(connect_cipher(temp, key)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
        check = backup.integrity_check(temp, key)
        if check != "ok":
            raise BackupFailed(temp.name, phrase("backup.check", check=check))
        _fsync(temp)
        os.replace(temp, path)  # one rename: the store is plain or encrypted, never half
    finally:
        temp.unlink(missing_ok=True)
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):  # the plain file's, now empty
        stale.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _audit(store: Store, ctx: Context, safety: Path, kept: bool) -> None:
    with store.session() as session:
        audit.write(
            session,
            dataclasses.replace(ctx, store=store),
            "encrypt",
            "store",
            after={"cipher": "SQLCipher", "safety_backup": safety.name, "keyring": kept},
        )
