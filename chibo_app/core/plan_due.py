"""Due dates of plan tasks: a month, a quarter, a day, the whole year, or "ongoing".

Stored as text that sorts and compares simply: '2026-06' (month), '2026-Q2' (quarter),
'2026-06-30' (day), '2026' (the whole year), 'ongoing' (thường xuyên). Shown in
Vietnamese: 'tháng 6/2026', 'quý II/2026', '30/06/2026', 'năm 2026', 'Thường xuyên'.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from chibo_app.core.messages import UnreadableValue, msg
from chibo_app.core.text import clean, fold

ONGOING = "ongoing"
_ROMAN = ("I", "II", "III", "IV")

_STORED_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_STORED_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_STORED_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_STORED_YEAR = re.compile(r"^(\d{4})$")

# What people type, matched on the folded text ("Quý II/2026" → "quy ii/2026").
_TYPED_DAY = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{4}))?$")
_TYPED_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TYPED_MONTH = re.compile(r"^(?:thang|t)\s*(\d{1,2})(?:\s*(?:/|-|\.|nam)\s*(\d{4}))?$")
_TYPED_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*/\s*(\d{4})$")
_TYPED_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_TYPED_QUARTER = re.compile(r"^(?:quy|q)\s*(i{1,3}|iv|[1-4])(?:\s*(?:/|-|\.|nam)\s*(\d{4}))?$")
_TYPED_ISO_QUARTER = re.compile(r"^(\d{4})-q([1-4])$")
_TYPED_YEAR = re.compile(r"^(?:ca\s+nam|nam|trong\s+nam)\s*(\d{4})?$")
_ONGOING_WORDS = ("thuong xuyen", "lien tuc", "hang ngay", "hang thang", "hang tuan")
_QUARTER_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


class BadDue(UnreadableValue):
    """Text that is not a due date."""


def parse_due(text: str | None, year: int) -> str | None:
    """Stored form of a typed due date; the plan's year fills in a missing year.

    Empty input gives None; unreadable input raises BadDue.
    """
    typed = fold(text).strip(" .;,")
    if not typed:
        return None
    if typed == ONGOING or any(typed.startswith(w) for w in _ONGOING_WORDS):
        return ONGOING
    for parse in (_stored, _day, _month, _quarter, _whole_year):
        try:
            found = parse(typed, year)
        except BadDue as error:  # say it with the text as typed, not folded
            raise BadDue(error.with_values(typed=clean(text))) from None
        if found:
            return found
    raise BadDue(
        msg(
            "“{text}” không phải là thời hạn (ví dụ: 30/6/2026, tháng 6, quý II, cả năm, "
            "thường xuyên)",
            text=text,
        )
    )


def _stored(typed: str, year: int) -> str | None:
    upper = typed.upper()
    for pattern in (_STORED_MONTH, _STORED_QUARTER, _STORED_DAY, _STORED_YEAR):
        if pattern.match(upper) and is_valid(upper):
            return upper
    return None


def _day(typed: str, year: int) -> str | None:
    match = _TYPED_DAY.match(typed)
    if match:
        day, month, given = match.groups()
        return _checked_day(int(given or year), int(month), int(day), typed)
    match = _TYPED_ISO_DAY.match(typed)
    if match:
        y, m, d = map(int, match.groups())
        return _checked_day(y, m, d, typed)
    return None


def _checked_day(year: int, month: int, day: int, typed: str) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise BadDue(msg("“{typed}” không phải là ngày có thật", typed=typed)) from None


def _month(typed: str, year: int) -> str | None:
    match = _TYPED_MONTH.match(typed) or _TYPED_MONTH_YEAR.match(typed)
    if match:
        month, given = int(match.group(1)), match.group(2)
        year = int(given or year)
    else:
        match = _TYPED_ISO_MONTH.match(typed)
        if not match:
            return None
        year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise BadDue(msg("“{typed}”: tháng phải từ 1 đến 12", typed=typed))
    return f"{year:04d}-{month:02d}"


def _quarter(typed: str, year: int) -> str | None:
    match = _TYPED_QUARTER.match(typed)
    if match:
        number, given = match.groups()
        quarter = _QUARTER_NUMBER.get(number) or int(number)
        return f"{int(given or year):04d}-Q{quarter}"
    match = _TYPED_ISO_QUARTER.match(typed)
    return f"{match.group(1)}-Q{match.group(2)}" if match else None


def _whole_year(typed: str, year: int) -> str | None:
    match = _TYPED_YEAR.match(typed)
    if match:
        return f"{int(match.group(1) or year):04d}"
    return None


def is_valid(stored: str) -> bool:
    try:
        return stored == ONGOING or last_day(stored) is not None
    except ValueError:
        return False


@functools.lru_cache(maxsize=1024)  # a year's tens of thousands of tasks share a few dues
def last_day(stored: str | None) -> dt.date | None:
    """The last day a due date allows; None for no date or 'ongoing'."""
    if not stored or stored == ONGOING:
        return None
    if match := _STORED_DAY.match(stored):
        return dt.date(*map(int, match.groups()))
    if match := _STORED_MONTH.match(stored):
        year, month = map(int, match.groups())
        if not 1 <= month <= 12:
            raise ValueError(stored)
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if match := _STORED_QUARTER.match(stored):
        year, quarter = map(int, match.groups())
        month = quarter * 3
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if match := _STORED_YEAR.match(stored):
        return dt.date(int(match.group(1)), 12, 31)
    raise ValueError(stored)


def display_due(stored: str | None) -> str:
    """'2026-06' → 'tháng 6/2026', '2026-Q2' → 'quý II/2026', '2026-06-30' → '30/06/2026'."""
    if not stored:
        return ""
    if stored == ONGOING:
        return "Thường xuyên"
    if match := _STORED_DAY.match(stored):
        year, month, day = match.groups()
        return f"{day}/{month}/{year}"
    if match := _STORED_MONTH.match(stored):
        return f"tháng {int(match.group(2))}/{match.group(1)}"
    if match := _STORED_QUARTER.match(stored):
        return f"quý {_ROMAN[int(match.group(2)) - 1]}/{match.group(1)}"
    if _STORED_YEAR.match(stored):
        return f"năm {stored}"
    return stored


def shift_year(stored: str | None, years: int) -> str | None:
    """The same due date `years` later (last year's plan copied into this year)."""
    if not stored or stored == ONGOING or years == 0:
        return stored
    year = int(stored[:4]) + years
    if (match := _STORED_DAY.match(stored)) and match.group(2, 3) == ("02", "29"):
        return f"{year:04d}-02-{calendar.monthrange(year, 2)[1]:02d}"
    return f"{year:04d}{stored[4:]}"
