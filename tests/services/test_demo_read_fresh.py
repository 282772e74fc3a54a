"""The demo reads who writes, the years' settings, the rules and each person's
standing once per block (storage.settled) while it writes thousands of rows: what it
wrote is what reading everything afresh gives."""

from __future__ import annotations

import json

import pytest

from chibo_app.services import demo, evaluation
from chibo_app.services.session import _login_name, open_session
from chibo_app.storage import evaluation_repo


@pytest.fixture(scope="module")
def demo_session(tmp_path_factory):
    session = open_session(tmp_path_factory.mktemp("fresh") / "demo.sqlite")
    demo.fill_demo(session, people_count=30, seed=1)
    yield session
    session.close()


def test_each_history_row_names_who_wrote_it_at_the_time(demo_session):
    """The demo names its user in the cell's settings part-way: the rows before are the
    login name's, every row after is the new name's."""
    rows = demo_session.db.execute(
        "SELECT user, table_name, new_values FROM change_history ORDER BY id"
    ).fetchall()
    named = next(
        i
        for i, (_user, table, new) in enumerate(rows)
        if table == "settings" and "user_name" in json.loads(new)
    )
    assert 0 < named < len(rows) - 1000
    assert {user for user, _t, _n in rows[: named + 1]} == {_login_name()}
    assert {user for user, _t, _n in rows[named + 1 :]} == {demo.SETTINGS.user_name}


def test_each_evaluation_holds_what_the_rules_say_read_afresh(demo_session):
    stored = evaluation_repo.all_evaluations(demo_session.db)
    assert len(stored) > 40
    for found in stored:
        blank = evaluation.blank(demo_session, found.person_id, found.year)  # no block
        assert (found.rule_set_id, found.frame) == (blank.rule_set_id, blank.frame)
        proposal = evaluation.proposal_for(demo_session, found)
        if proposal is None:
            assert found.proposed is None
            continue
        assert (found.proposed, found.score) == (proposal.code, proposal.score)
        assert found.explanation == tuple(proposal.reasons)
