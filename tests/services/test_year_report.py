"""The year report's figures against hand-computed values on the small seeded cell
(tests/report_seed.py), the period cut-off, and the narrative: draft, save, read back."""

import datetime as dt

import pytest

from chibo_app.core.people import Kind
from chibo_app.core.report_figures import PersonFact, PlanFact, kind_at, status_at
from chibo_app.core.year_report import (
    Narrative,
    PeriodKind,
    PlanCounts,
    TaskSource,
    figures_json,
)
from chibo_app.errors import ValidationError
from chibo_app.services import history, year_report
from chibo_app.storage import records
from tests.report_seed import FIELD_ADMIN, FIELD_IT, seed


@pytest.fixture
def seeded(session):
    session.ids = seed(session)
    return session


def test_whole_year_figures(seeded):
    f = year_report.figures(seeded, year_report.period_of(2026))
    assert f.as_of == dt.date(2026, 11, 25)  # today, before the period's end
    # A, B, C (full since 01/08), H (exempted) full; D probationary; E, F non-party;
    # G transferred out on 01/09 is not counted.
    assert dict(f.people.by_kind) == {Kind.FULL: 4, Kind.PROBATIONARY: 1, Kind.NON_PARTY: 2}
    assert (f.people.total, f.people.exempted, f.people.left) == (7, 1, 1)
    assert (f.people.party_members, f.people.moved, f.people.changed_jobs) == (5, 1, 0)
    # Had to make a plan: A–F (H exempted) and G (left, with a plan) = 7. Submitted: A, B,
    # C, E, G; on time (by 31/03): A, C, E, G; confirmed at the end: all five; D drafting.
    p = f.plans
    assert (p.people, p.made, p.on_time, p.confirmed, p.returned, p.drafting) == (7, 5, 4, 5, 0, 1)
    # Đảng viên apart: A, B, C, D, G had to (G a member on the day he left); E, F quần chúng.
    assert p.party == PlanCounts(people=5, made=4, on_time=3, confirmed=4, returned=0)
    assert p.others == PlanCounts(people=2, made=1, on_time=1, confirmed=1, returned=0)
    assert p.deadline == dt.date(2026, 3, 31)
    # Tasks of the confirmed plans: A 2, B 2, C 1, E 1, G 1 = 7; results: exceeded 1
    # (A), done 2 (A, B), partly 1 (C), not done 1 (B), none for E and G.
    t = f.tasks
    assert t.source == TaskSource.EVALUATION
    assert (t.total, t.completed, t.exceeded, t.partly, t.not_done, t.not_assessed) == (
        7, 3, 1, 1, 1, 2,
    )  # fmt: skip
    m = f.midyear  # A, B, G reviewed: done 3 (A1, B2, G1), in progress A2, not started B1
    assert (m.plans, m.reviewed, m.tasks, m.done, m.in_progress, m.not_started) == (
        5, 3, 5, 3, 1, 1,
    )  # fmt: skip
    assert m.behind == 2  # A2 due 06/2026, B1 due Q2: not done at mid-year
    c = f.classification
    assert c.rule_set == "Quy định 366-QĐ/TW"
    assert [(lv.code, lv.count) for lv in c.levels] == [
        ("excellent", 1),
        ("good", 0),
        ("completed", 1),
        ("not_completed", 0),
    ]
    # A, B and H (exempt): đảng viên only, E's (a quần chúng's) evaluation is no classification
    assert (c.evaluated, c.exempt, c.classified) == (3, 1, 2)
    n = f.nominations
    assert n.by_kind == (1, 2, 1) and n.total == 4
    assert [(x.field, x.counts) for x in n.by_field] == [
        (FIELD_IT, (1, 0, 1)),
        (FIELD_ADMIN, (0, 2, 0)),
    ]
    assert (n.commended, n.proposed, n.awarded, n.awards) == (2, 1, 1, (("Giấy khen", 1),))
    assert [(c.held_on, c.text) for c in f.commendations] == [
        ("2026-05-06", "Biểu dương đồng chí Nguyễn Văn An: Số hóa hồ sơ lãnh sự")
    ]
    mt = f.meetings
    assert len(mt.months) == 11  # January to November (today)
    assert (mt.regular, mt.thematic, mt.months_with_regular) == (5, 2, 5)
    # November (today 25/11, no meeting yet) is not due: Chỉ thị 50-CT/TW, one a month
    assert mt.months_due == 10 and mt.missing_months == (3, 6, 8, 9, 10)
    # each meeting's roll as of its day: D (admitted 10/03) on none before April, H
    # (exempted 01/02) on January's, G (transferred 01/09) not on October's
    assert (mt.present, mt.excused, mt.absent) == (29, 2, 2)
    assert mt.average_rate == pytest.approx((0.8 + 1 + 0.6 + 1 + 0.8 + 1 + 1) / 7)
    assert mt.months[4].rate == pytest.approx(0.9)  # May: 1.0 and 0.8
    assert [(x.title, x.held_on) for x in f.topics] == [
        ("Chuyển đổi số", "2026-05-20"),
        ("Đạo đức công vụ", "2026-10-20"),
        ("Hội nhập quốc tế", None),
    ]
    assert (f.topics_due, f.topics_held) == (2, 2)  # T3 (November) is not over on 25/11


def test_six_month_report(seeded):
    f = year_report.figures(seeded, year_report.period_of(2026, half=True))
    assert f.period.end == dt.date(2026, 6, 30) and f.as_of == dt.date(2026, 6, 30)
    # On 30/06: G still here; C and D probationary.
    assert dict(f.people.by_kind) == {Kind.FULL: 4, Kind.PROBATIONARY: 2, Kind.NON_PARTY: 2}
    assert (f.people.total, f.people.left) == (8, 0)
    p = f.plans  # confirmed: A, B, G; C returned on 18/03 and not yet resubmitted
    assert (p.people, p.made, p.on_time, p.confirmed, p.returned, p.drafting) == (7, 5, 4, 3, 1, 0)
    # B's review on 10/07 is within the mid-year window (to 31/07): it counts here.
    m = f.midyear
    assert (m.plans, m.reviewed, m.done, m.in_progress, m.not_started, m.behind) == (
        3, 3, 3, 1, 1, 2,
    )  # fmt: skip
    t = f.tasks
    assert t.source == TaskSource.MIDYEAR and t.exceeded is None
    assert (t.total, t.completed, t.partly, t.not_done, t.not_assessed) == (5, 3, 1, 1, 0)
    assert f.classification.classified == 0 and f.classification.evaluated == 0
    assert f.nominations.by_kind == (1, 1, 1)  # B's (01/08) not yet registered
    assert (f.nominations.commended, f.nominations.proposed, f.nominations.awarded) == (2, 0, 0)
    mt = f.meetings
    assert (len(mt.months), mt.regular, mt.thematic, mt.missing_months) == (6, 4, 1, (3, 6))
    assert (mt.present, mt.excused, mt.absent) == (20, 2, 2)  # D not on January's roll
    assert mt.average_rate == pytest.approx(0.84)
    assert (f.topics_due, f.topics_held) == (1, 1)


def test_events_after_the_date_are_not_counted(seeded):
    f = year_report.figures(seeded, year_report.period_of(2026, until="15/10/2026"))
    assert f.period.kind == PeriodKind.UNTIL and f.as_of == dt.date(2026, 10, 15)
    # The thematic meeting of 20/10 (topic T2), E's confirmation (20/11), the award
    # (10/11) and the evaluations (20/11) come after the date.
    assert f.meetings.thematic == 1 and f.topics_held == 1
    assert [x.title for x in f.topics if x.due and not x.held_on] == ["Đạo đức công vụ"]
    assert f.plans.confirmed == 4  # A, B, C (01/08), G
    assert (f.nominations.proposed, f.nominations.awarded) == (1, 0)
    assert f.classification.evaluated == 0
    assert f.people.left == 1  # G, 01/09
    # A review after the date does not count either.
    early = year_report.figures(seeded, year_report.period_of(2026, until="2026-07-01"))
    assert (early.midyear.reviewed, early.midyear.tasks, early.midyear.behind) == (2, 3, 1)
    assert (early.tasks.completed, early.tasks.not_assessed) == (2, 2)


def test_figures_read_the_database_in_a_few_queries(seeded):
    traced = []
    seeded.db.conn.set_trace_callback(traced.append)
    try:
        year_report.figures(seeded, year_report.period_of(2026))
    finally:
        seeded.db.conn.set_trace_callback(None)
    selects = [q for q in traced if q.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 18, selects  # 16 today: one per kind of record, no N+1


def test_json_keys_are_stable(seeded):
    data = figures_json(year_report.figures(seeded, year_report.period_of(2026)))
    assert list(data) == [
        "year", "period", "start", "end", "as_of", "people", "plans", "tasks", "midyear",
        "classification", "nominations", "commendations", "meetings", "topics",
    ]  # fmt: skip
    assert data["people"] == {
        "full": 4, "probationary": 1, "non_party": 2, "party_members": 5, "total": 7,
        "exempted": 1, "left": 1,
    }  # fmt: skip
    assert data["plans"]["made_percent"] == 71.4 and data["plans"]["on_time_percent"] == 57.1
    assert data["meetings"]["average_attendance"] == 88.6
    assert data["classification"]["levels"][0] == {
        "code": "excellent",
        "label": "Hoàn thành xuất sắc nhiệm vụ",
        "count": 1,
        "percent": 50.0,
    }


def test_bad_periods_are_refused_in_vietnamese(session):
    with pytest.raises(ValidationError) as error:
        year_report.period_of(2026, until="15/10/2025")
    assert "phải thuộc năm 2026" in str(error.value.problems["until"])
    with pytest.raises(ValidationError) as error:
        year_report.period_of(2026, until="31/02/2026")
    assert "không phải là ngày có thật" in error.value.problems["until"]
    with pytest.raises(ValidationError):
        year_report.period_of(2026, half=True, until="2026-10-15")
    with pytest.raises(ValidationError):
        year_report.period_of(1800)


def test_kind_and_status_are_replayed_to_a_day():
    c = PersonFact(1, "full", "active", None, "2025-08-01", "2026-08-01")
    assert kind_at(c, dt.date(2026, 7, 31)) == Kind.PROBATIONARY
    assert kind_at(c, dt.date(2026, 8, 1)) == Kind.FULL
    assert kind_at(c, dt.date(2025, 7, 31)) == Kind.NON_PARTY
    plan = PlanFact(1, 1, "confirmed", "2026-07-20", "2026-08-01", (
        ("created", "2026-11-25"), ("submitted", "2026-03-15"), ("returned", "2026-03-18"),
        ("submitted", "2026-07-20"), ("confirmed", "2026-08-01"),
    ))  # fmt: skip
    assert status_at(plan, dt.date(2026, 3, 1)) is None
    assert status_at(plan, dt.date(2026, 3, 16)) == "submitted"
    assert status_at(plan, dt.date(2026, 6, 30)) == "returned"
    assert status_at(plan, dt.date(2026, 12, 31)) == "confirmed"


# The narrative ------------------------------------------------------------------------------


def test_draft_is_written_from_the_figures(seeded):
    period = year_report.period_of(2026)
    text = year_report.narrative(seeded, period)  # nothing saved: the draft
    assert text.id is None
    assert (
        "Tính đến ngày 25/11/2026, Chi bộ có 5 đảng viên (4 chính thức và 1 dự bị). Có 1 đồng "
        "chí được miễn công tác và sinh hoạt đảng. Trong kỳ có 1 đảng viên chuyển sinh hoạt "
        "đảng đi. Cùng học tập và làm theo Bác còn có 2 quần chúng" in text.results
    )
    assert "5/7 người (71,4%) đã xây dựng và nộp kế hoạch" in text.results
    assert "(đảng viên 4/5, quần chúng 1/2)" in text.results
    assert "4 kế hoạch nộp đúng thời hạn (hạn nộp ngày 31/3/2026)" in text.results
    assert "có 3 nhiệm vụ hoàn thành (42,9%), trong đó 1 nhiệm vụ hoàn thành vượt mức" in (
        text.results
    )
    assert "sinh hoạt thường kỳ 5/10 tháng, tổ chức 2 buổi sinh hoạt chuyên đề" in text.results
    assert "bình quân đạt 88,6%" in text.results
    assert "1 đồng chí hoàn thành xuất sắc nhiệm vụ (50%)" in text.results
    assert "còn 2 người chưa xây dựng, nộp kế hoạch cá nhân" in text.shortcomings
    assert "tháng 3, 6, 8, 9, 10 chưa tổ chức sinh hoạt" in text.shortcomings
    assert "“Hội nhập quốc tế”" not in text.shortcomings  # planned for November: not late
    assert "* Nguyên nhân:" in text.shortcomings
    assert text.lessons.startswith("1. Cấp ủy")
    assert "năm 2027" in text.directions and "trước ngày 31/3/2027" in text.directions
    half = year_report.narrative(seeded, year_report.period_of(2026, half=True))
    assert "Chi bộ đã sơ kết 6 tháng việc thực hiện 3/3 kế hoạch cá nhân" in half.results
    # Chỉ thị 50-CT/TW: a chuyên đề every quarter, not "01 - 02 buổi" a year.
    assert "ít nhất mỗi quý 1 lần" in text.directions and "01 - 02" not in text.directions
    assert "“Đạo đức công vụ”; “Hội nhập quốc tế”" in half.directions  # topics still to hold
    assert "trước ngày 15/12/2026" in half.directions


def test_narrative_is_saved_per_period_and_read_back(seeded):
    year = year_report.period_of(2026)
    half = year_report.period_of(2026, half=True)
    draft = year_report.narrative(seeded, year)
    edited = Narrative(
        results=draft.results + "\nChi bộ được Đảng ủy  biểu dương.  ",
        shortcomings="  Còn chậm.\n\n\n\nCần khắc phục.",
        lessons=draft.lessons,
        directions=draft.directions,
    )
    saved = year_report.save_narrative(seeded, year, edited)
    assert saved.id is not None
    assert saved.results.endswith("\nChi bộ được Đảng ủy biểu dương.")
    assert saved.shortcomings == "Còn chậm.\n\nCần khắc phục."
    assert year_report.narrative(seeded, year) == saved
    assert year_report.narrative(seeded, half).id is None  # the half year keeps its draft
    # Saving again changes what differs, in the history.
    again = year_report.save_narrative(seeded, year, saved.with_changes(lessons="Bài học."))
    assert again.id == saved.id and again.lessons == "Bài học."
    changes = records.history_of(seeded.db, "report_texts", saved.id)
    assert [c["action"] for c in changes] == ["insert", "update"]
    assert changes[1]["new"] == {"lessons": "Bài học."}
    entries = history.record_history(seeded, "report_texts", saved.id)
    assert entries[0].kind_label == "Báo cáo kết quả (phần nhận định)"
    # The draft can always be rebuilt from the figures, whatever was saved.
    assert year_report.draft(year_report.figures(seeded, year)) == draft


def test_report_to_a_date_remembers_its_date(seeded):
    period = year_report.period_of(2026, until="15/10/2026")
    year_report.save_narrative(seeded, period, Narrative(results="Kết quả đến 15/10."))
    assert year_report.last_until(seeded, 2026) == dt.date(2026, 10, 15)
    later = year_report.period_of(2026, until="18/10/2026")  # one text per year for this kind
    assert year_report.narrative(seeded, later).results == "Kết quả đến 15/10."
    year_report.save_narrative(seeded, later, Narrative(results="Kết quả đến 18/10."))
    assert year_report.last_until(seeded, 2026) == dt.date(2026, 10, 18)


def test_the_tables_fixed_words_are_listed_for_translation(seeded):
    from chibo_app.core import report_tables as t

    for period in (year_report.period_of(2026), year_report.period_of(2026, half=True)):
        f = year_report.figures(seeded, period)
        every = [
            t.people_table(f), t.tasks_table(f), t.meetings_table(f), t.topics_table(f),
            t.nominations_table(f), t.awards_table(f), t.commendations_table(f),
            t.classification_table(f),
        ]  # fmt: skip
        for table in every:
            assert set(table.header) <= set(t.LABELS), table.key
        for table in every[:3]:
            # A Message (a label with a value: 'Tháng 3') is translated by its template.
            labels = [row[0] for row in table.rows if isinstance(row[0], str)]
            fixed = {label for label in labels if not any(c.isdigit() for c in label)}
            assert fixed <= set(t.LABELS), fixed - set(t.LABELS)
    assert [r[:2] for r in t.awards_table(f).rows] == [
        ("Được biểu dương", "2"),
        ("Đề nghị cấp trên khen thưởng", "0"),
        ("Được khen thưởng", "0"),
    ]  # the half year: the award of 10/11 is later


def test_the_demo_gives_a_meaningful_report(session):
    from chibo_app.services import demo, report_printing

    demo.fill_demo(session, people_count=40, seed=2026)
    f = year_report.figures(session, year_report.period_of(2026))
    assert f.people.total >= 35 and f.people.count(Kind.PROBATIONARY) > 0
    assert 0 < f.plans.confirmed < f.plans.made <= f.plans.people
    assert f.tasks.completed > 0 and f.tasks.exceeded > 0
    assert f.midyear.reviewed == f.midyear.plans > 0
    assert f.classification.classified > 0
    assert f.nominations.total > 0 and f.nominations.awarded > 0
    assert len(f.commendations) > 0
    # A chuyên đề each quarter (Chỉ thị 50-CT/TW): none missing on 25/11.
    assert (f.meetings.months_with_regular, f.meetings.thematic) == (11, 4)
    assert f.meetings.without_thematic == ()
    assert 0.8 < f.meetings.average_rate < 1
    assert f.topics_held >= 2
    half = year_report.figures(session, year_report.period_of(2026, half=True))
    assert half.midyear.reviewed > 0 and half.tasks.source == TaskSource.MIDYEAR
    reference = report_printing.plan_reference(session, 2026)
    assert reference == "Kế hoạch số 03-KH/CB ngày 10/2/2026"  # running text, as the seeds
