"""Invoices to the region under the IV agreement's economy (DIGEST §1.13; D9–D16).

Modelled the Tryton way (STYLE §3): a versioned tariff catalogue; invoices with an
explicit state (draft → posted → exported), a gapless number per year assigned at posting
from a locked sequence row, immutable lines that keep a snapshot of what was billed, the
stored PDF/XML with their SHA-256, and the ledger of billed tariff items whose UNIQUE key
makes sure an item is billed once only (D12).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.billing.lifecycle import MUTABLE_AFTER_POSTING, InvoiceNotModifiable
from app.messages import phrase
from app.models.base import Base, CaseRecord, SyncedRow, new_uuid
from app.models.types import UTCDateTime

MONEY = Numeric(12, 2)


class TariffVersion(CaseRecord, Base):
    """D13: a set of tariffs valid from a date until the next version's valid-from."""

    __tablename__ = "tariff_versions"

    label: Mapped[str] = mapped_column(String(80))
    valid_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    note: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[TariffItem]] = relationship(
        back_populates="version", order_by="TariffItem.id"
    )


class TariffItem(Base):
    """One tariff of a version. ``unit`` "course": one item per course, in the month it ends;
    "day": one item per municipal day from ``from_day`` (D3, D11). It applies to the course
    types listed and to courses with at least ``min_doses_per_day`` doses (D16 categories).
    Its ``uuid`` and ``version`` carry it to the offices (issue #15: the catalogue is the
    server's, an office previews a run with it); the column ``version`` is ``row_version``
    here (``version`` is the tariff version it belongs to)."""

    __tablename__ = "tariff_items"
    __table_args__ = (UniqueConstraint("version_id", "code", name="uq_tariff_items_version_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    row_version: Mapped[int] = mapped_column("version", Integer, nullable=False)
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy's form)
    version_id: Mapped[int] = mapped_column(ForeignKey("tariff_versions.id"))
    code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(8))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    region_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    course_types: Mapped[list[str]] = mapped_column(JSON)
    from_day: Mapped[int] = mapped_column(Integer, default=1)
    min_doses_per_day: Mapped[int] = mapped_column(Integer, default=0)

    version: Mapped[TariffVersion] = relationship(back_populates="items")


class InvoiceSequence(Base):
    """The gapless counter of one year: its row is locked (SELECT … FOR UPDATE) while a
    number is taken, in the transaction that posts (STYLE §3)."""

    __tablename__ = "invoice_sequences"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(CaseRecord, Base):
    """An invoice or credit note to one hospital unit (D9). Immutable once posted."""

    __tablename__ = "invoices"
    __table_args__ = (
        Index("ix_invoices_period", "period", "state"),
        Index("ix_invoices_unit", "unit_id"),
    )

    kind: Mapped[str] = mapped_column(String(12))  # invoice | credit_note
    state: Mapped[str] = mapped_column(String(10))  # draft | posted | exported
    number: Mapped[str | None] = mapped_column(String(12), unique=True, nullable=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("hospital_units.id"))
    period: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    issue_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    regulation: Mapped[bool] = mapped_column(Boolean, default=False)
    refs: Mapped[list[str]] = mapped_column(JSON, default=list)  # corrected invoice numbers
    reason: Mapped[str] = mapped_column(Text, default="")
    rebill: Mapped[bool] = mapped_column(Boolean, default=False)
    seller: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    buyer: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    total_tariff: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    total_region: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    total_municipality: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    region_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    posted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    exported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", order_by="InvoiceLine.line_no"
    )


class InvoiceLine(Base):
    """A line as billed: a snapshot of the citizen, course and tariff (never changed).

    ``credits_line_id`` names the line a credit-note line credits; ``regulates_line_id`` the
    line a regulation line corrects (D14)."""

    __tablename__ = "invoice_lines"
    __table_args__ = (
        UniqueConstraint("invoice_id", "line_no", name="uq_invoice_lines_invoice_line"),
        Index("ix_invoice_lines_course", "course_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    course_id: Mapped[int] = mapped_column(ForeignKey("iv_courses.id"))
    kind: Mapped[str] = mapped_column(String(8))  # course | day (the rule of the item)
    first_date: Mapped[dt.date] = mapped_column(Date)  # the items' dates (D11)
    last_date: Mapped[dt.date] = mapped_column(Date)
    cpr: Mapped[str] = mapped_column(String(10))
    citizen_name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(120))
    course_type: Mapped[str] = mapped_column(String(24))
    tariff_item_id: Mapped[int] = mapped_column(ForeignKey("tariff_items.id"))
    tariff_code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    version_label: Mapped[str] = mapped_column(String(80))
    course_start: Mapped[dt.date] = mapped_column(Date)
    course_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    days: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(8))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_amount: Mapped[Decimal] = mapped_column(MONEY)
    tariff_amount: Mapped[Decimal] = mapped_column(MONEY)
    region_share: Mapped[Decimal] = mapped_column(MONEY)
    municipality_share: Mapped[Decimal] = mapped_column(MONEY)
    region_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    earlier_period: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    credits_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_lines.id"), nullable=True, index=True
    )
    regulates_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_lines.id"), nullable=True
    )

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class BilledItem(SyncedRow, Base):
    """D12: the ledger of billed tariff items. ``item_key`` is UNIQUE ("course:<id>" or
    "day:<id>:<date>"), so no sequence of runs can bill an item twice. The amounts are the
    ones currently billed (a regulation run moves them to the new version, D14). A credit
    note keeps the row (``credited``) unless it frees the item for billing again.

    The ledger travels to the offices read-only (issue #15), so that an office's preview of a
    run leaves out what the server billed. ``line_id`` is the server's (an office holds no
    invoice): empty on an office; ``item_key`` names the server's row ids, so a run reads
    the keys from ``course_id``, ``kind`` and ``item_date`` (``services.invoices.facts``)."""

    __tablename__ = "billed_items"
    __table_args__ = (Index("ix_billed_items_course", "course_id", "kind"),)

    item_key: Mapped[str] = mapped_column(String(80), unique=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("iv_courses.id"))
    kind: Mapped[str] = mapped_column(String(8))
    item_date: Mapped[dt.date] = mapped_column(Date, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("hospital_units.id"))
    line_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_lines.id"), nullable=True, index=True
    )
    tariff_item_id: Mapped[int] = mapped_column(ForeignKey("tariff_items.id"))
    unit_amount: Mapped[Decimal] = mapped_column(MONEY)
    region_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    credited: Mapped[bool] = mapped_column(Boolean, default=False)


class InvoiceFile(Base):
    """A document made at posting (PDF signed, OIOUBL XML), stored so a reprint is the same
    bytes (STYLE §3); ``sha256`` is checked whenever it is served."""

    __tablename__ = "invoice_files"
    __table_args__ = (UniqueConstraint("invoice_id", "kind", name="uq_invoice_files_invoice_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    kind: Mapped[str] = mapped_column(String(8))  # pdf | xml
    filename: Mapped[str] = mapped_column(String(120))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


# -- immutability after posting (STYLE §3), enforced at flush whatever code tries ---------


def _refuse_posted_change(_mapper: object, _connection: object, target: Invoice) -> None:
    state = inspect(target)
    before = state.attrs.state.history.deleted
    was = before[0] if before else target.state
    if was == "draft":
        return
    moved = [a.key for a in state.attrs if a.history.has_changes() and a.key != "lines"]
    refused = [k for k in moved if k not in MUTABLE_AFTER_POSTING]
    if refused:
        fields = ", ".join(sorted(refused))  # the column names (codes)
        raise InvoiceNotModifiable(target.number or "", phrase("invoice.fields", fields=fields))


def _refuse_posted_delete(_mapper: object, _connection: object, target: Invoice) -> None:
    if target.state != "draft":
        raise InvoiceNotModifiable(target.number or "", phrase("invoice.delete"))


def _refuse_line_change(_mapper: object, _connection: object, target: InvoiceLine) -> None:
    """Lines are written once, with their invoice, and never changed or deleted."""
    invoice = target.invoice
    number = invoice.number or "" if invoice else ""
    raise InvoiceNotModifiable(number, phrase("invoice.line", line=target.line_no))


def _refuse_file_change(_mapper: object, _connection: object, target: InvoiceFile) -> None:
    """The documents are made once, at posting; a reprint must be the same bytes."""
    raise InvoiceNotModifiable(target.filename, phrase("invoice.document", kind=target.kind))


event.listen(Invoice, "before_update", _refuse_posted_change)
event.listen(Invoice, "before_delete", _refuse_posted_delete)
event.listen(InvoiceLine, "before_update", _refuse_line_change)
event.listen(InvoiceLine, "before_delete", _refuse_line_change)
event.listen(InvoiceFile, "before_update", _refuse_file_change)
event.listen(InvoiceFile, "before_delete", _refuse_file_change)
