"""The nurse's day: the work list and the store at a glance."""
