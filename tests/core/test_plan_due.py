"""Task due dates: typed forms, stored forms and their Vietnamese display."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chibo_app.core.plan_due import BadDue, display_due, last_day, parse_due, shift_year


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("30/06/2026", "2026-06-30"),
        ("30/6", "2026-06-30"),
        ("2026-06-30", "2026-06-30"),
        ("tháng 6", "2026-06"),
        ("Tháng 6/2026", "2026-06"),
        ("T6", "2026-06"),
        ("6/2026", "2026-06"),
        ("2026-06", "2026-06"),
        ("quý II", "2026-Q2"),
        ("Quý 2/2026", "2026-Q2"),
        ("Q4", "2026-Q4"),
        ("2026-Q3", "2026-Q3"),
        ("cả năm", "2026"),
        ("Năm 2026", "2026"),
        ("Thường xuyên", "ongoing"),
        ("", None),
        (None, None),
    ],
)
def test_parse(typed, stored):
    assert parse_due(typed, 2026) == stored


@pytest.mark.parametrize("typed", ["31/02/2026", "tháng 13", "sớm", "quý 5"])
def test_bad_input_says_why_in_vietnamese(typed):
    with pytest.raises(BadDue, match=f"“{typed}”.*(không|phải)"):
        parse_due(typed, 2026)


def test_display():
    assert display_due("2026-06") == "tháng 6/2026"
    assert display_due("2026-Q2") == "quý II/2026"
    assert display_due("2026-06-30") == "30/06/2026"
    assert display_due("2026") == "năm 2026"
    assert display_due("ongoing") == "Thường xuyên"
    assert display_due(None) == ""


def test_last_day():
    assert last_day("2026-Q1") == dt.date(2026, 3, 31)
    assert last_day("2028-02") == dt.date(2028, 2, 29)
    assert last_day("ongoing") is None


def test_shift_year():
    assert shift_year("2024-02-29", 1) == "2025-02-28"
    assert shift_year("2025-Q3", 1) == "2026-Q3"


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_display_reads_back(day):
    for stored in (day.isoformat(), day.isoformat()[:7], f"{day.year}-Q{(day.month - 1) // 3 + 1}"):
        assert parse_due(display_due(stored), 1999) == stored
