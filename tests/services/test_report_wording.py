"""The draft's wording on the small seeded cell (tests/report_seed.py): who left the cell
and how, said exactly; a topic is overdue only once its planned month or quarter is over
(as of the day the figures are taken)."""

import datetime as dt

import pytest

from chibo_app.core import report_tables
from chibo_app.core.clock import FixedClock
from chibo_app.core.meetings import Topic
from chibo_app.core.people import Kind, Person
from chibo_app.core.people import Status as PersonStatus
from chibo_app.services import people, topics, year_report
from tests.report_seed import seed


@pytest.fixture
def seeded(session):
    session.ids = seed(session)
    return session


def _draft(session, **period):
    return year_report.draft(year_report.figures(session, year_report.period_of(2026, **period)))


def test_a_member_who_moved_is_named_as_such(seeded):
    text = _draft(seeded).results  # G, a full member, transferred out on 01/09
    assert "Trong kỳ có 1 đảng viên chuyển sinh hoạt đảng đi." in text
    assert "hoặc từ trần" not in text


def test_a_non_party_colleague_who_left_changed_jobs(seeded):
    people.leave(seeded, seeded.ids["F"], PersonStatus.TRANSFERRED, "2026-05-04", "Sở Tài chính")
    text = _draft(seeded, half=True).results  # only F by 30/06
    assert "Trong kỳ có 1 quần chúng chuyển công tác." in text
    assert "chuyển sinh hoạt đảng" not in text  # a quần chúng never does
    rows = [r[:2] for r in report_tables.people_table(
        year_report.figures(seeded, year_report.period_of(2026, half=True))
    ).rows]  # fmt: skip
    start = rows.index(("Quần chúng rời cơ quan trong kỳ", "1"))
    assert rows[start + 1] == ("- Chuyển công tác", "1")
    assert not any(label.startswith("Đảng viên rời") for label, _n in rows)


def test_every_kind_of_departure_is_counted_apart(seeded):
    people.leave(seeded, seeded.ids["F"], PersonStatus.TRANSFERRED, "2026-05-04", "Sở Tài chính")
    died = people.save_person(
        seeded, Person(full_name="Lý Văn Khánh", kind=Kind.FULL, admitted_on="1990-01-01")
    )
    people.leave(seeded, died, PersonStatus.DECEASED, "2026-07-15", None)
    colleague = people.save_person(seeded, Person(full_name="Mai Thị Lan", kind=Kind.NON_PARTY))
    people.leave(seeded, colleague, PersonStatus.DECEASED, "2026-08-02", None)
    f = year_report.figures(seeded, year_report.period_of(2026))
    p = f.people
    assert (p.left, p.moved, p.deceased, p.changed_jobs, p.non_party_deceased) == (4, 1, 1, 1, 1)
    results = year_report.draft(f).results
    assert "Trong kỳ có 1 đảng viên chuyển sinh hoạt đảng đi và 1 đảng viên từ trần." in results
    assert "Trong kỳ có 1 quần chúng chuyển công tác và 1 quần chúng từ trần." in results
    assert "đồng chí từ trần" not in results
    rows = [r[:2] for r in report_tables.people_table(f).rows]
    start = rows.index(("Đảng viên rời Chi bộ trong kỳ", "2"))
    assert rows[start + 1 : start + 3] == [("- Chuyển sinh hoạt đảng đi", "1"), ("- Từ trần", "1")]
    start = rows.index(("Quần chúng rời cơ quan trong kỳ", "2"))
    assert rows[start + 1 : start + 3] == [("- Chuyển công tác", "1"), ("- Từ trần", "1")]
    for row in rows:
        assert row[0] in report_tables.LABELS or any(c.isdigit() for c in row[0]), row


def test_a_topic_is_not_overdue_before_its_month_or_quarter_ends(seeded):
    topics.save_topic(seeded, Topic(2026, "Hội nhập sâu rộng", planned_quarter=4))
    f = year_report.figures(seeded, year_report.period_of(2026))  # today 25/11
    late = [t.title for t in f.topics if t.due and not t.held_on]
    assert late == []  # T3 (November) and the Quý IV topic may still be held
    assert f.topics_due == 2  # T1 (May) and T2 (Quý III), both held
    assert "chuyên đề đến kỳ" not in year_report.draft(f).shortcomings


def test_topics_overdue_once_their_time_is_over(seeded):
    topics.save_topic(seeded, Topic(2026, "Hội nhập sâu rộng", planned_quarter=4))
    topics.save_topic(seeded, Topic(2026, "Văn hóa công sở", planned_month=6))
    half = year_report.figures(seeded, year_report.period_of(2026, half=True))
    assert [t.title for t in half.topics if t.due and not t.held_on] == ["Văn hóa công sở"]
    assert "1 chuyên đề đến kỳ chưa được tổ chức sinh hoạt: “Văn hóa công sở”." in (
        year_report.draft(half).shortcomings
    )
    seeded.clock = FixedClock.on(dt.date(2026, 12, 2))
    until = year_report.figures(seeded, year_report.period_of(2026, until="2026-11-30"))
    assert [t.title for t in until.topics if t.due and not t.held_on] == [
        "Hội nhập quốc tế",  # November is over on 30/11
        "Văn hóa công sở",
    ]
    seeded.clock = FixedClock.on(dt.date(2027, 1, 5))  # the year is over: everything is due
    whole = year_report.figures(seeded, year_report.period_of(2026))
    assert [t.title for t in whole.topics if t.due and not t.held_on] == [
        "Hội nhập quốc tế",
        "Hội nhập sâu rộng",
        "Văn hóa công sở",
    ]
    assert "3 chuyên đề đến kỳ chưa được tổ chức" in year_report.draft(whole).shortcomings


def test_quarters_without_a_chuyen_de_are_a_shortcoming(seeded):
    """Chỉ thị 50-CT/TW: a chuyên đề at least once a quarter. The seed holds them on 20/05
    (quý II) and 20/10 (quý IV): on 25/11 quý I and III are over without one."""
    f = year_report.figures(seeded, year_report.period_of(2026))
    assert f.meetings.without_thematic == (1, 3)
    assert (
        "- Quý I và III chưa tổ chức sinh hoạt chuyên đề (Chỉ thị số 50-CT/TW yêu cầu sinh "
        "hoạt chuyên đề ít nhất mỗi quý 1 lần)." in year_report.draft(f).shortcomings
    )
    half = year_report.figures(seeded, year_report.period_of(2026, half=True))
    assert half.meetings.without_thematic == (1,)  # quý II ends with the period: held
