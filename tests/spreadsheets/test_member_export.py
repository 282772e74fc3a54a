import datetime as dt
import errno
import zipfile

import pytest
from openpyxl import load_workbook
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.workbook import Workbook as XlsxWorkbook

from chibo_app.errors import ChiboError
from chibo_app.spreadsheets.member_export import DEFAULT_COLUMNS, write_member_list

TITLE = [
    "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
    "CHI BỘ SỞ NGOẠI VỤ",
    "",
    "DANH SÁCH ĐẢNG VIÊN",
    "(Tính đến ngày 15/3/2026)",
]
HEADER_ROW = len(TITLE) + 2


def person(**changes):
    base = {
        "full_name": "Nguyễn Văn An",
        "sex": "Nam",
        "birth_date": "1980-09-05",
        "kind_label": "Chính thức",
        "party_card": "01234567",
        "admitted_on": "2005-03-12",
        "full_member_on": "2006-03-12",
        "unit": "Văn phòng",
        "party_position": "Bí thư",
        "government_position": "Chánh Văn phòng",
        "status_label": "Đang sinh hoạt",
    }
    base.update(changes)
    return base


@pytest.fixture
def exported(tmp_path):
    people = [
        person(),
        person(
            full_name="Trần Thị Bình",
            sex="Nữ",
            birth_date="1985",
            full_member_on=None,
            party_card="",
            kind_label="Dự bị",
        ),
        person(
            full_name='=HYPERLINK("http://x","bấm")',
            unit="+1+2",
            party_position="-5",
            government_position="@SUM(A1)",
            status_label="\tTab",
            party_card="\r13",
        ),
    ]
    path = tmp_path / "danh-sach.xlsx"
    write_member_list(path, people, title_lines=TITLE)
    return path


def test_values_and_layout(exported):
    sheet = load_workbook(exported).active
    assert [sheet.cell(r, 1).value for r in range(1, 6)] == [t or None for t in TITLE]
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header == [label for _k, label, _w in DEFAULT_COLUMNS]
    assert header[:4] == ["STT", "Họ và tên", "Giới tính", "Ngày sinh"]
    first = [c.value for c in sheet[HEADER_ROW + 1]]
    assert first == [
        1,
        "Nguyễn Văn An",
        "Nam",
        dt.datetime(1980, 9, 5),  # real dates: Excel sorts and filters by them
        "Chính thức",
        "01234567",
        dt.datetime(2005, 3, 12),
        dt.datetime(2006, 3, 12),
        "Văn phòng",
        "Bí thư",
        "Chánh Văn phòng",
        "Đang sinh hoạt",
    ]
    for column in (4, 7, 8):  # shown as on paper, whatever the reader's locale
        assert sheet.cell(HEADER_ROW + 1, column).number_format == "DD/MM/YYYY"
    second = [c.value for c in sheet[HEADER_ROW + 2]]
    assert second[0] == 2 and second[3] == "1985" and second[7] is None  # year only; no date
    assert sheet.max_row == HEADER_ROW + 3


def test_formula_like_text_stays_text(exported):
    sheet = load_workbook(exported).active
    row = HEADER_ROW + 3
    cells = {c.column: c for c in sheet[row]}
    assert cells[2].value == '=HYPERLINK("http://x","bấm")'
    assert cells[9].value == "+1+2" and cells[10].value == "-5"
    assert cells[11].value == "@SUM(A1)" and cells[12].value == "\tTab"
    assert cells[6].value == "\n13"  # CR becomes LF (XML cannot keep a raw CR)
    for column in (2, 9, 10, 11, 12):
        assert cells[column].data_type == "s"
        assert cells[column].quotePrefix  # stays text if the user edits it in Excel
    assert not sheet.cell(HEADER_ROW + 1, 2).quotePrefix
    # No formula anywhere in the sheet; the text is a shared string.
    with zipfile.ZipFile(exported) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert "HYPERLINK" in strings and "HYPERLINK" not in xml


def test_print_setup(exported):
    sheet = load_workbook(exported).active
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    # No fitToWidth is 1, the OOXML default (Excel leaves it out too); 0: pages tall as needed.
    fit_width = sheet.page_setup.fitToWidth
    assert (1 if fit_width is None else fit_width, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows.replace("$", "") == f"{HEADER_ROW}:{HEADER_ROW}"
    assert sheet.page_margins.left == 0.5 and sheet.page_margins.top == 0.6
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert "Trang &P/&N" in sheet.oddFooter.center.text


def test_styles(exported):
    sheet = load_workbook(exported).active
    assert "A1:L1" in {str(r) for r in sheet.merged_cells.ranges}
    assert "A3:L3" not in {str(r) for r in sheet.merged_cells.ranges}  # the blank line
    title = sheet["A4"]
    assert title.font.b and title.font.sz == 14 and title.alignment.horizontal == "center"
    assert sheet["A5"].font.i
    header = sheet.cell(HEADER_ROW, 2)
    assert header.font.b and header.font.name == "Times New Roman"
    assert header.border.top.style == "thin"
    body = sheet.cell(HEADER_ROW + 1, 2)
    assert body.font.name == "Times New Roman" and body.font.sz == 12 and not body.font.b
    # The grid: one always-true conditional format over every body cell, empty ones too.
    (grid,) = sheet.conditional_formatting
    last_row = sheet.max_row
    assert str(grid.sqref) == f"A{HEADER_ROW + 1}:L{last_row}"
    (rule,) = grid.rules
    assert rule.formula == ["TRUE"]
    assert {rule.dxf.border.left.style, rule.dxf.border.bottom.style} == {"thin"}
    assert sheet.column_dimensions["B"].width >= 24  # at least the planned width


def test_custom_columns(tmp_path):
    path = tmp_path / "c.xlsx"
    write_member_list(
        path,
        [person()],
        title_lines=["DANH SÁCH"],
        columns=[("stt", "TT", 4), ("full_name", "Họ và tên", 30), ("birth_date", "Năm sinh", 10)],
    )
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[3]] == ["TT", "Họ và tên", "Năm sinh"]
    assert [c.value for c in sheet[4]] == [1, "Nguyễn Văn An", dt.datetime(1980, 9, 5)]
    assert sheet.print_title_rows.replace("$", "") == "3:3"


def test_control_characters_are_dropped_not_fatal(tmp_path):
    path = tmp_path / "c.xlsx"
    write_member_list(path, [person(full_name="Lê\x07 Văn\x00 Tám")], title_lines=[])
    assert load_workbook(path).active.cell(3, 2).value == "Lê Văn Tám"


def test_written_atomically(tmp_path, monkeypatch):
    path = tmp_path / "d.xlsx"
    path.write_bytes(b"old")
    original_close = XlsxWorkbook.close

    def failing_close(self):
        original_close(self)  # a whole temporary file, then the disk "fails"
        raise FileCreateError(OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(XlsxWorkbook, "close", failing_close)
    with pytest.raises(ChiboError, match="Không ghi được tệp “d.xlsx”: ổ đĩa đã đầy"):
        write_member_list(path, [person()], title_lines=["X"])
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["d.xlsx"]


def test_many_rows_round_trip(tmp_path):
    path = tmp_path / "big.xlsx"
    people = [person(full_name=f"Người {i}", party_card=str(i)) for i in range(600)]
    write_member_list(path, people, title_lines=TITLE)
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert len(rows) == 600 and rows[-1][0] == 600 and rows[-1][1] == "Người 599"
