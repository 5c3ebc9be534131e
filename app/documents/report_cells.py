"""A report's texts and cells as people read them, in one place for the page, the command
line, the CSV and the PDF (issue #14): the catalogue's texts in the chosen language, numbers
with the language's grouping and decimal sign (Danish ``1.234,5``, D41), dates ``dd.mm.yyyy``
in both languages (D42), per cent with `` %``, and "–" for no value.

:class:`Words` carries the language and its translator: the window passes Qt's
(app/views/components/messages.py), the command line and the files the Linguist catalogue
read without Qt (:func:`words`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app import messages
from app.domain.reports import Cell, ColumnKind, Filters, Label, Table

NONE = "–"
#: kinds whose cells are numbers: right-aligned, numeric in XLSX, drawn in charts
NUMERIC: frozenset[str] = frozenset(
    {"count", "decimal", "percent", "days", "hours", "minutes", "kr"}
)
#: the unit a figure of a length of time is shown with: (one, several)
UNITS: dict[str, tuple[str, str]] = {
    "days": ("reports.unit.day", "reports.unit.days"),
    "hours": ("reports.unit.hour", "reports.unit.hours"),
    "minutes": ("reports.unit.minutes", "reports.unit.minutes"),
}
MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


@dataclass(frozen=True)
class Words:
    """The language a report is shown in and the translator of its message ids."""

    language: str = "en"
    translator: messages.Translator = messages.english_translator

    def text(self, id: str, /, **params: Any) -> str:
        """The catalogue's text of ``id``; anything else is shown as it is (a name used as a
        label: a hospital unit's code heading its column)."""
        if id not in messages.CATALOGUE:
            return id
        return messages.render(id, params, self.translator, self.language)

    def number(self, value: int | Decimal, decimals: int | None = None) -> str:
        """Grouped, with the language's decimal sign; ``decimals`` None keeps the value's."""
        amount = Decimal(value)
        if decimals is None:
            exponent = amount.as_tuple().exponent
            decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        text = f"{amount.quantize(Decimal(1).scaleb(-decimals)):,.{decimals}f}"
        if self.language == "da":
            return text.replace(",", "_").replace(".", ",").replace("_", ".")
        return text

    def month(self, day: dt.date, *, short: bool = False) -> str:
        name = MONTHS.get(self.language, MONTHS["en"])[day.month - 1]
        return f"{name[:3]} {day.year}" if short else f"{name} {day.year}"

    def cell(self, value: Cell, kind: ColumnKind = "text") -> str:
        """One cell (or figure) as text: "–" for None, a :class:`Label` by its text."""
        if value is None:
            return NONE
        if isinstance(value, Label):
            return self.text(value.id)
        if isinstance(value, dt.date):
            return self.month(value) if kind == "month" else value.strftime("%d.%m.%Y")
        if isinstance(value, bool):  # a bool is an int: never shown as 1/0 by accident
            return str(value)
        if isinstance(value, int | Decimal):
            if kind == "percent":
                return f"{self.number(value, 1)} %"
            if kind == "kr":
                return f"{self.number(value, 2)} kr."
            return self.number(value)
        return str(value)

    def figure(self, value: Cell, kind: ColumnKind = "count") -> str:
        """A headline figure: its cell and, for a length of time, the unit ("7,0 dage",
        "2,1 timer", "35 min."): a figure stands alone, with no column heading to say it."""
        shown = self.cell(value, kind)
        if not isinstance(value, int | Decimal) or isinstance(value, bool) or kind not in UNITS:
            return shown
        one, many = UNITS[kind]
        return f"{shown} {self.text(one if value == 1 and not _has_decimals(value) else many)}"

    def period(self, chosen: Filters) -> str:
        return self.text("reports.file.period_value", start=chosen.start, end=chosen.end)

    def filter_lines(self, chosen: Filters) -> list[tuple[str, str]]:
        """(label, value) of the period, the hospital unit and the team ("All …" for none)."""
        return [
            (self.text("reports.file.period"), self.period(chosen)),
            (self.text("reports.file.unit"), chosen.unit or self.text("reports.file.all_units")),
            (self.text("reports.file.team"), chosen.team or self.text("reports.file.all_teams")),
        ]


def _has_decimals(value: int | Decimal) -> bool:
    exponent = Decimal(value).as_tuple().exponent
    return isinstance(exponent, int) and exponent < 0


def words(language: str | None) -> Words:
    """The words of ``language`` for the command line and the files (English for None)."""
    if not language or language == "en":
        return Words()
    # lazy: the .ts catalogue is read only when a translation is asked for
    from app.messages import linguist

    return Words(language, linguist.translator(language))


def sort_key(value: Cell, shown: str) -> tuple[int, Any]:
    """How a column sorts: numbers and dates by value, texts by what is shown; no value last."""
    if value is None:
        return (2, 0)
    if isinstance(value, int | Decimal):
        return (0, Decimal(value))
    if isinstance(value, dt.date):
        return (0, value.toordinal())
    return (1, shown.casefold())


def coded(table: Table, index: int) -> bool:
    """Whether column ``index`` carries coded cells (a :class:`Label` with a code): the CSV
    and the XLSX put the code beside the label."""
    return any(isinstance(row[index], Label) and bool(row[index].code) for row in table.rows)  # type: ignore[union-attr]
