import datetime as dt

from openpyxl import load_workbook

from chibo_app.core.people import Person, Status
from chibo_app.services import cell, people
from chibo_app.services.members_export import export_members


def test_export_reads_back_sorted_with_titles_and_print_setup(session, tmp_path):
    evil_unit = cell.add_unit(session, '=HYPERLINK("http://x")')
    for name, card in [
        ("Trần Văn Bình", "10000001"),
        ("Lê Thị Ánh", "10000002"),
        ("Nguyễn Văn An", "10000003"),
        ("Đỗ Văn Em", None),
    ]:
        people.save_person(
            session,
            Person(full_name=name, party_card=card, birth_date="1980-09-05", unit_id=evil_unit),
        )
    gone = people.save_person(session, Person(full_name="Phạm Văn Đi"))
    people.leave(session, gone, Status.TRANSFERRED, "2026-01-01", "Sở Tư pháp")
    target = tmp_path / "ds.xlsx"
    assert export_members(session, target) == 4
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v]
    assert "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" in flat and "CHI BỘ SỞ NGOẠI VỤ" in flat
    header_index = next(i for i, row in enumerate(values) if "Họ và tên" in row)
    name_col = values[header_index].index("Họ và tên")
    names = [row[name_col] for row in values[header_index + 1 :] if row[name_col]]
    assert names == ["Nguyễn Văn An", "Lê Thị Ánh", "Trần Văn Bình", "Đỗ Văn Em"]
    evil = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert len(evil) == 4 and all(c.data_type == "s" for c in evil)
    assert dt.datetime(1980, 9, 5) in flat  # a real date cell
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows
    assert export_members(session, target, include_left=True) == 5
    assert not list(tmp_path.glob("*.tmp"))
