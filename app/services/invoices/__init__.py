"""Monthly invoices to the region: runs, posting, documents, credit notes, regulation, export, tariffs."""
