"""The year report PDF: title per period, figures, narrative and closing read back (pypdf and
pdftotext), fonts embedded, numbered and recorded in the register, verified afterwards."""

import pytest
from doc_helpers import poppler_text, pypdf_text, squeeze
from pypdf import PdfReader

from chibo_app.core.year_report import Narrative
from chibo_app.errors import ChiboError
from chibo_app.services import documents, report_printing, verification, year_report, years
from chibo_app.services.documents import VerifyStatus
from tests.report_seed import seed


@pytest.fixture
def seeded(session):
    seed(session)
    return session


def test_whole_year_report_text(seeded, tmp_path):
    period = year_report.period_of(2026)
    draft = year_report.narrative(seeded, period)
    year_report.save_narrative(
        seeded,
        period,
        draft.with_changes(lessons="Bài học riêng của Chi bộ: làm đến nơi đến chốn."),
    )
    years.update_deadlines(seeded, 2026, {}, plan_number="03-KH/CB", plan_date="15/02/2026")
    path = tmp_path / "bao-cao.pdf"
    result = report_printing.print_report(seeded, period, path)
    assert result.number == 1 and result.pages >= 3
    text = squeeze(pypdf_text(path))
    for expected in (
        "BÁO CÁO",
        # the trích yếu in lower case under the kind's name (36-HD/VPTW)
        "kết quả thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026",
        "Số 01-BC/CB",
        "(Số liệu tính đến ngày 25/11/2026)",
        "Thực hiện Kế hoạch số 03-KH/CB ngày 15/2/2026 của Chi bộ Sở Ngoại vụ",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "II. HẠN CHẾ, NGUYÊN NHÂN",
        "III. BÀI HỌC KINH NGHIỆM",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
        # the narrative: the draft's sentences and the secretary's own
        "5/7 người (71,4%) đã xây dựng và nộp kế hoạch",
        "Bài học riêng của Chi bộ: làm đến nơi đến chốn.",
        # the tables
        "Tổng số đảng viên của Chi bộ 5",
        "- Đảng viên chính thức 4",
        "- Đảng viên dự bị 1",
        "- Trong đó: miễn công tác và sinh hoạt đảng 1",
        "Đảng viên rời Chi bộ trong kỳ 1",
        "- Chuyển sinh hoạt đảng đi 1",
        "Quần chúng (công chức, viên chức, người lao động) cùng thực hiện kế hoạch 2",
        "Nội dung Đảng viên Quần chúng Cộng Tỷ lệ",
        "Số người phải xây dựng kế hoạch cá nhân 5 2 7",
        "Đã xây dựng, nộp kế hoạch 4 1 5 71,4%",
        "- Nộp đúng thời hạn (hạn 31/03/2026) 3 1 4 57,1%",
        "Được Chi bộ xác nhận 4 1 5 71,4%",
        "Chi bộ có 5 đảng viên (4 chính thức và 1 dự bị)",
        "Hoàn thành 3 42,9%",
        "- Trong đó: hoàn thành vượt mức 1",
        "Tháng 5 1 1 0 90%",
        "Cộng 5 2 0 88,6%",
        "Biểu đồ 1. Tỷ lệ đảng viên dự sinh hoạt theo tháng (%)",
        "Đạo đức công vụ Quý III 20/10/2026",
        "Hội nhập quốc tế Tháng 11 Chưa sinh hoạt",
        "Cải cách thủ tục hành chính 0 2 0 2",
        "Đã biểu dương 2 điển hình, đề nghị cấp trên khen thưởng 1, được khen thưởng 1 "
        "(1 giấy khen).",
        "Biểu dương tại các buổi sinh hoạt chi bộ (1 lượt):",
        "06/05/2026 Biểu dương đồng chí Nguyễn Văn An",
        "5. Đánh giá, xếp loại (theo Quy định 366-QĐ/TW)",
        "Hoàn thành xuất sắc nhiệm vụ 1 50%",
        "Biểu đồ 2. Kết quả xếp loại đảng viên (số người)",
        # the closing
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Nguyễn Văn An",
        "Nơi nhận:",
        "- Đảng ủy Ủy ban nhân dân tỉnh (b/c),",
        "- Lưu Văn phòng Chi bộ.",
    ):
        assert squeeze(expected) in text, expected
    assert "Mã xác thực:" in poppler_text(path, 1)


def test_six_month_and_to_a_date_titles(seeded, tmp_path):
    half = tmp_path / "6thang.pdf"
    report_printing.print_report(seeded, year_report.period_of(2026, half=True), half)
    text = squeeze(poppler_text(half))
    assert (
        squeeze(
            "BÁO CÁO sơ kết 6 tháng đầu năm 2026 việc học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh"
        )
        in text
    )
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026" in text
    assert "Sơ kết 6 tháng: kế hoạch đã sơ kết 3/3 100%" in text
    assert "5. Đánh giá, xếp loại" not in text  # nothing classified by 30/06
    until = tmp_path / "den-ngay.pdf"
    report_printing.print_report(seeded, year_report.period_of(2026, until="15/10/2026"), until)
    text = squeeze(poppler_text(until))
    assert "phong cách Hồ Chí Minh từ đầu năm 2026 đến ngày 15/10/2026" in text
    assert "Đạo đức công vụ Quý III Chưa sinh hoạt" in text  # held on 20/10
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NHỮNG THÁNG CUỐI NĂM 2026" in text
    nine = tmp_path / "9thang.pdf"
    report_printing.print_report(seeded, year_report.period_of(2026, until="30/09/2026"), nine)
    assert "phong cách Hồ Chí Minh 9 tháng đầu năm 2026" in squeeze(poppler_text(nine))
    assert documents.next_number(seeded, "BC") == 4


def test_fonts_are_embedded_charts_included(seeded, tmp_path):
    path = tmp_path / "bc.pdf"
    report_printing.print_report(seeded, year_report.period_of(2026), path)
    seen = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert seen <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }


def test_recorded_verified_and_changed_after_an_edit(seeded, tmp_path):
    period = year_report.period_of(2026, until="15/10/2026")
    result = report_printing.print_report(seeded, period, tmp_path / "a.pdf", number=7)
    assert verification.verify(seeded, result.code).status == VerifyStatus.UNCHANGED
    row = verification.verify(seeded, result.code).document
    assert (
        row.title
        == "Báo cáo kết quả thực hiện học tập và làm theo Bác từ đầu năm 2026 đến ngày 15/10/2026"
    )
    # A reprint of the same content is the same record; another report cannot take 07.
    again = report_printing.print_report(seeded, period, tmp_path / "b.pdf", number=7)
    assert again.code == result.code
    with pytest.raises(ChiboError, match="07-BC/CB đã dùng"):
        report_printing.print_report(
            seeded, year_report.period_of(2026, half=True), tmp_path / "c.pdf", number=7
        )
    assert not (tmp_path / "c.pdf").exists()
    year_report.save_narrative(seeded, period, Narrative(results="Đã sửa sau khi in."))
    assert verification.verify(seeded, result.code).status == VerifyStatus.CHANGED


def test_only_pdf_or_word(seeded, tmp_path):
    # .docx is written too (tests/services/test_word_documents.py); anything else refused.
    with pytest.raises(ChiboError, match=r"\.pdf hoặc \.docx"):
        report_printing.print_report(seeded, year_report.period_of(2026), tmp_path / "a.odt")
    assert not list(tmp_path.glob("a*"))
    assert documents.next_number(seeded, "BC") == 1  # nothing recorded


def test_a_report_printed_with_the_old_capitals_still_verifies(seeded, tmp_path, monkeypatch):
    """The title's case is layout: a report printed when the trích yếu was in capitals
    verifies unchanged, and printing it again now is a reprint with the same code."""
    from chibo_app.documents import year_report as document

    period = year_report.period_of(2026)
    with monkeypatch.context() as patch:
        patch.setattr(
            document,
            "title_lines",
            lambda _period: [
                "BÁO CÁO",
                "KẾT QUẢ THỰC HIỆN HỌC TẬP VÀ LÀM THEO",
                "TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2026",
            ],
        )
        before = report_printing.print_report(seeded, period, tmp_path / "before.pdf")
    assert "KẾT QUẢ THỰC HIỆN HỌC TẬP" in poppler_text(tmp_path / "before.pdf", 1)
    now = report_printing.print_report(seeded, period, tmp_path / "now.pdf")
    assert "kết quả thực hiện học tập" in poppler_text(tmp_path / "now.pdf", 1)
    assert (now.code, now.number) == (before.code, before.number)
    assert verification.verify(seeded, before.code).status == VerifyStatus.UNCHANGED


def test_a_month_without_a_meeting_has_no_bar_and_no_zero(seeded, tmp_path):
    """Biểu đồ 1 draws the months with a meeting; December, not yet held on 25/11, shows
    no "0" that would read as nobody attending."""
    from reportlab.graphics import renderPDF

    from chibo_app.documents import fonts
    from chibo_app.documents import year_report as document
    from chibo_app.documents.page_settings import PageSettings

    fonts.register_fonts()
    data = report_printing.report_data(
        seeded, year_report.period_of(2026), number=None, dated=seeded.today()
    )
    months = data.figures.meetings.months
    held = [m for m in months if m.rate is not None]
    assert months[-1].rate is None and held  # December is still to come
    chart = document.attendance_chart(PageSettings(), data.figures)
    renderPDF.drawToFile(chart, str(tmp_path / "chart.pdf"))
    words = poppler_text(tmp_path / "chart.pdf").split()
    labels = [f"{100 * m.rate:.1f}".rstrip("0").rstrip(".").replace(".", ",") for m in held]
    axis = ["0", "20", "40", "60", "80", "100"]
    assert sorted(w for w in words if not w.startswith("T")) == sorted(axis + labels)
