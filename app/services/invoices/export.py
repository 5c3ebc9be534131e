"""Export: posted → exported (STYLE §3).

``<out>/<YYYY-MM>/`` receives, per invoice or credit note of that period, the signed PDF
and the OIOUBL XML exactly as stored at posting (checked against their SHA-256) and a CSV
of its lines as Danish Excel opens it: UTF-8 with BOM, ";" between fields, decimal comma
without thousands separators (numbers stay numbers), dates ``dd.mm.yyyy``, CPR as
``ddmmyy-xxxx`` (text: a leading zero is never lost) and Danish labels for codes.
The invoices are then marked exported; exporting again rewrites the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import files
from app.billing import lifecycle
from app.documents import labels as da
from app.documents.labels import LABELS
from app.domain import clock
from app.domain.numerals import ascii_digits
from app.domain.spreadsheets import text_cell
from app.models import Invoice
from app.services.invoices.documents import stored_files
from app.services.invoices.integrity import ENTITY
from app.services.invoices.post import LINES, Progress, refuse
from app.services.invoices.runs import parse_month
from app.services.invoices.where import require_posting_here
from app.services.kernel import audit
from app.services.kernel.batch import batch
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

CSV_HEADER = (
    "linje", "cpr", "navn", "afdeling", "forløbstype", "takstkode", "ydelse", "takstversion",
    "start", "slut", "fra", "til", "dage", "enhed", "antal", "enhedspris", "takst", "region",
    "kommune", "tidligere periode", "note",
)  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    exported: int  # invoices written
    files: tuple[Path, ...]


def _kr(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


def _date(day: dt.date | None) -> str:
    return da.date(day) if day else ""


UNITS_DA = {"course": "forløb", "day": "døgn"}


def _cpr(cpr: str) -> str:
    """``ddmmyy-xxxx``: Excel keeps it as text (a bare 0101504001 would lose its zero)."""
    return f"{cpr[:6]}-{cpr[6:]}" if len(cpr) == 10 and ascii_digits(cpr) else cpr


def lines_csv(lines: Sequence[Any]) -> bytes:
    """The lines (InvoiceLine or rows of its table: the same attributes) as the CSV."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for x in lines:
        writer.writerow((
            x.line_no, _cpr(x.cpr), text_cell(x.citizen_name), text_cell(x.department),
            LABELS["course_type"].get(x.course_type, x.course_type), x.tariff_code,
            x.description, x.version_label, _date(x.course_start), _date(x.course_end),
            _date(x.first_date), _date(x.last_date), x.days, UNITS_DA.get(x.unit, x.unit), x.quantity,
            _kr(x.unit_amount), _kr(x.tariff_amount), _kr(x.region_share),
            _kr(x.municipality_share), "ja" if x.earlier_period else "", text_cell(x.note),
        ))  # fmt: skip
    return out.getvalue().encode("utf-8-sig")


def export_month(
    ctx: Context, month: str | dt.date, out: Path, *, progress: Progress | None = None
) -> Done[ExportResult]:
    """Write the month's posted documents to ``out/YYYY-MM/`` and mark them exported."""
    require(ctx, "invoices.export")
    require_posting_here(ctx)  # exported on the server, which holds the invoices (#15)
    first, _ = parse_month(month)
    folder = Path(out) / first.strftime("%Y-%m")
    written: list[Path] = []
    exported: list[str] = []
    with batch(), ctx.store.session() as session:
        invoices = list(session.scalars(
            select(Invoice).where(Invoice.period == first, Invoice.state != lifecycle.DRAFT)
            .order_by(Invoice.number)))  # fmt: skip
        if not invoices:
            raise refuse("month", "invoice.nothing_to_export", month=first.strftime("%Y-%m"))  # fmt: skip
        files.folder(folder)  # a file in its place: one typed refusal, nothing exported
        for done, invoice in enumerate(invoices, start=1):
            written += _write(session, invoice, folder)
            if invoice.state == lifecycle.POSTED:
                lifecycle.check_transition(invoice.number or "", invoice.state, lifecycle.EXPORTED)
                invoice.state, invoice.exported_at = lifecycle.EXPORTED, clock.now_utc()
                exported.append(invoice.uuid)
                audit.stamp_change(invoice, ctx)
                audit.write(session, ctx, "export", ENTITY, invoice.uuid, after={"number": invoice.number, "folder": str(folder)})  # fmt: skip
            if progress:
                progress(done, len(invoices))
    result = ExportResult(folder, len(invoices), tuple(written))
    return Done(result, Changes.of(ENTITY, *exported) if exported else NOTHING)


def _write(session: Session, invoice: Invoice, folder: Path) -> list[Path]:
    documents = stored_files(session, invoice)
    paths = []
    for stored in documents.values():
        path = folder / stored.filename
        files.write_bytes(path, stored.content)  # temp file, 0600, fsync, rename (#13)
        paths.append(path)
    stem = (
        Path(documents["pdf"].filename).stem if "pdf" in documents else f"faktura-{invoice.number}"
    )
    # the table's rows, not ORM objects: nothing here is changed (5,000 objects saved)
    lines = session.execute(select(LINES).where(LINES.c.invoice_id == invoice.id).order_by(LINES.c.line_no)).all()  # fmt: skip
    csv_path = folder / f"{stem}.csv"
    files.write_bytes(csv_path, lines_csv(lines))
    return [*paths, csv_path]
