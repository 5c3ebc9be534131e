"""Free text in a file a spreadsheet opens (CSV): never read as a formula.

Excel and LibreOffice run a field that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return before one) as a formula, so a name typed as ``=HYPERLINK(…)`` would
run on the manager's machine when the export is opened (OWASP "CSV injection"). Such a
text gets a leading apostrophe, which the spreadsheet shows as text. Numbers the program
writes itself (a negative amount, "-2") are not free text and are not passed through here.
"""

from __future__ import annotations

#: the first characters a spreadsheet reads as the start of a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text: ``"=1+1"`` → ``"'=1+1"``."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value
