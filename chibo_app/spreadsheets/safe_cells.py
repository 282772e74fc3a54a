"""What an exported cell may hold: text that never becomes a formula.

A name or note starting with = + - @ (or a tab / carriage return) could be taken for
a formula ("formula injection"). Prefixing an apostrophe does not help in .xlsx: the
apostrophe would become part of the text. So the exact text is kept and the cell is
marked twice (xlsx_book.Sheet.write does both):
  * it is written as a string (XlsxWriter's write_string, never <f>), so Excel and
    LibreOffice show the text as is, and openpyxl reads back the same text;
  * its format gets quotePrefix, the flag Excel sets when a user types a leading
    apostrophe, so editing the cell later (F2, Enter) keeps it text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD/MM/YYYY"  # dates are written as real dates, shown as on paper
_PLAIN = (int, float, dt.date, dt.datetime, dt.time, dt.timedelta)
# The control characters XML 1.0 cannot hold (tab, LF and CR it can).
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_risky(text: str) -> bool:
    """Text a spreadsheet program might read as a formula."""
    return text.startswith(RISKY_STARTS)


def storable(value: object) -> Any:
    """Numbers and dates as they are, None stays None, anything else as text without
    the control characters XML cannot hold. Tabs are kept; CR and CRLF become LF (XML
    reads a raw CR back as LF anyway)."""
    if value is None or isinstance(value, (bool, *_PLAIN)):
        return value
    text = value if type(value) is str else str(value)
    if text.isprintable():  # nearly every text: no control character at all
        return text
    return _NOT_IN_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
