"""Dates: ISO text in storage ('YYYY-MM-DD', or 'YYYY' when only the year is known),
dd/mm/yyyy on screen and paper, and tolerant parsing of what people type."""

from __future__ import annotations

import datetime as dt
import re

_DMY = re.compile(r"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
# Day 0 of a spreadsheet's serial dates: Excel's default (the 1900 system, counted from
# 30/12/1899 so that its phantom 29/2/1900 falls out), or 01/01/1904 for a workbook
# saved in the 1904 system (older Mac Excel): the reader passes the workbook's own.
EXCEL_1900 = dt.date(1899, 12, 30)
EXCEL_1904 = dt.date(1904, 1, 1)


class BadDate(ValueError):
    """Text that is not a date; the message is Vietnamese."""


def parse_date(value: object, excel_epoch: dt.date = EXCEL_1900) -> str | None:
    """Return ISO text for a date given as date, datetime, Excel serial number (counted
    from `excel_epoch`) or text.

    Accepts dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd and a bare year.
    Empty input gives None; anything else raises BadDate.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = int(value)
        if 1900 <= number <= 2200 and number == value:
            return f"{number:04d}"
        if 1 <= number < 200000:
            return (excel_epoch + dt.timedelta(days=number)).isoformat()
        raise BadDate(f"“{value}” không phải là ngày hợp lệ")
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
                raise BadDate(f"“{text}” không phải là ngày có thật") from None
    if _YEAR.match(text) and 1900 <= int(text) <= 2200:
        return text
    raise BadDate(f"“{text}” không phải là ngày (cần dạng ngày/tháng/năm, ví dụ 05/09/1980)")


def to_display(iso: str | None) -> str:
    """'1980-09-05' → '05/09/1980'; '1980' stays '1980'; None → ''."""
    if not iso:
        return ""
    if len(iso) == 4:
        return iso
    year, month, day = iso[:10].split("-")
    return f"{day}/{month}/{year}"


def earliest(iso: str) -> dt.date:
    """The first day a (possibly year-only) ISO date can mean."""
    return dt.date(int(iso), 1, 1) if len(iso) == 4 else dt.date.fromisoformat(iso[:10])


def latest(iso: str) -> dt.date:
    """The last day a (possibly year-only) ISO date can mean."""
    return dt.date(int(iso), 12, 31) if len(iso) == 4 else dt.date.fromisoformat(iso[:10])


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
