"""Posted invoices bound to their documents (issue #13; STYLE §3, D12).

The post entry of the audit chain holds the SHA-256 of what was posted: the invoice's
header, its totals, its lines and each stored document (PDF, XML). The entry is part of
the hash chain, so it cannot be changed unseen; :func:`check` recomputes the digests from
what is stored now and names every invoice whose lines, totals, header or documents no
longer match — an amount changed in the database by someone with the store key is found
even though the model's immutability rule (app/billing/lifecycle.py) was bypassed.

The digests are taken from the rows as read back from the database inside the posting's
transaction, so posting and checking read the same values through the same column types.
Post entries written before issue #13 hold no digests: those invoices are counted as
not bound and cannot be checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.lifecycle import MUTABLE_AFTER_POSTING
from app.models import Invoice, InvoiceFile, InvoiceLine
from app.models.audit import AuditEntry
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

ENTITY = "invoice"  # the audit entity of invoices
POST = "post"
TOTALS = ("total_tariff", "total_region", "total_municipality")
#: what may change on a posted invoice (its state towards exported, the stamp) is not bound
_HEADER = tuple(
    c.name
    for c in Invoice.__table__.columns
    if c.name not in MUTABLE_AFTER_POSTING and c.name not in TOTALS and c.name != "id"
)
_LINE = tuple(c.name for c in InvoiceLine.__table__.columns if c.name != "id")
#: the parts of a posted invoice, in the order a mismatch names them
PARTS = ("header", "totals", "lines", "pdf", "xml")


_AS_IS = frozenset({str, int, bool, type(None)})


def _plain(value: Any) -> Any:
    if type(value) in _AS_IS:  # most values: no isinstance checks
        return value
    if isinstance(value, Decimal):  # 7000, 7000.0 and 7000.00 are one amount
        return format(value.normalize(), "f")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"),
                      default=_plain)  # fmt: skip
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _row(mapping: Mapping[Any, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: _plain(mapping[name]) for name in names}


def digests(
    session: Session, invoice_id: int, files: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The SHA-256 of the invoice's header, totals, lines and stored documents, as the
    database holds them now (flushed rows of the current transaction included).
    ``files``: kind → SHA-256 of the documents just stored by posting (bytes come back
    from the database as they went in: not read back and hashed a second time)."""
    table, lines = Invoice.__table__, InvoiceLine.__table__
    invoice = session.execute(select(table).where(table.c.id == invoice_id)).mappings().one()
    rows = session.execute(
        select(*(lines.c[name] for name in _LINE))
        .where(lines.c.invoice_id == invoice_id)
        .order_by(lines.c.line_no)
    ).all()  # fetched at once, not a fetch per row
    found = {
        "header": _digest(_row(invoice, _HEADER)),
        "totals": _digest(_row(invoice, TOTALS)),
        "lines": _digest([dict(zip(_LINE, map(_plain, line), strict=True)) for line in rows]),
    }
    if files is not None:
        return found | dict(files)
    stored = select(InvoiceFile.kind, InvoiceFile.content).where(
        InvoiceFile.invoice_id == invoice_id
    )
    for kind, content in session.execute(stored):
        found[kind] = hashlib.sha256(bytes(content)).hexdigest()
    return found


@dataclass(frozen=True)
class InvoiceMismatch:
    """A posted invoice that no longer matches its post entry; ``parts`` are some of
    :data:`PARTS`, or ("missing",) when the invoice itself is gone."""

    number: str
    uuid: str
    parts: tuple[str, ...]

    @property
    def message(self) -> str:
        if self.parts == ("missing",):
            return f"Invoice {self.number} ({self.uuid}) was removed."
        return f"Invoice {self.number}: {', '.join(self.parts)} changed since it was posted."


@dataclass(frozen=True)
class InvoiceCheck:
    checked: int  # posted invoices whose post entry holds digests
    unbound: int  # posted before issue #13: no digests to check against
    mismatches: tuple[InvoiceMismatch, ...]


def check(session: Session) -> InvoiceCheck:
    """Every posted invoice against the digests of its post entry."""
    entries = select(AuditEntry.entity_uuid, AuditEntry.after).where(
        AuditEntry.action == POST, AuditEntry.entity == ENTITY
    )
    ids = dict(session.execute(select(Invoice.uuid, Invoice.id)).all())
    checked = unbound = 0
    mismatches = []
    for uuid, after in session.execute(entries.order_by(AuditEntry.sequence)):
        after = after or {}
        bound = after.get("sha256")
        if not isinstance(bound, dict):
            unbound += 1
            continue
        checked += 1
        number = str(after.get("number", ""))
        if uuid not in ids:
            mismatches.append(InvoiceMismatch(number, uuid, ("missing",)))
            continue
        now = digests(session, ids[uuid])
        parts = tuple(p for p in PARTS if bound.get(p) != now.get(p))
        if parts:
            mismatches.append(InvoiceMismatch(number, uuid, parts))
    return InvoiceCheck(checked, unbound, tuple(mismatches))


def verify_invoices(ctx: Context) -> InvoiceCheck:
    """``akutdesk invoices verify``: every posted invoice against its post entry, for the
    managers who read invoices (``audit verify`` also checks the chain that vouches for the
    entries)."""
    require(ctx, "invoices.read")
    with ctx.store.read() as session:
        return check(session)
