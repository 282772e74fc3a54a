"""Cells for exported spreadsheets that can never become formulas.

A name or note starting with = + - @ (or a tab / carriage return) could be taken for
a formula ("formula injection"). openpyxl itself turns any string starting with "="
into a formula. Prefixing an apostrophe does not help in .xlsx: the apostrophe would
become part of the text. So the exact text is kept and the cell is marked twice:
  * its type is forced to string (written as an inline/shared string, never <f>),
    so Excel and LibreOffice show the text as is, and openpyxl reads back the same
    text;
  * its style gets quotePrefix, the flag Excel sets when a user types a leading
    apostrophe, so editing the cell later (F2, Enter) keeps it text.

Which helper:
  * normal sheets, appending rows:   sheet.append([safe_text(v) for v in row])
  * normal sheets, one cell:         set_text(sheet["B2"], value)
  * write-only sheets (big exports): sheet.append([text_cell(sheet, v, template) …])
"""

from __future__ import annotations

import datetime as dt
from copy import copy
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD/MM/YYYY"  # dates are written as real dates, shown as on paper
_PLAIN = (int, float, dt.date, dt.datetime, dt.time, dt.timedelta)


def is_risky(text: str) -> bool:
    """Text a spreadsheet program might read as a formula."""
    return text.startswith(RISKY_STARTS)


def storable(value: object) -> Any:
    """Numbers and dates as they are, None stays None, anything else as text without
    the control characters XML cannot hold (openpyxl would refuse the whole file).
    Tabs are kept; CR and CRLF become LF (XML reads a raw CR back as LF anyway)."""
    if value is None or isinstance(value, (bool, *_PLAIN)):
        return value
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def safe_text(value: object) -> Any:
    """`value` ready for `Worksheet.append` on a normal (not write-only) sheet.

    Harmless values come back as plain values; risky text ("=…", "+…", "-…", "@…",
    tab) comes back as a detached cell typed as text with quotePrefix, which
    `append` adopts. Not for write-only sheets (use `text_cell`) nor for
    `cell.value = …` (use `set_text`).
    """
    stored = storable(value)
    if not (isinstance(stored, str) and (is_risky(stored) or is_risky(str(value)))):
        return stored
    cell = Cell(None, value=stored)  # detached: append adopts it
    return guard(cell, risky_source=value)


def guard(cell: Cell, risky_source: object = None) -> Cell:
    """Force a text cell to stay text (see module notes); other cells unchanged."""
    value = cell.value
    risky = isinstance(value, str) and is_risky(value)
    if risky or (isinstance(risky_source, str) and is_risky(risky_source)):
        cell.data_type = "s"  # openpyxl made "=…" a formula
        cell._style = copy(cell._style)  # noqa: SLF001 - it may be a shared template's
        cell.quotePrefix = True
    return cell


def text_cell(worksheet: Any, value: object, style_from: Cell | None = None) -> Cell:
    """A write-only cell holding `value` safely, styled like `style_from` if given.

    Sharing the style array of a template cell is much faster than setting font,
    border and alignment on each of thousands of cells. The array is shared, so
    never restyle the returned cell in place (`guard` copies it before adding
    quotePrefix).
    """
    cell = WriteOnlyCell(worksheet, value=storable(value))
    if style_from is not None:
        cell._style = style_from._style  # noqa: SLF001 - openpyxl's style array
    return guard(cell, risky_source=value)


def set_text(cell: Cell, value: object) -> Cell:
    """Assign `value` to a cell of a normal (not write-only) sheet, safely."""
    cell.value = storable(value)
    return guard(cell, risky_source=value)
