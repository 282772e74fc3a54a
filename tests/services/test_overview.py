"""The year overview: deadlines with what is missing, progress and chart data."""

import datetime as dt

import pytest

from chibo_app.core.plans import PlanStatus
from chibo_app.services import demo, overview, plans, years


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=20)
    return session


def _deadline(found, key):
    return next(d for d in found.deadlines if d.key == key)


def test_deadlines_in_date_order_with_days_left(demo_session):
    found = overview.build(demo_session, 2026)
    assert [d.key for d in found.deadlines] == [
        "nominations_due",
        "plans_due",
        "midyear",
        "report_due",
        "evaluation_due",
    ]
    evaluation = _deadline(found, "evaluation_due")
    assert evaluation.day == dt.date(2026, 12, 15) and evaluation.days_left == 20
    midyear = _deadline(found, "midyear")
    assert (midyear.start, midyear.day) == (dt.date(2026, 6, 1), dt.date(2026, 7, 31))
    assert _deadline(found, "plans_due").days_left == -239
    assert {d.key: d.page for d in found.deadlines} == {
        "nominations_due": "nominations",
        "plans_due": "plans",
        "midyear": "plans",
        "report_due": "report",
        "evaluation_due": "evaluations",
    }


def test_missing_plans_are_the_unconfirmed_names(demo_session):
    found = overview.build(demo_session, 2026)
    rows = demo_session.db.execute(
        "SELECT p.full_name FROM people p JOIN plans pl ON pl.person_id = p.id"
        " WHERE pl.year = 2026 AND pl.status = 'confirmed'"
    ).fetchall()
    confirmed = {name for (name,) in rows}
    missing = _deadline(found, "plans_due").missing
    assert missing and not confirmed & set(missing)
    assert found.plans.done == len(confirmed)
    assert found.plans.total == len(confirmed) + len(missing)
    assert _deadline(found, "plans_due").overdue
    assert sum(n for _s, _label, n in found.plan_statuses) == found.plans.total
    by_status = {s: n for s, _label, n in found.plan_statuses}
    assert by_status[PlanStatus.CONFIRMED] == found.plans.done
    assert [label for _s, label, _n in found.plan_statuses][0] == "Chưa xây dựng"


def test_the_report_deadline_is_met_once_a_report_is_printed(demo_session, tmp_path):
    from chibo_app.core.year_report import PeriodKind, make_period
    from chibo_app.services import report_printing

    report = _deadline(overview.build(demo_session, 2026), "report_due")
    assert report.days_left == -36 and report.missing and report.overdue
    period = make_period(2026, PeriodKind.UNTIL, dt.date(2026, 10, 15))
    report_printing.print_report(demo_session, period, tmp_path / "bc.pdf", number=3)
    report = _deadline(overview.build(demo_session, 2026), "report_due")
    assert report.missing == () and not report.overdue  # nothing missing: never overdue
    assert report.done == "Số 03-BC/CB, 25/11/2026"


def test_units_short_of_quota_are_named(demo_session):
    found = overview.build(demo_session, 2026)
    short = _deadline(found, "nominations_due").missing
    assert short and all(": thiếu " in str(line) for line in short)
    assert found.nominations.total > found.nominations.done >= 0
    nothing = overview.build(demo_session, 2030)  # no nomination registered
    assert nothing.nominations.done == 0
    assert len(_deadline(nothing, "nominations_due").missing) >= 1


def test_evaluations_and_meetings_progress(demo_session):
    found = overview.build(demo_session, 2026)
    evaluated = demo_session.db.execute(
        "SELECT count(*) FROM evaluations WHERE year = 2026 AND status = 'evaluated'"
    ).fetchone()[0]
    assert found.evaluations.done == evaluated
    assert len(_deadline(found, "evaluation_due").missing) == (found.evaluations.total - evaluated)
    assert (found.meetings.done, found.meetings.total) == (11, 11)
    assert found.meetings.share == 1.0


def test_missing_midyear_review_is_named(demo_session):
    person_id = demo_session.db.execute(
        "SELECT person_id FROM plans WHERE year = 2026 AND status = 'confirmed'"
    ).fetchone()[0]
    plan = plans.get_plan(demo_session, person_id, 2026)
    demo_session.db.execute("DELETE FROM midyear_reviews WHERE plan_id = ?", [plan.id])
    name = demo_session.db.execute(
        "SELECT full_name FROM people WHERE id = ?", [person_id]
    ).fetchone()[0]
    assert name in _deadline(overview.build(demo_session, 2026), "midyear").missing


def test_moved_deadline_changes_days_left(demo_session):
    years.update_deadlines(demo_session, 2026, {"report_due": "05/12/2026"})
    assert _deadline(overview.build(demo_session, 2026), "report_due").days_left == 10


def test_classifications_of_the_last_years(demo_session):
    found = overview.build(demo_session, 2026).classifications
    assert found.years == (2024, 2025, 2026)
    assert [code for code, _label in found.bands][:2] == ["excellent", "good"]
    assert found.bands[0][1] == "Hoàn thành xuất sắc nhiệm vụ"
    for year in found.years:
        total = demo_session.db.execute(
            "SELECT count(*) FROM evaluations WHERE year = ? AND classification IS NOT NULL",
            [year],
        ).fetchone()[0]
        assert sum(found.counts[year].values()) == total
    assert sum(found.counts[2025].values()) > 10


def test_attendance_per_month(demo_session):
    rates = overview.build(demo_session, 2026).attendance
    assert len(rates) == 12 and rates[11] is None  # December not held yet
    assert all(0.5 < r <= 1 for r in rates[:11] if r is not None)
    assert rates[0] is not None


def test_empty_year(session):
    found = overview.build(session, 2026)
    assert found.plans == overview.Progress(0, 0) and found.plans.share == 0.0
    assert found.attendance == (None,) * 12
    assert found.classifications.years == (2026,) and found.people == 0


def test_people_in_the_register(demo_session):
    assert overview.build(demo_session, 2026).people == 20


def test_evaluation_progress_counts_as_the_full_list(demo_session):
    """The overview's one-query count agrees with the evaluation page's rows, exempt
    people (a rule's hint or a stored reason) left out unless already evaluated."""
    from chibo_app.core.evaluation import EvaluationStatus
    from chibo_app.services import evaluation_lists

    demo_session.db.execute(
        "UPDATE people SET admitted_on = '2026-10-01', kind = 'probationary'"
        " WHERE id = (SELECT min(id) FROM people WHERE status = 'active')"
    )
    for year in (2025, 2026, 2027):
        rows = evaluation_lists.list_year(demo_session, year)
        counted = [r for r in rows if r.status == EvaluationStatus.EVALUATED or not r.exempt_reason]
        waiting = tuple(r.full_name for r in counted if r.status != EvaluationStatus.EVALUATED)
        assert evaluation_lists.progress(demo_session, year) == (len(counted), waiting)
    assert any(r.exempt_reason for r in evaluation_lists.list_year(demo_session, 2026))


def test_quarters_without_a_chuyen_de_are_flagged(demo_session):
    """Chỉ thị 50-CT/TW: a chuyên đề at least once a quarter. The demo holds one a quarter."""
    data = overview.build(demo_session, 2026)
    assert (data.thematic.done, data.thematic.total, data.without_thematic) == (4, 4, ())
    from chibo_app.services import meetings

    first = next(
        m for m in meetings.meetings_of_year(demo_session, 2026) if str(m.kind) == "thematic"
    )
    meetings.delete_meeting(demo_session, first.id)  # February's: quý I has none now
    data = overview.build(demo_session, 2026)
    assert (data.thematic.done, data.without_thematic) == (3, (1,))
