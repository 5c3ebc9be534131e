"""Starting the window, and rendering a page offscreen (``akutdesk screenshot``).

The window is shown first; the store is opened (and migrated if needed) in the
background right after, so the user sees AkutDesk as fast as a bare Qt window. The
automatic backups run in the background a few seconds after that, never on the way in.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from app import paths, settings
from app.options import LaunchOptions, ScreenshotOptions
from app.views.components import i18n
from app.views.components.tasks import run_in_background
from app.views.shell.main_window import PAGE_MODULES, PAGES, MainWindow, page_class
from app.views.shell.signed_in import attach, prepare

BENCH_ENV = "AKUTDESK_BENCH_STARTUP"
#: with BENCH_ENV: sign in through the login dialog, the password "typed" this many
#: milliseconds after the dialog is shown (bench/bench.py: Enter → Today filled)
BENCH_TYPING_ENV = "AKUTDESK_BENCH_TYPING_MS"
WARM_PAGES_MS = 1_000  # the other pages' modules load once Today has been painted
BACKUP_DELAY_MS = 5_000  # the "start" backup waits until the user is at work
BACKUP_CHECK_MS = 3_600_000  # is a "daily" backup due?


def make_app(options: LaunchOptions) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("AkutDesk")
    app.setOrganizationName("AkutDesk")
    i18n.install(options.lang or settings.get("language"))
    return app  # type: ignore[return-value]


def set_icon(app: QApplication) -> None:
    # lazy: start-up (the window is shown before the services load)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "akutdesk.svg")))


def open_store(
    options: LaunchOptions, key: str | None = None, *, sign_in: bool = False
) -> dict[str, Any]:
    """Background part of start-up: services are imported here, not before the window.
    ``key``: the recovery key typed when the keyring does not hold the store's key.
    ``sign_in``: the password is known (AKUTDESK_PASSWORD, the bench): the user is signed in
    and the first page's data fetched here too, so neither the password hash (Argon2) nor
    Today's queries run on the GUI thread. Only what the first screen needs is imported:
    the other pages' modules load after it is shown (:func:`warm_pages`)."""
    # lazy: start-up (the window is shown before the core loads)
    from app.services.admin import setup

    # lazy: start-up (the window is shown before the core loads)
    from app.services.security import users

    store, migration = setup.open_store(options.database_url, paths.data_dir(), key=key)
    initialised = setup.is_initialised(store)
    result: dict[str, Any] = {
        "store": store,
        "ctx": None,
        "initialised": initialised,
        "migration": migration,
        "prepared": None,
        "idle_minutes": users.idle_minutes(store),  # the lock's, and warms the login's services
    }
    bench_marker("store-open")
    if sign_in and initialised:
        # Today's modules load and its data is read (prepare) while the password hash is
        # checked (Argon2, ~0.1 s in C without the GIL, in a thread of its own)
        result["ctx"], result["prepared"] = users.sign_in_reading(
            store, options.user, options.password(options.user), prepare
        )
        bench_marker("signed-in")
    return result


def bench_marker(name: str) -> None:
    """A line for bench/bench.py's start-up timing (AKUTDESK_BENCH_STARTUP=1): seconds since
    the window's start; the bench times each from the launch of the process."""
    if os.environ.get(BENCH_ENV) == "1":
        print(f"{name} {time.perf_counter() - STARTED[0]:.4f}", flush=True)


STARTED = [time.perf_counter()]  # run_gui sets it; the markers count from there


def release_collector() -> bool:
    """The cyclic garbage collector back on once Today is shown (the command line holds it
    from the start, app/cli/main.py; issue #17). What start-up made (modules, mappers, Qt
    wrappers, Today's rows: ~164,000 objects on the bench store) is frozen, never scanned
    by a later pass either. It is not collected first: start-up leaves ~700 of them as
    garbage (a few kB, kept), and the pass to find them costs ~70 ms. Whether it was held."""
    if gc.isenabled():
        return False
    gc.freeze()
    gc.enable()
    return True


def warm_pages() -> None:
    """Import the other pages' modules in the background once the first page is shown, so
    the first visit to each is quick (issue #17: they are not on the way to Today)."""

    def load() -> None:
        # lazy: start-up (the window is shown before the pages load)
        import importlib

        for module in PAGE_MODULES:
            importlib.import_module(module)

    run_in_background(load, lambda _: None, lambda _exc, _details: None)


def ignore(_exc: BaseException, _details: str) -> None:
    """A warm-up that failed: the real use fails the same way, and says so there."""


def bench_typing(dialog: Any, options: LaunchOptions, delay_ms: int) -> None:
    """The bench's nurse at the login dialog: the password typed ``delay_ms`` after the
    dialog is shown, then Enter ("login-shown" and "enter" markers)."""
    bench_marker("login-shown")

    def enter() -> None:
        dialog.password.setText(options.password(dialog.initials.text() or None))
        bench_marker("enter")
        dialog.submit()

    QTimer.singleShot(delay_ms, enter)


def run_gui(options: LaunchOptions) -> int:
    STARTED[0] = time.perf_counter()
    bench = os.environ.get(BENCH_ENV) == "1"
    typing_ms = int(os.environ.get(BENCH_TYPING_ENV) or -1) if bench else -1
    sign_in = bench and typing_ms < 0  # the bench without a login dialog
    app = make_app(options)
    window = MainWindow()
    window.show()

    def opened(result: dict[str, Any]) -> None:
        # lazy: start-up (the window is shown before the services load)
        from app.views.admin.store_key import show_recovery_key

        show_recovery_key(window, result["store"])  # a new encrypted store: once
        ctx = result["ctx"]  # signed in already (bench: no one to type the password)
        if ctx is None:
            if result["initialised"]:
                # Today's modules load while the password is typed, not after Enter
                run_in_background(lambda: page_class(PAGES[0][0]), lambda _: None, ignore)
                dialog: Any = login_dialog(window, result["store"], options)
                if typing_ms >= 0:
                    bench_typing(dialog, options, typing_ms)
            else:
                dialog = first_start_dialog(window, result["store"])
            if dialog.exec() != dialog.DialogCode.Accepted:
                app.quit()
                return
            signed = dialog.ctx  # Today's data was read while the password was checked
            if dialog.prepared is not None:
                show(result, signed, dialog.prepared)
                return
            run_in_background(  # not read then (see users.sign_in_reading): read now
                lambda: prepare(signed),
                lambda prepared: show(result, signed, prepared),
                lambda _exc, _details: show(result, signed, None),  # read (and said) in place
            )
            return
        show(result, ctx, result["prepared"])

    def show(result: dict[str, Any], ctx: Any, prepared: Any) -> None:
        attach(window, result["store"], ctx, prepared)
        # lazy: start-up (the window is shown before the services load)
        from app.views.shell import idle_lock

        window.idle_lock = idle_lock.install(window, result["store"], result["idle_minutes"])
        if bench:
            bench_marker("store-ready")  # Today shown with its tiles and lists filled
            if release_collector():
                bench_marker("collector-released")
            app.quit()
            return
        QTimer.singleShot(0, release_collector)  # after Today's first paint
        QTimer.singleShot(WARM_PAGES_MS, warm_pages)
        say_if_not_encrypted(window, result["store"])
        start_automatic_backups(window, result["store"])

    def failed(exc: BaseException, details: str) -> None:
        # lazy: start-up (the window is shown before the services load)
        from app.errors import AkutDeskError

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.admin.store_key import ask_recovery_key, is_key_error

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.components.messages import error_text

        if is_key_error(exc):  # encrypted, and the keyring here lacks the key: ask for it
            typed = ask_recovery_key(window, exc)
            if typed:
                run_in_background(
                    lambda: open_store(options, typed, sign_in=sign_in), opened, failed
                )
            else:
                app.quit()
            return
        if not isinstance(exc, AkutDeskError):
            # lazy: start-up (the window is shown before the services load)
            from app.views.components import crash

            crash.log.error("could not open the store\n%s", details)
        QMessageBox.critical(
            window, "AkutDesk", error_text(exc) if isinstance(exc, AkutDeskError) else details
        )
        app.quit()

    def start_opening() -> None:
        bench_marker("window-shown")
        run_in_background(lambda: open_store(options, sign_in=sign_in), opened, failed)
        set_icon(app)
        # lazy: start-up (the window is shown before the services load)
        from app.views.components import crash

        crash.install()
        crash.install_qt_message_filter()

    QTimer.singleShot(0, start_opening)
    try:
        return app.exec()
    finally:
        release_collector()  # a start that ended before Today (a refused key, Cancel)


def settle(app: QApplication, timeout: float = 15.0) -> None:
    """Let pages finish what they load in the background before the picture is taken."""
    # lazy: start-up (the window is shown before the services load)
    from app.views.components import tasks

    deadline = time.perf_counter() + timeout
    for _ in range(5):
        app.processEvents()
    while tasks.pending() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def screenshot(shot: ScreenshotOptions) -> int:
    """Render one page offscreen to a PNG, with the store opened synchronously."""
    options = shot.launch
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # lazy: start-up (the window is shown before the services load)
    from app.views.components.crash import install_qt_message_filter

    install_qt_message_filter()
    app = make_app(options)
    set_icon(app)
    # lazy: start-up (the window is shown before the services load)
    from app.errors import AkutDeskError

    try:
        result = open_store(options)
    except AkutDeskError as exc:
        print(f"akutdesk: {exc.message}", file=sys.stderr)
        return 1
    if result["store"].recovery_key:
        options.announce_recovery_key(result["store"])
    width, _, height = shot.size.partition("x")
    window = MainWindow()
    window.show()  # first, so its fitting to the (offscreen) screen does not shrink the shot
    window.resize(QSize(int(width), int(height)))
    if result["initialised"]:
        # lazy: start-up (the window is shown before the services load)
        from app.services.security import users

        initials = options.user or settings.get("last_user") or None
        try:
            result["ctx"] = users.sign_in(result["store"], initials, options.password(initials))
        except AkutDeskError as exc:
            print(f"akutdesk: {exc.message}", file=sys.stderr)
            return 1
    if result["ctx"] is None:
        print(
            f"akutdesk: the store is not set up yet, so AkutDesk would open with the first-start "
            f"dialog: rendered that instead of '{shot.page}'. Run `akutdesk demo` for a store with "
            "demo data.",
            file=sys.stderr,
        )
        target = first_start_dialog(window, result["store"])
    else:
        attach(window, result["store"], result["ctx"])
        window.show_page(shot.page)
        target = window
    settle(app)
    shot.out.parent.mkdir(parents=True, exist_ok=True)
    saved = target.grab().save(str(shot.out))
    dispose(window)
    result["store"].dispose()
    if not saved:
        print(f"akutdesk: could not write {shot.out}", file=sys.stderr)
        return 1
    print(f"{shot.page} → {shot.out}")
    return 0


def start_automatic_backups(
    window: MainWindow, store: Any, *, delay_ms: int = BACKUP_DELAY_MS
) -> QTimer | None:
    """The "start" backup a few seconds after the window is usable, then a look every hour
    whether a "daily" one is due; both run in the thread pool (app/services/admin/backup.py)."""
    if not store.is_sqlite:
        return None  # PostgreSQL: pg_dump on the server (docs/backups.md)

    def run(at_start: bool) -> None:
        # lazy: start-up (the window is shown before the services load)
        from app.services.admin import backup

        run_in_background(
            lambda: backup.automatic(store, at_start=at_start),
            lambda made: _backed_up(window, made),
            lambda exc, details: _backup_failed(window, exc, details),
        )

    QTimer.singleShot(delay_ms, lambda: run(True))
    timer = QTimer(window)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(lambda: run(False))
    timer.start()
    return timer


def say_if_not_encrypted(window: MainWindow, store: Any) -> None:
    """A plain SQLite store from an older AkutDesk: offer encryption (docs/encryption.md)."""
    if store.is_sqlite and not store.encrypted:
        text = QCoreApplication.translate(
            "Launch",
            "This store is not encrypted. An administrator encrypts it with "
            "'akutdesk encrypt' (see docs/encryption.md).",
        )
        window.statusBar().showMessage(text, 60_000)


def _backed_up(window: MainWindow, made: Any) -> None:
    if made is not None and isValid(window):
        text = QCoreApplication.translate("Launch", "Backup made: {name}")
        window.statusBar().showMessage(text.format(name=made.name), 10_000)


def _backup_failed(window: MainWindow, exc: BaseException, details: str) -> None:
    """A backup that failed is said out loud: the store is fine, but unprotected."""
    # lazy: start-up (the window is shown before the services load)
    from app.errors import AkutDeskError

    # lazy: start-up (a screen's dialogs load when first opened)
    from app.views.components import crash

    # lazy: start-up (a screen's dialogs load when first opened)
    from app.views.components.messages import error_text

    crash.log.warning("automatic backup failed\n%s", details)
    if not isValid(window):  # closed while the backup ran: the log has it
        return
    text = error_text(exc) if isinstance(exc, AkutDeskError) else str(exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Launch", "Backup failed"),
        QCoreApplication.translate("Launch", "The automatic backup failed: {reason}").format(
            reason=text
        ),
        parent=window,
    )
    box.setObjectName("backup_failed")
    box.open()


def login_dialog(window: MainWindow, store: Any, options: LaunchOptions) -> Any:
    # lazy: start-up (the window is shown before the services load)
    from app.views.shell.login import LoginDialog

    initials = options.user or settings.get("last_user") or ""
    return LoginDialog(store, initials, read=prepare, parent=window)


def first_start_dialog(window: MainWindow, store: Any) -> Any:
    # lazy: start-up (the window is shown before the services load)
    from app.views.shell.first_start import FirstStartDialog

    dialog = FirstStartDialog(store, window)
    dialog.show()
    return dialog


def dispose(window: MainWindow) -> None:
    """Close and really delete a window now, so its pages stop listening on the hub."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
