"""Where each confirmed plan stands at mid-year, read in one query for the plans page."""

from chibo_app.core.evaluation import Progress, TaskReview
from chibo_app.services import demo, midyear


def _statements(session, work):
    seen = []
    session.db.conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        session.db.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def test_one_query_whatever_the_number_of_people(tmp_path):
    from chibo_app.services.session import open_session

    counts = []
    for size in (8, 40):
        session = open_session(tmp_path / f"m{size}.sqlite")
        demo.fill_demo(session, size, seed=3)
        statements = _statements(session, lambda s=session: midyear.midyear_by_person(s, 2026))
        counts.append(len(statements))
        session.close()
    assert 1 <= counts[0] == counts[1] <= 3  # the year's deadlines and the one mid-year query


def test_status_matches_the_review(session):
    from chibo_app.core.people import Kind, Person
    from chibo_app.core.plans import PlanTask
    from chibo_app.services import people, plans

    person = people.save_person(
        session, Person(full_name="Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19")
    )
    plan = plans.start_plan(session, person, 2026)
    plan = plans.save_plan(
        session,
        plan.with_changes(
            tasks=tuple(PlanTask(f"Việc {n}", "", d) for n, d in enumerate(["2026-02", "2026-06"]))
        ),
    )
    plans.submit(session, plan.id)
    plan = plans.confirm(session, plan.id)
    before = midyear.midyear_by_person(session, 2026)[person]
    assert (before.reviewed, before.reviewed_on, before.tasks, before.behind) == (False, None, 2, 2)
    midyear.save_review(
        session, plan.id, [TaskReview(plan.tasks[0].id, Progress.DONE)], "Tốt", on="10/07/2026"
    )
    after = midyear.midyear_by_person(session, 2026)[person]
    assert (after.reviewed, after.reviewed_on, after.done, after.behind, after.comment) == (
        True,
        "2026-07-10",
        1,
        1,
        "Tốt",
    )
    row = midyear.midyear_rows(session, 2026)[0]
    assert (row.full_name, row.plan_id, row.behind) == ("Nguyễn Văn An", plan.id, 1)


def test_a_demo_years_standings_are_those_of_its_plans_and_reviews(tmp_path):
    """The grouped query gives, for every confirmed plan, what the plan's own tasks and
    its review say: tasks, done, behind (core.evaluation.behind), the review's day."""
    from chibo_app.core.evaluation import behind
    from chibo_app.core.plans import PlanStatus
    from chibo_app.services import years
    from chibo_app.services.session import open_session
    from chibo_app.storage import plans_repo

    session = open_session(tmp_path / "demo.sqlite")
    demo.fill_demo(session, 60, seed=5)
    for year in (2025, 2026):
        day = years.get_year(session, year).deadline("midyear_to")
        found = midyear.midyear_by_person(session, year)
        stored = plans_repo.plans_of_year(session.db, year)
        confirmed = [p for p in stored if p.status == PlanStatus.CONFIRMED]
        assert sorted(found) == sorted(p.person_id for p in confirmed)
        reviewed = 0
        for plan in confirmed:
            review = midyear.get_review(session, plan.id)
            progress = {t.task_id: Progress(t.progress) for t in review.tasks} if review else {}
            row = found[plan.person_id]
            done = sum(1 for t in plan.tasks if progress.get(t.id) == Progress.DONE)
            assert (row.plan_id, row.reviewed, row.tasks, row.done) == (
                plan.id,
                review is not None,
                len(plan.tasks),
                done,
            )
            assert row.behind == behind(plan.tasks, progress, day)
            assert row.reviewed_on == (review.reviewed_on if review else None)
            reviewed += review is not None
        assert reviewed and any(r.behind for r in found.values())
    session.close()
