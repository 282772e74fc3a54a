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


@pytest.mark.parametrize(
    "typed, iso, shown, first, last",
    [
        ("01/2019", "2019-01", "01/2019", "2019-01-01", "2019-01-31"),
        ("1/2019", "2019-01", "01/2019", "2019-01-01", "2019-01-31"),
        ("02-2020", "2020-02", "02/2020", "2020-02-01", "2020-02-29"),
        ("tháng 9/2019", "2019-09", "09/2019", "2019-09-01", "2019-09-30"),
        ("T9/2019", "2019-09", "09/2019", "2019-09-01", "2019-09-30"),
        ("quý I/2019", "2019-Q1", "Quý I/2019", "2019-01-01", "2019-03-31"),
        ("Quý IV năm 2019", "2019-Q4", "Quý IV/2019", "2019-10-01", "2019-12-31"),
        ("Q2/2019", "2019-Q2", "Quý II/2019", "2019-04-01", "2019-06-30"),
        ("q3-2019", "2019-Q3", "Quý III/2019", "2019-07-01", "2019-09-30"),
        ("2019", "2019", "2019", "2019-01-01", "2019-12-31"),
        ("05/09/2019", "2019-09-05", "05/09/2019", "2019-09-05", "2019-09-05"),
    ],
)
def test_a_date_without_its_day_keeps_the_precision_it_was_written_with(
    typed, iso, shown, first, last
):
    from chibo_app.core.dates import earliest, latest

    assert parse_date(typed, partial=True) == iso
    assert to_display(iso) == shown
    assert parse_date(shown, partial=True) == iso  # what is shown reads back the same
    assert (earliest(iso).isoformat(), latest(iso).isoformat()) == (first, last)


@pytest.mark.parametrize(
    "typed, said",
    [
        ("13/2019", "“13/2019” không phải là tháng có thật (tháng từ 1 đến 12)"),
        ("Q5/2019", "“Q5/2019” không phải là ngày (cần dạng ngày/tháng/năm, tháng/năm, quý/năm"
         " hoặc chỉ năm, ví dụ 05/09/1980, 09/1980, quý III/1980 hoặc 1980)"),
        ("01/1850", "Năm 1850 nằm ngoài khoảng 1900–2100"),
    ],
)  # fmt: skip
def test_a_bad_partial_date_is_one_sentence(typed, said):
    with pytest.raises(BadDate) as raised:
        parse_date(typed, partial=True)
    assert str(raised.value) == said


def test_a_month_or_quarter_is_refused_where_the_day_is_needed():
    for typed in ("01/2019", "quý I/2019"):
        with pytest.raises(BadDate, match="cần dạng ngày/tháng/năm, ví dụ"):
            parse_date(typed)


@pytest.mark.parametrize("partial", [False, True])
def test_a_date_cell_is_its_day_whatever_the_precision_asked(partial):
    """A cell the reader gives as a date or datetime is its day (the time dropped), in
    range or refused as a typed date is, with or without partial dates allowed."""
    assert parse_date(dt.datetime(1980, 9, 5, 13, 45), partial=partial) == "1980-09-05"
    assert parse_date(dt.date(2100, 12, 31), partial=partial) == "2100-12-31"
    for far in (dt.datetime(1899, 12, 31), dt.date(2101, 1, 1), dt.date(999, 1, 1)):
        with pytest.raises(BadDate) as refused:
            parse_date(far, partial=partial)
        assert "1900" in str(refused.value) and "2100" in str(refused.value)


@pytest.mark.parametrize(
    ("iso", "first", "last"),
    [
        ("1980-09-05", dt.date(1980, 9, 5), dt.date(1980, 9, 5)),
        ("1980-09-05T10:30:00", dt.date(1980, 9, 5), dt.date(1980, 9, 5)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2019-Q4", dt.date(2019, 10, 1), dt.date(2019, 12, 31)),
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
    ],
)
def test_the_first_and_last_day_a_stored_date_can_mean(iso, first, last):
    from chibo_app.core.dates import earliest, latest

    assert (earliest(iso), latest(iso)) == (first, last)
