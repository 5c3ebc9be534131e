"""The JSON exchange format: export a store, import a file, per case kind."""
