"""The evaluation list read back from PDF text and .xlsx; the person history PDF."""

import datetime as dt

from doc_helpers import CELL, poppler_text, squeeze
from openpyxl import load_workbook

from chibo_app.core.evaluation_list import EvaluationListData, EvaluationListRow
from chibo_app.documents.evaluation_list import write_evaluation_pdf
from chibo_app.documents.person_history import (
    HistoryTask,
    HistoryYear,
    PersonHistory,
    write_history_pdf,
)
from chibo_app.spreadsheets.evaluation_list import write_evaluation_xlsx


def _data():
    rows = [
        EvaluationListRow("Nguyễn Văn An", "Bí thư; Giám đốc Sở", 95.5,
                          "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ", "", 1),
        EvaluationListRow("Trần Thị Bình", "Đảng viên; Chuyên viên", 78,
                          "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "", 2),
        EvaluationListRow("Lê Văn Cường", "Đảng viên dự bị", None, "", "",
                          "Không đánh giá: Kết nạp chưa đủ 6 tháng", 3),
        EvaluationListRow('=HYPERLINK("x")', "Chuyên viên", None, "", "", "Quần chúng", 4,
                          party=False),
    ]  # fmt: skip
    levels = [
        ("Hoàn thành xuất sắc nhiệm vụ", 1),
        ("Hoàn thành tốt nhiệm vụ", 1),
        ("Hoàn thành nhiệm vụ", 0),
        ("Không hoàn thành nhiệm vụ", 0),
    ]
    return EvaluationListData(2026, "Quy định 366-QĐ/TW ngày 30/08/2025", rows, levels,
                              not_evaluated=1, not_classified=2, non_party=1, number=7,
                              dated=dt.date(2026, 12, 20))  # fmt: skip


def test_pdf_text(tmp_path):
    path = tmp_path / "xl.pdf"
    render, record = write_evaluation_pdf(path, _data(), CELL)
    text = squeeze(poppler_text(path))
    for line in (
        "Số 07-DS/CB",
        "DANH SÁCH",
        "đánh giá, xếp loại cán bộ, đảng viên năm 2026",
        "(Gắn với kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong "
        "cách Hồ Chí Minh năm 2026; theo Quy định 366-QĐ/TW ngày 30/08/2025)",
        "I. ĐẢNG VIÊN 1 Nguyễn Văn An",
        "95,5",
        "II. QUẦN CHÚNG 1 =HYPERLINK",
        "Tổng số: 4 người, trong đó: đảng viên 3, quần chúng 1; đảng viên được xếp loại: 2.",
        "- Hoàn thành xuất sắc nhiệm vụ: 1 (50%).",
        "- Hoàn thành nhiệm vụ: 0 (0%).",
        "- Không đánh giá, xếp loại: 1.",
        "- Chưa xếp loại: 2.",
        "- Quần chúng (không xếp loại đảng viên): 1.",
        "T/M CHI BỘ",
        "Thái Phúc Sơn",
    ):
        assert line in text, line
    assert "hoặc không xếp loại" not in text
    assert "KẾT QUẢ THỰC HIỆN KẾ HOẠCH" not in text  # 366 classifies the member, not the plan
    assert record.code[:5] in text and render.pages >= 1


def test_pdf_title_and_header_break_where_they_should(tmp_path):
    """The title is printed in the lines it is given (never "HỌC / TẬP"); the header
    "STT" fits its column."""
    path = tmp_path / "xl.pdf"
    write_evaluation_pdf(path, _data(), CELL)
    lines = [" ".join(line.split()) for line in poppler_text(path).splitlines()]
    for title in (
        "DANH SÁCH",
        "đánh giá, xếp loại cán bộ, đảng viên năm 2026",
    ):
        assert title in lines, title
    assert "STT" in lines and "ST" not in lines


def test_xlsx_read_back(tmp_path):
    path = tmp_path / "xl.xlsx"
    write_evaluation_xlsx(path, _data(), CELL, code="ABCDEFGHIJ")
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "STT")
    assert rows[header][:7] == ("STT", "Họ và tên", "Chức vụ", "Điểm", "Đề xuất xếp loại",
                               "Xếp loại", "Ghi chú")  # fmt: skip
    assert rows[header + 1][0] == "I. ĐẢNG VIÊN" and rows[header + 5][0] == "II. QUẦN CHÚNG"
    body = rows[header + 2 : header + 5]
    assert body[0][:4] == (1, "Nguyễn Văn An", "Bí thư; Giám đốc Sở", 95.5)
    assert body[0][5] == "Hoàn thành xuất sắc nhiệm vụ"
    assert body[2][6] == "Không đánh giá: Kết nạp chưa đủ 6 tháng" and body[2][3] is None
    assert rows[header + 6][0] == 1  # the quần chúng numbered from 1 in their own part
    risky = sheet.cell(header + 7, 2)
    assert risky.value == '=HYPERLINK("x")' and risky.data_type == "s" and risky.quotePrefix
    texts = [r[0] for r in rows if isinstance(r[0], str)]
    assert "- Hoàn thành tốt nhiệm vụ: 1 (50%)." in texts
    assert any("theo Quy định 366-QĐ/TW" in t for t in texts)
    assert "đánh giá, xếp loại cán bộ, đảng viên năm 2026" in texts


def test_person_history_pdf(tmp_path):
    history = PersonHistory(1, "Nguyễn Văn An", (
        HistoryYear(2025, "Đã xác nhận", (HistoryTask("Số hóa hồ sơ", "100%", "Vượt mức"),),
                    True, "Đã đánh giá", 92, "excellent", "Hoàn thành xuất sắc nhiệm vụ", None,
                    "Quy định 366-QĐ/TW"),
        HistoryYear(2024, "Đã xác nhận", (), False, "Đã đánh giá", None, None, "",
                    "Kết nạp chưa đủ 6 tháng", "Quy định 124-QĐ/TW"),
    ))  # fmt: skip
    path = tmp_path / "ls.pdf"
    write_history_pdf(path, history, CELL, dated=dt.date(2026, 1, 5))
    text = squeeze(poppler_text(path))
    for line in (
        "Họ và tên: Nguyễn Văn An",
        "2025",
        "Số hóa hồ sơ — Vượt mức",
        "Hoàn thành xuất sắc nhiệm vụ",
        "Không đánh giá: Kết nạp chưa đủ 6 tháng",
    ):
        assert line in text, line


def test_last_rows_go_over_with_the_totals_and_signature(tmp_path):
    from dataclasses import replace

    from pypdf import PdfReader

    template = _data()
    pages_seen = set()
    for count in range(3, 30, 2):
        rows = [
            EvaluationListRow(f"Người thứ {n}", "Đảng viên", 80, "Hoàn thành tốt nhiệm vụ",
                              "Hoàn thành tốt nhiệm vụ", "", n)
            for n in range(1, count + 1)
        ]  # fmt: skip
        path = tmp_path / f"dg-{count}.pdf"
        write_evaluation_pdf(path, replace(template, rows=rows), CELL)
        pages = [squeeze(p.extract_text() or "") for p in PdfReader(path).pages]
        pages_seen.add(len(pages))
        assert "T/M CHI BỘ" in pages[-1]
        assert f"Người thứ {count - 1}" in pages[-1] and f"Người thứ {count}" in pages[-1]
    assert len(pages_seen) >= 2  # the sweep crossed a page boundary
