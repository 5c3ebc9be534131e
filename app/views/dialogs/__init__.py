"""dialogs of the AkutDesk window."""
