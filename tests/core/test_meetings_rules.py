"""Meeting rules: counts, times, the next monthly meeting, validation."""

import datetime as dt

import pytest

from chibo_app.core.meetings import (
    REGULAR_AGENDA,
    Attendance,
    Counts,
    Meeting,
    MeetingKind,
    Presence,
    Topic,
    agenda_template,
    content_structure,
    count,
    next_month_day,
    next_regular,
    normalise_meeting,
    parse_time,
    planned_text,
    time_text,
    validate_meeting,
    validate_topic,
)
from chibo_app.core.messages import msg
from chibo_app.core.minutes import AgendaItem, Guest, Opinion, Vote
from chibo_app.core.report_figures import MeetingFact, meeting_figures
from chibo_app.core.year_report import Period


def test_counts_late_is_present_and_rate():
    lines = (
        Attendance(1),
        Attendance(2, late=True),
        Attendance(3, Presence.EXCUSED, "Đi công tác"),
        Attendance(4, Presence.ABSENT),
    )
    c = count(lines)
    assert c == Counts(present=2, excused=1, absent=1, late=1)
    assert c.total == 4 and c.rate == 0.5
    assert Counts().rate is None
    assert c + c == Counts(4, 2, 2, 2)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("14h", "14:00"), ("14:00", "14:00"), ("7 giờ 30", "07:30"), ("8g15", "08:15"), ("", "")],
)
def test_parse_time(typed, stored):
    assert parse_time(typed) == stored


def test_bad_times_and_time_text():
    for typed in ("25:00", "14:75", "sáng"):
        with pytest.raises(ValueError):
            parse_time(typed)
    assert time_text("14:00") == "14 giờ 00 phút"
    assert "giờ" in time_text("")


def test_next_month_day_clamps():
    assert next_month_day(dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)
    assert next_month_day(dt.date(2026, 12, 5)) == dt.date(2027, 1, 5)


def test_next_regular_copies_structure_not_results():
    last = Meeting(
        held_on="2026-04-06",
        kind=MeetingKind.REGULAR,
        start_time="14:00",
        end_time="16:30",
        place="Hội trường",
        chair_id=1,
        secretary_id=3,
        content="1. Đánh giá tháng\nCác phòng đều hoàn thành.\n2. Nhiệm vụ tháng tới\nTriển khai.",
        conclusions="Đã kết luận",
        topic_ids=(5,),
        attendance=(Attendance(1, Presence.ABSENT),),
    )
    draft = next_regular(last, [1, 2, 3], dt.date(2026, 1, 5))
    assert draft.held_on == "2026-05-06" and draft.id is None
    assert (draft.place, draft.chair_id, draft.secretary_id) == ("Hội trường", 1, 3)
    assert (draft.start_time, draft.end_time) == ("14:00", "16:30")
    assert draft.content == "1. Đánh giá tháng\n2. Nhiệm vụ tháng tới"
    assert draft.conclusions == "" and draft.topic_ids == ()
    assert [a.person_id for a in draft.attendance] == [1, 2, 3]
    assert all(a.presence == Presence.PRESENT for a in draft.attendance)
    assert draft.agenda == ()  # an older meeting's free text is carried as its outline
    first = next_regular(None, [1], dt.date(2026, 1, 5))
    assert first.held_on == "2026-01-05" and first.content == ""
    assert [item.title for item in first.agenda] == list(REGULAR_AGENDA)
    assert [v.matter for v in first.votes] == ["Thông qua nghị quyết sinh hoạt chi bộ tháng 1"]


def test_next_regular_carries_the_agenda_presenters_votes_and_superior_guests():
    last = Meeting(
        held_on="2026-04-06",
        agenda=(
            AgendaItem("Đánh giá tháng", "Nguyễn Văn An", "Đã làm…", (Opinion("Bình", "Tốt"),)),
            AgendaItem("Nhiệm vụ tháng tới", "Trần Thị Bình", "Sẽ làm…"),
        ),
        votes=(Vote("Thông qua nghị quyết sinh hoạt chi bộ tháng 4", 15, 0, 1),),
        guests=(Guest("Trần Quốc Hùng", "Đảng ủy viên", True), Guest("Lê Khách", "Sở Tư pháp")),
        conclusions="Nghị quyết tháng 4.",
    )
    draft = next_regular(last, [1, 2], dt.date(2026, 1, 5))
    assert draft.agenda == (
        AgendaItem("Đánh giá tháng", "Nguyễn Văn An"),  # what was said is not carried
        AgendaItem("Nhiệm vụ tháng tới", "Trần Thị Bình"),
    )
    assert draft.votes == (Vote("Thông qua nghị quyết sinh hoạt chi bộ tháng 5"),)
    assert draft.guests == (Guest("Trần Quốc Hùng", "Đảng ủy viên", True),)
    assert draft.conclusions == "" and draft.content == ""


def test_the_template_of_each_kind():
    agenda, votes = agenda_template(MeetingKind.THEMATIC, 5, ["Chuyển đổi số"])
    assert agenda[0].title == "Trình bày chuyên đề “Chuyển đổi số”"
    assert [v.matter for v in votes] == ["Thông qua kết luận sinh hoạt chuyên đề"]
    agenda, votes = agenda_template(MeetingKind.EXTRAORDINARY, 5)
    assert len(agenda) == 1 and votes == ()


def test_structure_without_headings_is_the_text():
    assert content_structure("Tự do") == "Tự do"


def test_normalise_drops_reason_of_present_and_late_of_absent():
    meeting = normalise_meeting(
        Meeting(
            held_on="2026-05-05",
            place="  Hội   trường ",
            attendance=(
                Attendance(1, Presence.PRESENT, "x", late=True),
                Attendance(2, Presence.ABSENT, "y", late=True),
                Attendance(3, Presence.EXCUSED, " Ốm  "),
            ),
            topic_ids=(1, 1, 2),
        )
    )
    a = meeting.attendance
    assert (a[0].reason, a[0].late) == ("", True)
    assert (a[1].reason, a[1].late) == ("", False)
    assert a[2].reason == "Ốm"
    assert meeting.place == "Hội trường" and meeting.topic_ids == (1, 2)


def test_validation():
    assert "held_on" in validate_meeting(Meeting(held_on="05/05/2026"))
    thematic = Meeting(held_on="2026-05-05", kind=MeetingKind.THEMATIC)
    assert "topic_ids" in validate_meeting(thematic)
    twice = Meeting(held_on="2026-05-05", attendance=(Attendance(1), Attendance(1)))
    assert "attendance" in validate_meeting(twice)
    backwards = Meeting(held_on="2026-05-05", start_time="16:00", end_time="14:00")
    assert "end_time" in validate_meeting(backwards)
    assert validate_topic(Topic(2026, " ")) == {"title": msg("Cần ghi tên chuyên đề.")}
    assert str(planned_text(Topic(2026, "a", planned_quarter=2))) == "Quý II"
    assert str(planned_text(Topic(2026, "a", planned_month=5))) == "Tháng 5"


# Chỉ thị 50-CT/TW: chi bộ sinh hoạt thường kỳ mỗi tháng một lần. A month's regular meeting
# counts as due once the month has ended by the report's "tính đến" day, or once it was held.
def _facts(*days: str):
    return [MeetingFact(day, "regular", 5, 0, 0) for day in days]


@pytest.mark.parametrize(
    ("as_of", "held", "due", "missing"),
    [
        # 07/12, December's meeting not held yet: 11 months due, none missing
        ("2026-12-07", [f"2026-{m:02}-05" for m in range(1, 12)], 11, ()),
        # 07/12, December's already held: it counts, 12/12
        ("2026-12-07", [f"2026-{m:02}-05" for m in range(1, 13)], 12, ()),
        # 31/12: December has ended, missing if not held
        ("2026-12-31", [f"2026-{m:02}-05" for m in range(1, 12)], 12, (12,)),
        # 30/11: November has ended on its last day; October skipped
        ("2026-11-30", ["2026-09-05", "2026-11-05"], 11, (1, 2, 3, 4, 5, 6, 7, 8, 10)),
        # 01/01: nothing is due yet
        ("2026-01-01", [], 0, ()),
        # 28/02 (not a leap year) ends February
        ("2026-02-28", ["2026-01-10"], 2, (2,)),
    ],
)
def test_regular_meetings_count_against_the_months_due(as_of, held, due, missing):
    day = dt.date.fromisoformat(as_of)
    m = meeting_figures(_facts(*held), Period(2026), day)
    assert (m.months_due, m.missing_months) == (due, missing)
    assert m.months_with_regular == len(held)
