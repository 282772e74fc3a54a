"""The registration form (phiếu đăng ký): wording, nominee kinds, one page each, cancel."""

import datetime as dt
from dataclasses import replace

import pytest
from doc_helpers import ALPHABET_LINE, CELL, alphabet, poppler_text, pypdf_text, squeeze
from pypdf import PdfReader

from chibo_app.core.nominations import Kind
from chibo_app.documents.party_document import Cancelled
from chibo_app.documents.registration_form import (
    RegistrationFormData,
    printed_form,
    write_registration_forms,
)

INDIVIDUAL = RegistrationFormData(
    2026,
    Kind.INDIVIDUAL,
    "Nguyễn Thị Hồng Nhung",
    position="Phó Chánh Văn phòng Sở; Chi ủy viên",
    unit="Văn phòng Sở",
    field="Ứng dụng khoa học công nghệ, chuyển đổi số",
    title="Số hóa 100% hồ sơ lưu trữ",
    description="Xây dựng quy trình số hóa hồ sơ đi, đến.\n"
    "Kết quả dự kiến: rút ngắn 30% thời gian tra cứu hồ sơ.",
    dated=dt.date(2026, 3, 5),
    nomination_id=1,
)
COLLECTIVE = RegistrationFormData(
    2026,
    Kind.COLLECTIVE,
    "Phòng Lãnh sự",
    field="Cải cách thủ tục hành chính",
    title="Giải quyết 100% hồ sơ đúng hạn",
    nomination_id=2,
)
MODEL = RegistrationFormData(
    2026,
    Kind.MODEL,
    "Mô hình “Một cửa thân thiện”",
    unit="Văn phòng Sở",
    field="Nâng cao tinh thần trách nhiệm, thái độ phục vụ doanh nghiệp và Nhân dân",
    description="Bố trí bàn hướng dẫn, phiếu khảo sát mức độ hài lòng.",
    dated=dt.date(2026, 3, 10),
    nomination_id=3,
)


def test_each_nominee_on_its_own_page_with_its_wording(tmp_path):
    path = tmp_path / "phieu.pdf"
    result = write_registration_forms(path, [INDIVIDUAL, COLLECTIVE, MODEL], CELL)
    assert result.render.pages == 3 and len(PdfReader(path).pages) == 3
    assert len({p.code for p in result.printed}) == 3
    first = squeeze(poppler_text(path, 1))
    for line in (
        "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
        "CHI BỘ SỞ NGOẠI VỤ",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hà Tĩnh, ngày 05 tháng 3 năm 2026",
        "PHIẾU ĐĂNG KÝ CÁ NHÂN ĐIỂN HÌNH TIÊU BIỂU",
        "TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2026",
        "Họ và tên: Nguyễn Thị Hồng Nhung",
        "Chức vụ: Phó Chánh Văn phòng Sở; Chi ủy viên",
        "Đơn vị công tác: Văn phòng Sở",
        "2. Lĩnh vực đăng ký",
        "Ứng dụng khoa học công nghệ, chuyển đổi số",
        "Tên thành tích, nội dung đăng ký: Số hóa 100% hồ sơ lưu trữ",
        "Kết quả dự kiến: rút ngắn 30% thời gian tra cứu hồ sơ.",
        "4. Cam kết",
        "Tôi xin cam kết thực hiện nghiêm túc",
        "THỦ TRƯỞNG ĐƠN VỊ",
        "NGƯỜI ĐĂNG KÝ",
        "(Ký, ghi rõ họ tên)",
        result.printed[0].code[:5],
    ):
        assert squeeze(line) in first, line
    assert first.count("Nguyễn Thị Hồng Nhung") == 2  # the nominee line and the signature
    assert "Số" not in first.split("ĐẢNG CỘNG SẢN")[0]  # not a numbered document
    second = squeeze(poppler_text(path, 2))
    assert "PHIẾU ĐĂNG KÝ TẬP THỂ ĐIỂN HÌNH TIÊU BIỂU" in second
    assert "Tên tập thể (phòng, đơn vị): Phòng Lãnh sự" in second
    assert "ngày …… tháng …… năm 2026" in second  # no registration day: by hand
    third = squeeze(poppler_text(path, 3))
    assert "PHIẾU ĐĂNG KÝ MÔ HÌNH TIÊU BIỂU" in third
    assert "Tên mô hình, cách làm hay: Mô hình “Một cửa thân thiện”" in third
    assert "Đơn vị thực hiện: Văn phòng Sở" in third
    assert "Đơn vị cam kết duy trì" in third


def test_diacritics_extract_intact_with_pypdf(tmp_path):
    path = tmp_path / "chu.pdf"
    write_registration_forms(path, [replace(INDIVIDUAL, description=ALPHABET_LINE)], CELL)
    text = squeeze(pypdf_text(path))
    assert [letter for letter in alphabet() if letter not in text] == []
    assert squeeze(ALPHABET_LINE) in text
    for words in ("Nguyễn Thị Hồng Nhung", "Văn phòng Sở", "THỦ TRƯỞNG ĐƠN VỊ"):
        assert words in text
    assert "Tôi xin cam kết thực hiện nghiêm túc, có hiệu quả nội dung đã đăng ký" in text


def test_cancel_leaves_no_file(tmp_path):
    path = tmp_path / "huy.pdf"
    seen = []

    def progress(done, total):
        seen.append((done, total))

    with pytest.raises(Cancelled):
        write_registration_forms(
            path,
            [INDIVIDUAL, COLLECTIVE, MODEL],
            CELL,
            progress=progress,
            cancel=lambda: len(seen) >= 2,
        )
    assert seen == [(0, 3), (1, 3)]
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_content_hash_follows_the_content_not_the_layout():
    same = printed_form(INDIVIDUAL, CELL)
    assert printed_form(INDIVIDUAL, CELL).code == same.code
    changed = printed_form(replace(INDIVIDUAL, title="Thành tích khác"), CELL)
    assert changed.code != same.code
    assert same.subject.table == "nominations" and same.subject.ids == (1,)


@pytest.mark.parametrize("body_size", [14, 13])
def test_a_blank_name_or_title_is_written_on_the_label_s_line(tmp_path, body_size):
    """A form with nothing filled: each '- label: ……' stays one line, in the PDF as in
    the Word copy ('Tên tập thể (phòng, đơn vị): ' + 24 '…' ran onto a second line,
    leaving the label stretched across the first)."""
    import subprocess

    from docx import Document
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from chibo_app.documents import fonts
    from chibo_app.documents.page_settings import PageSettings
    from chibo_app.documents.registration_form import write_registration_docx

    settings = PageSettings(body_size=body_size)
    blank = [RegistrationFormData(2026, kind, "") for kind in Kind]
    pdf, word = tmp_path / "trong.pdf", tmp_path / "trong.docx"
    write_registration_forms(pdf, blank, CELL, settings=settings)
    write_registration_docx(word, blank, CELL, settings=settings)
    labels = (
        "Họ và tên:",
        "Chức vụ:",
        "Đơn vị công tác:",
        "Tên thành tích, nội dung đăng ký:",
        "Tên tập thể (phòng, đơn vị):",
        "Tên mô hình, cách làm hay:",
        "Đơn vị thực hiện:",
    )
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    lines = [squeeze(line) for line in done.stdout.splitlines()]
    filled = [line for line in lines if any(line.startswith(f"- {label}") for label in labels)]
    assert len(filled) == 8  # 4 for a person, 2 for a collective, 2 for a model
    assert all(line.endswith("……") for line in filled), filled  # the dots on the label's line
    word_lines = [
        p.text
        for p in Document(str(word)).paragraphs
        if any(p.text.startswith(f"- {label}") for label in labels)
    ]
    assert sorted(word_lines) == sorted(filled)
    fonts.register_fonts()
    room = settings.frame_width - settings.first_line_indent_mm * mm
    assert all(stringWidth(text, fonts.REGULAR, body_size) < room for text in word_lines)
