"""Time the documents of a month's invoice run (issue #4): 5,000 courses ending in a month
across the 4 hospital units = 4 invoices of 1,250 lines, each rendered to PDF, signed
(PAdES, demo test certificate) and turned into OIOUBL 2.1 XML with the PDF embedded.
Budget (issue #17): the whole invoice run under 3 s; ``measure()`` returns the figures as
a dict. Fictitious content only.

    .venv/bin/python bench/invoice_documents.py [--lines 1250] [--invoices 4] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def measure(lines: int = 1250, invoices: int = 4) -> dict[str, Any]:
    """Seconds per document step over ``invoices`` invoices of ``lines`` lines (the signer
    made once before, not timed): ``pdf_s``, ``signature_s``, ``xml_s``, ``total_s``
    (wall clock) and ``cpu_s`` (this process's CPU time). Points the app's data folder and
    keyring at throw-away ones (call it last, or in its own process)."""
    import keyring

    from app import paths
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the developer's own keyring
    paths.init(tempfile.mkdtemp(prefix="akutdesk-bench-"))
    from app.documents.invoice_pdf import invoice_pdf
    from app.einvoice.oioubl import invoice_xml
    from app.signing.pades import sign_pdf, signer_for_posting
    from tests.unit.invoice_helpers import document

    docs = [document(lines, number=f"2026-{n:04d}") for n in range(1, invoices + 1)]
    signer = signer_for_posting(True, organisation="Odense Kommune")  # made once, not timed
    when = dt.datetime.now(dt.UTC)
    times = {"pdf_s": 0.0, "signature_s": 0.0, "xml_s": 0.0}
    started, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        t0 = time.perf_counter()
        pdf = invoice_pdf(doc)
        t1 = time.perf_counter()
        signed = sign_pdf(pdf, signer, when=when)
        t2 = time.perf_counter()
        invoice_xml(doc, signed, f"faktura-{doc.number}.pdf")
        t3 = time.perf_counter()
        times["pdf_s"] += t1 - t0
        times["signature_s"] += t2 - t1
        times["xml_s"] += t3 - t2
    total, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {**times, "total_s": total, "cpu_s": cpu, "invoices": invoices, "lines": lines}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1250)
    parser.add_argument("--invoices", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    r = measure(args.lines, args.invoices)
    if args.json:
        print(json.dumps(r, indent=1))
        return 0
    parts = ", ".join(f"{k[:-2]} {r[k]:.2f} s" for k in ("pdf_s", "signature_s", "xml_s"))
    print(
        f"{r['invoices']} invoices × {r['lines']} lines: {r['total_s']:.2f} s ({parts}); "
        f"CPU {r['cpu_s']:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
