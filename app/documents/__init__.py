"""Printable documents (PDF, reportlab): the day list and the course summary.

Qt-free core (STYLE §1): the services read the data (``app.services.today.worklist``,
``app.services.iv.views``); this package only renders it, in Danish, with Danish number
and date formats (D41, D42). Output is deterministic for the same data and printed time.
"""
