"""Meetings and topics through the services: saving with attendance, history, the
year by month, the next monthly meeting, attendance statistics, the CLI."""

import argparse
import datetime as dt
import json
from dataclasses import replace

import pytest

from chibo_app.cli import meetings as cli_meetings
from chibo_app.core.clock import FixedClock
from chibo_app.core.meetings import Attendance, Commendation, Counts, MeetingKind, Presence, Topic
from chibo_app.core.people import Kind, Person, Status
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import demo, documents, meetings, people, topics
from chibo_app.storage import records


@pytest.fixture
def cell(session):
    """Four party members and one non-party person; the fourth member leaves later."""
    ids = [
        people.save_person(session, Person(full_name=name, kind=kind))
        for name, kind in (
            ("Nguyễn Văn An", Kind.FULL),
            ("Trần Thị Bình", Kind.FULL),
            ("Lê Văn Cường", Kind.PROBATIONARY),
            ("Phạm Thị Dung", Kind.FULL),
            ("Hoàng Văn Em", Kind.NON_PARTY),
        )
    ]
    session.ids = ids
    return session


def _meeting(session, day, lines, **changes):
    draft = meetings.new_meeting(session, dt.date.fromisoformat(day))
    by_person = {line.person_id: line for line in lines}
    attendance = tuple(by_person.get(a.person_id, a) for a in draft.attendance)
    return meetings.save_meeting(session, draft.with_changes(attendance=attendance, **changes))


def test_roll_is_the_party_members_of_the_day(cell):
    assert meetings.roll(cell, dt.date(2026, 11, 25)) == cell.ids[:4]


def test_save_records_every_row_and_reads_back(cell):
    a, b, c, d, _e = cell.ids
    topic = topics.save_topic(cell, Topic(2026, "Chuyển đổi số", planned_month=5))
    saved = _meeting(
        cell,
        "2026-05-05",
        [Attendance(b, Presence.EXCUSED, "Đi công tác"), Attendance(c, late=True)],
        kind=MeetingKind.THEMATIC,
        chair_id=a,
        secretary_id=c,
        topic_ids=(topic.id,),
        commendations=(Commendation("Hoàn thành xuất sắc nhiệm vụ tháng", person_id=a),),
        content="1. Nội dung",
        conclusions="Kết luận",
    )
    assert saved.id is not None and saved.year == 2026
    assert [x.presence for x in saved.attendance][:2] == [Presence.PRESENT, Presence.EXCUSED]
    assert saved.attendance[1].reason == "Đi công tác" and saved.attendance[2].late
    assert saved.topic_ids == (topic.id,)
    tables = {
        r[0] for r in cell.db.execute("SELECT DISTINCT table_name FROM change_history").fetchall()
    }
    assert {"meetings", "attendance", "meeting_topics", "commendations", "topics"} <= tables
    [row] = topics.topic_rows(cell, 2026)
    assert row.held and row.held_on == "2026-05-05"
    with pytest.raises(ChiboError):
        topics.delete_topic(cell, topic.id)
    # an edit changes only what changed
    before = cell.db.execute("SELECT count(*) FROM change_history").fetchone()[0]
    lines = tuple(
        Attendance(x.person_id, Presence.ABSENT, id=x.id) if x.person_id == d else x
        for x in saved.attendance
    )
    again = meetings.save_meeting(cell, saved.with_changes(attendance=lines))
    after = cell.db.execute("SELECT count(*) FROM change_history").fetchone()[0]
    assert after - before == 1
    assert meetings.rules.count(again.attendance) == Counts(2, 1, 1, 1)
    assert records.history_of(cell.db, "attendance", again.attendance[3].id)[-1]["new"] == {
        "presence": "absent"
    }


def test_thematic_needs_a_topic_and_bad_date_is_refused(cell):
    draft = meetings.new_meeting(cell, dt.date(2026, 5, 5), MeetingKind.THEMATIC)
    with pytest.raises(ValidationError):
        meetings.save_meeting(cell, draft)
    with pytest.raises(ValidationError):
        meetings.parse_day("31/02/2026")
    assert meetings.parse_day("05/05/2026") == "2026-05-05"


def test_statistics_per_person_over_the_year(cell):
    a, b, c, d, _e = cell.ids
    _meeting(cell, "2026-01-06", [Attendance(b, Presence.EXCUSED, "Ốm")])
    _meeting(cell, "2026-02-05", [Attendance(b, Presence.ABSENT), Attendance(c, late=True)])
    _meeting(cell, "2026-03-05", [Attendance(d, Presence.EXCUSED, "Học")])
    _meeting(cell, "2025-12-05", [])  # another year
    stats = meetings.attendance_stats(cell, 2026)
    assert stats[a] == Counts(present=3)
    assert stats[b] == Counts(present=1, excused=1, absent=1)
    assert stats[c] == Counts(present=3, late=1)
    assert stats[d].rate == pytest.approx(2 / 3)
    assert meetings.attendance_stats(cell, 2026, until="2026-01-31")[b] == Counts(excused=1)
    assert meetings.person_attendance(cell, cell.ids[4], 2026) == Counts()
    assert str(meetings.rate_text(stats[b])) == (
        "Dự 1/3 buổi (33,3%), vắng có lý do 1, vắng không lý do 1"
    )


def test_months_and_next_meeting(cell):
    _meeting(
        cell, "2026-01-06", [], place="Phòng họp", start_time="14:00", content="1. A\nchi tiết"
    )
    _meeting(cell, "2026-03-05", [], place="Hội trường", start_time="08:00", content="1. B\nx")
    views = meetings.months(cell, 2026)  # today is 25/11/2026
    assert [v.month for v in views if v.has_regular] == [1, 3]
    summary = meetings.year_summary(cell, 2026)
    # November (today 25/11) has not ended and had no meeting: not due yet
    assert summary.months_begun == 10 and summary.months_with_regular == 2
    assert summary.missing_months == (2, 4, 5, 6, 7, 8, 9, 10)
    draft = meetings.draft_next_regular(cell, 2026)
    assert (draft.held_on, draft.place, draft.start_time, draft.content) == (
        "2026-04-05",
        "Hội trường",
        "08:00",
        "1. B",
    )
    assert meetings.draft_next_regular(cell, 2027).held_on == "2027-01-05"


def test_next_meeting_stays_in_the_viewed_year(cell):
    """December held: "Sinh hoạt tháng tiếp theo…" on 2026 proposes the year's first month
    still without its regular meeting (not January 2027, which the page of 2026 would not
    show), its votes and agenda of that month; a year with all twelve is said in one
    sentence."""
    for month in (1, 2, 4, 12):
        _meeting(cell, f"2026-{month:02d}-06", [], place="Hội trường", content="1. A")
    draft = meetings.draft_next_regular(cell, 2026)
    assert (draft.held_on, draft.place) == ("2026-03-06", "Hội trường")
    assert [v.matter for v in draft.votes] == ["Thông qua nghị quyết sinh hoạt chi bộ tháng 3"]
    for month in (3, 5, 6, 7, 8, 9, 10, 11):
        _meeting(cell, f"2026-{month:02d}-06", [])
    with pytest.raises(ValidationError) as raised:
        meetings.draft_next_regular(cell, 2026)
    assert str(raised.value) == (
        "Năm 2026 đã ghi đủ sinh hoạt thường kỳ 12 tháng. Buổi tháng 1/2027 thuộc năm 2027:"
        " chọn năm 2027 rồi tạo buổi sinh hoạt."
    )
    # Viewing 2027, the first meeting of the year: January, the last one's day.
    first = meetings.draft_next_regular(cell, 2027)
    assert first.held_on == "2027-01-06"
    assert [v.matter for v in first.votes] == ["Thông qua nghị quyết sinh hoạt chi bộ tháng 1"]


def test_a_thirty_first_moves_to_the_months_last_day(cell):
    _meeting(cell, "2026-01-31", [])
    assert meetings.draft_next_regular(cell, 2026).held_on == "2026-02-28"
    _meeting(cell, "2026-12-31", [])
    assert meetings.draft_next_regular(cell, 2026).held_on == "2026-02-28"


def test_people_on_a_roll_cannot_be_deleted_and_leavers_stay(cell):
    saved = _meeting(cell, "2026-01-06", [])
    d = cell.ids[3]
    with pytest.raises(ChiboError, match="lần điểm danh"):
        people.delete_person(cell, d)
    people.leave(cell, d, Status.TRANSFERRED, "2026-02-01", "Sở Tư pháp")
    assert d not in meetings.roll(cell, dt.date(2026, 2, 1))
    assert d in [a.person_id for a in meetings.get_meeting(cell, saved.id).attendance]
    meetings.delete_meeting(cell, saved.id)
    assert meetings.meetings_of_year(cell, 2026) == []


def test_seed_topics_once(cell):
    assert len(topics.add_seed_topics(cell, 2026)) == 5
    assert topics.add_seed_topics(cell, 2026) == []
    titles = [t.title for t in topics.topics_of_year(cell, 2026)]
    assert titles[0].startswith("Đẩy mạnh cải cách hành chính")


def test_demo_has_monthly_meetings_and_thematic_ones(session):
    demo.fill_demo(session, people_count=12)
    summary = meetings.year_summary(session, 2026)
    assert summary.months_with_regular == summary.months_begun == 11
    # Chỉ thị 50-CT/TW: a chuyên đề every quarter (the fourth on 19/11, before today 25/11).
    assert summary.thematic_held == 4 and summary.topics_total == 5
    assert 0.8 < summary.average_rate < 1
    for meeting in meetings.meetings_of_year(session, 2026):
        # each carries the discussion, a vote of the full members present, a resolution
        assert meeting.agenda and all(item.presenter and item.content for item in meeting.agenda)
        assert any(item.opinions for item in meeting.agenda)
        voters = meetings.composition(session, meeting).voters
        assert meeting.votes and all(v.cast == voters for v in meeting.votes)
        assert meeting.conclusions
    praise = [c for m in meetings.meetings_of_year(session, 2026) for c in m.commendations]
    assert praise and all(c.names_someone and c.text for c in praise)
    from chibo_app.storage import meetings_repo

    sentences = [s for _m, _d, s, _n in meetings_repo.announced(session.db, year=2026)]
    assert any(s.startswith("Biểu dương đồng chí ") for s in sentences), sentences
    assert any(s.startswith("Biểu dương tập thể ") for s in sentences), sentences


def test_the_list_counts_each_meeting_as_its_roll_line_by_line(session):
    """The meetings list counts lines in one pass (meetings_repo.roll_counts) — the same
    counts as the lines of each stored meeting on its day's roll: a line kept from
    before someone's admission date moved later, or from after they left, counts
    nowhere."""
    from chibo_app.core import meetings as rules
    from chibo_app.storage import meetings_repo

    demo.fill_demo(session, people_count=12)
    first, second, *_rest = meetings.meetings_of_year(session, 2026)[0].attendance
    late_comer = people.get_person(session, first.person_id)
    moved = replace(late_comer, kind=Kind.PROBATIONARY, admitted_on="2026-06-15")
    people.save_person(session, replace(moved, full_member_on=None))
    people.leave(session, second.person_id, Status.TRANSFERRED, "2026-04-01", None)
    facts = meetings_repo.member_facts(session.db)
    rows = meetings.meeting_rows(session, 2026)
    assert len(rows) == len(meetings.meetings_of_year(session, 2026)) > 12
    differs = 0
    for row in rows:
        stored = meetings.get_meeting(session, row.meeting.id)
        on_roll = rules.lines_on_roll(stored.attendance, facts, stored.day)
        assert row.counts == rules.count(on_roll), stored.held_on
        differs += len(on_roll) != len(stored.attendance)
        assert row.meeting.attendance == ()  # a list carries counts, not lines
    assert differs >= 6  # the two changes took lines off several meetings' rolls
    per_person: dict[int, Counts] = {}
    for meeting in meetings.meetings_of_year(session, 2026):
        for line in rules.lines_on_roll(meeting.attendance, facts, meeting.day):
            counted = rules.count([line])
            per_person[line.person_id] = per_person.get(line.person_id, Counts()) + counted
    assert meetings.attendance_stats(session, 2026) == per_person
    assert [c for _d, _k, c in meetings_repo.counted(session.db, 2026)] == [
        r.counts for r in rows
    ]


# CLI --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise SystemExit(2)


def _run(session, capsys, *argv):
    top = _Parser(prog="chibo")
    commands = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    cli_meetings.add_parsers(commands)
    code = cli_meetings.run(session, top.parse_args(list(argv)))
    return code, capsys.readouterr().out


def test_cli_list_and_print(session, capsys, tmp_path):
    demo.fill_demo(session, people_count=12)
    code, out = _run(session, capsys, "meetings", "list", "--year", "2026", "--json")
    items = json.loads(out)
    assert code == 0 and len(items) == 15
    assert set(items[0]) == {"id", "date", "kind", "topics", "present", "excused", "absent"}
    assert {i["kind"] for i in items} == {"regular", "thematic"}
    code, out = _run(session, capsys, "meetings", "list", "--year", "2026")
    assert "Chuyên đề" in out and "có mặt" in out
    thematic = next(i for i in items if i["kind"] == "thematic")
    target = tmp_path / "bb.pdf"
    code, out = _run(session, capsys, "meetings", "print", str(thematic["id"]), "-o", str(target))
    assert code == 0 and target.exists() and "biên bản số 01" in out
    code, out = _run(
        session, capsys, "meetings", "print", str(thematic["id"]), "--minutes", "-o", str(target)
    )
    # the same minutes printed again: a copy under the same number (36-HD: one number
    # per document), the register's next number unchanged
    assert "biên bản số 01" in out and "danh sách" not in out and "Bản in lại" in out
    assert documents.next_number(session, "BB") == 2
    with pytest.raises(ChiboError):
        _run(session, capsys, "meetings", "print", "9999", "-o", str(target))


def test_cli_show_gives_the_minutes_as_json(session, capsys):
    demo.fill_demo(session, people_count=12)
    regular = meetings.meetings_of_year(session, 2026)[0]
    code, out = _run(session, capsys, "meetings", "show", str(regular.id), "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == regular.id and data["kind"] == "regular"
    counts = data["counts"]
    assert counts["members"] == counts["full"] + counts["probationary"] + counts["exempted"]
    assert counts["voters"] == counts["present_full"] <= counts["present"]
    assert [item["title"] for item in data["agenda"]] == [i.title for i in regular.agenda]
    assert any(item["opinions"] for item in data["agenda"])
    opinion = next(o for item in data["agenda"] for o in item["opinions"])
    assert set(opinion) == {"speaker", "text"} and opinion["speaker"] and opinion["text"]
    (vote,) = data["votes"]
    assert vote["agree"] + vote["disagree"] + vote["other"] == vote["voters"] == counts["voters"]
    assert data["resolution"] == regular.conclusions
    assert data["guests"] == [
        {"name": "Trần Quốc Hùng", "title": "Ủy viên Ban Chấp hành Đảng ủy Ủy ban nhân dân tỉnh",
         "superior": True}
    ]  # fmt: skip
    code, out = _run(session, capsys, "meetings", "show", str(regular.id))
    assert "Thành phần:" in out and "IV. NGHỊ QUYẾT, KẾT LUẬN" not in out
    assert "II. BIỂU QUYẾT" in out and "III. NGHỊ QUYẾT, KẾT LUẬN" in out


def test_rates_have_one_format_everywhere(session):
    """The meetings page, the person's page and the year report show the same figure:
    one decimal with a comma, no decimal when it is whole."""
    from chibo_app.core.year_report import rate_text
    from chibo_app.services import year_report

    assert str(meetings.rate_text(Counts(present=11, excused=2))) == (
        "Dự 11/13 buổi (84,6%), vắng có lý do 2"
    )
    assert str(meetings.rate_text(Counts(present=9, absent=1))).startswith("Dự 9/10 buổi (90%)")
    assert meetings.counts_text(Counts(present=11, excused=2)) == "11/13 (84,6%)"
    assert meetings.percent_text(0.904) == "90,4%"
    demo.fill_demo(session, people_count=12)
    report = year_report.figures(session, year_report.period_of(2026))
    summary = meetings.year_summary(session, 2026)
    assert summary.average_rate == pytest.approx(report.meetings.average_rate)
    assert meetings.percent_text(summary.average_rate) == rate_text(report.meetings.average_rate)


def test_commendations_name_whom_they_praise_in_minutes_and_report(cell, tmp_path):
    """“Biểu dương đồng chí Nguyễn Văn An (Phòng Lãnh sự): …” in the minutes and the
    year report; a nomination's subject when the commendation names no one itself."""
    from chibo_app.core.nominations import Kind as NominationKind
    from chibo_app.core.nominations import Nomination
    from chibo_app.services import cell as cell_service
    from chibo_app.services import meeting_printing, nominations, year_report

    a, b, *_ = cell.ids
    unit = cell_service.add_unit(cell, "Phòng Lãnh sự")
    people.save_person(cell, people.get_person(cell, a).with_changes(unit_id=unit))
    office = cell_service.add_unit(cell, "Văn phòng")
    model = nominations.save(
        cell, Nomination(2026, NominationKind.MODEL, "Một cửa điện tử", None, office, "Khác")
    )
    saved = _meeting(
        cell,
        "2026-06-05",
        [],
        commendations=(
            Commendation("Đề xuất 3 sáng kiến cải cách thủ tục", person_id=a),
            Commendation("Hoàn thành xuất sắc nhiệm vụ 6 tháng", unit_id=office),
            Commendation("Giảm một nửa thời gian chờ", model.id),
        ),
    )
    expected = [
        "Biểu dương đồng chí Nguyễn Văn An (Phòng Lãnh sự): Đề xuất 3 sáng kiến cải cách thủ tục",
        "Biểu dương tập thể Văn phòng: Hoàn thành xuất sắc nhiệm vụ 6 tháng",
        "Biểu dương mô hình “Một cửa điện tử” (Văn phòng): Giảm một nửa thời gian chờ",
    ]
    assert list(meeting_printing.record_data(cell, saved.id).commendations) == expected
    report = year_report.figures(cell, year_report.period_of(2026))
    assert [line.text for line in report.commendations] == expected
    with pytest.raises(ValidationError, match="cần chọn đồng chí, tập thể"):
        meetings.save_meeting(
            cell, saved.with_changes(commendations=(Commendation("Hoàn thành tốt"),))
        )
    assert b not in {c.person_id for c in meetings.get_meeting(cell, saved.id).commendations}


def test_minutes_cannot_give_the_floor_to_someone_away(cell):
    from chibo_app.core.minutes import AgendaItem, Opinion
    from chibo_app.errors import ValidationError

    _a, b, _c, _d, _e = cell.ids
    agenda = (AgendaItem("Đánh giá tháng", "Nguyễn Văn An", "…", (Opinion("Trần Thị Bình", "…"),)),)
    with pytest.raises(ValidationError, match="Đồng chí Trần Thị Bình vắng mặt buổi này"):
        _meeting(cell, "2026-11-05", [Attendance(b, Presence.EXCUSED, "Ốm")], agenda=agenda)
    assert meetings.meetings_of_year(cell, 2026) == []  # nothing written
    saved = _meeting(cell, "2026-11-05", [], agenda=agenda)  # present: recorded
    assert saved.agenda[0].opinions[0].speaker == "Trần Thị Bình"


@pytest.mark.parametrize(
    ("today", "begun", "missing"),
    [
        # Chỉ thị 50-CT/TW: one regular meeting a month, due when the month has ended
        ("2026-12-07", 11, (2, 4, 5, 6, 7, 8, 9, 10, 11)),  # December not due yet
        ("2026-03-04", 2, (2,)),  # March's held on the 5th is not held yet on the 4th
        ("2026-03-05", 3, (2,)),  # ... and held on the 5th: March counts
        ("2027-01-02", 12, (2, 4, 5, 6, 7, 8, 9, 10, 11, 12)),  # a past year: all twelve
    ],
)
def test_the_year_counts_the_months_whose_meeting_is_due(cell, today, begun, missing):
    _meeting(cell, "2026-01-06", [])
    _meeting(cell, "2026-03-05", [])
    cell.clock = FixedClock.on(dt.date.fromisoformat(today))
    summary = meetings.year_summary(cell, 2026)
    assert (summary.months_begun, summary.missing_months) == (begun, missing)
