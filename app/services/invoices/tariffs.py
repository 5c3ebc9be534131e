"""The tariff catalogue's use cases (D13, D16): list the versions, add a version; and the
month a store starts invoicing with AkutDesk.

Versions are only added, never changed: a line once billed names the version it used, and
a new version dated back is settled by a regulation run (D14,
``invoices_regulation``). New categories (e.g. the 2025 long-course tariffs for 4 doses a
day, D16) are items of a new version — no code change (``app.billing.tariffs``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from app.billing.tariffs import PILOT_FROM, Version, parse_version, version_json
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models import StoreSetting, TariffItem, TariffVersion
from app.services.invoices.facts import START_SETTING, billing_start, load_versions
from app.services.invoices.where import require_posting_here
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require


def list_versions(ctx: Context) -> list[Version]:
    """Every version, oldest first, with its tariffs (``tariffs.read``: the managers, and the
    administrator who keeps the catalogue but reads no invoice, D43)."""
    require(ctx, "tariffs.read")
    with ctx.store.read() as session:
        return load_versions(session)


def add_version(ctx: Context, data: Mapping[str, Any]) -> Done[Version]:
    """Add a version from its JSON form (``app.billing.tariffs.parse_version``)."""
    require(ctx, "tariffs.edit")
    version, problems = parse_version(data)
    with ctx.store.session() as session:
        if version is not None:
            if version.valid_from < PILOT_FROM:
                problems.append(problem("valid_from", "tariff.before_agreement",
                                        start=PILOT_FROM.isoformat()))  # fmt: skip
            taken = session.scalars(select(TariffVersion.label).where(TariffVersion.valid_from == version.valid_from)).first()  # fmt: skip
            if taken is not None:
                problems.append(problem("valid_from", "tariff.date_taken",
                                        label=taken))  # fmt: skip
        if problems or version is None:
            raise InvalidInput(problems)
        row = TariffVersion(label=version.label, valid_from=version.valid_from, note=version.note)
        audit.insert(session, ctx, row, "tariff_version", after=data_for_audit(version))
        session.add_all(
            TariffItem(version_id=row.id, code=t.code, description=t.description, unit=t.unit,
                       amount=t.amount, region_percent=t.region_percent,
                       course_types=list(t.course_types), from_day=t.from_day,
                       min_doses_per_day=t.min_doses_per_day)
            for t in version.tariffs
        )  # fmt: skip
        session.flush()
        added = next(v for v in load_versions(session) if v.id == row.id)
    return Done(added, Changes.of("tariff_version", added.uuid, also={"invoice"}))  # D14


def data_for_audit(version: Version) -> dict[str, Any]:
    return version_json(version)


def get_billing_start(ctx: Context) -> dt.date | None:
    """The first month AkutDesk invoices (None: every item since the agreement started)."""
    require(ctx, "tariffs.read")
    with ctx.store.read() as session:
        return billing_start(session)


def set_billing_start(ctx: Context, month: dt.date | None) -> Done[dt.date | None]:
    """A store that starts invoicing with AkutDesk after months of use (the earlier months
    invoiced another way) sets the first month here: items dated before it are never
    billed. ``None`` removes the limit."""
    require(ctx, "invoices.post")
    require_posting_here(ctx)  # the server's setting: it posts (issue #15)
    first = month.replace(day=1) if month else None
    if first is not None and first < PILOT_FROM:
        raise InvalidInput([problem("month", "tariff.before_agreement",
                                    start=PILOT_FROM.isoformat())])  # fmt: skip
    with ctx.store.session() as session:
        before = billing_start(session)
        session.merge(StoreSetting(key=START_SETTING, value=first.isoformat() if first else None))
        audit.write(session, ctx, "change", "invoice_settings", "",
                    before={"start": before.isoformat() if before else None},
                    after={"start": first.isoformat() if first else None})  # fmt: skip
    return Done(first, Changes.of("invoice", also={"invoice_settings"}))  # drafts move
