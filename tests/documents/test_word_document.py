"""The .docx party document: written with python-docx, read back with it, and rendered
by LibreOffice to check what a reader sees (page numbers from page 2, the header row
repeated, the code on every page)."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
import zlib

import pytest
from doc_helpers import ALPHABET_LINE, CELL, poppler_text, squeeze
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from chibo_app.core.verification import qr_payload
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import DocumentHeader, SignatureBlock
from chibo_app.documents.qr import modules
from chibo_app.documents.qr_png import QUIET_ZONE, qr_png
from chibo_app.documents.word_document import Run, WordDocument, write_word
from tests import libreoffice

CODE = "K7QX2M4TRA"
TASKS = [
    [str(n), f"Nhiệm vụ số {n}: tham mưu tổ chức đoàn ra, đoàn vào đúng quy định", "100%", "Quý II"]
    for n in range(1, 41)
]


def _document(code: str | None = CODE, **header: object) -> WordDocument:
    head = DocumentHeader.for_cell(
        CELL, 2026, dt.date(2026, 3, 5), doc_type="KH", number=3, **header
    )
    doc = WordDocument(
        head, ["KẾ HOẠCH", "THỰC HIỆN NĂM 2026"], summary="(Kèm theo Công văn số 293)", code=code
    )
    doc.paragraph("Thực hiện Công văn số 293-CV/TU của Tỉnh ủy Hà Tĩnh.")
    doc.heading("I. MỤC ĐÍCH, YÊU CẦU")
    doc.paragraph("Họ và tên: Nguyễn Thị Hồng Nhung", indent=False)
    doc.runs([Run("Số liệu cụ thể: ", bold=True, italic=True), Run("như bảng sau.")])
    doc.table(["STT", "Nội dung", "Chỉ tiêu", "Thời gian"], TASKS, [13, 90, 40, 27], centred={0, 3})
    doc.writing_lines(2)
    doc.paragraph("Hai dòng\ntrong một đoạn.")
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name="Thái Phúc Sơn"),
        recipients=["Đảng ủy UBND tỉnh", "Lưu Chi bộ"],
    )
    return doc


def _body_texts(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def test_page_margins_font_and_language_follow_the_page_settings(tmp_path):
    settings = PageSettings(top_mm=25, left_mm=35, body_size=13)
    doc = _document()
    doc.settings = settings
    path = write_word(tmp_path / "kh.docx", [doc], title="Kế hoạch", author=CELL.cell_name).path
    read = Document(str(path))
    section = read.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    assert abs(section.top_margin - Mm(25)) < Mm(0.1)
    assert abs(section.left_margin - Mm(35)) < Mm(0.1)
    assert abs(section.right_margin - Mm(15)) < Mm(0.1)
    normal = read.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(13)  # the styles come from the first document's settings
    fonts = normal.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "Times New Roman"
    assert normal.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    assert read.core_properties.title == "Kế hoạch"
    assert read.core_properties.author == "Chi bộ Sở Ngoại vụ"


def test_header_table_title_body_and_closing_read_back(tmp_path):
    path = write_word(tmp_path / "kh.docx", [_document()]).path
    read = Document(str(path))
    header, tasks, closing = read.tables
    left, right = header.rows[0].cells
    assert [p.text for p in left.paragraphs] == [
        "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
        "CHI BỘ SỞ NGOẠI VỤ",
        "*",
        "Số 03-KH/CB",
    ]
    assert [r.bold for r in left.paragraphs[1].runs] == [True]
    party, dated = right.paragraphs
    assert party.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert party.runs[0].bold and party.runs[0].underline
    assert dated.text == "Hà Tĩnh, ngày 05 tháng 3 năm 2026"
    assert dated.runs[0].italic
    # No borders: the header table has no style of its own (the template's plain table).
    assert header._tbl.tblPr.find(qn("w:tblStyle")) is None

    texts = _body_texts(read)
    assert texts[:6] == [
        "KẾ HOẠCH\nTHỰC HIỆN NĂM 2026",
        "(Kèm theo Công văn số 293)",
        "Thực hiện Công văn số 293-CV/TU của Tỉnh ủy Hà Tĩnh.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Họ và tên: Nguyễn Thị Hồng Nhung",
        "Số liệu cụ thể: như bảng sau.",
    ]
    title = next(p for p in read.paragraphs if p.text.startswith("KẾ HOẠCH"))
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert all(r.bold for r in title.runs)
    body = next(p for p in read.paragraphs if p.text.startswith("Thực hiện"))
    assert abs(body.paragraph_format.first_line_indent - Mm(10)) < Mm(0.1)
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    plain = next(p for p in read.paragraphs if p.text.startswith("Họ và tên"))
    assert plain.paragraph_format.first_line_indent == 0
    heading = next(p for p in read.paragraphs if p.text.startswith("I. MỤC"))
    assert heading.runs[0].bold and heading.paragraph_format.keep_with_next
    rich = next(p for p in read.paragraphs if p.text.startswith("Số liệu"))
    assert [(r.text, r.bold, r.italic) for r in rich.runs] == [
        ("Số liệu cụ thể: ", True, True),
        ("như bảng sau.", None, None),
    ]
    assert "Hai dòng\ntrong một đoạn." in texts

    assert [c.text for c in tasks.rows[0].cells] == ["STT", "Nội dung", "Chỉ tiêu", "Thời gian"]
    assert [[c.text for c in row.cells] for row in tasks.rows[1:]] == TASKS
    assert tasks.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    assert tasks.rows[1].cells[0].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert tasks.rows[1].cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT

    lines = [p for p in read.paragraphs if p.text == "\t"]
    assert len(lines) == 2
    stop = lines[0].paragraph_format.tab_stops[0]
    assert str(stop.leader).startswith("DOTS")

    recipients = [p.text for p in closing.rows[0].cells[0].paragraphs]
    assert recipients == ["Nơi nhận:", "- Đảng ủy UBND tỉnh,", "- Lưu Chi bộ."]
    signature = [closing.rows[i].cells[1].text for i in range(4)]
    assert signature == ["T/M CHI BỘ\nBÍ THƯ", "", "", "Thái Phúc Sơn"]


def test_pages_numbered_from_the_second_and_the_code_on_every_page(tmp_path):
    path = write_word(tmp_path / "kh.docx", [_document()]).path
    read = Document(str(path))
    section = read.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == ""
    instructions = section.header._element.xpath(".//w:instrText")
    assert [i.text.strip() for i in instructions] == ["PAGE"]
    for footer in (section.footer, section.first_page_footer):
        assert footer.paragraphs[0].text.startswith("Mã xác thực: K7QX2-M4TRA")
        pictures = footer._element.xpath(".//pic:pic")
        assert len(pictures) == 1  # the QR


def test_several_documents_are_sections_with_their_own_numbers_and_codes(tmp_path):
    first, second = _document(), _document(code="ABCDEFGHIJ")
    path = write_word(tmp_path / "two.docx", [first, second]).path
    read = Document(str(path))
    assert len(read.sections) == 2
    for section, code in zip(read.sections, ["K7QX2-M4TRA", "ABCDE-FGHIJ"], strict=True):
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        assert not section.footer.is_linked_to_previous
        assert section.footer.paragraphs[0].text.startswith(f"Mã xác thực: {code}")
    unnumbered = write_word(tmp_path / "none.docx", [_document(code=None)]).path
    assert Document(str(unnumbered)).sections[0].footer.paragraphs[0].text == ""


def test_text_is_stored_composed(tmp_path):
    head = DocumentHeader.for_cell(CELL, 2026)
    decomposed = unicodedata.normalize("NFD", ALPHABET_LINE)
    doc = WordDocument(head, [unicodedata.normalize("NFD", "TIÊU ĐỀ")])
    doc.paragraph(decomposed)
    doc.table(["Tên"], [[decomposed]], [1])
    path = write_word(tmp_path / "nfd.docx", [doc]).path
    read = Document(str(path))
    assert ALPHABET_LINE in _body_texts(read)
    assert read.tables[1].rows[1].cells[0].text == ALPHABET_LINE
    assert "TIÊU ĐỀ" in _body_texts(read)


def test_the_qr_picture_is_the_code_of_the_pdf_footer():
    png = qr_png(qr_payload(CODE), scale=1)
    width = int.from_bytes(png[16:20], "big")
    matrix = modules(qr_payload(CODE))
    assert width == len(matrix) + 2 * QUIET_ZONE
    data = png[png.index(b"IDAT") + 4 :]
    raw = zlib.decompressobj().decompress(data)
    stride = 1 + (width + 7) // 8
    for r, row in enumerate(matrix):
        line = raw[(r + QUIET_ZONE) * stride + 1 : (r + QUIET_ZONE + 1) * stride]
        bits = "".join(f"{byte:08b}" for byte in line)[QUIET_ZONE : QUIET_ZONE + len(row)]
        assert [bit == "0" for bit in bits] == row


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_renders_numbers_repeated_header_and_codes(tmp_path):
    path = write_word(tmp_path / "kh.docx", [_document()]).path
    libreoffice.convert([path], "pdf", tmp_path, timeout=180)
    pdf = tmp_path / "kh.pdf"
    first, second = poppler_text(pdf, 1), poppler_text(pdf, 2)
    assert squeeze(first).startswith("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")
    assert "Hà Tĩnh, ngày 05 tháng 3 năm 2026" in squeeze(first)
    assert "Mã xác thực: K7QX2-M4TRA" in first and "Mã xác thực: K7QX2-M4TRA" in second
    assert second.split()[0] == "2"  # the page number, top centre, from page 2 only
    assert first.split()[0] != "1"
    assert second.split()[:2] == ["2", "STT"]  # the header row repeats on the next page
    assert "Thái Phúc Sơn" in squeeze(poppler_text(pdf))
