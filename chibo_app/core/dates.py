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


# Every date the app keeps (births, admissions, meetings, plans) lies in this span; a
# year outside it is a typing slip, and date arithmetic on year 9999 would overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def _in_range(iso: str) -> str:
    year = int(iso[:4])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadDate(f"Năm {year} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}")
    return iso


def in_range(iso: str | None) -> bool:
    """Whether a stored ISO date (or year) lies in FIRST_YEAR–LAST_YEAR."""
    return not iso or FIRST_YEAR <= int(iso[:4]) <= LAST_YEAR


def parse_date(value: object, excel_epoch: dt.date = EXCEL_1900) -> str | None:
    """Return ISO text for a date given as date, datetime, Excel serial number (counted
    from `excel_epoch`) or text.

    Accepts dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd and a bare year.
    Empty input gives None; anything else raises BadDate.
    """
    if value is None:
        return None
    found = _parse(value, excel_epoch)
    return None if found is None else _in_range(found)


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
    if _YEAR.match(text):  # a bare year (range checked after)
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
