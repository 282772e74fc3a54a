import datetime as dt

import pytest

from chibo_app.core.dates import BadDate, parse_date, to_display


@pytest.mark.parametrize(
    "value, iso",
    [
        ("05/09/1980", "1980-09-05"),
        ("5/9/1980", "1980-09-05"),
        ("05-09-1980", "1980-09-05"),
        ("05.09.1980", "1980-09-05"),
        (" 1980-09-05 ", "1980-09-05"),
        ("1980", "1980"),
        (1980, "1980"),
        (dt.datetime(1980, 9, 5, 0, 0), "1980-09-05"),
        (dt.date(1980, 9, 5), "1980-09-05"),
        (29469.0, "1980-09-05"),
        ("", None),
        (None, None),
    ],
)
def test_parse_date_accepts_what_people_type(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize("value", ["31/02/1980", "abc", "13/13/2000", "05/09/80"])
def test_parse_date_rejects_with_vietnamese_message(value):
    with pytest.raises(BadDate) as error:
        parse_date(value)
    assert "ngày" in str(error.value)


def test_display():
    assert to_display("1980-09-05") == "05/09/1980"
    assert to_display("1980") == "1980"
    assert to_display(None) == ""
