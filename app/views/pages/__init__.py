"""pages of the AkutDesk window."""
