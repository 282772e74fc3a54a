"""Who writes and the years' settings, read once inside a `settled` block and again
after this connection writes them; outside a block, read at every ask as before."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from chibo_app.core.cell import CellSettings
from chibo_app.core.people import Kind, Person
from chibo_app.services import cell, people, years
from chibo_app.services.session import open_session
from chibo_app.storage import records
from chibo_app.storage.settled import settled
from tests.conftest import TODAY


@contextlib.contextmanager
def statements(session) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    """The SQL the session's connection runs inside the block."""
    seen: list[str] = []
    session.db.conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        session.db.conn.set_trace_callback(None)


def _rename_user(session, name: str) -> None:  # type: ignore[no-untyped-def]
    settings = cell.load_settings(session)
    cell.save_settings(session, CellSettings(**{**settings.__dict__, "user_name": name}))


def test_user_read_once_in_a_block_and_again_after_its_own_change(session):
    with settled(session.db):
        assert session.user == "Bí thư"
        with statements(session) as seen:
            assert session.user == "Bí thư"
            assert session.editor.name == "Bí thư"
        assert not [s for s in seen if "settings" in s]
        _rename_user(session, "Văn phòng Chi bộ")
        assert session.user == "Văn phòng Chi bộ"
        person = people.save_person(session, Person("Lê Văn Tâm", kind=Kind.NON_PARTY))
    history = records.history_of(session.db, "people", person)
    assert history[0]["user"] == "Văn phòng Chi bộ"


def test_outside_a_block_every_ask_reads_what_another_connection_committed(session):
    other = open_session(session.path)
    try:
        assert session.user == "Bí thư"
        _rename_user(other, "Phó Bí thư")
        assert session.user == "Phó Bí thư"
        with statements(session) as seen:
            assert session.user == "Phó Bí thư"
        assert [s for s in seen if "settings" in s]
    finally:
        other.close()


def test_a_block_keeps_its_reading_until_it_ends(session):
    """The promise of a block: no other connection changes what it keeps."""
    other = open_session(session.path)
    try:
        with settled(session.db):
            assert session.user == "Bí thư"
            _rename_user(other, "Phó Bí thư")
            assert session.user == "Bí thư"
        assert session.user == "Phó Bí thư"
    finally:
        other.close()


def test_year_read_once_in_a_block_and_again_after_each_change(session):
    year = TODAY.year + 1
    with settled(session.db):
        assert not years.get_year(session, year).exists
        with statements(session) as seen:
            assert years.get_year(session, year).deadlines["plans_due"] == f"{year}-03-31"
        assert not [s for s in seen if "year" in s]
        years.create_year(session, year)
        assert years.get_year(session, year).exists
        years.update_deadlines(session, year, {"plans_due": f"15/04/{year}"}, plan_number="7")
        found = years.get_year(session, year)
        assert found.deadlines["plans_due"] == f"{year}-04-15"
        assert found.plan_number == "7"
        # what a caller does with its copy is its own
        found.deadlines["plans_due"] = "1999-01-01"
        assert years.get_year(session, year).deadlines["plans_due"] == f"{year}-04-15"
    assert years.get_year(session, year).deadlines["plans_due"] == f"{year}-04-15"


def test_a_change_through_the_history_writer_is_seen(session):
    """Any write recorded by storage.records (an undo, a rule set's year) drops the
    kept settings, not only the years service's own."""
    year = TODAY.year
    years.create_year(session, year)
    with settled(session.db):
        row_id = years_row(session, year, "plans_due")
        assert years.get_year(session, year).deadlines["plans_due"] == f"{year}-03-31"
        records.update(session.db, session.editor, "year_settings", row_id,
                       {"value": f"{year}-03-20"})  # fmt: skip
        assert years.get_year(session, year).deadlines["plans_due"] == f"{year}-03-20"


def test_blocks_nest_on_one_memory(session):
    with settled(session.db):
        assert session.user == "Bí thư"
        with settled(session.db), statements(session) as seen:
            assert session.user == "Bí thư"
        assert not [s for s in seen if "settings" in s]


def years_row(session, year: int, key: str) -> int:  # type: ignore[no-untyped-def]
    from chibo_app.storage import plans_repo

    return plans_repo.year_values(session.db, year)[key][0]


def test_an_evaluation_step_reads_the_year_and_the_user_once(session):
    """One save asks for the evaluation deadline at each rule it checks (kind, standing,
    exemption, frame) and for who writes at each row: each is read once per call."""
    from chibo_app.core.evaluation import Result, TaskResult
    from chibo_app.core.plans import PlanTask
    from chibo_app.services import evaluation, plans

    year = TODAY.year
    person = people.save_person(
        session, Person("Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19")
    )
    plan = plans.start_plan(session, person, year)
    plan = plans.save_plan(
        session, plan.with_changes(tasks=tuple(PlanTask(f"Việc {n}", "", None) for n in range(3)))
    )
    plans.submit(session, plan.id, on=f"{year}-03-01")
    plan = plans.confirm(session, plan.id, on=f"{year}-03-10")
    started = evaluation.start_evaluation(session, person, year)
    with statements(session) as seen:
        saved = evaluation.save_evaluation(
            session,
            started.with_changes(
                general_points=25,
                tasks=tuple(TaskResult(t.id, Result.DONE) for t in plan.tasks),
            ),
        )
        evaluation.finish(session, saved.id, on=f"{year}-12-10")
    assert len([s for s in seen if "FROM year_settings" in s]) == 2  # one per call
    assert len([s for s in seen if "FROM settings" in s]) == 2
    assert evaluation.get_evaluation_by_id(session, saved.id).cell_level == saved.proposed


def test_a_person_and_their_records_read_again_after_they_change(session):
    """What an evaluation reads of the person (membership, records, position) is kept
    in a block and read again after the block changes the person."""
    from chibo_app.core.people import Position, PositionKind
    from chibo_app.core.person_events import EventKind, PersonEvent
    from chibo_app.core.rules import LEADER, STAFF
    from chibo_app.core.standing import EXEMPT_SUSPENDED
    from chibo_app.services import evaluation_standing as standing
    from chibo_app.services import person_events

    year = TODAY.year
    person = people.save_person(session, Person("Trần Văn Bình", kind=Kind.NON_PARTY))
    with settled(session.db):
        assert standing.year_kind(session, person, year) == Kind.NON_PARTY
        assert standing.suggested_frame(session, person, year) == STAFF
        changed = people.get_person(session, person).__dict__ | {
            "kind": Kind.FULL,
            "admitted_on": "2010-05-19",
            "full_member_on": "2011-05-19",
        }
        people.save_person(session, Person(**changed))
        assert standing.year_kind(session, person, year) == Kind.FULL
        assert standing.exemption_hint(session, person, year) is None
        people.save_position(
            session, Position(person, PositionKind.GOVERNMENT, "Giám đốc Sở", start_date="2020")
        )
        assert standing.suggested_frame(session, person, year) == LEADER
        person_events.save_event(
            session,
            PersonEvent(person, EventKind.SUSPENSION, start_date=f"{year}-01-10",
                        end_date=f"{year + 1}-06-30", notes="Đình chỉ sinh hoạt."),
        )  # fmt: skip
        assert standing.exemption_hint(session, person, year) == EXEMPT_SUSPENDED


def test_the_year_rule_set_read_again_after_the_year_chooses_another(session):
    from chibo_app.services import rule_sets

    year = TODAY.year
    with settled(session.db):
        chosen = rule_sets.year_rule_set(session, year)
        other = next(r for r in rule_sets.list_rule_sets(session) if r.id != chosen.id)
        rule_sets.set_year_rule_set(session, year, other.id)
        assert rule_sets.year_rule_set(session, year).id == other.id
        assert rule_sets.get_rule_set(session, other.id) == other


def test_an_evaluation_read_again_only_after_a_change(session):
    """In a block, the next step reads the evaluation a save just read back (or a step
    just wrote) from memory — until this connection changes any row."""
    from chibo_app.core.evaluation import Result, TaskResult
    from chibo_app.core.plans import PlanTask
    from chibo_app.services import evaluation, plans

    year = TODAY.year
    person = people.save_person(
        session, Person("Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19")
    )
    plan = plans.start_plan(session, person, year)
    plan = plans.save_plan(
        session, plan.with_changes(tasks=tuple(PlanTask(f"Việc {n}", "", None) for n in range(3)))
    )
    plans.submit(session, plan.id, on=f"{year}-03-01")
    plan = plans.confirm(session, plan.id, on=f"{year}-03-10")
    started = evaluation.start_evaluation(session, person, year)
    with settled(session.db):
        saved = evaluation.save_evaluation(
            session,
            started.with_changes(
                general_points=25, tasks=tuple(TaskResult(t.id, Result.DONE) for t in plan.tasks)
            ),
        )
        with statements(session) as seen:
            assert evaluation.get_evaluation_by_id(session, saved.id) == saved
        assert not [s for s in seen if "FROM evaluations" in s]
        done = evaluation.finish(session, saved.id, on=f"{year}-12-10")
        with statements(session) as seen:
            assert evaluation.get_evaluation_by_id(session, saved.id) == done
        assert not [s for s in seen if "FROM evaluations" in s]
        people.save_person(
            session, Person("Lê Thị Hoa", kind=Kind.NON_PARTY)
        )  # any row changed: read again
        with statements(session) as seen:
            assert evaluation.get_evaluation_by_id(session, saved.id) == done
        assert [s for s in seen if "FROM evaluations" in s]
    with statements(session) as seen:  # outside a block: always read
        assert evaluation.get_evaluation_by_id(session, saved.id) == done
        assert evaluation.get_evaluation_by_id(session, saved.id) == done
    assert len([s for s in seen if "FROM evaluations" in s]) == 2


def test_outside_a_block_another_connections_change_is_read_at_once(session):
    """What another connection wrote is not this connection's change: outside a block
    it is read at once."""
    from chibo_app.services import evaluation

    test_an_evaluation_read_again_only_after_a_change(session)
    evaluation_id = session.db.execute("SELECT id FROM evaluations").fetchone()[0]
    other = open_session(session.path)
    try:
        evaluation.reopen(other, evaluation_id, "Bổ sung minh chứng")
    finally:
        other.close()
    assert evaluation.get_evaluation_by_id(session, evaluation_id).status == "open"
