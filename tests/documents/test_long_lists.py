"""Long lists laid out a page at a time (documents/paged_table.py): every row printed
once and in order under the header repeated on each page, the sections' titles where
they belong, the last rows going over with the closing."""

import re
from dataclasses import replace

from doc_helpers import CELL, squeeze
from pypdf import PdfReader
from test_evaluation_list import _data as evaluation_data
from test_nomination_list import KINDS

from chibo_app.core.evaluation_list import EvaluationListRow
from chibo_app.core.nomination_list import NominationListData, NominationListRow
from chibo_app.core.nominations import Kind
from chibo_app.documents.evaluation_list import write_evaluation_pdf
from chibo_app.documents.nomination_list import write_nomination_list_pdf

NUMBERED = re.compile(r"Người thứ (\d+)\b")


def _pages(path):
    return [squeeze(p.extract_text() or "") for p in PdfReader(path).pages]


def test_every_row_once_in_order_under_the_header_of_each_page(tmp_path):
    count = 400
    rows = [
        EvaluationListRow(f"Người thứ {n}", "Đảng viên; Chuyên viên" if n % 7 else
                          "Chi ủy viên; Phó Chánh Văn phòng Sở, phụ trách công tác tổng hợp",
                          80, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "", n)
        for n in range(1, count + 1)
    ]  # fmt: skip
    path = tmp_path / "dg.pdf"
    render, _record = write_evaluation_pdf(path, replace(evaluation_data(), rows=rows), CELL)
    pages = _pages(path)
    assert render.pages == len(pages) > 10
    printed = [int(n) for page in pages for n in NUMBERED.findall(page)]
    assert printed == list(range(1, count + 1))
    for page in pages:
        assert "Họ và tên" in page and "Đề xuất xếp loại" in page
        assert NUMBERED.search(page)  # no page holds the header alone
    last = pages[-1]
    assert "T/M CHI BỘ" in last and "T/M CHI BỘ" not in " ".join(pages[:-1])
    assert len(NUMBERED.findall(last)) >= 2


def test_sections_keep_their_titles_across_pages(tmp_path):
    rows = [
        NominationListRow(KINDS[n % 3], f"Người thứ {n + 1}", "Chuyên viên", "Văn phòng Sở",
                          "Cải cách thủ tục hành chính", "Số hóa hồ sơ " * (1 + n % 9), "",
                          n + 1)
        for n in range(240)
    ]  # fmt: skip
    data = NominationListData(2026, rows, number=3)
    path = tmp_path / "ds.pdf"
    write_nomination_list_pdf(path, data, CELL)
    pages = _pages(path)
    text = " ".join(pages)
    assert len(pages) > 10
    # Each kind's title once, before its rows; the model section is empty: "Không có".
    at = [text.index(title) for title in ("I. TẬP THỂ", "II. CÁ NHÂN", "III. MÔ HÌNH")]
    assert at == sorted(at) and all(text.count(t) == 1 for t in ("I. TẬP THỂ", "III. MÔ HÌNH"))
    assert "Không có" in text[at[2] :]
    by_kind = {kind: [r.name for r in rows if r.kind == kind] for kind in Kind}
    individuals = NUMBERED.findall(text[at[1] : at[2]])
    assert [f"Người thứ {n}" for n in individuals] == by_kind[Kind.INDIVIDUAL]
    for page in pages:
        assert "Mô hình, thành tích đăng ký" in page and "Nội dung đăng ký" in page
