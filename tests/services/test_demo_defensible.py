"""The demo's classifications are ones a secretary could defend under Quy định
366-QĐ/TW Điều 11: no "xuất sắc" with a late task, no level from "hoàn thành" up with a
task unfinished, "xuất sắc" within 20 % of "tốt" per frame (k1.4) or its warning shown,
the chi bộ's vote within the full members who could vote, a reason where the chi bộ
chose another level than the rules."""

import pytest

from chibo_app.core.rule_cap import cap_warning
from chibo_app.services import demo, evaluation, evaluation_lists
from chibo_app.services.evaluation_standing import voters_allowed

UP_FROM_COMPLETED = {"excellent", "good", "completed"}


@pytest.fixture(scope="module")
def demo_session(tmp_path_factory):
    from chibo_app.services.session import open_session

    session = open_session(tmp_path_factory.mktemp("defensible") / "demo.sqlite")
    demo.fill_demo(session, people_count=40, seed=2026)
    yield session
    session.close()


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_level_meets_its_clause(demo_session, year):
    rows = evaluation_lists.list_year(demo_session, year)
    classified = [r for r in rows if r.final and r.party_member]
    assert classified
    for row in classified:
        found = evaluation.get_evaluation(demo_session, row.person_id, year)
        results = [t.result for t in found.tasks]
        where = (row.full_name, row.final, results)
        if row.final == "excellent" and row.frame != "leader":
            assert all(t.on_time for t in found.tasks), where
        if row.final in UP_FROM_COMPLETED and row.frame != "leader":
            assert all(r in ("exceeded", "done") for r in results), where
        if row.final != found.proposed:
            assert found.notes, where  # the chi bộ said why
        if found.vote_meeting_id is not None:
            assert found.votes_for + found.votes_against <= found.voters, where
            assert found.voters <= voters_allowed(demo_session, found.vote_meeting_id), where


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_cap_is_respected_or_said(demo_session, year):
    checks = evaluation_lists.cap_checks(demo_session, year)
    over = [c for c in checks if c.over]
    assert evaluation_lists.year_cap_warning(demo_session, year) == cap_warning(checks)
    assert not over, [c.text for c in over]


def test_the_past_year_went_through_the_three_steps(demo_session):
    rows = [r for r in evaluation_lists.list_year(demo_session, 2025) if r.final]
    assert rows and all(r.vote and r.decided and r.cell_level for r in rows)
    assert any(r.final == "not_completed" for r in rows)  # the disciplined member (k4.2)
