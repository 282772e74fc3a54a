"""The Word copy laid out like its PDF, each point a difference seen when the two were
compared page by page (LibreOffice rendering the .docx): the lines as far apart as the
PDF's, the hand-writing lines too, no empty page between two forms, the committee name
on one line over a blank date, the QR as large as the PDF's and at the margin, "Nơi
nhận" at the margin, the attendance list's columns and rows those of the PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from doc_helpers import CELL, poppler_text
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from PIL import Image
from pypdf import PdfReader

from chibo_app.core.verification import qr_payload
from chibo_app.documents import fonts
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import WRITING_SPACING, DocumentHeader, SignatureBlock
from chibo_app.documents.qr import modules
from chibo_app.documents.qr_png import QUIET_ZONE
from chibo_app.documents.word_document import WordDocument, write_word
from tests import libreoffice

HAS_SOFFICE = shutil.which("soffice") is not None
CODE = "K7QX2M4TRA"
SETTINGS = PageSettings()


def _doc(date: dt.date | None = dt.date(2026, 3, 5), code: str | None = CODE) -> WordDocument:
    header = DocumentHeader.for_cell(CELL, 2026, date)
    return WordDocument(header, ["BẢN KIỂM ĐIỂM", "NĂM 2026"], code=code)


def _closed(doc: WordDocument, recipients: bool = True) -> WordDocument:
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name="Thái Phúc Sơn"),
        recipients=["Đảng ủy UBND tỉnh", "Lưu Chi bộ"] if recipients else (),
    )
    return doc


def _bbox_words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of a page, as pdftotext -bbox reads them."""
    done = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    words = []
    for line in done.stdout.splitlines():
        line = line.strip()
        if not line.startswith("<word "):
            continue
        attributes = dict(part.split("=") for part in line[len("<word ") : line.index(">")].split())
        text = unicodedata.normalize("NFC", line[line.index(">") + 1 : line.rindex("</word>")])
        box = [float(attributes[k].strip('"')) for k in ("xMin", "yMin", "xMax", "yMax")]
        words.append((text, *box))
    return words


def _pages(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


def _converted(tmp_path: Path, *docx: Path) -> list[Path]:
    out = tmp_path / "lo"
    out.mkdir(exist_ok=True)
    libreoffice.convert(list(docx), "pdf", out)
    return [out / f"{path.stem}.pdf" for path in docx]


# The lines ------------------------------------------------------------------------------


def test_the_body_lines_are_set_at_the_pdfs_leading(tmp_path):
    doc = _doc()
    doc.paragraph("Thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
                  "Chí Minh năm 2026 " * 6)  # fmt: skip
    path = write_word(tmp_path / "lines.docx", [_closed(doc)]).path
    normal = Document(str(path)).styles["Normal"].paragraph_format
    # The PDF's lines are size × 1.15 apart: Word's single line of Times New Roman, not
    # Word's "1.15" (which set them 15 % further apart and the forms on more pages).
    assert normal.line_spacing == pytest.approx(SETTINGS.line_spacing / 1.149, abs=0.002)
    if not HAS_SOFFICE:
        return
    (pdf,) = _converted(tmp_path, path)
    tops = sorted({round(w[2], 1) for w in _bbox_words(pdf) if w[0] == "Thực"} | {
        round(w[2], 1) for w in _bbox_words(pdf) if w[0] in ("học", "Minh")
    })  # fmt: skip
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False) if b - a > 5]
    assert len(gaps) >= 4
    for gap in gaps:
        assert gap == pytest.approx(SETTINGS.leading, abs=0.6)  # 16.1 pt, as the PDF


def test_hand_writing_lines_are_as_far_apart_as_the_pdfs(tmp_path):
    doc = _doc()
    doc.paragraph("1. Về phẩm chất chính trị, đạo đức, lối sống.")
    doc.writing_lines(6)
    doc.paragraph("2. Việc thực hiện nhiệm vụ.")
    path = write_word(tmp_path / "dong.docx", [_closed(doc)]).path
    lines = [p for p in Document(str(path)).paragraphs if p.text == "\t"]
    assert len(lines) == 6
    for line in lines:
        fmt = line.paragraph_format
        assert fmt.line_spacing.pt == pytest.approx(SETTINGS.leading, abs=0.05)
        assert fmt.space_before.pt == pytest.approx(SETTINGS.leading * (WRITING_SPACING - 1), 0.05)
    if not HAS_SOFFICE:
        return
    (pdf,) = _converted(tmp_path, path)
    dotted = [w[2] for w in _bbox_words(pdf) if set(w[0]) == {"."} and len(w[0]) > 20]
    assert len(dotted) == 6
    for a, b in zip(dotted, dotted[1:], strict=False):
        # 21.7 pt as the PDF's DottedLines (LibreOffice set them 16.1 pt apart before:
        # it ignores an exact line height on a line holding only a tab)
        assert b - a == pytest.approx(SETTINGS.leading * WRITING_SPACING, abs=0.6)


# The pages ------------------------------------------------------------------------------


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice not installed")
def test_no_empty_page_between_two_forms_whose_signature_ends_a_page(tmp_path):
    """Each form in its own section: the paragraph Word needs after the signature table
    to end the section used to take a line, and when the signature ended at the foot of
    the page it went over onto a page of its own (the filled plans had one)."""

    def form(lines: int) -> WordDocument:
        doc = _doc()
        for n in range(lines):
            doc.paragraph(f"- Nội dung số {n + 1}.", indent=False)
        return _closed(doc)

    made = []
    for lines in range(18, 26):  # around the count whose signature ends page 1
        one = write_word(tmp_path / f"one-{lines}.docx", [form(lines)]).path
        two = write_word(tmp_path / f"two-{lines}.docx", [form(lines), form(lines)]).path
        made.append((lines, one, two))
    converted = _converted(tmp_path, *[p for _n, one, two in made for p in (one, two)])
    pages = [_pages(pdf) for pdf in converted]
    singles, doubles = pages[0::2], pages[1::2]
    assert 1 in singles and 2 in singles  # the range crosses the page's foot
    for (lines, _one, _two), single, double in zip(made, singles, doubles, strict=True):
        assert double == 2 * single, lines


# The header and the closing ---------------------------------------------------------


def test_the_committee_name_keeps_its_line_over_a_blank_date(tmp_path):
    """A form to fill by hand has 'ngày …… tháng ……': as the PDF, that long date line
    hangs into the gutter rather than push 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH' onto two lines."""
    blank = _closed(_doc(date=None), recipients=False)
    dated = _closed(_doc(), recipients=False)
    one = write_word(tmp_path / "trong.docx", [blank]).path
    two = write_word(tmp_path / "ngay.docx", [dated]).path
    for path, hangs in ((one, True), (two, False)):
        header = Document(str(path)).tables[0]
        left, right = header.rows[0].cells
        assert left.paragraphs[0].text == "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"  # no line break
        fonts.register_fonts()
        from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

        need = stringWidth("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", fonts.REGULAR, SETTINGS.header_size)
        assert left.width.pt > need + 2
        date_line = right.paragraphs[1]
        indent = date_line.paragraph_format.left_indent
        assert (indent is not None and indent < 0) == hangs
    if not HAS_SOFFICE:
        return
    for pdf in _converted(tmp_path, one, two):
        lines = [" ".join(line.split()) for line in poppler_text(pdf, 1).splitlines()]
        assert lines[0] == "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH ĐẢNG CỘNG SẢN VIỆT NAM"  # one line
        assert any(line.startswith("Hà Tĩnh, ngày") and line.endswith("năm 2026")
                   for line in lines)  # fmt: skip


def test_noi_nhan_starts_at_the_margin_as_the_body(tmp_path):
    doc = _doc()
    doc.paragraph("Nội dung.", indent=False)
    path = write_word(tmp_path / "nn.docx", [_closed(doc)]).path
    header, closing = Document(str(path)).tables
    for table in (header, closing):  # borderless: text at the margins, as in the PDF
        margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
        assert margins.find(qn("w:left")).get(qn("w:w")) == "0"
        assert margins.find(qn("w:right")).get(qn("w:w")) == "0"
    assert closing.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:"
    if not HAS_SOFFICE:
        return
    (pdf,) = _converted(tmp_path, path)
    words = _bbox_words(pdf)
    body = next(w for w in words if w[0] == "Nội")
    label = next(w for w in words if w[0] == "Nơi")
    assert label[1] == pytest.approx(body[1], abs=0.5)


# The footer -----------------------------------------------------------------------------


def _dark_box(png: Path, dpi: float, area: tuple[float, float, float, float]):
    """The dark pixels' bounding box inside `area` (points), in points."""
    image = Image.open(png).convert("L")
    scale = dpi / 72
    x0, y0, x1, y1 = (round(v * scale) for v in area)
    pixels = image.load()
    xs, ys = [], []
    for y in range(y0, y1):
        for x in range(x0, x1):
            if pixels[x, y] < 128:
                xs.append(x)
                ys.append(y)
    return min(xs) / scale, min(ys) / scale, (max(xs) + 1) / scale, (max(ys) + 1) / scale


def test_the_qr_is_the_pdfs_size_and_ends_at_the_right_margin(tmp_path):
    path = write_word(tmp_path / "qr.docx", [_closed(_doc())]).path
    footer = Document(str(path)).sections[0].footer
    count = len(modules(qr_payload(CODE)))
    quiet_mm = QUIET_ZONE * SETTINGS.qr_size_mm / count
    (shape,) = [s for s in Document(str(path)).sections[0].footer._element.xpath(".//wp:inline")]
    for side in ("distT", "distB", "distL", "distR"):
        assert shape.get(side) == "0"  # LibreOffice's default is 0.32 cm
    width_emu = int(shape.xpath("./wp:extent/@cx")[0])
    assert width_emu == pytest.approx(Mm(SETTINGS.qr_size_mm + 2 * quiet_mm), abs=Mm(0.05))
    paragraph = footer.paragraphs[0]
    assert paragraph.paragraph_format.right_indent == pytest.approx(-Mm(quiet_mm), abs=Mm(0.05))
    if not HAS_SOFFICE:
        return
    (pdf,) = _converted(tmp_path, path)
    subprocess.run(["pdftoppm", "-png", "-r", "144", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    png = next(tmp_path.glob("page*.png"))
    width, height = SETTINGS.page_size
    margin = width - SETTINGS.right_mm / 25.4 * 72
    x0, y0, x1, y1 = _dark_box(png, 144, (width / 2 + 60, height - 70, width - 1, height - 1))
    size = SETTINGS.qr_size_mm / 25.4 * 72
    assert x1 - x0 == pytest.approx(size, abs=1.5)  # 36.9 pt, not the 28 pt it was
    assert x1 == pytest.approx(margin, abs=1.5)


def test_a_lists_last_rows_go_over_with_its_closing(tmp_path):
    """As the PDF's table_end: the closing never alone on the last page; its totals and
    the table's last rows are kept with it (Word's keep-with-next, which Word honours in
    table rows; LibreOffice does not, and lays the pages out as before)."""
    rows = [[str(n), f"Đồng chí số {n}", "Hoàn thành tốt nhiệm vụ"] for n in range(1, 41)]

    def listing(closed: bool, text: str = "") -> WordDocument:
        doc = _doc()
        doc.table(["STT", "Họ và tên", "Xếp loại"], rows, [12, 80, 60], centred={0})
        doc.paragraph("Tổng số: 40 đồng chí.", indent=False)
        doc.paragraph("Trong đó 40 đồng chí hoàn thành tốt nhiệm vụ.", indent=False)
        if text:
            doc.paragraph(text)
        return _closed(doc) if closed else doc

    # A report whose table is followed by pages of text is no list: its table stays.
    text = "Chi bộ đã lãnh đạo thực hiện tốt các nhiệm vụ chính trị được giao. " * 13
    path = write_word(tmp_path / "bc.docx", [listing(True, text)]).path
    table = Document(str(path)).tables[1]
    assert not any(p.paragraph_format.keep_with_next for p in table.rows[-1].cells[0].paragraphs)
    for closed in (True, False):
        path = write_word(tmp_path / f"ds-{closed}.docx", [listing(closed)]).path
        read = Document(str(path))
        table = read.tables[1]

        def kept(row) -> bool:
            return all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs)

        flags = [kept(row) for row in table.rows[1:]]
        assert flags == [False] * 38 + [closed, closed]
        body = read.element.body
        after = body.index(table._tbl) + 1
        gap, *totals = [p for p in read.paragraphs if body.index(p._p) >= after][:3]
        assert [p.text for p in totals] == [
            "Tổng số: 40 đồng chí.",
            "Trong đó 40 đồng chí hoàn thành tốt nhiệm vụ.",
        ]
        assert all(bool(p.paragraph_format.keep_with_next) == closed for p in [gap, *totals])
