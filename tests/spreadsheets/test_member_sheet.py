import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import xlsx_shapes as shapes  # noqa: E402

from chibo_app.core.dates import parse_date  # noqa: E402
from chibo_app.core.text import title_case_name  # noqa: E402
from chibo_app.errors import ChiboError  # noqa: E402
from chibo_app.spreadsheets.member_sheet import read_member_sheet  # noqa: E402

EXPECTED_COLUMNS = {
    "full_name": 2,
    "sex": 3,
    "birth_date": 4,
    "party_card": 5,
    "admitted_on": 6,
    "full_member_on": 7,
    "unit": 8,
    "party_position": 9,
    "government_position": 10,
}


def names(reading):
    return [row.values["full_name"] for row in reading.rows]


def assert_people(reading, title_case=False):
    assert len(reading.rows) == len(shapes.PEOPLE)
    for row, person in zip(reading.rows, shapes.PEOPLE, strict=True):
        name, sex, birth, card, admitted, full, unit, party, gov = person
        got = row.values
        assert (title_case_name(got["full_name"]) if title_case else got["full_name"]) == name
        assert parse_date(got["birth_date"]) == parse_date(birth)
        assert got["party_card"] == card
        assert parse_date(got["admitted_on"]) == parse_date(admitted)
        assert parse_date(got["full_member_on"]) == (parse_date(full) if full else None)
        positions = (got["unit"], got["party_position"], got["government_position"])
        assert positions == (unit, party, gov)
        assert got.get("sex", row.sex_from_layout) == sex or row.sex_from_layout == sex


def test_simple_list(tmp_path):
    reading = read_member_sheet(shapes.make_simple_list(tmp_path / "a.xlsx"))
    assert (reading.header_row, reading.header_rows, reading.encoding) == (1, 1, None)
    assert reading.columns == EXPECTED_COLUMNS
    assert reading.labels[1] == "STT" and reading.labels[2] == "Họ và tên"
    assert [r.row_number for r in reading.rows] == [2, 3, 4, 5, 6, 7]
    assert reading.sheet_name == "Danh sách"
    assert_people(reading)


@pytest.mark.parametrize("header_row", [5, 7, 8, 12, 15])
def test_title_rows_and_header_anywhere_in_the_first_rows(tmp_path, header_row):
    reading = read_member_sheet(shapes.make_titled_list(tmp_path / "t.xlsx", header_row))
    assert reading.header_row == header_row
    assert reading.columns == EXPECTED_COLUMNS
    assert reading.title_text.splitlines()[:2] == [
        "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
        "CHI BỘ SỞ NGOẠI VỤ",
    ]
    assert "DANH SÁCH ĐẢNG VIÊN" in reading.title_text
    assert reading.rows[0].row_number == header_row + 1
    assert_people(reading)


def test_two_row_header_with_sex_from_layout(tmp_path):
    reading = read_member_sheet(shapes.make_two_row_header(tmp_path / "two.xlsx"))
    assert (reading.header_row, reading.header_rows) == (7, 2)
    assert reading.columns == {
        "full_name": 2,
        "birth_date": 3,
        "party_card": 5,
        "admitted_on": 6,
        "full_member_on": 7,
        "unit": 8,
        "party_position": 9,
        "government_position": 10,
    }
    assert reading.labels[3] == "Ngày sinh / Nam" and reading.labels[4] == "Ngày sinh / Nữ"
    assert reading.labels[7] == "Ngày vào Đảng / Chính thức"
    assert reading.sex_columns == {3: ("birth_date", "Nam"), 4: ("birth_date", "Nữ")}
    assert [r.sex_from_layout for r in reading.rows] == [p[1] for p in shapes.PEOPLE]
    assert_people(reading)


def test_two_row_header_without_merge_information(tmp_path):
    # Some tools write no <mergeCells>: the sub-labels still belong to the label on the left.
    rows = [
        ["STT", "Họ và tên", "Ngày sinh", None, "Số thẻ"],
        [None, None, "Nam", "Nữ", None],
        [1, "Trần Thị Bình", None, dt.datetime(1985, 11, 20), "01234568"],
    ]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "nm.xlsx", rows))
    assert reading.header_rows == 2
    assert reading.rows[0].sex_from_layout == "Nữ"
    assert reading.rows[0].values["birth_date"] == dt.datetime(1985, 11, 20)


def test_sex_marked_with_x_under_nam_nu(tmp_path):
    rows = [
        ["STT", "Họ và tên", "Giới tính", None, "Ngày sinh"],
        [None, None, "Nam", "Nữ", None],
        [1, "Nguyễn Văn An", "x", None, "05/09/1980"],
        [2, "Trần Thị Bình", None, "x", "20/11/1985"],
    ]
    path = shapes.write_sheet(
        tmp_path / "x.xlsx", rows, merges=["A1:A2", "B1:B2", "C1:D1", "E1:E2"]
    )
    reading = read_member_sheet(path)
    assert [r.sex_from_layout for r in reading.rows] == ["Nam", "Nữ"]
    assert reading.rows[1].values["birth_date"] == "20/11/1985"


def test_mapping_keeps_a_consistent_sex_layout(tmp_path):
    path = shapes.make_two_row_header(tmp_path / "two.xlsx")
    kept = read_member_sheet(path, mapping={"full_name": 2, "birth_date": 3})
    assert [r.sex_from_layout for r in kept.rows] == [p[1] for p in shapes.PEOPLE]
    assert kept.rows[1].values["birth_date"] == dt.datetime(1985, 11, 20)  # from the Nữ column
    dropped = read_member_sheet(path, mapping={"full_name": 2, "birth_date": 6})
    assert dropped.sex_columns == {} and dropped.rows[0].sex_from_layout is None


@pytest.mark.parametrize("style", ["(n)", "int", "text"])
def test_column_number_row_is_skipped(tmp_path, style):
    reading = read_member_sheet(shapes.make_column_number_row(tmp_path / "n.xlsx", style))
    assert reading.header_row == 5
    assert reading.rows[0].row_number == 7
    assert_people(reading)


def test_messy_values(tmp_path):
    reading = read_member_sheet(shapes.make_messy_values(tmp_path / "m.xlsx"))
    assert names(reading) == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "LÊ HOÀNG CƯỜNG",
        "Đỗ Thị Ánh",
        "Phạm Ngọc Ơn",
        "Hoàng Thị Thu Hương",
        "Vũ Văn Bảy",
        "Ngô Thị Tám",
    ]
    assert all(r.values["sex"] == "Nam" and r.values["unit"] == "Văn phòng" for r in reading.rows)
    births = [r.values["birth_date"] for r in reading.rows]
    assert births[0] == dt.datetime(1980, 9, 5)  # an Excel date stays a date
    assert births[1:6] == ["05/09/1980", "5/9/1980", "05-09-1980", "05.09.1980", "1980-09-05"]
    assert births[6] == 1980 and births[7] == "1980"  # year only, as number or text
    assert [parse_date(b) for b in births] == ["1980-09-05"] * 6 + ["1980", "1980"]
    cards = [r.values["party_card"] for r in reading.rows]
    assert cards == ["1234567", "12345678", "01234567", "0123", "99", "100", "A-12", None]
    # Blank rows inside the list are skipped and the list continues after them.
    assert [r.row_number for r in reading.rows] == [4, 5, 6, 8, 9, 12, 13, 14]


def test_values_are_nfc_and_single_spaced(tmp_path):
    import unicodedata

    reading = read_member_sheet(shapes.make_messy_values(tmp_path / "m.xlsx"))
    for row in reading.rows:
        for value in row.values.values():
            if isinstance(value, str):
                assert unicodedata.is_normalized("NFC", value)
                assert value == value.strip() and "  " not in value


def test_total_line_and_signature_block_end_the_list(tmp_path):
    reading = read_member_sheet(shapes.make_with_footer(tmp_path / "f.xlsx"))
    assert names(reading) == shapes.NAMES  # not "Tổng số", not the signers
    reading = read_member_sheet(shapes.make_signature_without_total(tmp_path / "s.xlsx"))
    assert names(reading) == shapes.NAMES[:3]


@pytest.mark.parametrize(
    "footer",
    [
        "Cộng",
        "Cộng: 6",
        "Tổng cộng: 6 người",
        "TỔNG SỐ 6",
        "T/M CHI BỘ",
        "TM. CHI BỘ",
        "Người lập biểu",
        "Hà Tĩnh, ngày 15 tháng 3 năm 2026",
        "Ngày 15 tháng 3 năm 2026",
    ],
)
def test_footer_texts(tmp_path, footer):
    rows = [
        shapes.HEADER,
        shapes.person_row(1, shapes.PEOPLE[0]),
        [None, footer],
        shapes.person_row(2, shapes.PEOPLE[1]),
    ]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "f.xlsx", rows))
    assert names(reading) == [shapes.NAMES[0]]


def test_people_named_like_footer_words_are_kept(tmp_path):
    rows = [
        shapes.HEADER,
        [1, "Công Tằng Tôn Nữ Hoa", "Nữ", None, None, None, None, None, "Bí thư"],
        [2, "Nguyễn Văn An", "Nam", None, None, None, None, None, "Phó Bí thư"],
    ]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "c.xlsx", rows))
    assert names(reading) == ["Công Tằng Tôn Nữ Hoa", "Nguyễn Văn An"]


def test_section_rows_and_people_over_two_excel_rows(tmp_path):
    rows = [
        shapes.HEADER,
        ["I. VĂN PHÒNG"],  # a section heading merged across the table
        shapes.person_row(1, shapes.PEOPLE[0]),
        [None, None, None, None, None, None, None, None, None, "kiêm Kế toán"],
        [None, "II. PHÒNG LÃNH SỰ"],  # or starting in the name column
        shapes.person_row(2, shapes.PEOPLE[1]),
    ]
    path = shapes.write_sheet(
        tmp_path / "sec.xlsx", rows, merges=["A2:J2", "B3:B4", "C3:C4", "B5:J5"]
    )
    reading = read_member_sheet(path)
    assert names(reading) == shapes.NAMES[:2]


def test_unit_merged_down_over_its_people(tmp_path):
    reading = read_member_sheet(shapes.make_merged_units(tmp_path / "u.xlsx"))
    assert [r.values["unit"] for r in reading.rows] == ["Văn phòng"] * 3 + ["Thanh tra Sở"]


@pytest.mark.parametrize("font", [".VnTime", ".VnTimeH"])
def test_tcvn3_file(tmp_path, font):
    reading = read_member_sheet(shapes.make_tcvn3_list(tmp_path / "tcvn3.xlsx", font))
    assert reading.encoding == "tcvn3"
    assert reading.columns == EXPECTED_COLUMNS  # header labels were TCVN3 too
    assert reading.labels[2] == ("HỌ VÀ TÊN" if font.endswith("H") else "Họ và tên")
    assert reading.title_text.splitlines()[0] == "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"
    assert_people(reading, title_case=True)  # "¸nh" has no capital code: "ánh"


def test_vni_file(tmp_path):
    reading = read_member_sheet(shapes.make_vni_list(tmp_path / "vni.xlsx"))
    assert reading.encoding == "vni"
    assert reading.columns == EXPECTED_COLUMNS
    assert reading.title_text.splitlines()[1] == "CHI BỘ SỞ NGOẠI VỤ"
    assert_people(reading)


def test_legacy_text_without_legacy_fonts(tmp_path):
    # Fonts lost (e.g. copied into a new workbook): the characters alone decide.
    reading = read_member_sheet(
        shapes.write_sheet(tmp_path / "v.xlsx", shapes._legacy_rows(shapes.unicode_to_vni))
    )
    assert reading.encoding == "vni"
    assert names(reading) == shapes.NAMES


def test_unicode_header_over_legacy_data(tmp_path):
    rows = [shapes.HEADER] + [
        [shapes.unicode_to_tcvn3(v) if isinstance(v, str) else v for v in shapes.person_row(i, p)]
        for i, p in enumerate(shapes.PEOPLE, start=1)
    ]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "h.xlsx", rows))
    assert reading.encoding == "tcvn3"
    assert [title_case_name(n) for n in names(reading)] == shapes.NAMES


def test_legacy_sheet_with_a_row_retyped_in_unicode(tmp_path):
    rows = shapes._legacy_rows(shapes.unicode_to_tcvn3)
    rows.append(shapes.person_row(7, ("Bùi Thị Yến",) + shapes.PEOPLE[0][1:]))
    path = shapes.write_sheet(tmp_path / "mix.xlsx", rows, font_name=".VnTime")
    reading = read_member_sheet(path)
    assert names(reading)[-1] == "Bùi Thị Yến"


def test_unicode_file_is_not_converted(tmp_path):
    reading = read_member_sheet(shapes.make_titled_list(tmp_path / "u.xlsx"))
    assert reading.encoding is None


def test_list_on_the_second_sheet(tmp_path):
    reading = read_member_sheet(shapes.make_second_sheet_list(tmp_path / "2.xlsx"))
    assert reading.sheet_name == "Danh sách"
    assert names(reading) == shapes.NAMES


def test_mapping_overrides_detected_columns(tmp_path):
    path = shapes.make_titled_list(tmp_path / "t.xlsx")
    reading = read_member_sheet(path, mapping={"full_name": 2, "unit": 10, "notes": 9})
    assert reading.columns == {"full_name": 2, "unit": 10, "notes": 9}
    assert reading.header_row == 7
    first = reading.rows[0].values
    assert first == {"full_name": "Nguyễn Văn An", "unit": "Chánh Văn phòng", "notes": "Bí thư"}


def test_remembered_mapping_for_the_same_header_shape(tmp_path):
    path = shapes.make_titled_list(tmp_path / "t.xlsx")
    seen = []

    def remembered(signature):
        seen.append(signature)
        return {"full_name": 2, "notes": 10}

    reading = read_member_sheet(path, remembered=remembered)
    assert seen == [reading.signature]
    assert reading.columns == {"full_name": 2, "notes": 10}
    assert read_member_sheet(path, remembered=lambda sig: None).columns == EXPECTED_COLUMNS
    # An explicit mapping wins; remembered is not asked.
    explicit = read_member_sheet(path, {"full_name": 2}, remembered=lambda sig: 1 / 0)
    assert explicit.columns == {"full_name": 2}


def test_signature_identifies_the_header_shape(tmp_path):
    a = read_member_sheet(shapes.make_simple_list(tmp_path / "a.xlsx"))
    b = read_member_sheet(shapes.make_titled_list(tmp_path / "b.xlsx", 9))
    c = read_member_sheet(shapes.make_two_row_header(tmp_path / "c.xlsx"))
    d = read_member_sheet(shapes.make_tcvn3_list(tmp_path / "d.xlsx"))
    assert a.signature == b.signature == d.signature  # same labels, same columns
    assert c.signature != a.signature
    assert len(a.signature) == 16


def test_synonyms_in_headers(tmp_path):
    header = [
        "TT",
        "Họ tên đảng viên",
        "Năm sinh",
        "Số thẻ ĐV",
        "Ngày kết nạp",
        "Ngày công nhận chính thức",
        "Chức vụ",
        "Phòng",
        "Loại đảng viên",
        "SĐT",
        "E-mail",
        "Ghi chú",
    ]
    row = [
        1,
        "Lê Văn Tám",
        1975,
        1234.0,
        "01/02/2000",
        "01/02/2001",
        "Chuyên viên",
        "Văn phòng",
        "Chính thức",
        912345678,
        "tam@example.vn",
        "  chuyển đến  ",
    ]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "s.xlsx", [header, row]))
    assert reading.columns == {
        "full_name": 2,
        "birth_date": 3,
        "party_card": 4,
        "admitted_on": 5,
        "full_member_on": 6,
        "government_position": 7,
        "unit": 8,
        "kind": 9,
        "phone": 10,
        "email": 11,
        "notes": 12,
    }
    assert reading.rows[0].values["phone"] == "912345678"
    assert reading.rows[0].values["party_card"] == "1234"
    assert reading.rows[0].values["notes"] == "chuyển đến"


# --- bad files ---------------------------------------------------------------------------

NOT_A_SPREADSHEET = "không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng"


@pytest.mark.parametrize("make", [shapes.make_random_bytes, shapes.make_renamed_docx])
def test_not_a_spreadsheet(tmp_path, make):
    path = make(tmp_path / "danh sach.xlsx")
    with pytest.raises(ChiboError) as error:
        read_member_sheet(path)
    # A renamed Word document is named as such (tests/hostile); both say "not .xlsx".
    assert "không phải là bảng tính Excel (.xlsx)" in str(error.value)
    assert "danh sach.xlsx" in str(error.value)
    # One clear message: no chained openpyxl/zipfile traceback text for the user.
    assert error.value.__cause__ is None
    assert error.value.__context__ is None or error.value.__suppress_context__


def test_empty_file_and_empty_workbook(tmp_path):
    (tmp_path / "zero.xlsx").write_bytes(b"")
    with pytest.raises(ChiboError, match=NOT_A_SPREADSHEET.replace("(", r"\(").replace(")", r"\)")):
        read_member_sheet(tmp_path / "zero.xlsx")
    with pytest.raises(ChiboError) as error:
        read_member_sheet(shapes.make_empty_workbook(tmp_path / "empty.xlsx"))
    assert "không có dữ liệu" in str(error.value) and "“Họ và tên”" in str(error.value)


def test_no_recognisable_header(tmp_path):
    with pytest.raises(ChiboError) as error:
        read_member_sheet(shapes.make_no_header(tmp_path / "cham cong.xlsx"))
    assert "Không tìm thấy dòng tiêu đề" in str(error.value) and "“Họ và tên”" in str(error.value)


def test_a_damaged_old_xls_is_named_as_such(tmp_path):
    # .xls files are read (tests/spreadsheets/test_old_formats.py); this one is only the
    # start of an OLE2 file with a "Workbook" stream: damaged, said in one sentence.
    with pytest.raises(ChiboError) as error:
        read_member_sheet(shapes.make_old_xls(tmp_path / "cu.xls"))
    assert "Excel đời cũ (.xls)" in str(error.value) and "bị hỏng" in str(error.value)
    # The same file renamed to .xlsx is still recognised as an old workbook.
    renamed = shapes.make_old_xls(tmp_path / "cu.xlsx")
    with pytest.raises(ChiboError, match="Excel đời cũ"):
        read_member_sheet(renamed)


def test_missing_file(tmp_path):
    with pytest.raises(ChiboError, match="Không tìm thấy tệp"):
        read_member_sheet(tmp_path / "khong-co.xlsx")


def test_xlsx_under_another_extension_is_read(tmp_path):
    path = shapes.make_simple_list(tmp_path / "a.xlsx")
    renamed = path.rename(tmp_path / "danh sách.xlsx.bak")
    assert names(read_member_sheet(renamed)) == shapes.NAMES


def test_big_file_is_read_completely(tmp_path):
    reading = read_member_sheet(shapes.make_big_member_file(tmp_path / "big.xlsx", 500))
    assert len(reading.rows) == 500
    assert reading.rows[-1].values["party_card"] == "10000500"


def _without_unit(row):
    row = list(row)
    row[7] = None  # the unit column left empty: the heading above says it
    return row


def test_section_headings_give_their_unit_to_the_rows_below(tmp_path):
    rows = [
        shapes.HEADER,
        ["I. VĂN PHÒNG"],  # merged across the table
        _without_unit(shapes.person_row(1, shapes.PEOPLE[0])),
        _without_unit(shapes.person_row(2, shapes.PEOPLE[1])),
        ["II. PHÒNG LÃNH SỰ"],  # not merged: numbered, capitals, alone in its row
        _without_unit(shapes.person_row(3, shapes.PEOPLE[2])),
        shapes.person_row(4, shapes.PEOPLE[3]),  # its own unit wins over the heading
    ]
    path = shapes.write_sheet(tmp_path / "units.xlsx", rows, merges=["A2:J2"])
    reading = read_member_sheet(path)
    assert names(reading) == shapes.NAMES[:4]
    assert [r.values["unit"] for r in reading.rows] == [
        "Văn phòng",
        "Văn phòng",
        "Phòng lãnh sự",
        shapes.PEOPLE[3][6],
    ]


def test_kind_headings_give_the_kind_and_keep_the_unit(tmp_path):
    rows = [
        shapes.HEADER,
        ["A. THANH TRA SỞ"],
        ["1. ĐẢNG VIÊN CHÍNH THỨC"],
        _without_unit(shapes.person_row(1, shapes.PEOPLE[0])),
        ["2. ĐẢNG VIÊN DỰ BỊ"],
        _without_unit(shapes.person_row(2, shapes.PEOPLE[1])),
    ]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "kinds.xlsx", rows))
    assert [(r.values["unit"], r.heading) for r in reading.rows] == [
        ("Thanh tra sở", "ĐẢNG VIÊN CHÍNH THỨC"),
        ("Thanh tra sở", "ĐẢNG VIÊN DỰ BỊ"),
    ]
    assert all(r.values.get("kind") is None for r in reading.rows)  # no "Loại" column


def test_kinds_over_units_keep_the_kind_across_unit_headings(tmp_path):
    rows = [
        shapes.HEADER,
        ["I. ĐẢNG VIÊN"],
        ["1. VĂN PHÒNG"],
        _without_unit(shapes.person_row(1, shapes.PEOPLE[0])),
        ["2. THANH TRA SỞ"],
        _without_unit(shapes.person_row(2, shapes.PEOPLE[1])),
        ["II. QUẦN CHÚNG"],
        ["1. VĂN PHÒNG"],
        [3, "Lê Thị Hoa", "Nữ"],
    ]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "kinds.xlsx", rows))
    assert [(r.values["unit"], r.heading) for r in reading.rows] == [
        ("Văn phòng", "ĐẢNG VIÊN"),
        ("Thanh tra sở", "ĐẢNG VIÊN"),
        ("Văn phòng", "QUẦN CHÚNG"),
    ]


def test_a_lone_name_is_not_a_heading(tmp_path):
    rows = [shapes.HEADER, [None, "Nguyễn Văn An"], [None, "Lê Thị Hoa"]]
    reading = read_member_sheet(shapes.write_sheet(tmp_path / "names.xlsx", rows))
    assert names(reading) == ["Nguyễn Văn An", "Lê Thị Hoa"]
    assert all(r.values.get("unit") is None for r in reading.rows)


def test_rows_after_the_end_of_the_list_are_never_held_against_it(tmp_path, monkeypatch):
    """The reader converts rows a chunk at a time, reading ahead of where it stops: what
    lies past a total line (here more rows than a list may have, beyond the first 500
    rows it always reads) fails nothing, as when it read row by row; the same rows
    without the total line are refused."""
    from chibo_app.spreadsheets import member_sheet

    monkeypatch.setattr(member_sheet, "MAX_DATA_ROWS", 600)
    names = [f"Nguyễn Văn {chr(65 + i % 26)}{chr(65 + i // 26)}" for i in range(550)]
    people = [[i, name, "Nam"] for i, name in enumerate(names, start=1)]
    junk = [[None, f"ghi chép {i}", "x"] for i in range(100)]
    header = ["STT", "Họ và tên", "Giới tính"]
    ended = shapes.write_sheet(tmp_path / "a.xlsx", [header, *people, ["Tổng cộng: 550"], *junk])
    assert [r.values["full_name"] for r in read_member_sheet(ended).rows] == names
    endless = shapes.write_sheet(tmp_path / "b.xlsx", [header, *people, *junk])
    with pytest.raises(ChiboError, match="600 dòng"):
        read_member_sheet(endless)


FOOTER_CASES = [
    "Tổng cộng", "TỔNG CỘNG: 25 đồng chí", "Cộng", "T/M CHI BỘ", "TM. CHI ỦY", "Bí thư",
    "BÍ THƯ", "Phó Bí thư", "Người lập biểu", "Người lập", "Xác nhận của Đảng ủy",
    "Danh sách có 25 đồng chí", "Ký tên", "Chi bộ", "Hà Tĩnh, ngày 15 tháng 3 năm 2026",
    "Ha Tinh, ngay 15/3/2026", "ngày 15 tháng 3", "Trần Văn An", "Tô Lâm", "Chiến Thắng",
    "Bình", "Danh Văn Tú", "Phó Đức Phương", "Ngày", "Người", "T", "Tong so: 5", "Ký",
    "Chu Thị Ngày", "Cong Van", "", "  ", "Xác", "Bi", "Chi", "TM", "tm ban chấp hành",
]  # fmt: skip


@pytest.mark.parametrize("text", FOOTER_CASES)
def test_footer_texts_are_told_as_the_pattern_tells_them(text):
    """is_footer_text's quick test of the first word (startswith) answers as the
    pattern alone did."""
    from chibo_app.spreadsheets import header_detection as hd

    lowered = text.lower()
    first = hd._FIRST_WORD.match(lowered)
    by_pattern = (
        (first is not None and first.group(0) in hd._FOOTER_FIRST_WORDS)
        or "ngày" in lowered
        or "ngay" in lowered
    )
    found = hd.is_footer_text(text)
    assert not found or by_pattern  # never a footer the pattern would have let through
    if by_pattern:  # past the quick test: the same rules decide
        key, folded = hd.label_key(text), hd.fold(text)
        expected = bool(key) and (
            key in hd._FOOTER_EXACT
            or bool(hd._PLACE_DATE.match(folded) or hd._TOTAL.match(folded))
            or any(key.startswith(start) for start in hd._FOOTER_STARTS)
        )
        assert found == expected
