"""The typed errors (app/errors.py and the errors beside the code that raises them: signing,
secrets, the store key, invoices), context "Errors".

An error's ``code`` is its message id; a text here is what the window shows and, in Danish,
the command line (the English command line keeps the error's own message where it adds a
command-line hint).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template, translate

ERRORS: dict[str, Template] = {
    "stale_record": QT_TRANSLATE_NOOP(
        "Errors",
        "The {what} was changed by {changed_by} at {changed_at} after you opened it. "
        "Your input is kept; reload to see their change, then save again.",
    ),
    "stale_record_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "The {what} was changed by another user after you opened it. "
        "Your input is kept; reload to see their change, then save again.",
    ),
    "store_busy": QT_TRANSLATE_NOOP(
        "Errors",
        "The store is busy: another user or task has been saving for {seconds} seconds "
        "(an import or a backup, perhaps). Nothing was saved; try again in a moment.",
    ),
    "store_disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding the store is full: nothing was saved. Free some space, then try again.",
    ),
    "database_roles_needed": QT_TRANSLATE_NOOP(
        "Errors",
        "The database's roles for this version of AkutDesk are not set up yet. Ask the "
        "database administrator to open the store once with the owner's connection.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "The {what} was not found; it may have been removed."),
    "store_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This store was written by a newer version of AkutDesk (schema {found}; this version "
        "knows up to {known}). Install the newer AkutDesk to open it.",
    ),
    "not_initialised": QT_TRANSLATE_NOOP("Errors", "The store is not set up yet."),
    # -- where the store is and how it is reached (app/errors.py; issue #13) -----------------
    "data_dir_unusable": QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder {path} cannot be used ({reason}). Give a folder with --data-dir.",
    ),
    "data_dir_is_file": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a file, not a folder. Give a folder with --data-dir."
    ),
    "database_url_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The database address ({scheme}://…) is not one AkutDesk can use. Give "
        "postgresql://user@host/database, or leave it out for the store in the data folder.",
    ),
    "database_unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot connect to the database {where} ({detail}). Check the address, that the "
        "server runs and that this computer may reach it. Nothing was changed.",
    ),
    "store_unopenable": QT_TRANSLATE_NOOP(
        "Errors",
        "The store {path} cannot be opened ({detail}). Check that this user may read and "
        "write the file and its folder. Nothing was changed.",
    ),
    "password_no_terminal": QT_TRANSLATE_NOOP(
        "Errors", "No password: set {env} or run the command in a terminal."
    ),
    "passphrase_no_terminal": QT_TRANSLATE_NOOP(
        "Errors", "No passphrase: give {option} VARIABLE or run the command in a terminal."
    ),
    "passphrase_env_missing": QT_TRANSLATE_NOOP("Errors", "The variable {env} is not set."),
    "already_initialised": QT_TRANSLATE_NOOP("Errors", "The store is already set up."),
    # -- backups and the store's place (app/services/admin/backup.py, app/db/store.py) ----------
    "network_store": QT_TRANSLATE_NOOP(
        "Errors",
        "The store {path} is on a network drive. SQLite is not safe on a network drive: the "
        "store could be damaged. Keep the store on this computer's own disk, or use "
        "PostgreSQL (--database-url) when several workstations share the data.",
    ),
    # -- files the program writes (app/files.py) ---------------------------------------------
    "file_is_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder. Give the name of the file to write; nothing was written."
    ),
    "file_folder_missing": QT_TRANSLATE_NOOP(
        "Errors", "The folder of {path} does not exist. Nothing was written."
    ),
    "file_not_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a file, not a folder. Nothing was written."
    ),
    "file_disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: {path} was not written and nothing of it was left behind."
    ),
    "file_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "AkutDesk may not write {path} (no permission). Nothing was written."
    ),
    "file_write_failed": QT_TRANSLATE_NOOP(
        "Errors", "{path} could not be written ({detail}). Nothing was written."
    ),
    "backup_postgres": QT_TRANSLATE_NOOP(
        "Errors",
        "AkutDesk backs up its SQLite store only. A PostgreSQL database is backed up on the "
        "server with pg_dump and restored with pg_restore: see {docs}.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} failed ({detail}) and was deleted. The store itself is unchanged.",
    ),
    "restore_refused": QT_TRANSLATE_NOOP(
        "Errors", "{name} cannot be restored: {detail}. Nothing was changed."
    ),
    # the {detail} of backup_failed and restore_refused (app/services/admin/backup.py)
    "backup.no_store": QT_TRANSLATE_NOOP("Errors", "there is no store at {path}"),
    "backup.check": QT_TRANSLATE_NOOP("Errors", "the copy fails its check: {check}"),
    "backup.after_restore": QT_TRANSLATE_NOOP(
        "Errors", "after the restore: {check}; the old store is {safety}"
    ),
    "backup.no_safety_copy": QT_TRANSLATE_NOOP("Errors", "(none)"),
    "restore.no_file": QT_TRANSLATE_NOOP("Errors", "there is no such file"),
    "restore.is_store": QT_TRANSLATE_NOOP("Errors", "it is the store itself"),
    "restore.encrypted": QT_TRANSLATE_NOOP("Errors", "it is encrypted and this store is not"),
    "restore.key_or_damaged": QT_TRANSLATE_NOOP(
        "Errors", "this store's key does not open it, or it is damaged ({check})"
    ),
    "restore.damaged": QT_TRANSLATE_NOOP("Errors", "it fails the integrity check ({check})"),
    "restore.not_a_store": QT_TRANSLATE_NOOP("Errors", "it is not an AkutDesk store"),
    "restore.newer": QT_TRANSLATE_NOOP(
        "Errors", "it was written by a newer AkutDesk (schema {schema}); install that"
    ),
    "restore.no_safety_copy": QT_TRANSLATE_NOOP(
        "Errors",
        "the current store could not be copied first ({detail}); if it is damaged, move "
        "{path} and its -wal and -shm files to another folder and restore again",
    ),
    "restore.no_mark": QT_TRANSLATE_NOOP(
        "Errors", "the highest invoice numbers cannot be kept beside the store ({reason})"
    ),
    "restore_drops_invoices": translate(
        "Errors",
        "{name} lacks %n posted invoice(s) that this store has issued: {invoices}. "
        "Restoring it would drop them (their numbers are never issued again). Restore it only "
        "if the store is damaged, and confirm that it is; nothing was changed.",
        None,
        2,
    ),
    # -- the signing certificate (app/signing/errors.py, app/secrets.py; issue #4) --------
    "certificate_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not a certificate file AkutDesk can read: use the organisation "
        "certificate exported as PKCS#12 (.p12 or .pfx) with its private key.",
    ),
    "certificate_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase does not open {name}. Check it and try again; nothing was saved."
    ),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP(
        "Errors", "The certificate {subject} is not valid until {valid_from}; it cannot sign yet."
    ),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate {subject} expired on {valid_to}. Import the renewed organisation "
        "certificate (Administration → Certificate).",
    ),
    "certificate_key_usage": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate {subject} may not be used for signatures (its key usage allows "
        "neither digital signature nor non-repudiation). Use the organisation's signing "
        "certificate.",
    ),
    "certificate_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "No organisation certificate is imported, so the invoice cannot be signed and is not "
        "posted. An administrator imports it under Administration → Certificate.",
    ),
    "certificate_passphrase_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The organisation certificate's passphrase is not in a keyring on this computer: "
        "type it when posting (on the command line, or set AKUTDESK_CERT_PASSPHRASE), or "
        "import the certificate again on this workstation.",
    ),
    "einvoice_incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "Invoice {number} cannot be made as an e-invoice: {missing} missing or invalid. "
        "Complete the municipality's details or the hospital unit's EAN under Administration.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "No usable keyring on this computer (the operating system's password store). "
        "AkutDesk keeps secrets only there.",
    ),
    # -- permissions and signing in (app/services/kernel/permissions.py, users.py) --------------
    "forbidden": QT_TRANSLATE_NOOP(
        "Errors", "Only {needed} may do this; {initials} does not have that role."
    ),
    # a refusal whose roles are not known here (the database server refused it)
    "forbidden_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{initials} may not do this: the user's roles do not include it."
    ),
    "sign_in_refused": QT_TRANSLATE_NOOP("Errors", "Wrong initials or password."),
    "user_locked": QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passwords: {initials} is locked until {locked_until}. "
        "Try again then, or ask an administrator.",
    ),
    # -- the encrypted store (app/services/admin/store_key.py, docs/encryption.md) --------------
    "store_key_needed": QT_TRANSLATE_NOOP(
        "Errors",
        "The store {path} is encrypted and this computer's keyring does not hold its key. "
        "Type the recovery key.",
    ),
    "store_key_wrong": QT_TRANSLATE_NOOP(
        "Errors",
        "The key does not open the store {path}: it belongs to another store, or the file is "
        "not an AkutDesk store. Nothing was changed.",
    ),
    "recovery_key_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a recovery key: it has 14 groups of four letters and digits "
        "(ABCD-EFGH-…). Check for a typing error.",
    ),
    "store_already_encrypted": QT_TRANSLATE_NOOP(
        "Errors", "The store {path} is already encrypted."
    ),
    "store_not_encrypted": QT_TRANSLATE_NOOP(
        "Errors",
        "The store {path} is not encrypted, so it has no key to keep. Encrypt it first.",
    ),
    # -- the command line's own refusals (app/cli/say.py Refusal) --------------------------------
    "cli.no_new_password": QT_TRANSLATE_NOOP(
        "Errors", "No new password: set {env} or use a terminal."
    ),
    "cli.passwords_differ": QT_TRANSLATE_NOOP(
        "Errors", "The two passwords differ; nothing was changed."
    ),
    "cli.posting_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "No keyring on this computer holds the organisation certificate's passphrase: set "
        "{env} (or name another variable with {option} VAR), or run the command in a "
        "terminal. Nothing was posted.",
    ),
    "cli.setup_store_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "A store already exists at {path}: setup makes a new store only and never overwrites "
        "one. Choose another --data-dir, or open this store.",
    ),
    "cli.setup_incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "Setup needs {options} (and the password in {env}) when it is not run in a terminal. "
        "Nothing was written.",
    ),
    "cli.setup_municipality": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a municipality on the list (akutdesk setup --help names them)."
    ),
    "cli.restore_drops_invoices": translate(
        "Errors",
        "{file} lacks %n posted invoice(s) this store has issued: {invoices}. Restore it only "
        "if the store is damaged (--store-damaged); nothing was changed.",
        None,
        2,
    ),
    "cli.price_level_input": QT_TRANSLATE_NOOP(
        "Errors",
        "Give --from and --index together, or --file with the levels; nothing was written.",
    ),
    "cli.price_level_file": QT_TRANSLATE_NOOP(
        "Errors",
        '{path}: a price level is an object with "valid_from" (YYYY-MM-DD) and "index" '
        '(e.g. "1.0452"), or a list of them. Nothing was written.',
    ),
    # -- invoices (app/billing/lifecycle.py, app/services/invoices/documents.py) --------------
    "invoice_not_modifiable": QT_TRANSLATE_NOOP(
        "Errors",
        "Invoice {number} is posted and cannot be changed ({detail}). "
        "Correct it with a credit note.",
    ),
    # the {detail} of invoice_not_modifiable (app/billing/lifecycle.py, app/models/billing.py)
    "invoice.transition": QT_TRANSLATE_NOOP("Errors", "{current} → {target} is not allowed"),
    "invoice.unnumbered": QT_TRANSLATE_NOOP("Errors", "(draft)"),
    # the {current} and {target} of invoice.transition: the states of app/workflows.py INVOICE
    "invoice_state.draft": QT_TRANSLATE_NOOP("Errors", "draft"),
    "invoice_state.posted": QT_TRANSLATE_NOOP("Errors", "posted"),
    "invoice_state.exported": QT_TRANSLATE_NOOP("Errors", "exported"),
    "invoice.fields": QT_TRANSLATE_NOOP("Errors", "fields {fields}"),
    "invoice.delete": QT_TRANSLATE_NOOP("Errors", "it cannot be deleted"),
    "invoice.line": QT_TRANSLATE_NOOP("Errors", "line {line}"),
    "invoice.document": QT_TRANSLATE_NOOP("Errors", "its stored {kind} document"),
    # the {missing} of einvoice_incomplete (app/einvoice/oioubl.py), one a field
    "einvoice.buyer_gln": QT_TRANSLATE_NOOP("Errors", "the hospital unit's EAN/GLN"),
    "einvoice.seller_cvr": QT_TRANSLATE_NOOP("Errors", "the municipality's CVR number"),
    "einvoice.bank_reg": QT_TRANSLATE_NOOP("Errors", "the municipality's bank reg. no."),
    "einvoice.bank_account": QT_TRANSLATE_NOOP("Errors", "the municipality's account no."),
    "invoice_document_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The stored {filename} of invoice {number} does not match its checksum."
    ),
}
