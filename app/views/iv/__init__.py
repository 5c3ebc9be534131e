"""IV courses: the list, the course window and the dialogs that record on a course."""
