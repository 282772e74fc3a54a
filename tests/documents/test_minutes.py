"""The minutes of a demo meeting, read back with pdftotext: the members by kind, the guests,
each agenda item with what was presented and who said what, the vote of the full members
present (dự bị do not vote), the resolution, the ending time, chủ trì and thư ký."""

import pytest
from doc_helpers import poppler_text, squeeze

from chibo_app.core.meetings import MeetingKind
from chibo_app.core.minutes import Vote
from chibo_app.errors import ValidationError
from chibo_app.services import demo, meeting_printing, meetings


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=14)
    return session


def test_the_minutes_record_the_discussion_the_vote_and_the_resolution(demo_session, tmp_path):
    meeting = meetings.meetings_of_year(demo_session, 2026)[0]  # January, with a guest
    c = meetings.composition(demo_session, meeting)
    path = tmp_path / "bb.pdf"
    meeting_printing.print_meeting(demo_session, meeting.id, path, attendance=False)
    text = squeeze(poppler_text(path))
    kinds = f"chính thức {c.full}" + (f", dự bị {c.probationary}" if c.probationary else "")
    assert f"Tổng số đảng viên của Chi bộ: {c.members} đồng chí ({kinds}" in text
    assert f"Đảng viên phải dự: {c.on_roll} đồng chí; có mặt {c.present}/{c.on_roll}" in text
    assert "Cấp ủy cấp trên dự: đồng chí Trần Quốc Hùng, Ủy viên Ban Chấp hành" in text
    assert "I. NỘI DUNG" in text
    for number, item in enumerate(meeting.agenda, start=1):
        assert squeeze(f"{number}. {item.title}") in text
        assert squeeze(f"Đồng chí {item.presenter} trình bày: {item.content}") in text
        for opinion in item.opinions:
            assert squeeze(f"- Đồng chí {opinion.speaker}: {opinion.text}") in text
    assert "Ý kiến thảo luận:" in text
    (vote,) = meeting.votes
    assert vote.agree == c.voters == c.present_full  # full members present only
    assert (
        f"II. BIỂU QUYẾT 1. {vote.matter}. Số đảng viên chính thức có mặt biểu quyết: "
        f"{c.voters}/{c.voters}; tán thành {c.voters} (100%), không tán thành 0, ý kiến khác 0."
    ) in text
    assert squeeze(f"III. NGHỊ QUYẾT, KẾT LUẬN {meeting.conclusions}") in text
    assert "Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày" in text
    assert text.index("THƯ KÝ") < text.index("CHỦ TRÌ")


def test_a_probationary_member_present_does_not_vote(demo_session):
    for meeting in meetings.meetings_of_year(demo_session, 2026):
        c = meetings.composition(demo_session, meeting)
        if c.present_probationary:
            break
    else:
        pytest.skip("no dự bị present in the demo")
    (vote,) = meeting.votes
    assert vote.cast == c.present_full < c.present
    with pytest.raises(ValidationError, match="đảng viên dự bị không biểu quyết"):
        meetings.save_meeting(
            demo_session, meeting.with_changes(votes=(Vote(vote.matter, agree=c.present),))
        )


def test_a_thematic_meeting_has_its_own_agenda(demo_session, tmp_path):
    themed = next(
        m for m in meetings.meetings_of_year(demo_session, 2026) if m.kind == MeetingKind.THEMATIC
    )
    assert themed.agenda[0].title.startswith("Trình bày chuyên đề “")
    assert themed.votes[0].matter == "Thông qua kết luận sinh hoạt chuyên đề"
