"""Today: the nurse's day, and the pages later work fills."""
