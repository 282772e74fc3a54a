"""Dates as party documents write them.

Hướng dẫn 36-HD/VPTW (like Nghị định 30/2020 for state documents) writes the day and
month in Arabic numerals and adds a leading zero to days below 10 and to months 1 and
2 only — so that nobody can turn "ngày 5" into "ngày 15" or "tháng 1" into "tháng 11"
by adding a digit; months from 3 on cannot be extended that way (there is no month
13), so they are written bare. 36-HD itself is dated "Hà Nội, ngày 03 tháng 4 năm 2018".
"""

from __future__ import annotations

import datetime as dt

BLANK_NUMBER = "……"  # room to write a day or month by hand


def day_text(day: int) -> str:
    return f"{day:02d}"


def month_text(month: int) -> str:
    return f"{month:02d}" if month <= 2 else str(month)


def long_date(day: dt.date) -> str:
    """'ngày 05 tháng 3 năm 2026'."""
    return f"ngày {day_text(day.day)} tháng {month_text(day.month)} năm {day.year}"


def place_date_line(place: str, day: dt.date | None, year: int) -> str:
    """The italic line under the party header: 'Hà Tĩnh, ngày 15 tháng 3 năm 2026'.

    Without a date the day and month are left to be written by hand (the seed's form
    prints "....., ngày tháng năm 2026"); without a place, dots take its room too.
    """
    where = place.strip() or "……………"
    if day is None:
        return f"{where}, ngày {BLANK_NUMBER} tháng {BLANK_NUMBER} năm {year}"
    return f"{where}, {long_date(day)}"


def short_date(day: dt.date | None) -> str:
    """dd/mm/yyyy as in tables and lists; '' for no date."""
    return day.strftime("%d/%m/%Y") if day else ""
