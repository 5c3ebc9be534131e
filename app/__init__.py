"""AkutDesk: the desktop tool for Danish municipal acute functions."""

__version__ = "0.1.0"
