"""Pure domain rules: validators and reference data. No database, no Qt."""
