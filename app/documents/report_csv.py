"""A report's tables as CSV (issue #14), one file per table, in Danish Excel's dialect —
whatever the language of the headers — so a double-click opens it in columns:

- UTF-8 **with a byte-order mark**: without it Excel reads the file as ANSI and shows
  "Ã¦" for "æ";
- **";"** between fields (Danish Excel's list separator: "," is its decimal sign) and
  CRLF line ends;
- numbers with a **decimal comma** and no grouping (``1234,5``, D41), per cent as the number
  with "(%)" in the header (``12,5``), amounts with two decimals, dates ``dd.mm.yyyy``, a
  month as ``yyyy-mm`` (Excel reads both as dates), no value as an empty field;
- a coded column (an end reason, a course type) is followed by a column with the stored
  code, so the file can be analysed without the words;
- a text that a spreadsheet would run as a formula ("=", "+", "-", "@" first) is kept as
  text with a leading apostrophe (app/domain/spreadsheets.py).

The files are written atomically (app/files.py: temporary file, fsync, rename).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from app import files
from app.documents.report_cells import Words, coded
from app.domain.reports import Cell, Column, Label, Report, Table
from app.domain.spreadsheets import text_cell

SEPARATOR = ";"
ENCODING = "utf-8-sig"  # UTF-8 with the byte-order mark Excel needs


def value(cell: Cell, column: Column, words: Words) -> str:
    """One field: Danish Excel's number and date forms; a label by its text."""
    if cell is None:
        return ""
    if isinstance(cell, Label):
        return words.text(cell.id)
    if isinstance(cell, dt.date):
        return cell.strftime("%Y-%m") if column.kind == "month" else cell.strftime("%d.%m.%Y")
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int | Decimal):
        amount = Decimal(cell)
        if column.kind in ("percent",):
            amount = amount.quantize(Decimal("0.1"))
        elif column.kind == "kr":
            amount = amount.quantize(Decimal("0.01"))
        return f"{amount:f}".replace(".", ",")
    return text_cell(str(cell))  # a department's or a team's name: typed text


def head(table: Table, words: Words) -> list[str]:
    names = []
    for i, column in enumerate(table.columns):
        label = words.text(column.label)
        if column.kind == "percent":
            label = words.text("reports.file.percent_of", label=label)
        names.append(label)
        if coded(table, i):
            names.append(words.text("reports.file.code_of", label=label))
    return names


def rows(table: Table, words: Words) -> list[list[str]]:
    """The header and the rows, each field as it is written."""
    codes = [coded(table, i) for i in range(len(table.columns))]
    found = [head(table, words)]
    for row in table.rows:
        fields = []
        for cell, column, with_code in zip(row, table.columns, codes, strict=True):
            fields.append(value(cell, column, words))
            if with_code:
                fields.append(cell.code if isinstance(cell, Label) else "")
        found.append(fields)
    return found


def table_csv(table: Table, words: Words) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerows(rows(table, words))
    return out.getvalue()


def targets(report: Report, path: Path, table: str | None = None) -> list[tuple[Path, Table]]:
    """Where each table goes: ``path`` itself for one table (or the ``table`` chosen), else
    ``<stem>-<table key>.csv`` beside it, one file per table."""
    if table is not None:
        return [(path, report.table(table))]
    if len(report.tables) == 1:
        return [(path, report.tables[0])]
    suffix = path.suffix or ".csv"
    return [(path.with_name(f"{path.stem}-{t.key}{suffix}"), t) for t in report.tables]


def write_csv(path: Path, report: Report, words: Words, table: str | None = None) -> Sequence[Path]:
    """Write the report's tables (or the one chosen) as CSV files; returns their paths.
    An unknown ``table`` raises KeyError before anything is written."""
    chosen = targets(report, path, table)
    for target, found in chosen:
        files.write_text(target, table_csv(found, words), encoding=ENCODING)
    return [target for target, _ in chosen]
