"""Time the documents of a month's invoice run (issue #4): 5,000 courses ending in a month
across the 4 hospital units = 4 invoices of 1,250 lines, each rendered to PDF, signed
(PAdES, demo test certificate) and turned into OIOUBL 2.1 XML with the PDF embedded.
Budget (DEVELOPERS.md): the whole run well under 10 s. Fictitious content only.

    .venv/bin/python bench/invoice_documents.py [--lines 1250] [--invoices 4]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1250)
    parser.add_argument("--invoices", type=int, default=4)
    args = parser.parse_args()
    import keyring

    from app import paths
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the developer's own keyring
    paths.init(tempfile.mkdtemp(prefix="akutdesk-bench-"))
    from app.documents.invoice_pdf import invoice_pdf
    from app.einvoice.oioubl import invoice_xml
    from app.signing.pades import sign_pdf, signer_for_posting
    from tests.unit.invoice_helpers import document

    docs = [document(args.lines, number=f"2026-{n:04d}") for n in range(1, args.invoices + 1)]
    signer = signer_for_posting(True, organisation="Odense Kommune")  # made once, not timed
    when = dt.datetime.now(dt.UTC)
    times = {"pdf": 0.0, "sign": 0.0, "xml": 0.0}
    started, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        t0 = time.perf_counter()
        pdf = invoice_pdf(doc)
        t1 = time.perf_counter()
        signed = sign_pdf(pdf, signer, when=when)
        t2 = time.perf_counter()
        invoice_xml(doc, signed, f"faktura-{doc.number}.pdf")
        t3 = time.perf_counter()
        times["pdf"] += t1 - t0
        times["sign"] += t2 - t1
        times["xml"] += t3 - t2
    total, cpu = time.perf_counter() - started, time.process_time() - cpu
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in times.items())
    print(
        f"{args.invoices} invoices × {args.lines} lines: {total:.2f} s ({parts}); CPU {cpu:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
