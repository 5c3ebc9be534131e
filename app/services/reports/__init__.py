"""Reports and monitoring (issue #14; IV agreement DIGEST §1.15–1.16): what the agreement,
the region and the managers must see, through one mechanism for every case kind.

:mod:`app.domain.reports` says what a report is; each case kind names its reports with the
``reports`` hook of its declaration (app.domain.kinds), the reports across the kinds are in
:data:`app.services.reports.registry.COMMON`; :func:`registry.run_report` runs one.
"""
