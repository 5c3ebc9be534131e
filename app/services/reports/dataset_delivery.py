"""Delivering the region's dataset (issue #14 item 8; DIGEST §1.16; D40, D43): the use case
the page and the command line call for ``dataset.courses`` and
``dataset.courses_pseudonymised`` — never the builders directly (they refuse).

1. ``reports.read`` and ``reports.dataset`` are required (the matrix: the manager).
2. The pseudonymised variant needs the store's pseudonym key: made once, the first time
   (app/services/reports/dataset_pseudonym.py), audit-logged without its value.
3. The dataset is built on one read-only session.
4. The delivery is audit-logged once, in the audit chain: the identifying variant as a
   disclosure of full CPR numbers (``disclose_cpr``, as a document to a named receiver is,
   D40), the pseudonymised one as an ``export``; the entry names the report, the filters
   and how many courses, rejections and citizens it holds — one entry per delivery, not
   one per citizen (a six-month dataset holds tens of thousands of rows).
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from app.domain import kinds
from app.domain.reports import Filters, Progress, Report, no_progress
from app.errors import NotFound
from app.models import StoreSetting
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.reports import dataset, dataset_courses
from app.services.reports import dataset_pseudonym as pseudo


def _ensure_key(ctx: Context) -> bool:
    """Make the store's pseudonym key if it has none. Two workstations making it at the
    same moment: the second insert fails on the setting's key and the first one's stays.
    True when this call made it."""
    with ctx.store.read() as session:
        if pseudo.stored_key(session) is not None:
            return False
    try:
        with ctx.store.session() as session:
            session.add(StoreSetting(key=pseudo.KEY_SETTING, value=pseudo.new_key_value()))
            session.flush()
            audit.write(
                session, ctx, "create", "setting", pseudo.KEY_SETTING, after={"key": "made"}
            )
    except IntegrityError:
        return False
    return True


def run_dataset(
    ctx: Context, name: str, chosen: Filters, progress: Progress = no_progress, reason: str = ""
) -> Done[Report]:
    """Run dataset report ``name`` for ``chosen`` and audit-log the delivery (see module);
    what it changed is the audit trail (as an exchange export's), and the setting of the
    pseudonym key when it made it. ``reason`` (why, for whom: "Halvårsstatus til
    følgegruppen") is kept in the entry, as an exchange export's is (D43)."""
    require(ctx, "reports.read")
    found = next((s for s in dataset.REPORTS if s.name == name), None)
    if found is None:
        raise NotFound("report", name)
    require(ctx, found.permission)
    made = found.pseudonymised and _ensure_key(ctx)
    build = kinds.resolve(found.build)
    token = dataset_courses.DELIVERING.set(True)
    try:
        with ctx.store.read() as session:
            report: Report = build(session, chosen, progress)
    finally:
        dataset_courses.DELIVERING.reset(token)
    after = {
        "report": name,
        "filters": chosen.as_json(),
        "courses": report.figure("courses").value,
        "rejections": report.figure("rejections").value,
        "citizens": report.figure("citizens").value,
    }
    action = "export" if found.pseudonymised else "disclose_cpr"
    with ctx.store.session() as session:
        audit.write(session, ctx, action, "report", name, after=after, reason=reason.strip())
    return Done(report, Changes.of("audit_log", also=("store_setting",) if made else ()))
