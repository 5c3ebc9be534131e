"""widgets of the AkutDesk window."""
