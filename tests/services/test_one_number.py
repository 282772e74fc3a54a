"""One number per document (Hướng dẫn 36-HD/VPTW): a reprint keeps its number, date and
code and is recorded as a copy; a PDF and an .xlsx of one list share a number; a changed
document takes the next number or is reissued under its own, the old print marked as
replaced; a number can be reserved for a paper made outside the app."""

import datetime as dt
import json
import subprocess
import sys

import pytest

from chibo_app.core.clock import FixedClock
from chibo_app.errors import ChiboError
from chibo_app.services import (
    demo,
    document_register,
    documents,
    evaluation_printing,
    meeting_printing,
    meetings,
    plan_printing,
    verification,
)
from chibo_app.services.documents import VerifyStatus


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=12, seed=7)
    return session


def _pdf_text(path):
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return done.stdout


def _minutes_meeting(session):
    return meetings.meetings_of_year(session, 2026)[0]


def test_minutes_printed_again_keep_their_number_and_code_as_a_copy(demo_session, tmp_path):
    s = demo_session
    meeting = _minutes_meeting(s)
    first = meeting_printing.print_meeting(s, meeting.id, tmp_path / "a.pdf", attendance=False)
    again = meeting_printing.print_meeting(s, meeting.id, tmp_path / "b.docx", attendance=False)
    assert first.number == again.number == 1
    assert first.codes == again.codes
    assert again.numbering is not None and again.numbering.reprint
    rows = [e for e in document_register.list_register(s) if e.doc_type == "BB"]
    assert len(rows) == 1 and rows[0].status == "reprinted" and rows[0].copies == 1
    # the next document of the type takes 02, not 03
    other = meetings.meetings_of_year(s, 2026)[1]
    assert meeting_printing.print_meeting(s, other.id, tmp_path / "c.pdf").number == 2


def test_a_list_as_pdf_and_as_xlsx_shares_one_number(demo_session, tmp_path):
    s = demo_session
    pdf = plan_printing.print_signed_off(s, 2026, tmp_path / "ds.pdf")
    sheet = plan_printing.print_signed_off(s, 2026, tmp_path / "ds.xlsx")
    assert (pdf.number, pdf.code) == (sheet.number, sheet.code) == (1, pdf.code)
    evaluation = evaluation_printing.export_list(s, 2026, tmp_path / "dg.xlsx")
    again = evaluation_printing.export_list(s, 2026, tmp_path / "dg.pdf")
    assert evaluation.number == again.number == 2 and evaluation.code == again.code


def test_a_reprint_days_later_keeps_the_first_date_line(demo_session, tmp_path):
    s = demo_session
    first = plan_printing.print_signed_off(s, 2026, tmp_path / "ds.pdf")
    s.clock = FixedClock.on(s.today() + dt.timedelta(days=9))
    later = plan_printing.print_signed_off(s, 2026, tmp_path / "ds2.pdf")
    assert (later.number, later.code) == (first.number, first.code)
    assert "ngày 25 tháng 11 năm 2026" in _pdf_text(tmp_path / "ds2.pdf")


def _change_conclusions(session, meeting_id):
    meeting = meetings.get_meeting(session, meeting_id)
    meetings.save_meeting(session, meeting.with_changes(conclusions="Kết luận đã sửa lại."))


def test_a_changed_document_takes_the_next_number_and_says_which_it_follows(demo_session, tmp_path):
    s = demo_session
    meeting = _minutes_meeting(s)
    first = meeting_printing.print_meeting(s, meeting.id, tmp_path / "a.pdf", attendance=False)
    _change_conclusions(s, meeting.id)
    second = meeting_printing.print_meeting(s, meeting.id, tmp_path / "b.pdf", attendance=False)
    assert second.number == 2 and second.codes != first.codes
    assert second.numbering is not None and second.numbering.changed_since is not None
    assert second.numbering.changed_since.number == 1
    assert verification.verify(s, first.codes[0]).status == VerifyStatus.CHANGED


def test_a_reissue_keeps_the_number_and_marks_the_old_print_replaced(demo_session, tmp_path):
    s = demo_session
    meeting = _minutes_meeting(s)
    first = meeting_printing.print_meeting(s, meeting.id, tmp_path / "a.pdf", attendance=False)
    _change_conclusions(s, meeting.id)
    reissue = meeting_printing.print_meeting(
        s, meeting.id, tmp_path / "b.pdf", attendance=False, replace=True
    )
    assert reissue.number == 1 and reissue.codes != first.codes
    assert "Kết luận đã sửa lại." in _pdf_text(tmp_path / "b.pdf")
    old = verification.verify(s, first.codes[0])
    assert old.status == VerifyStatus.REPLACED
    assert old.replacement is not None and old.replacement.code == reissue.codes[0]
    assert "đã được thay thế" in str(old.message) and "không còn hiệu lực" in str(old.message)
    assert verification.verify(s, reissue.codes[0]).status == VerifyStatus.UNCHANGED
    statuses = {e.code.replace("-", ""): e.status for e in document_register.list_register(s)}
    assert statuses == {first.codes[0]: "replaced", reissue.codes[0]: "issued"}
    # the reissue printed again is a copy of it, and the next minutes take 02
    copy = meeting_printing.print_meeting(s, meeting.id, tmp_path / "c.pdf", attendance=False)
    assert copy.codes == reissue.codes
    other = meetings.meetings_of_year(s, 2026)[1]
    assert meeting_printing.print_meeting(s, other.id, tmp_path / "d.pdf").number == 2


def test_a_reissue_cannot_take_another_number(demo_session, tmp_path):
    s = demo_session
    meeting = _minutes_meeting(s)
    meeting_printing.print_meeting(s, meeting.id, tmp_path / "a.pdf", attendance=False)
    _change_conclusions(s, meeting.id)
    with pytest.raises(ChiboError, match="giữ số của văn bản cũ"):
        meeting_printing.print_meeting(
            s, meeting.id, tmp_path / "b.pdf", attendance=False, number=7, replace=True
        )
    assert not (tmp_path / "b.pdf").exists()


def test_a_reserved_number_is_skipped_and_gaps_are_listed(demo_session, tmp_path):
    s = demo_session
    held = documents.reserve_number(s, "DS", "Danh sách đảng viên đóng đảng phí", s.today(), 3)
    assert held.external and held.number == 3
    with pytest.raises(ChiboError, match="đã dùng cho"):
        documents.reserve_number(s, "DS", "Một văn bản khác", s.today(), 3)
    printed = plan_printing.print_signed_off(s, 2026, tmp_path / "ds.pdf")
    assert printed.number == 4  # after the highest, the reserved one included
    gaps = document_register.number_gaps(s)
    assert [g.text for g in gaps] == ["Số 01-DS/CB", "Số 02-DS/CB"]
    # a gap can be reserved afterwards
    documents.reserve_number(s, "DS", "Danh sách làm bằng tay", s.today(), 1)
    assert [g.number for g in document_register.number_gaps(s)] == [2]
    found = verification.verify(s, held.code)
    assert found.status == VerifyStatus.EXTERNAL and "ngoài ứng dụng" in str(found.message)


def test_documents_list_json_gives_number_type_date_code_and_status(demo_session, tmp_path):
    s = demo_session
    meeting = _minutes_meeting(s)
    meeting_printing.print_meeting(s, meeting.id, tmp_path / "a.pdf", attendance=False)
    meeting_printing.print_meeting(s, meeting.id, tmp_path / "b.pdf", attendance=False)
    _change_conclusions(s, meeting.id)
    s.close()
    env_db = ["--db", str(s.path)]
    cli = [sys.executable, "-m", "chibo_app.cli", *env_db]
    done = subprocess.run(
        [*cli, "meetings", "print", str(meeting.id), "--minutes", "--replace", "-o",
         str(tmp_path / "c.pdf")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Ban hành lại văn bản số 01-BB" in done.stdout
    done = subprocess.run(
        [*cli, "documents", "reserve", "--type", "bb", "--title", "Biên bản viết tay"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0 and "Số 02-BB/CB" in done.stdout, done.stderr
    listed = subprocess.run([*cli, "documents", "list", "--json"], capture_output=True, text=True)
    rows = sorted(json.loads(listed.stdout), key=lambda r: r["id"])
    assert [(r["number"], r["type"], r["status"]) for r in rows] == [
        (1, "BB", "replaced"),
        (1, "BB", "issued"),
        (2, "BB", "reserved"),
    ]
    # the register's date of minutes is their date line, the meeting day, not the print day
    assert rows[0]["copies"] == 1 and rows[0]["date"] == meeting.held_on != "2026-11-25"
    assert rows[2]["date"] == "2026-11-25"  # a reservation: the day given, by default today
    assert all(len(r["code"]) == 11 for r in rows)
