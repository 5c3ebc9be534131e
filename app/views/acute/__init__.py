"""Acute episodes: the list, the episode window and its dialogs, the occupancy board, GP-fee statements."""
