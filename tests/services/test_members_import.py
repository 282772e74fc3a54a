"""Import through the service: preview, matching, all-or-nothing write, problem rows."""

import datetime as dt

import pytest
import xlsx_shapes as shapes
from openpyxl import load_workbook

from chibo_app.core.member_import import Decision, RowStatus
from chibo_app.core.people import Kind, Person
from chibo_app.errors import ChiboError
from chibo_app.services import people
from chibo_app.services.members_import import apply_import, preview_file, save_problem_rows
from chibo_app.storage import records

SHAPES = [
    shapes.make_simple_list,
    shapes.make_titled_list,
    shapes.make_two_row_header,
    shapes.make_column_number_row,
    shapes.make_with_footer,
    shapes.make_signature_without_total,
    shapes.make_merged_units,
    shapes.make_tcvn3_list,
    shapes.make_vni_list,
    shapes.make_second_sheet_list,
]


def names_in_db(session):
    return sorted(r.full_name for r in people.list_rows(session))


@pytest.mark.parametrize("make", SHAPES, ids=lambda f: f.__name__)
def test_every_real_world_shape_imports_the_people(session, tmp_path, make):
    path = make(tmp_path / "list.xlsx")
    preview = preview_file(session, path)
    assert preview.blocking_rows == [], [(r.row_number, r.reason) for r in preview.blocking_rows]
    assert people.list_rows(session) == []  # the preview writes nothing
    result = apply_import(session, preview)
    assert result.added == len(preview.rows) > 0
    imported = names_in_db(session)
    assert set(imported) <= set(shapes.NAMES)
    assert "Nguyễn Văn An" in imported


def test_messy_values_are_cleaned_and_implausible_cards_flagged(session, tmp_path):
    preview = preview_file(session, shapes.make_messy_values(tmp_path / "a.xlsx"))
    invalid = {r.person.party_card for r in preview.rows if r.status == RowStatus.INVALID}
    assert invalid == {"99", "100"}  # too short for a party card number
    apply_import(session, preview, skip_problem_rows=True)
    assert {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Đỗ Thị Ánh"} <= set(
        names_in_db(session)
    )


def test_imported_values_are_parsed(session, tmp_path):
    apply_import(session, preview_file(session, shapes.make_titled_list(tmp_path / "a.xlsx")))
    an = next(r for r in people.list_rows(session) if r.full_name == "Nguyễn Văn An")
    assert (an.sex, an.birth_date, an.party_card) == ("Nam", "1980-09-05", "01234567")
    assert (an.admitted_on, an.full_member_on, an.kind) == ("2005-03-12", "2006-03-12", Kind.FULL)
    assert (an.unit, an.party_position, an.government_position) == (
        "Văn phòng",
        "Bí thư",
        "Chánh Văn phòng",
    )


def test_two_row_header_gives_sex_from_the_column(session, tmp_path):
    apply_import(session, preview_file(session, shapes.make_two_row_header(tmp_path / "a.xlsx")))
    by_name = {r.full_name: r.sex for r in people.list_rows(session)}
    assert by_name["Trần Thị Bình"] == "Nữ" and by_name["Nguyễn Văn An"] == "Nam"


def test_legacy_encoding_is_reported_and_converted(session, tmp_path):
    preview = preview_file(session, shapes.make_tcvn3_list(tmp_path / "a.xlsx"))
    assert preview.encoding == "tcvn3"
    assert {r.person.full_name for r in preview.rows} <= set(shapes.NAMES)


def test_reimport_matches_on_card_and_reports_changes(session, tmp_path):
    path = shapes.make_simple_list(tmp_path / "a.xlsx")
    apply_import(session, preview_file(session, path))
    history_before = session.db.execute("SELECT count(*) FROM change_history").fetchone()[0]
    again = preview_file(session, path)
    assert again.count(RowStatus.MATCHED) == len(again.rows)
    assert all(row.changes == [] for row in again.rows)
    result = apply_import(session, again)
    assert (result.added, result.updated) == (0, len(again.rows))
    history_after = session.db.execute("SELECT count(*) FROM change_history").fetchone()[0]
    assert history_after == history_before  # nothing changed, nothing recorded


def test_match_on_name_and_birth_date_fills_the_card(session, tmp_path):
    people.save_person(session, Person(full_name="Nguyễn Văn An", birth_date="1980-09-05"))
    preview = preview_file(session, shapes.make_simple_list(tmp_path / "a.xlsx"))
    an = next(r for r in preview.rows if r.person.full_name == "Nguyễn Văn An")
    assert an.status == RowStatus.MATCHED
    assert any("Số thẻ đảng viên" in str(change) for change in an.changes)


def test_name_alone_is_never_merged_without_asking(session, tmp_path):
    existing = people.save_person(session, Person(full_name="Nguyễn Văn An"))
    path = shapes.make_simple_list(tmp_path / "a.xlsx")
    preview = preview_file(session, path)
    an = next(r for r in preview.rows if r.person.full_name == "Nguyễn Văn An")
    assert an.status == RowStatus.CONFLICT and an.match_id == existing
    assert "cần xác nhận" in an.reason
    with pytest.raises(ChiboError):
        apply_import(session, preview)
    assert names_in_db(session) == ["Nguyễn Văn An"]  # all or nothing
    apply_import(session, preview, decisions={an.row_number: Decision.MERGE})
    assert people.get_person(session, existing).party_card == "01234567"
    assert names_in_db(session).count("Nguyễn Văn An") == 1


def test_card_owned_by_someone_else_is_a_conflict(session, tmp_path):
    people.save_person(session, Person(full_name="Phạm Văn Khác", party_card="01234567"))
    preview = preview_file(session, shapes.make_simple_list(tmp_path / "a.xlsx"))
    an = next(r for r in preview.rows if r.person.full_name == "Nguyễn Văn An")
    assert an.status == RowStatus.CONFLICT and "Phạm Văn Khác" in an.reason
    with pytest.raises(ChiboError):  # adding anyway would duplicate the card: refused whole
        apply_import(session, preview, decisions={an.row_number: Decision.ADD_NEW})
    assert names_in_db(session) == ["Phạm Văn Khác"]


def invalid_file(tmp_path):
    rows = [
        ["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Đơn vị"],
        [1, "Nguyễn Văn An", "05/09/1980", "111111", "Văn phòng"],
        [2, "Trần Thị Bình", "31/02/1985", "222222", "@SUM(A1:A9)"],
        [3, "Lê Văn Cường", "01/01/2030", "333333", "-1+2"],
        [4, '=HYPERLINK("http://x")', "01/01/1980", "444444", "Văn phòng"],
        [5, "Phạm Thị Dung", "01/01/1990", "111111", "Văn phòng"],
    ]
    return shapes.write_sheet(tmp_path / "bad.xlsx", rows)


def test_invalid_rows_have_reasons_and_block_the_write(session, tmp_path):
    preview = preview_file(session, invalid_file(tmp_path))
    status = {r.row_number: r.status for r in preview.rows}
    assert status[2] == RowStatus.NEW
    assert status[3] == status[4] == status[5] == RowStatus.INVALID
    assert status[6] == RowStatus.CONFLICT  # same card as row 2 of the file
    reasons = {r.row_number: r.reason for r in preview.rows}
    assert "không phải là ngày có thật" in reasons[3]
    assert "tương lai" in reasons[4]
    with pytest.raises(ChiboError):
        apply_import(session, preview)
    assert names_in_db(session) == []
    result = apply_import(session, preview, skip_problem_rows=True)
    assert (result.added, result.skipped) == (1, 4)


def test_problem_rows_saved_for_fixing_keep_text_as_text(session, tmp_path):
    preview = preview_file(session, invalid_file(tmp_path))
    out = tmp_path / "loi.xlsx"
    assert save_problem_rows(preview, out) == 4
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["Dòng trong tệp gốc", "Lý do"]
    assert [v[0] for v in values[1:]] == [3, 4, 5, 6]
    risky = [c for row in sheet.iter_rows() for c in row if str(c.value)[:1] in "@-"]
    assert {c.value for c in risky} == {"@SUM(A1:A9)", "-1+2"}
    assert all(c.data_type == "s" for c in risky)


def dump(session):
    """Every row of every table: what "nothing is written" compares."""
    tables = [r[0] for r in session.db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: session.db.execute(f"SELECT * FROM [{t}]").fetchall() for t in tables}


def test_corrected_mapping_is_remembered_once_the_import_is_written(session, tmp_path):
    path = shapes.make_simple_list(tmp_path / "a.xlsx")
    first = preview_file(session, path)
    mapping = dict(first.columns)
    mapping["notes"] = mapping.pop("government_position")
    before = dump(session)
    corrected = preview_file(session, path, mapping)
    assert corrected.columns["notes"] == first.columns["government_position"]
    assert dump(session) == before  # a preview writes nothing, not even the mapping
    assert preview_file(session, path).columns == first.columns
    apply_import(session, corrected, skip_problem_rows=True)
    again = preview_file(session, path)
    assert again.columns == corrected.columns
    rows = session.db.execute("SELECT count(*) FROM import_mappings").fetchone()[0]
    assert rows == 1


def test_a_mapping_to_an_unknown_field_is_refused_before_reading(session, tmp_path):
    path = shapes.make_simple_list(tmp_path / "a.xlsx")
    with pytest.raises(ChiboError, match="Cột không hợp lệ: ghi_chu"):
        preview_file(session, path, {"full_name": 1, "ghi_chu": 2})


@pytest.mark.parametrize(
    "make",
    [
        shapes.make_random_bytes,
        shapes.make_renamed_docx,
        shapes.make_empty_workbook,
        shapes.make_no_header,
        shapes.make_old_xls,
    ],
    ids=lambda f: f.__name__,
)
def test_bad_files_get_one_clear_message(session, tmp_path, make):
    path = make(tmp_path / ("bad.xls" if make is shapes.make_old_xls else "bad.xlsx"))
    with pytest.raises(ChiboError) as error:
        preview_file(session, path)
    assert str(error.value).strip()
    assert people.list_rows(session) == []
    assert records.history_of(session.db, "people", 1) == []


@pytest.mark.parametrize(
    ("epoch", "serial"),
    [("1900", 29469), ("1904", 28007)],  # both 05/09/1980 in their workbook's system
)
def test_serial_dates_count_from_the_workbooks_own_day_zero(session, tmp_path, epoch, serial):
    """A birth date typed as a bare number (a cell without a date format) reads as the day
    the workbook meant, in the 1900 system (Excel's default) and the 1904 one (old Mac
    Excel), and a date-formatted cell in a 1904 workbook too."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook = Workbook()
    if epoch == "1904":
        workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng"])
    sheet.append([1, "Nguyễn Văn An", serial, None])
    sheet.append([2, "Trần Thị Bình", dt.datetime(1985, 2, 3), dt.datetime(2010, 5, 19)])
    sheet.cell(3, 3).number_format = "dd/mm/yyyy"
    sheet.cell(3, 4).number_format = "dd/mm/yyyy"
    path = tmp_path / f"lich-{epoch}.xlsx"
    workbook.save(path)
    rows = preview_file(session, path).rows
    assert rows[0].person.birth_date == "1980-09-05"
    assert (rows[1].person.birth_date, rows[1].person.admitted_on) == ("1985-02-03", "2010-05-19")


def test_problem_rows_keep_every_column_and_the_unit_of_a_heading(session, tmp_path):
    rows = [
        ["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Quê quán"],
        ["I. VĂN PHÒNG"],
        [1, "Nguyễn Văn An", dt.datetime(1980, 9, 5), "111111", "Nghệ An"],
        [2, "Trần Thị Bình", "31/02/1990", "222222", "Hà Tĩnh"],
        ["II. PHÒNG LÃNH SỰ"],
        [3, "Lê Văn Cường", dt.datetime(2090, 1, 1), "333333", "Quảng Bình"],
    ]
    source = shapes.write_sheet(tmp_path / "nhom.xlsx", rows, merges=["A2:E2", "A5:E5"])
    preview = preview_file(session, source)
    out = tmp_path / "dong can sua.xlsx"
    assert save_problem_rows(preview, out) == 2
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == [
        "Dòng trong tệp gốc", "Lý do", "STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên",
        "Quê quán", "Đơn vị (theo dòng tiêu đề nhóm)",
    ]  # fmt: skip
    assert values[1][0] == 4 and values[1][2:] == [
        2, "Trần Thị Bình", "31/02/1990", "222222", "Hà Tĩnh", "Văn phòng"
    ]  # fmt: skip
    assert values[2][2:] == [
        3, "Lê Văn Cường", dt.datetime(2090, 1, 1), "333333", "Quảng Bình", "Phòng lãnh sự"
    ]  # fmt: skip
    assert sheet.cell(3, 5).number_format == "DD/MM/YYYY"
    assert sheet.cell(1, 1).font.b and sheet.freeze_panes == "C2"
    assert sheet.column_dimensions["D"].width >= len("Lê Văn Cường")


def test_a_matched_row_shows_what_the_import_will_change_field_by_field(session, tmp_path):
    """Not only "trùng với …": her unit, her post and a new phone, old → new, as written
    into the register by the import; a date as the secretary types it."""
    from openpyxl import Workbook

    from chibo_app.core.people import Position, PositionKind
    from chibo_app.services import cell

    office = cell.add_unit(session, "Văn phòng")
    person_id = people.save_person(
        session,
        Person(
            full_name="Lê Thị Ánh", party_card="10000002", unit_id=office, admitted_on="2019-01"
        ),
    )
    people.save_position(
        session, Position(person_id, PositionKind.GOVERNMENT, "Chánh Văn phòng", "2019")
    )
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Số thẻ đảng viên", "Ngày vào Đảng", "Đơn vị", "Chức vụ",
                  "Điện thoại"])  # fmt: skip
    sheet.append([1, "Lê Thị Ánh", "10000002", "15/01/2019", "Phòng Kế hoạch", "Trưởng phòng",
                  "0912 345 678"])  # fmt: skip
    path = tmp_path / "ds.xlsx"
    workbook.save(path)
    row = preview_file(session, path).rows[0]
    assert (row.status, row.match_name) == (RowStatus.MATCHED, "Lê Thị Ánh")
    assert [str(change) for change in row.changes] == [
        "Ngày vào Đảng: 01/2019 → 15/01/2019",
        "Điện thoại: — → 0912 345 678",
        "Đơn vị: Văn phòng → Phòng Kế hoạch",
        "Chức vụ chính quyền, đoàn thể: Chánh Văn phòng → Trưởng phòng",
    ]
    # What was announced is what the import writes.
    apply_import(session, preview_file(session, path))
    after = people.list_rows(session, person_id)[0]
    assert (after.unit, after.government_position) == ("Phòng Kế hoạch", "Trưởng phòng")
    assert people.get_person(session, person_id).admitted_on == "2019-01-15"
