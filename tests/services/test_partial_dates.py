"""Dates as old records give them: an admission "01/2019", a full membership "quý III/2019",
a position held from "Q1/2026" to "2027" — stored with their precision in the SQLite file,
read back the same after the file is opened again, shown and exported to Excel as typed,
and counted by the first or last day they can mean."""

import datetime as dt

from openpyxl import load_workbook

from chibo_app.core.dates import to_display
from chibo_app.core.people import Kind, Person, Position, PositionKind
from chibo_app.services import people
from chibo_app.services.members_export import export_members
from chibo_app.services.session import open_session


def _person(session):
    person_id = people.save_person(
        session,
        Person(
            full_name="Lê Thị Ánh",
            kind=Kind.FULL,
            birth_date="1975",
            admitted_on="2019-01",
            full_member_on="2019-Q3",
        ),
    )
    people.save_position(
        session,
        Position(person_id, PositionKind.PARTY, "Phó Bí thư Chi bộ", "2026-Q4", "2027"),
    )
    people.save_position(
        session,
        Position(person_id, PositionKind.GOVERNMENT, "Chánh Văn phòng", "2019-01", "2026-Q3"),
    )
    people.save_position(
        session, Position(person_id, PositionKind.GOVERNMENT, "Phó Giám đốc Sở", "2026-10")
    )
    return person_id


def test_partial_dates_round_trip_through_the_file(session, db_path):
    person_id = _person(session)
    session.close()
    again = open_session(db_path)
    try:
        stored = people.get_person(again, person_id)
        assert (stored.birth_date, stored.admitted_on, stored.full_member_on) == (
            "1975",
            "2019-01",
            "2019-Q3",
        )
        shown = [to_display(d) for d in (stored.admitted_on, stored.full_member_on)]
        assert shown == ["01/2019", "Quý III/2019"]
        spans = {
            p.title: (to_display(p.start_date), to_display(p.end_date))
            for p in people.list_positions(again, person_id)
        }
        assert spans == {
            "Phó Bí thư Chi bộ": ("Quý IV/2026", "2027"),
            "Chánh Văn phòng": ("01/2019", "Quý III/2026"),
            "Phó Giám đốc Sở": ("10/2026", ""),
        }
        # Today is 25/11/2026: a post begun in Quý IV or 10/2026 is held, one ended in
        # Quý III/2026 is not (the list reads this in SQL, the editor in Python).
        row = people.list_rows(again, person_id)[0]
        assert (row.party_position, row.government_position) == (
            "Phó Bí thư Chi bộ",
            "Phó Giám đốc Sở",
        )
        today = dt.date(2026, 11, 25)
        current = [p.title for p in people.list_positions(again, person_id) if p.is_current(today)]
        assert sorted(current) == ["Phó Bí thư Chi bộ", "Phó Giám đốc Sở"]
    finally:
        again.close()


def test_the_member_list_prints_them_as_typed(session, tmp_path):
    _person(session)
    people.save_person(session, Person(full_name="Trần Văn Bình", admitted_on="2001-05-19"))
    target = tmp_path / "ds.xlsx"
    assert export_members(session, target) == 2
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if "Họ và tên" in row)
    columns = values[header]
    rows = {r[columns.index("Họ và tên")]: r for r in values[header + 1 :] if r[1]}
    admitted = columns.index("Ngày vào Đảng")
    full = next(i for i, c in enumerate(columns) if c and c.startswith("Ngày chính thức"))
    anh = rows["Lê Thị Ánh"]
    assert (anh[admitted], anh[full]) == ("01/2019", "Quý III/2019")
    assert rows["Trần Văn Bình"][admitted] == dt.datetime(2001, 5, 19)  # a real date cell


def test_an_imported_list_from_old_records_keeps_months_and_quarters(session, tmp_path):
    """A list typed from party record books: admissions as "01/2019", "quý II/2008" or a
    year; a birth date still needs a day or a year, and a month that does not exist is
    the row's reason."""
    from openpyxl import Workbook

    from chibo_app.services.members_import import preview_file

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức"])
    sheet.append([1, "Nguyễn Văn An", "05/09/1970", "01/2019", "Q1/2020"])
    sheet.append([2, "Trần Thị Bình", "1980", "quý II/2008", "2009"])
    sheet.append([3, "Lê Văn Cường", "1982", "13/2010", None])
    path = tmp_path / "so-dang-vien.xlsx"
    workbook.save(path)
    preview = preview_file(session, path)
    an, binh, cuong = preview.rows
    assert (an.person.admitted_on, an.person.full_member_on) == ("2019-01", "2020-Q1")
    assert (binh.person.birth_date, binh.person.admitted_on, binh.person.full_member_on) == (
        "1980",
        "2008-Q2",
        "2009",
    )
    assert list(map(str, cuong.reasons)) == [
        "Ngày vào Đảng: “13/2010” không phải là tháng có thật (tháng từ 1 đến 12)"
    ]
