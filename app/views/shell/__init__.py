"""The window around the pages: start-up, sign-in, first start, idle lock, crash dialog."""
