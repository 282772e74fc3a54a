"""Register numbers follow the documents' dates, not the order they are printed in
(Hướng dẫn 36-HD/VPTW: each type numbered in order of issue, dated the day it is signed).

Minutes are dated their meeting's day: minutes typed up after a later meeting's take a
free number between the dates around them, or a number reserved for them; when none is
free they take the next number and the print says which document they come after.
Numbers already on paper never move."""

import datetime as dt
import subprocess
import sys

import pytest

from chibo_app.services import (
    demo,
    document_register,
    documents,
    meeting_printing,
    meetings,
    plan_printing,
    verification,
)


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=12, seed=7)
    return session


def _three_meetings(session):
    """Three regular meetings of 2026 in date order (the clock is 25/11/2026)."""
    held = sorted(meetings.meetings_of_year(session, 2026), key=lambda m: m.held_on)
    first, second, third = held[0], held[1], held[2]
    assert first.held_on < second.held_on < third.held_on < "2026-11-25"
    return first, second, third


def _minutes(session, meeting, path, number=None):
    return meeting_printing.print_meeting(
        session, meeting.id, path, attendance=False, number=number
    )


def _day(iso):
    return f"{dt.date.fromisoformat(iso):%d/%m/%Y}"


def test_minutes_are_registered_under_their_meeting_day(demo_session, tmp_path):
    s = demo_session
    first, _second, _third = _three_meetings(s)
    printed = _minutes(s, first, tmp_path / "a.pdf")
    row = verification.verify(s, printed.codes[0]).document
    assert row is not None and row.printed_on.isoformat() == first.held_on
    assert printed.numbering is not None and documents.order_note(printed.numbering) is None


def test_earlier_minutes_printed_later_with_no_free_number_say_what_they_follow(
    demo_session, tmp_path
):
    s = demo_session
    first, second, third = _three_meetings(s)
    assert _minutes(s, first, tmp_path / "1.pdf").number == 1
    assert _minutes(s, third, tmp_path / "3.pdf").number == 2
    late = _minutes(s, second, tmp_path / "2.pdf")
    assert late.number == 3  # numbers on paper never move: the next one
    plan = late.numbering
    assert plan is not None and plan.out_of_order is not None
    assert plan.out_of_order.number == 2
    said = str(documents.order_note(plan))
    assert said.startswith(
        f"Văn bản ghi ngày {_day(second.held_on)}, sớm hơn văn bản số 02-BB ngày "
        f"{_day(third.held_on)}: số 03 đứng sau số đó"
    )
    assert "nếu đã giữ số cho văn bản này, hãy chọn số đã giữ" in said
    # the register reads by the documents' dates: the late minutes stand between the others
    listed = [e.number_value for e in document_register.list_register(s) if e.doc_type == "BB"]
    assert listed == [2, 3, 1]


def test_earlier_minutes_take_a_free_number_between_the_dates_around_them(demo_session, tmp_path):
    s = demo_session
    first, second, third = _three_meetings(s)
    _minutes(s, first, tmp_path / "1.pdf")
    assert _minutes(s, third, tmp_path / "3.pdf", number=3).number == 3  # 02 left free
    late = _minutes(s, second, tmp_path / "2.pdf")
    assert late.number == 2
    assert late.numbering is not None and late.numbering.filled_gap
    assert late.numbering.out_of_order is None
    assert str(documents.order_note(late.numbering)) == (
        f"Văn bản ghi ngày {_day(second.held_on)}: lấy số còn trống 02, giữa các văn bản cùng "
        "loại ghi ngày trước và sau ngày đó (số văn bản theo thứ tự ngày)."
    )
    assert document_register.number_gaps(s) == []
    # a free number that does not stand between the right dates is not taken
    fourth = sorted(meetings.meetings_of_year(s, 2026), key=lambda m: m.held_on)[3]
    assert _minutes(s, fourth, tmp_path / "4.pdf").number == 4


def test_a_number_reserved_on_the_meeting_day_is_taken_by_its_minutes(demo_session, tmp_path):
    s = demo_session
    first, second, third = _three_meetings(s)
    _minutes(s, first, tmp_path / "1.pdf")
    held = documents.reserve_number(
        s, "BB", "Biên bản sinh hoạt chi bộ", dt.date.fromisoformat(second.held_on)
    )
    assert held.number == 2
    assert _minutes(s, third, tmp_path / "3.pdf").number == 3
    # without the reserved number the minutes would come after 03 (the reservation is
    # not taken unasked: it may be a paper made outside the app)
    assert meeting_printing.minutes_numbering(s, second.id).number == 4
    late = _minutes(s, second, tmp_path / "2.pdf", number=2)
    assert late.number == 2
    assert late.numbering is not None and late.numbering.claims is not None
    assert late.numbering.out_of_order is None
    assert str(documents.order_note(late.numbering)) == (
        f"Số 02-BB đã giữ ngày {_day(second.held_on)} (“Biên bản sinh hoạt chi bộ”): văn bản "
        "này dùng số đã giữ đó."
    )
    statuses = {(e.number_value, e.status) for e in document_register.list_register(s)}
    assert statuses == {(1, "issued"), (2, "claimed"), (2, "issued"), (3, "issued")}
    assert verification.verify(s, late.codes[0]).status == documents.VerifyStatus.UNCHANGED
    assert verification.verify(s, held.code).status == documents.VerifyStatus.EXTERNAL
    # the reservation no longer holds the number: the next minutes take 04
    fourth = sorted(meetings.meetings_of_year(s, 2026), key=lambda m: m.held_on)[3]
    assert _minutes(s, fourth, tmp_path / "4.pdf").number == 4


def test_a_number_typed_below_later_dated_documents_is_told_so(demo_session, tmp_path):
    s = demo_session
    first, second, _third = _three_meetings(s)
    _minutes(s, second, tmp_path / "2.pdf", number=5)
    early = _minutes(s, first, tmp_path / "1.pdf")
    assert early.number == 1 and early.numbering is not None and early.numbering.filled_gap
    later = sorted(meetings.meetings_of_year(s, 2026), key=lambda m: m.held_on)[5]
    typed = _minutes(s, later, tmp_path / "6.pdf", number=2)
    assert typed.numbering is not None and typed.numbering.out_of_order is not None
    assert str(documents.order_note(typed.numbering)).startswith(
        f"Văn bản ghi ngày {_day(later.held_on)}, muộn hơn văn bản số 05-BB ngày "
        f"{_day(second.held_on)}: số 02 đứng trước số đó"
    )


def test_a_reservation_dated_earlier_takes_a_number_that_fits_its_date(demo_session, tmp_path):
    s = demo_session
    first, second, third = _three_meetings(s)
    _minutes(s, first, tmp_path / "1.pdf")
    _minutes(s, third, tmp_path / "3.pdf", number=3)
    held = documents.reserve_number(
        s, "BB", "Biên bản viết tay", dt.date.fromisoformat(second.held_on)
    )
    assert held.number == 2  # between 01 and 03 by date; the next would be 04


def test_the_command_line_reserves_by_date_and_says_why(demo_session, tmp_path):
    """`chibo documents reserve` takes the number services.documents.reservation_offer
    gives (the window's "Giữ số…" offers the same) and says when it fills a gap."""
    s = demo_session
    first, second, third = _three_meetings(s)
    _minutes(s, first, tmp_path / "1.pdf")
    _minutes(s, third, tmp_path / "3.pdf", number=3)
    offered = documents.reservation_offer(s, "BB", dt.date.fromisoformat(second.held_on))
    assert (offered.number, offered.filled_gap) == (2, True)
    s.close()
    done = subprocess.run(
        [sys.executable, "-m", "chibo_app.cli", "--db", str(s.path), "documents", "reserve",
         "--type", "BB", "--title", "Biên bản viết tay", "--date", second.held_on],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Đã giữ Số 02-BB/CB" in done.stdout
    assert f"Văn bản ghi ngày {_day(second.held_on)}: lấy số còn trống 02" in done.stdout


def test_lists_dated_the_print_day_keep_taking_the_next_number(demo_session, tmp_path):
    s = demo_session
    documents.reserve_number(s, "DS", "Danh sách cũ", s.today() - dt.timedelta(days=30), 2)
    printed = plan_printing.print_signed_off(s, 2026, tmp_path / "ds.pdf")
    assert printed.number == 3  # dated today, after the reservation: the next number
    assert printed.numbering is not None and documents.order_note(printed.numbering) is None


def test_the_command_line_says_where_late_minutes_stand(demo_session, tmp_path):
    s = demo_session
    first, second, third = _three_meetings(s)
    _minutes(s, first, tmp_path / "1.pdf")
    _minutes(s, third, tmp_path / "3.pdf")
    s.close()
    done = subprocess.run(
        [sys.executable, "-m", "chibo_app.cli", "--db", str(s.path), "meetings", "print",
         str(second.id), "--minutes", "-o", str(tmp_path / "2.pdf")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "số 03" in done.stdout
    assert f"sớm hơn văn bản số 02-BB ngày {_day(third.held_on)}" in done.stdout


def test_meeting_and_numbering_sentences_speak_english(demo_session, tmp_path, capsys, monkeypatch):
    from chibo_app import cli
    from chibo_app.core.minutes import Vote
    from chibo_app.errors import ValidationError
    from chibo_app.services import meetings as meeting_service

    s = demo_session
    first, second, third = _three_meetings(s)
    _minutes(s, first, tmp_path / "1.pdf")
    _minutes(s, third, tmp_path / "3.pdf")
    bad = meeting_service.get_meeting(s, second.id)
    bad = bad.with_changes(votes=(Vote("", 3), Vote("Thông qua nghị quyết", agree=99)))
    with pytest.raises(ValidationError) as refused:
        meeting_service.save_meeting(s, bad)
    s.close()
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    from chibo_app.cli.language import say

    assert say(refused.value.messages["votes"]) == (
        "Vote 1: the matter voted on is missing.; Vote “Thông qua nghị quyết”: 99 votes, "
        "while 11 full members are present (probationary members do not vote)."
    )
    db = ["--db", str(s.path)]
    out = tmp_path / "2.pdf"
    assert cli.main([*db, "meetings", "print", str(second.id), "--minutes", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Printed minutes no. 03: {out}")
    assert f"earlier than document no. 02-BB of {_day(third.held_on)}" in said
    assert "Đã in" not in said and "sớm hơn" not in said
    assert cli.main([*db, "meetings", "list", "--year", "2030"]) == 0
    assert capsys.readouterr().out.strip() == "There is no meeting in 2030 yet."


def test_a_reservation_out_of_date_order_is_told_in_its_own_words(demo_session, tmp_path):
    """Printing late minutes is told to choose the number reserved for them; the one
    reserving ("Giữ số…", `chibo documents reserve`) is told where its number will stand."""
    s = demo_session
    first, second, third = _three_meetings(s)
    _minutes(s, first, tmp_path / "1.pdf")
    _minutes(s, third, tmp_path / "3.pdf")
    offer = documents.reservation_offer(s, "BB", dt.date.fromisoformat(second.held_on))
    assert offer.number == 3 and offer.out_of_order is not None
    assert str(documents.order_note(offer, reserving=True)) == (
        f"Văn bản ghi ngày {_day(second.held_on)}, sớm hơn văn bản số 02-BB ngày "
        f"{_day(third.held_on)}, nhưng không còn số trống hợp thứ tự ngày: số 03 giữ cho văn "
        "bản này sẽ đứng sau số đó trong sổ văn bản."
    )
    assert "hãy chọn số đã giữ" in str(documents.order_note(offer))
