"""The report counts a meeting's attendance as the meetings page does: only the lines of
the people on that meeting's roll (core.people.on_roll). A line kept from before someone's
admission or leaving date was changed counts nowhere."""

import datetime as dt

import pytest

from chibo_app.services import meetings, year_report
from tests.report_seed import seed


@pytest.fixture
def seeded(session):
    session.ids = seed(session)
    return session


def _counts(session, **period):
    m = year_report.figures(session, year_report.period_of(2026, **period)).meetings
    return m.present, m.excused, m.absent


def test_the_report_counts_the_meetings_page_lines(seeded):
    rows = meetings.meeting_rows(seeded, 2026)
    page = tuple(sum(getattr(r.counts, k) for r in rows) for k in ("present", "excused", "absent"))
    # G's line of 20/10 was written while G was still here; G left on 01/09: not counted.
    assert _counts(seeded) == page == (29, 2, 2)


def test_a_line_off_the_roll_is_not_counted(seeded):
    before = _counts(seeded)
    january = seeded.db.execute("SELECT id FROM meetings WHERE held_on = '2026-01-10'").fetchone()
    # E is non-party staff, D was admitted on 10/03: on no roll in January.
    for person in (seeded.ids["E"], seeded.ids["D"]):
        seeded.db.execute(
            "INSERT INTO attendance (meeting_id, person_id, presence) VALUES (?, ?, 'absent')",
            [january[0], person],
        )
    assert _counts(seeded) == before
    assert _counts(seeded, half=True) == (20, 2, 2)


def test_a_meeting_after_the_reports_day_is_not_counted(seeded):
    """Today is 25/11/2026 (the frozen clock): a meeting already entered for 03/12 — its
    attendance, its topic and its commendation — is not in a report "tính đến" today,
    nor in one up to a typed day before it; the report up to 31/12 counts it only once
    that day has come (the figures' day is never after today)."""
    from chibo_app.core.meetings import Commendation, MeetingKind, Topic
    from chibo_app.services import topics
    from tests.report_seed import _meeting

    before = year_report.figures(seeded, year_report.period_of(2026))
    topic = topics.save_topic(seeded, Topic(2026, "Văn hóa công sở", planned_month=12))
    roll = [seeded.ids[k] for k in "ABCD"]
    _meeting(
        seeded,
        "2026-12-03",
        roll,
        absent=1,
        kind=MeetingKind.THEMATIC,
        topic=topic.id,
        commendations=(Commendation("Tổ chức tốt hội nghị cán bộ", person_id=seeded.ids["A"]),),
    )
    for period in (year_report.period_of(2026), year_report.period_of(2026, until="2026-12-02")):
        after = year_report.figures(seeded, period)
        assert after.as_of <= dt.date(2026, 12, 2)
        assert after.meetings == before.meetings
        assert [m.month for m in after.meetings.months] == [m.month for m in before.meetings.months]
        assert [c.text for c in after.commendations] == [c.text for c in before.commendations]
        line = next(t for t in after.topics if t.title == "Văn hóa công sở")
        assert line.held_on is None
    # The same meeting dated today is counted.
    seeded.db.execute("UPDATE meetings SET held_on = '2026-11-25' WHERE held_on = '2026-12-03'")
    now = year_report.figures(seeded, year_report.period_of(2026))
    assert now.meetings.absent == before.meetings.absent + 1
    assert now.meetings.months[-1].thematic == 1
    assert any(c.text.endswith("Tổ chức tốt hội nghị cán bộ") for c in now.commendations)
    assert next(t for t in now.topics if t.title == "Văn hóa công sở").held_on == "2026-11-25"
