"""Dates outside 1900–2100 and card numbers Excel could not hold are refused with a
message — at import and in the person editor — never a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo_app import cli
from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.member_import import RowStatus
from chibo_app.core.people import Person, validate_person
from chibo_app.errors import ValidationError
from chibo_app.services import people
from chibo_app.services.members_import import preview_file
from tests.services.test_cli import INIT
from tests.xlsx_shapes import HEADER, write_sheet

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text", ["01/01/9982", "9982-01-01", "31/12/1899", "01/01/2101", "1850"])
def test_dates_outside_1900_to_2100_are_refused(text):
    with pytest.raises(BadDate) as refused:
        parse_date(text)
    assert "1900" in str(refused.value) and "2100" in str(refused.value)


def test_excel_dates_outside_the_range_are_refused():
    for value in (dt.datetime(9982, 1, 1), dt.date(1850, 5, 1), 180_000):
        with pytest.raises(BadDate):
            parse_date(value)
    assert parse_date(dt.datetime(1980, 9, 5)) == "1980-09-05"
    assert parse_date("2100") == "2100"


def test_a_stored_far_date_gives_a_problem_not_a_crash():
    person = Person(
        full_name="Nguyễn Văn An",
        birth_date="9982-01-01",
        admitted_on="2005-03-12",
        full_member_on="2006-03-12",
    )
    problems = validate_person(person, TODAY)
    assert "birth_date" in problems


def test_the_editor_save_refuses_a_far_birth_year(session):
    person = Person(full_name="Nguyễn Văn An", birth_date="9982-01-01", admitted_on="2005-03-12")
    with pytest.raises(ValidationError) as refused:
        people.save_person(session, person)
    assert "birth_date" in refused.value.problems


def _row(index, name, birth, card):
    return [index, name, "Nam", birth, card, dt.datetime(2005, 3, 12), None, "Văn phòng", "", ""]


def test_import_marks_far_years_and_long_numeric_cards_invalid(session, tmp_path):
    path = write_sheet(
        tmp_path / "ds.xlsx",
        [
            HEADER,
            _row(1, "Nguyễn Văn An", "01/01/9982", "01234567"),
            _row(2, "Trần Văn Bình", dt.datetime(1980, 1, 1), 1.2345678901234567e19),
            _row(3, "Lê Văn Cường", dt.datetime(1981, 2, 2), 12345678901234567890),
            _row(4, "Phạm Văn Dũng", dt.datetime(1982, 3, 3), 123456789012345),
        ],
    )
    rows = {r.person.full_name: r for r in preview_file(session, path).rows}
    far = rows["Nguyễn Văn An"]
    assert far.status == RowStatus.INVALID and "1900" in far.reason
    for name in ("Trần Văn Bình", "Lê Văn Cường"):
        assert rows[name].status == RowStatus.INVALID, rows[name]
        assert "15 chữ số" in rows[name].reason
    assert rows["Phạm Văn Dũng"].person.party_card == "123456789012345"  # 15 digits: exact


def test_the_command_line_import_of_a_far_year_says_so(tmp_path, capsys):
    db = tmp_path / "chibo.sqlite"
    assert cli.main(["--db", str(db), *INIT]) == 0
    path = write_sheet(tmp_path / "ds.xlsx", [HEADER, _row(1, "Nguyễn Văn An", "01/01/9982", "1")])
    capsys.readouterr()
    assert cli.main(["--db", str(db), "members", "import", str(path)]) == 2
    captured = capsys.readouterr()
    assert "1900" in captured.out + captured.err
