"""table_models of the AkutDesk window."""
