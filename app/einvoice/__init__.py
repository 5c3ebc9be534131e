"""Electronic invoices (issue #4): OIOUBL 2.1 for NemHandel."""
