"""Dates outside 1900–2100 and card numbers Excel could not hold are refused with a
message — at import and in the person editor — never a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo_app import cli
from chibo_app.core.dates import BadDate, parse_date
from chibo_app.core.member_import import RowStatus
from chibo_app.core.people import Kind, Person, validate_person
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


def test_each_column_is_read_for_its_own_rows(session, tmp_path):
    """The import converts a column at a time: each row keeps its own values, reasons
    (in the order of the columns) and shown text, whatever the rows around it hold."""
    header = [*HEADER, "Điện thoại", "Ghi chú"]
    born_1890 = dt.datetime(1890, 5, 1)
    path = write_sheet(
        tmp_path / "ds.xlsx",
        [
            header,
            [1, "nguyễn văn an", "Nam", dt.datetime(1980, 9, 5), "01234567",
             dt.datetime(2005, 3, 12), dt.datetime(2006, 3, 12), "Văn phòng", "bí thư",
             "Chánh Văn phòng", 912345678, None],
            [2, "Trần Thị Bình", "x", "31/02/1981", "01234568", born_1890, None,
             "Văn phòng", "Đảng viên", "chuyên viên", "0912 345 679", "dự bị"],
            [3, "Lê Văn Cường", "Nữ", "12/1982", "01234569", "tháng 3/2010", "2011",
             "Phòng Lãnh sự", "chi ủy viên", "Chuyên viên", None, None],
            [4, "Phạm Văn Dũng", "Nam", dt.datetime(1983, 3, 3), None, None, None,
             "Phòng Lãnh sự", None, None, dt.datetime(2020, 1, 2), "quần chúng"],
        ],
    )  # fmt: skip
    rows = {r.row_number - 1: r for r in preview_file(session, path).rows}
    an = rows[1]
    assert an.status == RowStatus.NEW, an.reason
    assert (an.person.full_name, an.person.sex, an.person.birth_date) == (
        "Nguyễn Văn An", "Nam", "1980-09-05")  # fmt: skip
    assert (an.person.admitted_on, an.person.full_member_on) == ("2005-03-12", "2006-03-12")
    assert (an.person.phone, an.party_position, an.government_position) == (
        "0912345678", "Bí thư", "Chánh Văn phòng")  # fmt: skip
    assert an.raw["birth_date"] == "05/09/1980" and an.raw["phone"] == "912345678"
    binh = rows[2]  # three problems, in the order of the columns
    assert binh.status == RowStatus.INVALID
    assert [str(r).split(":")[0] for r in binh.parse_reasons] == [
        "Ngày sinh", "Ngày vào Đảng", "Giới tính “x” không rõ (cần Nam hoặc Nữ)"]  # fmt: skip
    assert "1900" in str(binh.parse_reasons[1]) and binh.raw["admitted_on"] == "01/05/1890"
    assert (binh.person.birth_date, binh.person.admitted_on) == (None, None)
    assert binh.party_position is None and binh.government_position == "Chuyên viên"
    assert binh.person.kind == Kind.PROBATIONARY and binh.person.notes == "dự bị"
    cuong = rows[3]  # a month for the birth date is not a date; the party dates may be
    assert [str(r).split(":")[0] for r in cuong.parse_reasons] == ["Ngày sinh"]
    assert (cuong.person.admitted_on, cuong.person.full_member_on) == ("2010-03", "2011")
    assert (cuong.person.sex, cuong.party_position, cuong.unit) == (
        "Nữ", "Chi ủy viên", "Phòng Lãnh sự")  # fmt: skip
    dung = rows[4]  # a date typed in the phone column: shown as a date, read as its text
    assert dung.raw["phone"] == "02/01/2020"
    assert dung.person.phone == "2020-01-02 00:00:00" and dung.status == RowStatus.INVALID
    assert dung.person.kind == Kind.NON_PARTY and dung.person.party_card is None
