"""The main window: navigation, pages, status bar.

Imports Qt (and the plain case-kind registry) only — and not even the ``Qt`` namespace, whose
first use costs ~25 ms. It is
shown before the store is opened (that happens in the background
right after), so the window is there as fast as a bare Qt window; each page is built the
first time it is shown, once the store is ready.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.domain.kinds import KINDS  # plain tuples: cheap on the start-up path
from app.views import kinds as kind_views
from app.views.components.screen import fit_to_screen

# key, title, module, class: Today and Citizens, each case kind's page in the registry's
# order (app.domain.kinds; the views' part in app.views.kinds), then the rest
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "app.views.today.today_page", "TodayPage"),
    (
        "citizens",
        QT_TRANSLATE_NOOP("MainWindow", "Citizens"),
        "app.views.citizens.citizens_page",
        "CitizensPage",
    ),
    *((kind.page, *kind_views.PAGES[kind.key]) for kind in KINDS),
    (
        "invoices",
        QT_TRANSLATE_NOOP("MainWindow", "Invoices"),
        "app.views.invoices.invoices_page",
        "InvoicesPage",
    ),
    (
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        "app.views.reports.reports_page",
        "ReportsPage",
    ),
    (
        "admin",
        QT_TRANSLATE_NOOP("MainWindow", "Administration"),
        "app.views.admin.admin_page",
        "AdminPage",
    ),
)
PAGE_MODULES = tuple(dict.fromkeys(module for _, _, module, _ in PAGES))


def page_class(key: str) -> Any:
    for page_key, _title, module, cls in PAGES:
        if page_key == key:
            return getattr(importlib.import_module(module), cls)
    raise KeyError(key)


def preload(ctx: Any, key: str = PAGES[0][0]) -> Any:
    """The data the first page shows (Today's), fetched off the GUI thread at start-up when
    its class offers ``fetch(ctx)`` (issue #17); None when it does not, or the user's roles
    do not reach it (the page says so when built)."""
    # lazy: start-up (the window is shown before the core loads)
    from app.errors import Forbidden

    fetch = getattr(page_class(key), "fetch", None)
    if fetch is None:
        return None
    try:
        return (key, fetch(ctx))
    except Forbidden:
        return None


class MainWindow(QMainWindow):
    page_shown = Signal(str)
    #: the user asks to lock the window, or to sign out (the idle lock acts on them)
    lock_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ctx: Any = None
        self.sync_status: Any = None  # an office store's sync status (issue #15)
        self._pages: dict[str, QWidget] = {}
        self._preloaded: dict[str, Any] = {}  # a page's data fetched before it is built
        self._fitted = False
        self._build_ui()
        self._connect_signals()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown the first time: no larger than the screen (a 1366×768 laptop, issue #12)."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)

    # -- construction ---------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle("AkutDesk")
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; border: none; background: #f2f4f7; }"
            "QListWidget::item { padding: 9px 12px; }"
            "QListWidget::item:selected { background: #1f5f8b; color: white; }"
        )
        self.stack = QStackedWidget()
        for index, (key, title, _module, _cls) in enumerate(PAGES):
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", title))
            item.setToolTip(f"Ctrl+{index + 1}")
            self.nav.addItem(item)
            waiting = QLabel(self.tr("Opening the store…"))
            waiting.setObjectName(f"waiting_{key}")
            waiting.setStyleSheet("margin: 24px; color: #667;")
            self.stack.addWidget(waiting)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.store_label = QLabel(self.tr("Opening the store…"))
        self.user_label = QLabel()
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lock_button")
        self.lock_button.setToolTip(self.tr("Lock the window while you are away (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("sign_out_button")
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        for button in (self.lock_button, self.sign_out_button):
            button.setFlat(True)
            button.hide()  # until there is a store and a lock (show_lock_buttons)
            self.statusBar().addPermanentWidget(button)
        self.about_button = QPushButton(self.tr("About"))
        self.about_button.setObjectName("about_button")
        self.about_button.setToolTip(self.tr("Which version of AkutDesk this is (F1)"))
        self.about_button.setFlat(True)
        self.about_button.clicked.connect(self.open_about)
        self.statusBar().addPermanentWidget(self.about_button)
        about_action = QAction(self)
        about_action.setShortcuts([QKeySequence("F1")])
        about_action.triggered.connect(self.open_about)
        self.addAction(about_action)
        search_action = QAction(self)
        search_action.setShortcuts([QKeySequence("Ctrl+K")])
        search_action.triggered.connect(self.open_search)
        self.addAction(search_action)
        lock_action = QAction(self)
        lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        lock_action.triggered.connect(self.lock_requested)
        self.addAction(lock_action)
        # setShortcuts([...]), not setShortcut(...): the latter's overload resolution loads
        # the whole Qt namespace (~25 ms at start-up).
        for index in range(len(PAGES)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            action.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
            self.addAction(action)
        quit_action = QAction(self)
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.nav.setCurrentRow(0)

    def open_search(self) -> Any:
        """Citizens, IV courses and acute episodes in one search (Ctrl+K, issue #12)."""
        # lazy: start-up (the services load after the window is shown)
        from app.views.shell.search import open_search

        self.search_dialog = open_search(self)
        return self.search_dialog

    def open_about(self) -> Any:
        """The About box with the version (issue #16); opened, not exec()'d (no nested loop)."""
        # lazy: start-up (only when asked for)
        from PySide6.QtWidgets import QMessageBox

        from app import __version__

        box = QMessageBox(self)
        box.setObjectName("about_box")
        box.setWindowTitle(self.tr("About AkutDesk"))
        box.setText(self.tr("AkutDesk {version}").format(version=__version__))
        box.setInformativeText(
            self.tr(
                "IV courses, acute episodes, nursing homes and the monthly invoices to the "
                "region for a municipal acute team."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()
        self.about_box = box
        return box

    def show_lock_buttons(self) -> None:
        self.lock_button.show()
        self.sign_out_button.show()

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._on_row)

    # -- the store ------------------------------------------------------------------------
    def attach(
        self,
        ctx: Any,
        *,
        store_text: str,
        user_name: str,
        first_page: Any = None,
        sync_role: str | None = None,
    ) -> None:
        """The store is open and a user signed in: build the page on show. ``first_page``:
        (key, data) from :func:`preload` for this ``ctx``, so that page shows it at once;
        ``sync_role``: the store's sync role, read with it (None: read here)."""
        self.ctx = ctx
        self._preloaded = dict([first_page]) if first_page is not None else {}
        self.store_label.setText(store_text)
        self.user_label.setText(
            self.tr("User: {name} ({initials})").format(name=user_name, initials=ctx.initials)
        )
        self._on_row(self.nav.currentRow())
        self._preloaded.clear()  # another page is current: its data would be stale later
        # lazy: start-up (the services load after the window is shown)
        from app.views.sync.status import install

        if self.sync_status is not None:  # another user signed in
            self.sync_status.deleteLater()
        self.sync_status = install(self, ctx, sync_role)  # an office store's sync (issue #15)

    def _build_page(self, page_class: Any, data: Any = None) -> QWidget:
        """The page, or a note when the user's roles do not reach it (issue #7). ``data``:
        what the page shows, fetched already (:func:`preload`)."""
        # lazy: start-up (the window is shown before the core loads)
        from app.errors import Forbidden

        try:
            page: QWidget = (
                page_class(self.ctx, self) if data is None else page_class(self.ctx, self, data)
            )
        except Forbidden:
            # lazy: start-up (not needed to show the window)
            from PySide6.QtCore import Qt  # only here: the Qt namespace is slow to load

            page = QLabel(self.tr("Your role does not give access to this page."))
            page.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            page.setStyleSheet("margin: 24px; color: #667;")
        return page

    def reset_pages(self) -> None:
        """Drop the built pages (another user signed in, issue #7): rebuilt on show."""
        for key, page in list(self._pages.items()):
            row = [k for k, *_ in PAGES].index(key)
            waiting = QLabel(self.tr("Opening the store…"))
            self.stack.insertWidget(row, waiting)
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._preloaded.clear()

    def show_page(self, key: str) -> QWidget | None:
        for index, (page_key, *_rest) in enumerate(PAGES):
            if page_key == key:
                self.nav.setCurrentRow(index)
                return self._pages.get(key)
        raise KeyError(key)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        key, _title, module, cls = PAGES[row]
        if self.ctx is not None and key not in self._pages:
            page = self._build_page(
                getattr(importlib.import_module(module), cls), self._preloaded.pop(key, None)
            )
            page.setObjectName(f"page_{key}")
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
        self.stack.setCurrentIndex(row)
        if key in self._pages:
            self.page_shown.emit(key)
