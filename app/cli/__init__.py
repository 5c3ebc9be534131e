"""The command line: ``akutdesk`` starts the window; sub-commands use the same services."""
