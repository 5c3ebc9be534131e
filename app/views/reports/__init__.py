"""The Reports page (issue #14): filters, the reports the user may run, each shown as
figures, tables and charts, and their exports (XLSX, CSV, PDF, the status report)."""
