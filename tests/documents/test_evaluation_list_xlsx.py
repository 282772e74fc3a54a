"""The evaluation list .xlsx is print-ready: every row as tall as its wrapped text,
and the totals and signature on one page with the last table rows, checked by
converting the file with LibreOffice and reading the PDF back."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import pytest
from doc_helpers import CELL
from openpyxl import load_workbook
from pypdf import PdfReader

from chibo_app.core.evaluation_list import EvaluationListData, EvaluationListRow
from chibo_app.spreadsheets.evaluation_list import write_evaluation_xlsx
from chibo_app.spreadsheets.party_sheet import LINE_HEIGHT, row_lines, text_lines
from tests import libreoffice

LEVELS = [
    ("Hoàn thành xuất sắc nhiệm vụ", 1),
    ("Hoàn thành tốt nhiệm vụ", 1),
    ("Hoàn thành nhiệm vụ", 1),
    ("Không hoàn thành nhiệm vụ", 0),
]
_ROWS = [
    ("Nguyễn Quang Dũng", "Văn thư", 100, "Hoàn thành xuất sắc nhiệm vụ", ""),
    ("Lý Phương Ánh", "Kế toán viên", 68.67, "Hoàn thành nhiệm vụ", ""),
    ("Trần Hồng Dung", "Chi ủy viên; Trưởng phòng", 59, "Hoàn thành nhiệm vụ", ""),
    ("Lê Xuân Đạt", "Trưởng phòng", None, "", "Không đánh giá: Kết nạp chưa đủ 6 tháng"),
    ("Trần Phương Dung", "Chuyên viên", None, "", "Quần chúng"),
    ("Nguyễn Văn Cường", "Chuyên viên chính", 99, "Hoàn thành tốt nhiệm vụ", ""),
]


def _data(count: int) -> EvaluationListData:
    rows = []
    for n in range(count):
        name, position, score, level, note = _ROWS[n % len(_ROWS)]
        rows.append(EvaluationListRow(name, position, score, level, level, note, n + 1))
    return EvaluationListData(2025, "Quy định 366-QĐ/TW ngày 30/08/2025", rows, LEVELS,
                              not_evaluated=1, not_classified=2, non_party=1, number=3,
                              dated=dt.date(2026, 11, 25))  # fmt: skip


def test_wrapped_text_is_measured_between_words():
    assert text_lines("Hoàn thành xuất sắc nhiệm vụ", 14.2) == 2  # "Hoàn thành xuất / sắc…"
    assert text_lines("Nguyễn Văn Cường", 17.4) == 1
    assert text_lines("Nguyễn Quang Dũng", 17.4) == 2  # wide capitals: it wraps
    assert 3 <= text_lines("Không đánh giá: Kết nạp chưa đủ 6 tháng", 13.2) <= 4  # 3 in LO
    assert text_lines("một\nhai", 30) == 2 and text_lines("", 10) == 1
    assert text_lines("x" * 60, 5) > 5  # a word longer than the column is cut
    assert row_lines(["Văn thư", None, "Hoàn thành xuất sắc nhiệm vụ"], [15, 6, 14.2]) == 2


def test_rows_are_as_tall_as_their_wrapped_text(tmp_path):
    path = tmp_path / "ds.xlsx"
    write_evaluation_xlsx(path, _data(6), CELL, code="ABCDEFGHIJ")
    sheet = load_workbook(path).active
    header = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "STT")
    heights = {
        sheet.cell(r, 2).value: sheet.row_dimensions[r].height
        for r in range(header + 1, header + 7)
    }
    assert heights["Nguyễn Quang Dũng"] == 2 * LINE_HEIGHT  # name and level both wrap
    assert heights["Lê Xuân Đạt"] >= 3 * LINE_HEIGHT  # the note takes three lines
    assert heights["Trần Phương Dung"] == LINE_HEIGHT
    # Not fitted to the page (absent is false, the OOXML default): breaks are honoured.
    assert sheet.sheet_properties.pageSetUpPr.fitToPage in (None, False)
    assert 50 <= sheet.page_setup.scale <= 100


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice is not installed")
    return found


@pytest.mark.slow
def test_signature_stays_on_one_page_with_the_last_rows(tmp_path):
    """For lists of every length around the page ends, LibreOffice prints the totals,
    "T/M CHI BỘ / BÍ THƯ" and the secretary's name on one page, with the last row."""
    _soffice()  # skips where LibreOffice is missing
    counts = list(range(8, 62, 2))
    files = []
    for count in counts:
        files.append(tmp_path / f"ds{count}.xlsx")
        write_evaluation_xlsx(files[-1], _data(count), CELL, code="ABCDEFGHIJ")
    libreoffice.convert(files, "pdf", tmp_path)
    pages_seen = set()
    for count in counts:
        pages = _pages(tmp_path / f"ds{count}.pdf")
        pages_seen.add(len(pages))
        last = pages[-1]
        for text in ("Tổng số: ", "Nơi nhận:", "T/M CHI BỘ", "BÍ THƯ", "Thái Phúc Sơn"):
            assert text in last and all(text not in p for p in pages[:-1]), (count, text)
        assert f"\n{count}\n" in f"\n{last}\n" or f" {count} " in f" {last} ", count
        if len(pages) > 1:
            assert "Họ và tên" in last  # the table goes on: its last rows come along
    assert len(pages_seen) >= 3  # the sweep crossed page ends


def _pages(path: Path) -> list[str]:
    texts = [page.extract_text() or "" for page in PdfReader(path).pages]
    return [unicodedata.normalize("NFC", text) for text in texts]
