"""Signing the invoice PDF (issue #4): the organisation's certificate (PKCS#12, imported
once by an administrator; its passphrase only in the OS keyring), a fictitious test
certificate for demo stores, and PAdES signatures with a visible stamp (pyHanko).

Qt-free: the window and the command line call the same functions
(``app/services/security/certificates.py``)."""
