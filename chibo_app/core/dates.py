"""Dates: ISO text in storage ('YYYY-MM-DD', or 'YYYY' when only the year is known),
dd/mm/yyyy on screen and paper, and tolerant parsing of what people type.

Where old records give no day (a position's start, an admission from a party record
book), a date keeps the precision it was written with (`parse_date(…, partial=True)`):
'2019-01' for "01/2019" or "tháng 1/2019", '2019-Q1' for "quý I/2019" or "Q1/2019", and
'2019' for "2019"; `to_display` writes each back as typed ("01/2019", "Quý I/2019",
"2019"), and `earliest` / `latest` give the first and last day it can mean."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from chibo_app.core.messages import Message, UnreadableValue, msg

_DMY = re.compile(r"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_YEAR = re.compile(r"^(?:tháng\s*|t\s*)?(\d{1,2})\s*[/\-.]\s*(\d{4})$", re.IGNORECASE)
_QUARTER_YEAR = re.compile(
    r"^(?:quý|q)\s*(IV|I{1,3}|[1-4])\s*(?:[/\-.]|\s|năm)\s*(?:năm\s*)?(\d{4})$", re.IGNORECASE
)
_STORED_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_STORED_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# Day 0 of a spreadsheet's serial dates: Excel's default (the 1900 system, counted from
# 30/12/1899 so that its phantom 29/2/1900 falls out), or 01/01/1904 for a workbook
# saved in the 1904 system (older Mac Excel): the reader passes the workbook's own.
EXCEL_1900 = dt.date(1899, 12, 30)
EXCEL_1904 = dt.date(1904, 1, 1)


class BadDate(UnreadableValue):
    """Text that is not a date."""


# Every date the app keeps (births, admissions, meetings, plans) lies in this span; a
# year outside it is a typing slip, and date arithmetic on year 9999 would overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def _in_range(iso: str) -> str:
    year = int(iso[:4])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadDate(
            msg(
                "Năm {year} nằm ngoài khoảng {first}–{last}",
                year=year,
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        )
    return iso


def in_range(iso: str | None) -> bool:
    """Whether a stored ISO date (or year) lies in FIRST_YEAR–LAST_YEAR."""
    return not iso or FIRST_YEAR <= int(iso[:4]) <= LAST_YEAR


def parse_date(
    value: object, excel_epoch: dt.date = EXCEL_1900, *, partial: bool = False
) -> str | None:
    """Return ISO text for a date given as date, datetime, Excel serial number (counted
    from `excel_epoch`) or text.

    Accepts dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd and a bare year;
    with `partial`, also a month ("01/2019", "tháng 1/2019" → '2019-01') or a quarter
    ("quý I/2019", "Q1/2019" → '2019-Q1') where old records give no day.
    Empty input gives None; anything else raises BadDate.
    """
    if value is None:
        return None
    if type(value) is dt.datetime or type(value) is dt.date:  # a date cell, most of a list
        day = value.date() if type(value) is dt.datetime else value
        return _in_range(day.isoformat())
    found = _parse_partial(value) if partial else None
    try:
        found = found or _parse(value, excel_epoch)
    except BadDate as error:
        if partial and error.message.template == _not_a_date("").template:
            raise BadDate(_not_a_partial_date(error.message.values["text"])) from None
        raise
    return None if found is None else _in_range(found)


def _not_a_date(text: object) -> Message:
    return msg("“{text}” không phải là ngày (cần dạng ngày/tháng/năm, ví dụ 05/09/1980)", text=text)


def _not_a_partial_date(text: object) -> Message:
    return msg(
        "“{text}” không phải là ngày (cần dạng ngày/tháng/năm, tháng/năm, quý/năm hoặc chỉ "
        "năm, ví dụ 05/09/1980, 09/1980, quý III/1980 hoặc 1980)",
        text=text,
    )


def _parse_partial(value: object) -> str | None:
    """'YYYY-MM' or 'YYYY-Qn' for a month or quarter as typed; None for anything else."""
    text = value.strip() if isinstance(value, str) else ""
    month = _MONTH_YEAR.match(text)
    if month:
        number, year = int(month.group(1)), month.group(2)
        if not 1 <= number <= 12:
            raise BadDate(
                msg("“{text}” không phải là tháng có thật (tháng từ 1 đến 12)", text=text)
            )
        return f"{year}-{number:02d}"
    quarter = _QUARTER_YEAR.match(text)
    if quarter:
        written = quarter.group(1).upper()
        number = _ROMAN.get(written) or int(written)
        return f"{quarter.group(2)}-Q{number}"
    return None


def precision(iso: str | None) -> str:
    """'day', 'month', 'quarter', 'year' (or '' for no date) of a stored date."""
    if not iso:
        return ""
    if _STORED_QUARTER.match(iso):
        return "quarter"
    if _STORED_MONTH.match(iso):
        return "month"
    return "year" if len(iso) == 4 else "day"


def _parse(value: object, excel_epoch: dt.date) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = int(value)
        if 1900 <= number <= 2200 and number == value:  # a bare year (range checked after)
            return f"{number:04d}"
        if 1 <= number < 2_958_466:  # up to 31/12/9999, Excel's last day
            return (excel_epoch + dt.timedelta(days=number)).isoformat()
        raise BadDate(msg("“{value}” không phải là ngày hợp lệ", value=value))
    text = str(value).strip()
    if not text:
        return None
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d\d-\d\d[ T]", text) else text
    for pattern, order in ((_DMY, "dmy"), (_YMD, "ymd")):
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, map(int, match.groups()), strict=True))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"]).isoformat()
            except ValueError:
                raise BadDate(msg("“{text}” không phải là ngày có thật", text=text)) from None
    if _YEAR.match(text):  # a bare year (range checked after)
        return text
    raise BadDate(_not_a_date(text))


_QUARTER_NAMES = {1: "I", 2: "II", 3: "III", 4: "IV"}


def to_display(iso: str | None) -> str:
    """'1980-09-05' → '05/09/1980'; '2019-01' → '01/2019'; '2019-Q1' → 'Quý I/2019';
    '1980' stays '1980'; None → ''."""
    if not iso:
        return ""
    if len(iso) == 4:
        return iso
    quarter = _STORED_QUARTER.match(iso)
    if quarter:
        return f"Quý {_QUARTER_NAMES[int(quarter.group(2))]}/{quarter.group(1)}"
    month = _STORED_MONTH.match(iso)
    if month:
        return f"{month.group(2)}/{month.group(1)}"
    year, month_text, day = iso[:10].split("-")
    return f"{day}/{month_text}/{year}"


def _first_and_last_month(iso: str) -> tuple[int, int, int] | None:
    """(year, first month, last month) of a year, quarter or month; None for a day."""
    if len(iso) >= 10:  # a day ('YYYY-MM-DD…'), the common case: no pattern to try
        return None
    if len(iso) == 4:
        return int(iso), 1, 12
    quarter = _STORED_QUARTER.match(iso)
    if quarter:
        number = int(quarter.group(2))
        return int(quarter.group(1)), number * 3 - 2, number * 3
    month = _STORED_MONTH.match(iso)
    if month:
        return int(month.group(1)), int(month.group(2)), int(month.group(2))
    return None


def earliest(iso: str) -> dt.date:
    """The first day a (possibly year-, quarter- or month-only) ISO date can mean."""
    span = _first_and_last_month(iso)
    return dt.date(span[0], span[1], 1) if span else dt.date.fromisoformat(iso[:10])


def latest(iso: str) -> dt.date:
    """The last day a (possibly year-, quarter- or month-only) ISO date can mean."""
    span = _first_and_last_month(iso)
    if span is None:
        return dt.date.fromisoformat(iso[:10])
    year, _first, last = span
    return dt.date(year, last, calendar.monthrange(year, last)[1])


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
