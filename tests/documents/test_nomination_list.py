import datetime as dt

from doc_helpers import CELL, poppler_text, squeeze
from openpyxl import load_workbook

from chibo_app.core.nomination_list import NominationListData, NominationListRow
from chibo_app.core.nominations import Kind
from chibo_app.documents.nomination_list import write_nomination_list_pdf
from chibo_app.spreadsheets.nomination_list import write_nomination_list_xlsx

KINDS = (Kind.COLLECTIVE, Kind.INDIVIDUAL, Kind.INDIVIDUAL)


def _data(count=40):
    rows = [
        NominationListRow(
            KINDS[n % 3],
            f"Người thứ {n + 1}" if n else "Phòng Lãnh sự",
            "Chuyên viên",
            "Văn phòng Sở",
            "Cải cách thủ tục hành chính",
            "=SUM(A1) rút ngắn thời gian xử lý hồ sơ" if n == 4 else "Số hóa hồ sơ",
            "@ghi chú" if n == 5 else "",
            n + 1,
        )
        for n in range(count)
    ]
    return NominationListData(2026, rows, number=3, dated=dt.date(2026, 3, 10))


def test_pdf_text_sections_and_register_number(tmp_path):
    path = tmp_path / "ds.pdf"
    render, record = write_nomination_list_pdf(path, _data(), CELL)
    assert render.pages >= 2
    text = squeeze(poppler_text(path))
    for line in (
        "Số 03-DS/CB",
        "Hà Tĩnh, ngày 10 tháng 3 năm 2026",
        # the kind's name in capitals, the trích yếu under it in lower case (36-HD/VPTW)
        "DANH SÁCH tập thể, cá nhân đăng ký điển hình, mô hình tiêu biểu trong học tập và "
        "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026",
        "I. TẬP THỂ",
        "II. CÁ NHÂN",
        "III. MÔ HÌNH, CÁCH LÀM HAY",
        "Không có",
        "Tổng số: 14 tập thể, 26 cá nhân, 0 mô hình, cách làm hay.",
        "T/M CHI BỘ",
        "Thái Phúc Sơn",
    ):
        assert line in text, line
    assert record.code[:5] in poppler_text(path, 2)
    assert "Nội dung đăng ký" in poppler_text(path, 2)  # the header repeated


def test_xlsx_merges_print_setup_and_text_cells(tmp_path):
    path = tmp_path / "ds.xlsx"
    write_nomination_list_xlsx(path, _data(), CELL, code="ABCDEFGHIJ")
    sheet = load_workbook(path).active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:C1", "D1:G1", "A6:G6", "E10:F10", "A10:A11", "G10:G11", "A12:G12"} <= merged
    assert sheet["A6"].value == "DANH SÁCH"
    assert sheet["A7"].value == "tập thể, cá nhân đăng ký điển hình, mô hình tiêu biểu"
    assert sheet["A8"].value == (
        "trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026"
    )
    assert (
        sheet["E10"].value == "Nội dung đăng ký"
        and sheet["F11"].value == "Mô hình, thành tích đăng ký"
    )
    assert sheet["A12"].value == "I. TẬP THỂ"
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    # No fitToWidth is 1, the OOXML default (Excel leaves it out too); 0: pages tall as needed.
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$10:$11"
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value.startswith(("=", "@"))]
    assert len(risky) == 2 and all(c.data_type == "s" for c in risky)
    assert all(c.font.name == "Times New Roman" for c in cells if c.row > 12)
    body = sheet["F13"]
    assert body.alignment.wrap_text and body.value == "Số hóa hồ sơ"
    assert any("Mã xác thực: ABCDE-FGHIJ" == c.value for c in cells)


def test_the_title_case_leaves_the_code_of_lists_printed_before(tmp_path, monkeypatch):
    """The title's case is layout: a list printed with the capitals of earlier versions
    keeps its verification code (a reprint is recognised as unchanged)."""
    from chibo_app.core import nomination_list

    _render, now = write_nomination_list_pdf(tmp_path / "now.pdf", _data(5), CELL)
    monkeypatch.setattr(
        nomination_list,
        "title_lines",
        lambda year: [
            "DANH SÁCH",
            "TẬP THỂ, CÁ NHÂN ĐĂNG KÝ ĐIỂN HÌNH, MÔ HÌNH TIÊU BIỂU",
            f"TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM {year}",
        ],
    )
    _render, before = write_nomination_list_pdf(tmp_path / "before.pdf", _data(5), CELL)
    assert "TẬP THỂ, CÁ NHÂN ĐĂNG KÝ" in squeeze(poppler_text(tmp_path / "before.pdf"))
    assert (now.code, now.title) == (before.code, before.title)
