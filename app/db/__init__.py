"""Storage: engine and sessions (``store``) and schema migrations (``migrate``)."""
