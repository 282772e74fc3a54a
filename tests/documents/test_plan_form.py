import datetime as dt
import shutil

import pytest
from doc_helpers import (
    ALPHABET_LINE,
    CELL,
    alphabet,
    first_line,
    form,
    poppler_text,
    pypdf_text,
    squeeze,
)
from pypdf import PdfReader

from chibo_app.documents.party_document import Cancelled
from chibo_app.documents.plan_form import PlanFormData, TaskLine, write_plan_forms

SEED_LINES = [
    "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
    "CHI BỘ SỞ NGOẠI VỤ",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "KẾ HOẠCH HỌC TẬP VÀ LÀM THEO",
    "TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2026",
    "Họ và tên: Nguyễn Thị Hồng Nhung",
    "Chức vụ đảng: Chi ủy viên; chức vụ chính quyền, đoàn thể: Phó Chánh Văn phòng Sở",
    "Sinh hoạt tại chi bộ Sở Ngoại vụ",
    "Tôi xây dựng kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    " năm 2026 như sau:",
    "1. Giải pháp khắc phục những tồn tại, hạn chế về tư tưởng chính trị; phẩm chất đạo"
    " đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc; thực hiện nhiệm"
    " vụ chính trị được chỉ ra của năm 2026.",
    "2. Nội dung “làm theo” tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Trên cơ sở nhiệm vụ được giao năm 2026, tôi sẽ thực hiện một số nhiệm vụ trọng tâm"
    " và giải pháp chủ yếu sau:",
    "3. Nội dung nêu gương (nếu có):",
    "XÁC NHẬN CỦA CHI BỘ",
    "NGƯỜI XÂY DỰNG KẾ HOẠCH",
    "(Ký, ghi rõ họ, tên)",
]


@pytest.fixture
def alphabet_pdf(tmp_path):
    path = tmp_path / "alphabet.pdf"
    # A task line holding the whole alphabet (its other cells empty, so that no other
    # column's text interleaves with it on extraction), and a section-1 item too.
    data = form(tasks=[TaskLine(ALPHABET_LINE)], remedies=[ALPHABET_LINE])
    write_plan_forms(path, [data], CELL)
    return path


def test_every_vietnamese_letter_extracts_intact(alphabet_pdf):
    letters = alphabet()
    assert len(letters) == 2 * (12 * 6 + 17)
    for extracted in (pypdf_text(alphabet_pdf), poppler_text(alphabet_pdf)):
        text = squeeze(extracted)
        missing = [letter for letter in letters if letter not in text]
        assert missing == []
        # In order, in the section-1 paragraph and in the task cell (pdftotext drops
        # the narrow spaces between single letters in the 12 pt table: compare unspaced).
        unspaced = "".join(text.split())
        assert unspaced.count("".join(ALPHABET_LINE.split())) == 2
    assert squeeze(pypdf_text(alphabet_pdf)).count(squeeze(ALPHABET_LINE)) == 2


def test_seed_wording_and_filled_values(tmp_path):
    path = tmp_path / "filled.pdf"
    write_plan_forms(path, [form()], CELL)
    text = squeeze(poppler_text(path))
    for line in SEED_LINES:
        assert squeeze(line) in text, line
    assert "Hà Tĩnh, ngày 05 tháng 3 năm 2026" in text
    assert "Ngày 20 tháng 3 năm 2026" in text  # the confirmation
    assert "Thái Phúc Sơn" in text  # the secretary who confirmed
    assert "100% đoàn được thẩm định đúng hạn" in text
    assert "Số" not in text.split("ĐẢNG CỘNG SẢN")[0]  # a member's form has no number


def test_fonts_are_embedded(alphabet_pdf):
    reader = PdfReader(alphabet_pdf)
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= seen


def test_pages_numbered_from_the_second_page_of_each_form(tmp_path):
    long_form = form(
        tasks=[TaskLine(f"Nhiệm vụ {n}", "Kết quả cụ thể", "Quý IV") for n in range(40)]
    )
    path = tmp_path / "two.pdf"
    result = write_plan_forms(path, [long_form, long_form], CELL)
    pages = result.render.pages
    assert pages >= 4 and pages % 2 == 0
    per_form = pages // 2
    for page in range(1, pages + 1):
        in_form = (page - 1) % per_form + 1
        top = first_line(poppler_text(path, page))
        if in_form == 1:
            assert top.startswith("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")  # no number on page 1
        else:
            assert top == str(in_form)
    # The second form starts on a new page with its own header.
    assert "KẾ HOẠCH HỌC TẬP" in poppler_text(path, per_form + 1)


def test_each_filled_form_carries_its_code(tmp_path):
    path = tmp_path / "codes.pdf"
    result = write_plan_forms(
        path, [form(plan_id=1), form(plan_id=2, full_name="Lê Văn Hải")], CELL
    )
    codes = [p.code for p in result.printed]
    assert len(set(codes)) == 2
    for page, code in ((1, codes[0]), (result.render.pages, codes[1])):
        assert f"{code[:5]}-{code[5:]}" in poppler_text(path, page)


def test_blank_form_prefills_header_and_has_writing_lines(tmp_path):
    path = tmp_path / "blank.pdf"
    result = write_plan_forms(path, [form()], CELL, blank=True)
    assert result.printed == []
    text = squeeze(poppler_text(path))
    assert "Họ và tên: Nguyễn Thị Hồng Nhung" in text
    assert "Sinh hoạt tại chi bộ Sở Ngoại vụ" in text
    assert "Hà Tĩnh, ngày …… tháng …… năm 2026" in text
    assert "Tham mưu tổ chức" not in text  # the plan's own content is not printed
    assert "Mã xác thực" not in text
    # Dotted writing lines: round-capped dashes drawn in the page content.
    content = b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)
    assert content.count(b"[0 3.2] 0 d") >= 1
    assert content.count(b" l S") + content.count(b" l\nS") >= 15


def test_empty_fields_print_dots(tmp_path):
    path = tmp_path / "empty.pdf"
    write_plan_forms(path, [PlanFormData(full_name="", year=2027)], CELL, blank=True)
    text = squeeze(poppler_text(path))
    assert "Họ và tên: ……" in text
    assert "NĂM 2027" in text


def test_progress_and_cancel(tmp_path):
    path = tmp_path / "batch.pdf"
    calls = []
    write_plan_forms(path, [form()] * 3, CELL, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]

    stopped = tmp_path / "stopped.pdf"
    asked = []

    def cancel():
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        write_plan_forms(stopped, [form()] * 5, CELL, cancel=cancel)
    assert list(tmp_path.iterdir()) == [path]  # nothing left behind, not even a temp file


def test_result_column_after_evaluation(tmp_path):
    path = tmp_path / "results.pdf"
    tasks = [TaskLine("Nhiệm vụ một", "Sản phẩm", "Quý I", result="Hoàn thành")]
    write_plan_forms(path, [form(tasks=tasks, show_results=True)], CELL)
    text = squeeze(poppler_text(path))
    assert "Kết quả Hoàn thành" in text or ("Kết quả" in text and "Hoàn thành" in text)


def test_confirmed_by_defaults_to_secretary_and_unconfirmed_has_no_date(tmp_path):
    path = tmp_path / "draft.pdf"
    write_plan_forms(path, [form(confirmed_on=None, dated=None)], CELL)
    text = squeeze(poppler_text(path))
    assert "Thái Phúc Sơn" not in text
    assert "Hà Tĩnh, ngày …… tháng …… năm 2026" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_date_line_zero_padding():
    from chibo_app.core.paper_dates import place_date_line

    assert (
        place_date_line("Hà Tĩnh", dt.date(2026, 1, 5), 2026)
        == "Hà Tĩnh, ngày 05 tháng 01 năm 2026"
    )
    assert (
        place_date_line("Hà Tĩnh", dt.date(2026, 2, 9), 2026)
        == "Hà Tĩnh, ngày 09 tháng 02 năm 2026"
    )
    assert (
        place_date_line("Hà Tĩnh", dt.date(2026, 3, 15), 2026)
        == "Hà Tĩnh, ngày 15 tháng 3 năm 2026"
    )
    assert (
        place_date_line("Hà Tĩnh", dt.date(2026, 12, 1), 2026)
        == "Hà Tĩnh, ngày 01 tháng 12 năm 2026"
    )
