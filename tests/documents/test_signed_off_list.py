import datetime as dt

import pytest
from doc_helpers import ALPHABET_LINE, CELL, first_line, poppler_text, pypdf_text, squeeze
from openpyxl import load_workbook

from chibo_app.core.signed_off_list import SignedOffListData, SignedOffRow
from chibo_app.documents.signed_off_list import write_signed_off_pdf
from chibo_app.spreadsheets.signed_off_list import write_signed_off_xlsx


def _data(count=60, first_name="Nguyễn Văn An"):
    rows = [
        SignedOffRow(
            first_name if n == 0 else f"Người thứ {n + 1}",
            "Chi ủy viên",
            "Chuyên viên",
            "Phòng Lãnh sự",
            dt.date(2026, 3, 1 + n % 28),
            dt.date(2026, 3, 20),
            person_id=n + 1,
        )
        for n in range(count)
    ]
    return SignedOffListData(
        year=2026, rows=rows, total=count + 5, number=5, dated=dt.date(2026, 4, 2)
    )


def test_pdf_layout_text_and_repeated_header(tmp_path):
    path = tmp_path / "ds.pdf"
    render, record = write_signed_off_pdf(path, _data(), CELL)
    assert render.pages >= 2
    text = squeeze(poppler_text(path))
    for line in (
        "Số 05-DS/CB",
        "Hà Tĩnh, ngày 02 tháng 4 năm 2026",
        "DANH SÁCH",
        # the trích yếu in lower case under the kind's name (36-HD/VPTW)
        "đảng viên xây dựng kế hoạch học tập và làm theo",
        "tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026",
        "đã được chi bộ xác nhận",
        "Tổng số: 60/65 kế hoạch đã được chi bộ xác nhận.",
        "Nơi nhận:",
        "- Đảng ủy Ủy ban nhân dân tỉnh,",
        "- Lưu Văn phòng Chi bộ.",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Thái Phúc Sơn",
        "01/03/2026",
    ):
        assert line in text, line
    for page in range(2, render.pages + 1):
        page_text = poppler_text(path, page)
        assert first_line(page_text) == str(page)
        if "Người thứ" in page_text:  # a page of the table: its header row repeated
            assert "Họ và tên" in page_text and "Ký tên" in page_text
        assert record.code[:5] in page_text


def test_pdf_keeps_diacritics_of_names(tmp_path):
    path = tmp_path / "ds.pdf"
    write_signed_off_pdf(path, _data(3, first_name=ALPHABET_LINE), CELL)
    # pypdf: pdftotext interleaves the narrow name column with its neighbours.
    text = "".join(pypdf_text(path).split())
    assert "".join(ALPHABET_LINE.split()) in text


def test_the_archive_line_of_noi_nhan_is_the_cells_setting(tmp_path):
    """'Lưu Văn phòng Chi bộ' as seed 003 by default; what the cell set, in every format."""
    from dataclasses import replace

    path = tmp_path / "ds.pdf"
    write_signed_off_pdf(path, _data(3), replace(CELL, archive="Lưu: VT, Chi ủy"))
    text = squeeze(poppler_text(path))
    assert "- Lưu: VT, Chi ủy." in text and "Lưu Văn phòng Chi bộ" not in text
    sheet_path = tmp_path / "ds.xlsx"
    write_signed_off_xlsx(sheet_path, _data(3), replace(CELL, archive="Lưu: VT, Chi ủy"))
    texts = [c for r in load_workbook(sheet_path).active.iter_rows(values_only=True) for c in r]
    assert any(isinstance(c, str) and "Lưu: VT, Chi ủy" in c for c in texts)


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "ds.xlsx"
    data = _data(30, first_name='=HYPERLINK("http://x")')
    write_signed_off_xlsx(path, data, CELL, code="ABCDEFGHIJ")
    return load_workbook(path).active


def test_xlsx_values_and_safe_text(sheet):
    rows = list(sheet.iter_rows(values_only=True))
    header_index = next(i for i, r in enumerate(rows) if r[0] == "STT")
    assert rows[header_index] == (
        "STT",
        "Họ và tên",
        "Chức vụ đảng",
        "Chức vụ chính quyền",
        "Đơn vị",
        "Ngày nộp",
        "Ngày xác nhận",
        "Ký tên",
    )
    first = rows[header_index + 1]
    assert first[:7] == (
        1,
        '=HYPERLINK("http://x")',
        "Chi ủy viên",
        "Chuyên viên",
        "Phòng Lãnh sự",
        dt.datetime(2026, 3, 1),  # real dates, shown as on paper
        dt.datetime(2026, 3, 20),
    )
    assert sheet.cell(header_index + 2, 6).number_format == "DD/MM/YYYY"
    cell = sheet.cell(header_index + 2, 2)
    assert cell.data_type == "s" and cell.quotePrefix
    flat = [v for r in rows for v in r if v]
    assert "Tổng số: 30/35 kế hoạch đã được chi bộ xác nhận." in flat
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in flat and "Số 05-DS/CB" in flat
    assert "Mã xác thực: ABCDE-FGHIJ" in flat


def test_xlsx_print_setup(sheet):
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # No fitToWidth is 1, the OOXML default (Excel leaves it out too); 0: pages tall as needed.
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    header_row = next(r[0].row for r in sheet.iter_rows() if r[0].value == "STT")
    assert sheet.print_title_rows.replace("$", "") == f"{header_row}:{header_row}"


def test_last_rows_go_over_with_totals_and_signature(tmp_path):
    """Whatever the length, the page with the signature also holds the last two people
    of the list and the header repeated above them."""
    from pypdf import PdfReader

    seen_pages = set()
    for count in range(8, 40, 2):
        path = tmp_path / f"ds-{count}.pdf"
        write_signed_off_pdf(path, _data(count), CELL)
        pages = [squeeze(p.extract_text() or "") for p in PdfReader(path).pages]
        seen_pages.add(len(pages))
        last = pages[-1]
        assert "T/M CHI BỘ" in last and "Tổng số" in last
        assert squeeze(f"Người thứ {count}") in last
        assert squeeze(f"Người thứ {count - 1}") in last, count
        if len(pages) > 1:
            assert "Họ và tên" in last  # the header repeated over the rows carried over
        names = [squeeze(f"Người thứ {n}") for n in range(2, count + 1)]
        everything = "".join(pages)
        assert all(everything.count(name) >= 1 for name in names)  # nobody lost in a split
    assert seen_pages >= {1, 2}  # the sweep crossed a page boundary
