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
