"""A meeting's roll is the party members of its day: admitted on or before it, not
transferred, deceased or exempted by then; non-party staff are on no roll. Statistics
count a person only at the meetings they were on the roll of."""

import datetime as dt

import pytest

from chibo_app.core.meetings import Attendance, Counts, Presence
from chibo_app.services import demo, meetings
from tests.meeting_helpers import changing_cell


@pytest.fixture
def cell(session):
    return changing_cell(session)


def names(session, ids):
    back = {v: k for k, v in session.ids.items()}
    return sorted(back[i] for i in ids)


def test_the_roll_follows_the_day(cell):
    assert names(cell, meetings.roll(cell, dt.date(2026, 2, 5))) == ["an", "cuong", "dung"]
    assert names(cell, meetings.roll(cell, dt.date(2026, 3, 10))) == ["an", "cuong"]
    assert names(cell, meetings.roll(cell, dt.date(2026, 6, 1))) == ["an"]
    assert names(cell, meetings.roll(cell, dt.date(2026, 9, 3))) == ["an", "binh"]
    draft = meetings.new_meeting(cell, dt.date(2026, 2, 5))
    assert names(cell, [a.person_id for a in draft.attendance]) == ["an", "cuong", "dung"]


def test_the_next_monthly_meeting_takes_the_roll_of_its_own_day(cell):
    meetings.save_meeting(cell, meetings.new_meeting(cell, dt.date(2026, 8, 5)))
    draft = meetings.draft_next_regular(cell, 2026)
    assert draft.held_on == "2026-09-05"
    assert names(cell, [a.person_id for a in draft.attendance]) == ["an", "binh"]


def test_moving_the_date_moves_the_roll_and_keeps_the_marks(cell):
    an, cuong, dung, binh = (cell.ids[k] for k in ("an", "cuong", "dung", "binh"))
    draft = meetings.new_meeting(cell, dt.date(2026, 2, 5))
    marked = draft.with_changes(
        attendance=tuple(
            Attendance(a.person_id, Presence.EXCUSED, "Đi công tác")
            if a.person_id == cuong
            else Attendance(a.person_id, late=True)
            if a.person_id == an
            else a
            for a in draft.attendance
        )
    )
    saved = meetings.save_meeting(cell, marked)
    moved = meetings.with_roll(cell, saved.with_changes(held_on="2026-04-05"))
    lines = {a.person_id: a for a in moved.attendance}
    assert set(lines) == {an, cuong}  # Dung had left by April
    assert lines[an].late and lines[an].id == saved.attendance[0].id
    assert (lines[cuong].presence, lines[cuong].reason) == (Presence.EXCUSED, "Đi công tác")
    again = meetings.with_roll(cell, moved.with_changes(held_on="2026-09-20"))
    assert {a.person_id for a in again.attendance} == {an, binh}
    assert next(a for a in again.attendance if a.person_id == binh).presence == Presence.PRESENT
    # the service keeps the stored roll to the day whatever it is given
    stored = meetings.save_meeting(cell, saved.with_changes(held_on="2026-04-05"))
    assert {a.person_id for a in stored.attendance} == {an, cuong}
    assert dung not in {a.person_id for a in stored.attendance}


def test_statistics_count_only_meetings_on_the_persons_roll(cell):
    an, binh = cell.ids["an"], cell.ids["binh"]
    for month in (2, 5, 9, 10):
        meetings.save_meeting(cell, meetings.new_meeting(cell, dt.date(2026, month, 5)))
    # a line written for Bình before her admission (as older versions did) does not count
    february = meetings.meetings_of_year(cell, 2026)[0]
    cell.db.execute(
        "INSERT INTO attendance (meeting_id, person_id, presence) VALUES (?, ?, 'present')",
        [february.id, binh],
    )
    stats = meetings.attendance_stats(cell, 2026)
    assert stats[an] == Counts(present=4)
    assert stats[binh] == Counts(present=2)  # September and October only
    assert stats[cell.ids["cuong"]] == Counts(present=2)  # exempted from June
    assert stats[cell.ids["dung"]] == Counts(present=1)  # transferred in March
    assert cell.ids["em"] not in stats
    assert meetings.person_attendance(cell, binh, 2026).total == 2
    # one person's figures (the person editor reads only theirs) are the year's figures
    for person in cell.ids.values():
        assert meetings.person_attendance(cell, person, 2026) == stats.get(person, Counts())
    rows = meetings.meeting_rows(cell, 2026)
    assert [r.counts.total for r in rows] == [3, 2, 2, 2]


def test_demo_attendance_only_for_members_of_the_day(session):
    demo.fill_demo(session, people_count=40)
    wrong = session.db.execute(
        "SELECT p.full_name, m.held_on, p.admitted_on, p.kind, p.status, p.status_date"
        " FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
        " JOIN people p ON p.id = a.person_id"
        " WHERE p.kind = 'non_party' OR p.admitted_on > m.held_on"
        " OR (p.status != 'active' AND (p.status_date IS NULL OR p.status_date <= m.held_on))"
    ).fetchall()
    assert wrong == []
    late_joiners = session.db.execute(
        "SELECT count(*) FROM people WHERE admitted_on > '2026-01-10'"
    ).fetchone()[0]
    assert late_joiners  # the demo has members admitted during the year
    every = {r[0] for r in session.db.execute("SELECT DISTINCT person_id FROM attendance")}
    for person_id in every:
        counts = meetings.person_attendance(session, person_id, 2026)
        assert (
            counts.total
            == session.db.execute(
                "SELECT count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
                " WHERE a.person_id = ? AND m.year = 2026",
                [person_id],
            ).fetchone()[0]
        )


def test_demo_chair_and_secretary_attend_their_meetings(session):
    demo.fill_demo(session, people_count=12)
    for meeting in meetings.meetings_of_year(session, 2026):
        lines = {a.person_id: a for a in meeting.attendance}
        for lead in (meeting.chair_id, meeting.secretary_id):
            assert lines[lead].presence == Presence.PRESENT, meeting.held_on
