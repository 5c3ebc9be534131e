"""Starting the window, and rendering a page offscreen (``akutdesk screenshot``).

The window is shown first; the store is opened (and migrated if needed) in the
background right after, so the user sees AkutDesk as fast as a bare Qt window. The
automatic backups run in the background a few seconds after that, never on the way in.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from app import paths, settings
from app.views import i18n
from app.views.main_window import PAGE_MODULES, MainWindow
from app.views.tasks import run_in_background

BENCH_ENV = "AKUTDESK_BENCH_STARTUP"
BACKUP_DELAY_MS = 5_000  # the "start" backup waits until the user is at work
BACKUP_CHECK_MS = 3_600_000  # is a "daily" backup due?


def make_app(args: argparse.Namespace) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("AkutDesk")
    app.setOrganizationName("AkutDesk")
    i18n.install(args.lang or settings.get("language"))
    return app  # type: ignore[return-value]


def set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "akutdesk.svg")))


def open_store(args: argparse.Namespace) -> dict[str, Any]:
    """Background part of start-up: services are imported here, not before the window."""
    import importlib

    from app.cli import database_url
    from app.services import setup, users

    store, migration = setup.open_store(database_url(args), paths.data_dir())
    for module in PAGE_MODULES:  # warm the imports while the user looks at the window
        importlib.import_module(module)
    if not setup.is_initialised(store):
        return {"store": store, "ctx": None, "migration": migration}
    ctx = users.sign_in(store, args.user or settings.get("last_user") or None)
    return {"store": store, "ctx": ctx, "migration": migration}


def attach(window: MainWindow, store: Any, ctx: Any) -> None:
    from app.services import users

    me = next((u for u in users.list_users(ctx) if u.id == ctx.user_id), None)
    settings.put("last_user", ctx.initials)
    window.attach(ctx, store_text=store.describe(), user_name=me.name if me else "")


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    bench = os.environ.get(BENCH_ENV) == "1"
    app = make_app(args)
    window = MainWindow()
    window.show()

    def opened(result: dict[str, Any]) -> None:
        ctx = result["ctx"]
        if ctx is None:
            dialog = first_start_dialog(window, result["store"])
            if dialog.exec() != dialog.DialogCode.Accepted:
                app.quit()
                return
            ctx = dialog.ctx
        attach(window, result["store"], ctx)
        if bench:
            print(f"store-ready {time.perf_counter() - started:.4f}", flush=True)
            app.quit()
            return
        start_automatic_backups(window, result["store"])

    def failed(exc: BaseException, details: str) -> None:
        from app.services.errors import AkutDeskError
        from app.views.messages import error_text

        if not isinstance(exc, AkutDeskError):
            from app.views import crash

            crash.log.error("could not open the store\n%s", details)
        QMessageBox.critical(
            window, "AkutDesk", error_text(exc) if isinstance(exc, AkutDeskError) else details
        )
        app.quit()

    def start_opening() -> None:
        if bench:
            print(f"window-shown {time.perf_counter() - started:.4f}", flush=True)
        run_in_background(lambda: open_store(args), opened, failed)
        set_icon(app)
        from app.views import crash  # after the window is up: not on the start-up path

        crash.install()
        crash.install_qt_message_filter()

    QTimer.singleShot(0, start_opening)
    return app.exec()


def screenshot(args: argparse.Namespace) -> int:
    """Render one page offscreen to a PNG, with the store opened synchronously."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.views.crash import install_qt_message_filter

    install_qt_message_filter()
    app = make_app(args)
    set_icon(app)
    from app.services.errors import AkutDeskError

    try:
        result = open_store(args)
    except AkutDeskError as exc:
        print(f"akutdesk: {exc.message}", file=sys.stderr)
        return 1
    width, _, height = args.size.partition("x")
    window = MainWindow()
    window.resize(QSize(int(width), int(height)))
    window.show()
    if result["ctx"] is None:
        print(
            f"akutdesk: the store is not set up yet, so AkutDesk would open with the first-start "
            f"dialog: rendered that instead of '{args.page}'. Run `akutdesk demo` for a store with "
            "demo data.",
            file=sys.stderr,
        )
        target = first_start_dialog(window, result["store"])
    else:
        attach(window, result["store"], result["ctx"])
        window.show_page(args.page)
        target = window
    for _ in range(5):
        app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    saved = target.grab().save(str(args.out))
    dispose(window)
    result["store"].dispose()
    if not saved:
        print(f"akutdesk: could not write {args.out}", file=sys.stderr)
        return 1
    print(f"{args.page} → {args.out}")
    return 0


def start_automatic_backups(
    window: MainWindow, store: Any, *, delay_ms: int = BACKUP_DELAY_MS
) -> QTimer | None:
    """The "start" backup a few seconds after the window is usable, then a look every hour
    whether a "daily" one is due; both run in the thread pool (app/services/backup.py)."""
    if not store.is_sqlite:
        return None  # PostgreSQL: pg_dump on the server (docs/backups.md)

    def run(at_start: bool) -> None:
        from app.services import backup

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


def _backed_up(window: MainWindow, made: Any) -> None:
    if made is not None and isValid(window):
        text = QCoreApplication.translate("Launch", "Backup made: {name}")
        window.statusBar().showMessage(text.format(name=made.name), 10_000)


def _backup_failed(window: MainWindow, exc: BaseException, details: str) -> None:
    """A backup that failed is said out loud: the store is fine, but unprotected."""
    from app.services.errors import AkutDeskError
    from app.views import crash
    from app.views.messages import error_text

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


def first_start_dialog(window: MainWindow, store: Any) -> Any:
    from app.views.dialogs.first_start import FirstStartDialog

    dialog = FirstStartDialog(store, window)
    dialog.show()
    return dialog


def dispose(window: MainWindow) -> None:
    """Close and really delete a window now, so its pages stop listening on the hub."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
