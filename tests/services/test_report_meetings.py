"""The report counts a meeting's attendance as the meetings page does: only the lines of
the people on that meeting's roll (core.people.on_roll). A line kept from before someone's
admission or leaving date was changed counts nowhere."""

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
