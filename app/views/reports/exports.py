"""The page's exports (issue #14): the report shown to XLSX, CSV (every table, or the one
chosen) or PDF, and the status report — every report the user may run, for the page's
period and filters, in one PDF (the agreement's status after six months, DIGEST §1.15).
Each file is made and written in the background (app/views/components/tasks.py), atomically
(app/files.py); a refusal (a folder that cannot be written) is said once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app import files
from app.documents import report_csv
from app.documents.report_cells import Words
from app.domain import clock
from app.domain.problems import problem
from app.domain.reports import Filters, Report
from app.errors import InvalidInput
from app.services.admin import reference
from app.services.reports import running
from app.views.components.messages import language, qt_translator
from app.views.components.tasks import Progress, Run, run_op

if TYPE_CHECKING:
    from app.services.kernel.context import Context


def suggested_name(name: str, chosen: Filters, suffix: str) -> str:
    """``iv.activity-2026-01-01-2026-06-30.xlsx``: the report and its period."""
    return f"{name}-{chosen.start.isoformat()}-{chosen.end.isoformat()}{suffix}"


def ask_path(parent: QWidget, title: str, suggested: str, kind: str) -> str:
    """Where to save (the tests answer it themselves); "" when the user cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), kind)
    return path


def municipality(ctx: Context) -> str:
    return reference.get_municipality(ctx).data.name


def xlsx_bytes(ctx: Context, report: Report, words: Words) -> bytes:
    # lazy: XlsxWriter loads only when a workbook is saved
    from app.documents.report_xlsx import report_xlsx

    return report_xlsx(report, words, municipality=municipality(ctx), printed_at=clock.now_utc())


def pdf_bytes(ctx: Context, report: Report, words: Words) -> bytes:
    # lazy: reportlab and matplotlib load only when a PDF is saved
    from app.documents.report_pdf import report_pdf

    return report_pdf(report, words, municipality=municipality(ctx), printed_at=clock.now_utc())


def status_report(ctx: Context, chosen: Filters, words: Words, progress: Progress) -> bytes:
    """The status report's reports for ``chosen`` in one PDF (app/services/reports/running.py:
    every report the user may run but the region's datasets); a step a report, one for the
    PDF."""
    # lazy: reportlab and matplotlib load only when a PDF is saved
    from app.documents.report_pdf import status_pdf

    made = running.status_reports(ctx, chosen, lambda done, total: progress(done, total + 1))
    if not made:
        raise InvalidInput([problem("report", "reports.none_to_run")])
    return status_pdf(made, words, municipality=municipality(ctx), printed_at=clock.now_utc())


class Exports:
    """The export actions of one page: ``saved`` is told the files written."""

    def __init__(self, page: QWidget, ctx: Context, saved: Callable[[Sequence[Path]], None]):
        self.page = page
        self.ctx = ctx
        self.saved = saved
        self.last_run: Run | None = None

    def _write(self, title: str, path: str, make: Callable[[], bytes]) -> None:
        def op() -> list[Path]:
            files.write_bytes(path, make())
            return [Path(path)]

        self._save(title, op)

    def _save(self, title: str, op: Callable[[], Sequence[Path]]) -> None:
        """Write in the background; the page says which files were saved."""
        self.last_run = run_op(
            op,
            parent=self.page,
            title=title,
            on_done=self.saved,
            label=QCoreApplication.translate("ReportExports", "Saving…"),
        )

    def xlsx(self, report: Report, words: Words) -> None:
        title = QCoreApplication.translate("ReportExports", "Save as XLSX")
        path = ask_path(
            self.page,
            title,
            suggested_name(report.name, report.filters, ".xlsx"),
            QCoreApplication.translate("ReportExports", "Excel workbook (*.xlsx)"),
        )
        if path:
            self._write(title, path, lambda: xlsx_bytes(self.ctx, report, words))

    def pdf(self, report: Report, words: Words) -> None:
        title = QCoreApplication.translate("ReportExports", "Save as PDF")
        path = ask_path(
            self.page, title, suggested_name(report.name, report.filters, ".pdf"), "PDF (*.pdf)"
        )
        if path:
            self._write(title, path, lambda: pdf_bytes(self.ctx, report, words))

    def csv(self, report: Report, words: Words, table: str | None) -> None:
        """The chosen table, or every table (one file each, ``<name>-<table>.csv``)."""
        title = QCoreApplication.translate("ReportExports", "Save as CSV")
        suggested = suggested_name(report.name, report.filters, ".csv")
        path = ask_path(
            self.page,
            title,
            suggested,
            QCoreApplication.translate("ReportExports", "CSV, semicolon-separated (*.csv)"),
        )
        if not path:
            return

        self._save(title, lambda: report_csv.write_csv(Path(path), report, words, table))

    def status(self, chosen: Filters, words: Words) -> None:
        title = QCoreApplication.translate("ReportExports", "Status report (PDF)")
        path = ask_path(self.page, title, suggested_name("status", chosen, ".pdf"), "PDF (*.pdf)")
        if not path:
            return

        def op(progress: Progress) -> list[Path]:
            files.write_bytes(path, status_report(self.ctx, chosen, words, progress))
            return [Path(path)]

        self.last_run = run_op(
            op,
            parent=self.page,
            title=title,
            on_done=self.saved,
            label=QCoreApplication.translate("ReportExports", "Making the status report…"),
            progress=True,
        )


def words_now() -> Words:
    """The user's language and Qt's translator (the catalogue's texts as the window says them)."""
    return Words(language(), qt_translator)
