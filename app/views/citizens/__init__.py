"""Citizens: the list and the citizen dialog."""
