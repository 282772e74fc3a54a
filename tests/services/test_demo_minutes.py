"""The demo's minutes give the floor only to those at the meeting: every presenter and
every speaker of every demo meeting was present (not away, with or without reason), and
no one away bears a speaker's name (50 people, seed 1: two comrades share a name)."""

import pytest

from chibo_app.core.meetings import Presence
from chibo_app.services import demo, meetings, people


@pytest.mark.parametrize(("count", "seed"), [(20, 3), (3, 2026), (4, 7), (50, 1)])
def test_demo_speakers_and_presenters_were_present(session, count, seed):
    demo.fill_demo(session, people_count=count, seed=seed)
    held = meetings.meetings_of_year(session, session.today().year)
    assert held
    for meeting in held:
        ids = [a.person_id for a in meeting.attendance]
        names = people.names(session, ids)
        present = {names[a.person_id] for a in meeting.attendance if a.presence == Presence.PRESENT}
        away = {names[a.person_id] for a in meeting.attendance if a.presence != Presence.PRESENT}
        said = {o.speaker for item in meeting.agenda for o in item.opinions}
        said |= {item.presenter for item in meeting.agenda if item.presenter}
        assert said <= present and not said & away, (meeting.held_on, said & away)


def test_demo_minutes_read_as_written_by_the_meeting(session):
    """No two comrades say the same words under one item, and a chuyên đề's minutes
    present the topic and its tasks, not the month's review of a regular meeting."""
    from chibo_app.core.meetings import MeetingKind
    from chibo_app.services.demo_meetings import PRESENTED, THEMATIC_PRESENTED

    demo.fill_demo(session, people_count=20, seed=7)
    held = meetings.meetings_of_year(session, session.today().year)
    assert any(m.kind == MeetingKind.THEMATIC for m in held)
    for meeting in held:
        for item in meeting.agenda:
            texts = [o.text for o in item.opinions]
            assert len(texts) == len(set(texts)), (meeting.held_on, item.title, texts)
        contents = {item.content for item in meeting.agenda}
        expected = THEMATIC_PRESENTED if meeting.kind == MeetingKind.THEMATIC else PRESENTED
        assert contents <= set(expected), (meeting.held_on, meeting.kind)
