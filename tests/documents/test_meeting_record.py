"""The meeting record: attendance list and minutes, their text, numbering and register."""

import datetime as dt

from doc_helpers import CELL, poppler_text, squeeze

from chibo_app.core.meetings import MeetingKind, Presence
from chibo_app.documents.meeting_record import (
    AttendanceLine,
    MeetingRecordData,
    attendance_sentence,
    write_meeting_record_pdf,
)
from chibo_app.services import demo, documents, meeting_printing, meetings, verification

DATA = MeetingRecordData(
    meeting_id=4,
    kind=MeetingKind.REGULAR,
    held_on=dt.date(2026, 5, 5),
    start_time="14:00",
    end_time="16:30",
    place="Hội trường Sở Ngoại vụ",
    chair="Thái Phúc Sơn",
    chair_position="Bí thư Chi bộ",
    secretary="Nguyễn Thị Hồng Nhung",
    topics=["Nâng cao đạo đức công vụ"],
    content="1. Đánh giá tháng 4.\n2. Nhiệm vụ tháng 5.",
    conclusions="Hoàn thành tốt nhiệm vụ.",
    commendations=["Biểu dương đồng chí Lê Văn Ân"],
    lines=[
        AttendanceLine("Thái Phúc Sơn", "Bí thư"),
        AttendanceLine("Lê Văn Ân", "Chuyên viên", late=True),
        AttendanceLine("Trần Thị Bình", "Chuyên viên", Presence.EXCUSED, "Đi công tác"),
        AttendanceLine("Đỗ Minh Đức", "Chuyên viên", Presence.ABSENT),
    ],
    number=3,
)


def test_attendance_sentence():
    assert attendance_sentence(DATA) == (
        "có mặt 2/4 đồng chí, vắng 2 đồng chí (có lý do 1: Trần Thị Bình – Đi công tác; "
        "không lý do 1: Đỗ Minh Đức)"
    )


def test_pdf_text_of_list_and_minutes(tmp_path):
    path = tmp_path / "bb.pdf"
    render, printed = write_meeting_record_pdf(path, DATA, CELL)
    assert render.documents == 2
    assert [p.doc_type for p in printed] == ["DD", "BB"]
    assert printed[1].number == 3 and printed[0].number is None
    text = squeeze(poppler_text(path))
    for expected in (
        "DANH SÁCH",
        "đảng viên dự sinh hoạt chi bộ thường kỳ tháng 5 năm 2026",
        "Kèm theo Biên bản số 03-BB/CB ngày 05 tháng 5 năm 2026",
        "Ký tên",
        "Vắng có lý do",
        "Tổng số: 4 đồng chí; có mặt 2, vắng có lý do 1, vắng không lý do 1.",
        "BIÊN BẢN",
        "Số 03-BB/CB",
        "Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 05 tháng 5 năm 2026.",
        "Chủ trì: đồng chí Thái Phúc Sơn, Bí thư Chi bộ.",
        "Thư ký: đồng chí Nguyễn Thị Hồng Nhung.",
        "có mặt 2/4 đồng chí, vắng 2 đồng chí",
        "Đến muộn: Lê Văn Ân.",
        "I. NỘI DUNG",
        "II. NGHỊ QUYẾT, KẾT LUẬN",
        "Hoàn thành tốt nhiệm vụ.",
        "III. BIỂU DƯƠNG",
        "kết thúc lúc 16 giờ 30 phút",
        "THƯ KÝ",
        "CHỦ TRÌ",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    ):
        assert squeeze(expected) in text, expected


def test_printing_a_demo_meeting_is_recorded_and_verified(session, tmp_path):
    demo.fill_demo(session, people_count=12)
    meeting = meetings.meetings_of_year(session, 2026)[0]
    result = meeting_printing.print_meeting(session, meeting.id, tmp_path / "a.pdf")
    assert result.number == 1 and len(result.codes) == 2
    for code in result.codes:
        assert verification.verify(session, code).status == documents.VerifyStatus.UNCHANGED
    only_list = meeting_printing.print_meeting(
        session, meeting.id, tmp_path / "b.pdf", minutes=False
    )
    assert only_list.number is None and only_list.codes == result.codes[:1]
    changed = meeting.with_changes(conclusions="Kết luận đã sửa")
    meetings.save_meeting(session, changed)
    assert verification.verify(session, result.codes[1]).status == documents.VerifyStatus.CHANGED


def test_a_late_arrival_never_breaks_inside_a_word(tmp_path):
    """“x (muộn)” may wrap after the x, never inside “(muộn)”, whatever the table size;
    the header's words stay whole too."""
    from dataclasses import replace

    from chibo_app.documents.page_settings import PageSettings

    for size in (11, 12, 13, 14):
        path = tmp_path / f"ds{size}.pdf"
        settings = replace(PageSettings(), table_size=size)
        write_meeting_record_pdf(path, DATA, CELL, minutes=False, settings=settings)
        lines = [line.strip() for line in poppler_text(path).splitlines()]
        assert "(muộn)" in lines or "x (muộn)" in lines, (size, lines)
        for word in ("mặt", "không"):
            assert word in " ".join(lines).split(), (size, word)


def test_the_word_attendance_list_has_the_pdfs_columns_and_rows(tmp_path):
    """The Word copy used columns of its own ("Phó Trưởng phòng" wrapped there, not in the
    PDF) and lower rows: now the PDF's column widths and its 10 mm signing rows."""
    from docx import Document

    from chibo_app.documents.meeting_record import column_widths
    from chibo_app.documents.meeting_record_word import write_meeting_record_docx
    from chibo_app.documents.page_settings import PageSettings

    for settings in (PageSettings(), PageSettings(table_size=14, left_mm=25)):
        path = tmp_path / "ds.docx"
        write_meeting_record_docx(path, DATA, CELL, minutes=False, settings=settings)
        table = Document(str(path)).tables[1]
        assert table.rows[0].cells[2].text == "Chức vụ"
        word = [cell.width.pt for cell in table.rows[1].cells]
        for ours, pdf in zip(word, column_widths(settings), strict=True):
            assert abs(ours - pdf) < 0.5
        for row in table.rows[1:]:
            assert abs(row.height.mm - 10) < 0.05
