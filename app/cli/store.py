"""Command line for the encrypted store (issue 7 §3; docs/encryption.md).

``akutdesk encrypt`` turns a plain SQLite store into an encrypted one; ``akutdesk store-key``
says how the store is protected. Opening a store from any command goes through
:func:`open_store`: the recovery key is asked for at a prompt when the keyring does not
hold the key (or read from ``AKUTDESK_STORE_KEY``), and a new store's recovery key is
printed once. Only argparse and the standard library are imported at module level.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import database_url, sign_in

_opened: list[Any] = []  # stores a command opened; closed when it returns
PROMPTS = 3
ADVICE = (
    "Print it or write it down now and keep it locked away (not on this computer): without "
    "it the store cannot be opened on another computer, from a backup elsewhere, or when "
    "this computer's keyring is lost. AkutDesk shows it only this once."
)


def add_parsers(sub: Any) -> None:
    enc = sub.add_parser(
        "encrypt", help="encrypt a plain SQLite store with SQLCipher (docs/encryption.md)"
    )
    enc.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    enc.add_argument(
        "--delete-plain-backups",
        action="store_true",
        help="delete the unencrypted backups once the encrypted store is checked",
    )
    key = sub.add_parser("store-key", help="how the store is protected: encryption and key")
    key.add_argument(
        "--keep-in-file",
        action="store_true",
        help="no keyring on this computer: keep the key in a file readable only by you "
        "(administrator), so the recovery key is not asked for at every start",
    )


def open_store(args: argparse.Namespace) -> tuple[Any, Any]:
    """``setup.open_store`` with the recovery key asked for at a prompt when needed."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import paths

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import setup

    in_file = bool(getattr(args, "key_file", False))  # issue #16: the opt-in key file
    store, migration = with_key_prompt(
        lambda typed: setup.open_store(
            database_url(args), paths.data_dir(), key=typed, key_file=in_file
        )
    )
    if store.recovery_key:
        print_recovery_key(store)
    return store, migration


def opened(args: argparse.Namespace) -> Any:
    """The store a command works on, opened with :func:`open_store` (the recovery key prompt,
    docs/encryption.md) and closed when the command returns."""
    store, migration = open_store(args)
    _opened.append(store)
    if migration and migration.backup:
        print(f"Store migrated to {migration.after}; the old file is kept as {migration.backup}")
    return store


def remember(store: Any) -> Any:
    """Close ``store`` when the command returns."""
    _opened.append(store)
    return store


def close_opened() -> None:
    while _opened:
        _opened.pop().dispose()


def context(args: argparse.Namespace) -> Any:
    return sign_in(opened(args), args)


def restore_target(args: argparse.Namespace) -> Any:
    """The store ``akutdesk restore`` writes into (app/services/admin/store_key.open_for_restore)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.db.store import Store

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import store_key

    path = sqlite_path(args)
    if path is None:  # PostgreSQL: backup.require_sqlite refuses with the pg_restore advice
        return Store(database_url(args) or "")
    return with_key_prompt(lambda typed: store_key.open_for_restore(path, args.file, typed))


def with_key_prompt(opening: Any) -> Any:
    """``opening(typed_key)``, first with no key, then up to three times with a recovery key
    typed at a prompt when the store needs one (and stdin is a terminal)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin import store_key

    typed: str | None = None
    for attempt in range(PROMPTS + 1):
        try:
            return opening(typed)
        except (
            store_key.StoreKeyNeeded,
            store_key.StoreKeyWrong,
            store_key.RecoveryKeyInvalid,
        ) as exc:
            if attempt == PROMPTS or not sys.stdin.isatty():
                raise
            print(exc.message, file=sys.stderr)
            typed = ask_recovery_key()
    raise AssertionError("unreachable")


def ask_recovery_key() -> str:
    # lazy: start-up (only argparse loads before a command is chosen)
    import getpass

    return getpass.getpass("Recovery key (XXXX-XXXX-…): ")


def print_recovery_key(store: Any) -> None:
    """The new store's recovery key, once, on stderr (stdout may be a --json pipe)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin import store_key

    err = sys.stderr
    print(f"\nNew encrypted store {store.path}. Its recovery key:\n", file=err)
    print(f"    {store.recovery_key}\n", file=err)
    print(ADVICE, file=err)
    if store_key.in_keyring(store.path):
        keyring = store_key.status(store.path).keyring
        print(f"The key is kept in this computer's keyring ({keyring}).\n", file=err)
    elif store_key.in_file(store.path):
        print(
            "There is no keyring on this computer: the key is kept in "
            f"{store_key.key_file(store.path)}, readable only by you. Whoever can read your "
            "files can open the store; a copy of the store file alone cannot be opened.\n",
            file=err,
        )
    else:
        print(
            "There is no keyring on this computer: AkutDesk asks for the recovery key at every "
            f"start; commands read it from {store_key.ENV_KEY}. To keep it in a file readable "
            "only by you instead: akutdesk store-key --keep-in-file.\n",
            file=err,
        )
    store.recovery_key = None


def cmd_encrypt(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import paths

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import store_key

    ctx = context(args)
    path = ctx.store.path
    if path is not None and not args.yes and not _confirm(path):
        print("Nothing encrypted.", file=sys.stderr)
        return 1
    done = store_key.encrypt(
        ctx, paths.backup_dir(), remove_plain_backups=args.delete_plain_backups
    )
    print(f"Encrypted {done.path} with SQLCipher; the plain store is kept as {done.safety}.")
    print(f"\nRecovery key:\n\n    {done.recovery_key}\n\n{ADVICE}")
    if not done.in_keyring:
        env = store_key.ENV_KEY
        print(f"No keyring on this computer: type the recovery key at start, or set {env}.")
    if done.plain_backups and args.delete_plain_backups:
        print(f"Deleted {len(done.plain_backups)} unencrypted backups.")
    elif done.plain_backups:
        print(
            f"{len(done.plain_backups)} backups in {paths.backup_dir()} are NOT encrypted. Once "
            "AkutDesk opens the encrypted store, delete them (or run with --delete-plain-backups)."
        )
    return 0


def _confirm(path: Any) -> bool:
    print(f"Encrypt {path}? Close AkutDesk on this store first; a plain backup is made before.")
    try:
        answer = input("Type yes to encrypt: ")
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("yes", "ja")


def cmd_store_key(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin import store_key

    path = sqlite_path(args)
    if path is None:
        print("PostgreSQL: encryption at rest is the server's (its disk, and TLS to it).")
        return 0
    if args.keep_in_file:
        kept = store_key.keep_key_in_file(context(args)).value
        if kept is None:
            print("This computer has a keyring: the key is kept there, no file is written.")
        else:
            print(f"The key is kept in {kept}, readable only by you.")
    found = store_key.status(path)
    print(f"Store: {path}")
    if found.state == "plain":
        print("Not encrypted (plain SQLite). Encrypt it with `akutdesk encrypt`.")
    elif found.state == "new":
        print("No store yet: it is encrypted when it is made.")
    else:
        where = "this computer's keyring" if found.in_keyring else "not in this keyring"
        if found.in_file and not found.in_keyring:
            where = f"in {store_key.key_file(path)} (readable only by you)"
        print(f"Encrypted with SQLCipher (AES-256); key: {where}.")
    print(f"Keyring: {found.keyring or 'none on this computer'}")
    return 0


def sqlite_path(args: argparse.Namespace) -> Any:
    """The SQLite file the command works on, or None for PostgreSQL (no Store is made: an
    encrypted file cannot be opened before its key is known)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from pathlib import Path

    # lazy: start-up (argparse only until a command runs)
    from app import paths

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import setup

    url = database_url(args)
    if not url:
        return paths.store_path()
    parsed = setup.parse_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


COMMANDS = {"encrypt": cmd_encrypt, "store-key": cmd_store_key}
