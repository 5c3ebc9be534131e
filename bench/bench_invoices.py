"""Time a month's invoice run end to end (issue #4, issue #17):
5,000 IV courses ending in one month across the 4 hospital units (a tenth of them long
no-pump courses with day rates), then preview → post (PDF, PAdES signature with the demo
test certificate, OIOUBL XML, all stored with SHA-256) → export (PDF, XML, CSV per
invoice). Each step's time is reported (issue #17, budget 6: the run under 3 s).
Fictitious data only, in a throw-away store. ``measure()`` returns the figures as a dict
(the bench harness, bench/bench.py, calls it).

    .venv/bin/python bench/bench_invoices.py [--courses 5000] [--database-url URL] [--json]
        [--profile FILE] [--keep]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TYPES = ("antibiotic_no_pump", "antibiotic_pump", "fluid")
EANS = {"OUH": "5798001234566", "SLB": "5798001234573", "SVS": "5798001234580", "SHS": "5798001234597"}  # fmt: skip


def _store(folder: Path, url: str | None):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import HospitalUnit, Municipality, StoreSetting
    from app.services.admin import setup
    from app.services.admin.reference import MunicipalityInput

    store, _ = setup.open_store(url or f"sqlite:///{folder / 'bench.sqlite3'}", folder)
    ctx = setup.first_start(store, setup.FirstStartInput(
        MunicipalityInput(name="Odense Kommune", cvr="35209115", address="Flakhaven 2",
                          postcode="5000", city="Odense C"),
        user_name="Bench Leder", initials="BL", password="akutdesk-bench-1"))  # fmt: skip
    with store.session() as s:
        m = s.scalars(select(Municipality)).one()
        m.bank_reg, m.bank_account, m.ean = "2100", "0123456789", "5798007738217"
        for unit in s.scalars(select(HospitalUnit)):
            unit.ean = EANS.get(unit.code, "5798001234603")
        s.merge(StoreSetting(key="demo", value=True))
    return store, ctx


def _fill(ctx, courses: int, month: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Citizens, departments and ended courses, inserted in bulk (not timed); the same
    store every run (seeded, in id order), so two runs' documents can be compared."""
    from sqlalchemy import insert, select

    from app.models import Citizen, Department, HospitalUnit, IvCourse

    rnd = random.Random(4)
    now = dt.datetime.now(dt.UTC)
    stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by_id": ctx.user_id,
             "updated_by_id": ctx.user_id}  # fmt: skip
    with ctx.store.session() as s:
        units = list(s.scalars(select(HospitalUnit.id).order_by(HospitalUnit.id)))
        s.execute(insert(Department), [
            {"unit_id": u, "name": f"Medicinsk Afdeling {u}", "phone_24_7": "65411111",
             "uuid": str(uuid.uuid4()), **stamp} for u in units])  # fmt: skip
        depts = list(s.scalars(select(Department.id).order_by(Department.id)))
        s.execute(insert(Citizen), [
            {"cpr": f"{1 + n % 28:02d}{1 + n // 28 % 12:02d}5{n // 336 % 10}{4000 + n % 6000:04d}"[:10],
             "first_name": "Borger", "last_name": f"Nummer {n}", "first_key": "borger",
             "last_key": f"nummer {n}", "uuid": str(uuid.uuid4()), **stamp}
            for n in range(courses)])  # fmt: skip
        # ordered: without it SQLite may walk an index of random uuids (another store each run)
        citizens = list(s.scalars(select(Citizen.id).order_by(Citizen.id)))
        rows = []
        for n, citizen in enumerate(citizens):
            end = month + dt.timedelta(days=rnd.randrange(28))
            kind = TYPES[n % 3]
            length = 20 if kind == TYPES[0] and n % 10 == 0 else rnd.randint(3, 10)
            start = end - dt.timedelta(days=length - 1)
            rows.append({
                "citizen_id": citizen, "department_id": depts[n % len(depts)], "course_type": kind,
                "drug": "Cefuroxim", "doses_per_day": 3, "planned_days": length, "iv_access": "pvk",
                "closed_system": "codan_mix_add", "first_dose_date": start - dt.timedelta(days=1),
                "hospital_doses": 2, "place": "home", "status": "ended", "start_date": start,
                "end_date": end, "end_reason": "completed",
                "referred_at": dt.datetime.combine(start, dt.time(8), dt.UTC),
                "uuid": str(uuid.uuid4()), **stamp})  # fmt: skip
        s.execute(insert(IvCourse), rows)


class _Steps:
    """Wall and CPU seconds of the document steps: the renderer imports ``invoice_pdf``,
    ``sign_pdf`` and ``invoice_xml`` from their modules when called, so they are timed
    there, and put back afterwards."""

    def __init__(self) -> None:
        from app.documents import invoice_pdf
        from app.einvoice import oioubl
        from app.signing import pades

        self.places = [(invoice_pdf, "invoice_pdf", "pdf"), (pades, "sign_pdf", "signature"),
                       (oioubl, "invoice_xml", "xml")]  # fmt: skip
        self.wall = dict.fromkeys(("pdf", "signature", "xml"), 0.0)
        self.cpu = dict(self.wall)

    def __enter__(self) -> _Steps:
        for module, name, step in self.places:
            setattr(module, name, self._timed(getattr(module, name), step))
        return self

    def __exit__(self, *_: object) -> None:
        for module, name, _step in self.places:
            setattr(module, name, getattr(module, name).__wrapped__)

    def _timed(self, function: Any, step: str) -> Any:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.wall[step] += time.perf_counter() - wall
                self.cpu[step] += time.process_time() - cpu

        return timed


def measure(
    courses: int = 5000,
    database_url: str | None = None,
    profile: Path | None = None,
    *,
    keep: bool = False,
) -> dict[str, Any]:
    """One run on a throw-away store: seconds per step and the counts (issue #17, budget 6:
    ``total_s`` under 3 s). ``post_s`` = ``lines_s`` (recompute, lines and ledger written,
    audit) + ``signer_s`` + ``pdf_s`` + ``signature_s`` + ``xml_s``. It points the app's
    data folder (``app.paths``) and keyring at throw-away ones: call it last, or in its own
    process. ``database_url``: an EMPTY PostgreSQL database (default: a new SQLite file);
    ``profile``: write the cProfile statistics of the timed steps there (the times then
    include the profiler's cost); ``keep``: leave the store and the exported files in the
    folder named ``export_folder`` (to compare two runs' documents), else it is removed."""
    import keyring

    from app import paths
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the developer's own keyring
    folder = Path(tempfile.mkdtemp(prefix="akutdesk-bench-invoices-"))
    paths.init(folder)
    from app.domain import clock
    from app.services.invoices import export as invoices_export
    from app.services.invoices import post as invoices_post
    from app.services.invoices import runs as invoices

    month = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    store, ctx = _store(folder, database_url)
    try:
        _fill(ctx, courses, month)
        from app.signing.pades import signer_for_posting

        signer_for_posting(True, organisation="Odense Kommune")  # the demo certificate, made once
        # Each step's wall clock and this process's CPU time (cpu_*: less at the mercy of
        # other work on the machine; the budget is the wall clock on a quiet one).
        wall: dict[str, float] = {}
        cpu: dict[str, float] = {}

        def step(name: str, since: tuple[float, float]) -> None:
            wall[name] = time.perf_counter() - since[0]
            cpu[name] = time.process_time() - since[1]

        def now() -> tuple[float, float]:
            return time.perf_counter(), time.process_time()

        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        with _Steps() as documents:
            started = now()
            preview = invoices.preview_month(ctx, month)
            step("preview", started)
            started = now()
            renderer = invoices_post.default_renderer(ctx)  # as post_month makes it
            step("signer", started)
            posted = invoices_post.post_month(
                ctx, month, expected=preview.fingerprint, renderer=renderer
            ).value
            step("post", started)
            started = now()
            exported = invoices_export.export_month(ctx, month, folder / "export").value
            step("export", started)
        if profiler and profile:
            profiler.disable()
            profiler.dump_stats(profile)
        wall.update(documents.wall)
        cpu.update(documents.cpu)
        for clock_ in (wall, cpu):
            clock_["lines"] = (
                clock_["post"]
                - clock_["signer"]
                - sum(clock_[k] for k in ("pdf", "signature", "xml"))
            )
            clock_["total"] = clock_["preview"] + clock_["post"] + clock_["export"]
        times = {f"{k}_s": v for k, v in wall.items()}
        times |= {f"cpu_{k}_s": v for k, v in cpu.items()}
        return {
            **times,
            "courses": courses,
            "month": f"{month:%Y-%m}",
            "units": len(preview.units),
            "lines": sum(len(u.lines) for u in preview.units),
            "invoices": len(posted),
            "files": len(exported.files),
            "database": store.describe(),
            "budget_s": BUDGET_S,
            "export_folder": str(folder / "export") if keep else None,
        }
    finally:
        store.dispose()
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


BUDGET_S = 3.0
STEPS = {
    "preview_s": "preview (compute the run)",
    "post_s": "post, of which:",
    "lines_s": "  lines (recompute, lines, ledger, audit)",
    "signer_s": "  signer (certificate loaded)",
    "pdf_s": "  PDF",
    "signature_s": "  signature (PAdES)",
    "xml_s": "  XML (OIOUBL)",
    "export_s": "export (PDF, XML, CSV)",
}


def report(result: dict[str, Any]) -> str:
    r = result
    out = [f"{r['courses']} courses ending {r['month']}, {r['units']} units, {r['lines']} lines, "
           f"{r['invoices']} invoices, {r['files']} files, {r['database']}"]  # fmt: skip
    out.append(f"  {'':42} {'wall':>6}   {'CPU':>6}")
    out += [
        f"  {label:42} {r[key]:6.2f} s {r['cpu_' + key]:6.2f} s" for key, label in STEPS.items()
    ]
    verdict = "ok" if r["total_s"] < r["budget_s"] else "OVER"
    out.append(f"  {'total':42} {r['total_s']:6.2f} s {r['cpu_total_s']:6.2f} s  "
               f"(budget {r['budget_s']:g} s wall: {verdict})")  # fmt: skip
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--courses", type=int, default=5000)
    parser.add_argument("--database-url", help="an EMPTY PostgreSQL database (default: SQLite)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of the steps")
    parser.add_argument("--keep", action="store_true", help="keep the store and exported files")
    args = parser.parse_args()
    result = measure(args.courses, args.database_url, args.profile, keep=args.keep)
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
