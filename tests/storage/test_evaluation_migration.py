"""The step that brings 366-QĐ/TW's three frames and the three steps of Điều 12: an
existing evaluation loses nothing — the chi bộ's earlier "final" classification becomes
its proposal and stays the final one — and its engine proposal is recomputed on the
next opening; where the chi bộ had decided and the proposal changed, it is marked
changed with the earlier one kept."""

import json

from chibo_app.services import evaluation, evaluation_lists, history
from chibo_app.services.evaluation_refresh import refresh_if_flagged
from chibo_app.services.session import open_session
from chibo_app.storage import database, migrations
from chibo_app.storage.database import open_database

STEP = next(i for i, m in enumerate(migrations.MIGRATIONS) if "person_events" in m) + 1


def _old_file(db_path, monkeypatch):
    """A file of the step before, with two 2026 evaluations made by the old engine:
    one the chi bộ locked as "xuất sắc" although 2 of 3 tasks were late, one open."""
    with monkeypatch.context() as patch:
        patch.setattr(database, "MIGRATIONS", migrations.MIGRATIONS[: STEP - 1])
        patch.setattr(database, "SCHEMA_VERSION", STEP - 1)
        old = open_database(db_path)
        for person_id, name in ((1, "Nguyễn Văn An"), (2, "Trần Thị Bình")):
            old.execute(
                "INSERT INTO people (id, full_name, kind, admitted_on, full_member_on)"
                " VALUES (?, ?, 'full', '2010-05-19', '2011-05-19')",
                [person_id, name],
            )
            old.execute(
                "INSERT INTO plans (id, person_id, year, status, remedies) VALUES"
                " (?, ?, 2026, 'confirmed', '[\"Khắc phục chậm trễ.\"]')",
                [person_id, person_id],
            )
            for position in range(3):
                old.execute(
                    "INSERT INTO plan_tasks (plan_id, position, text, target, due)"
                    " VALUES (?, ?, ?, 'Chỉ tiêu', '2026-09')",
                    [person_id, position, f"Nhiệm vụ {position + 1}"],
                )
        old.execute(
            "INSERT INTO evaluations (person_id, year, status, self_assessment,"
            " cell_assessment, general_points, score, proposed, explanation, classification,"
            " rule_set_id, evaluated_on, evaluated_by, notes) VALUES (1, 2026, 'evaluated',"
            " 'Tôi hoàn thành xuất sắc.', 'Chi bộ nhất trí.', 30, 100, 'excellent',"
            " '[\"Đạt\"]', 'excellent', 1, '2026-12-10', 'Bí thư', 'Ghi chú cũ')"
        )
        old.execute(
            "INSERT INTO evaluations (person_id, year, status, general_points, score, proposed,"
            " rule_set_id) VALUES (2, 2026, 'open', 25, 95, 'good', 1)"
        )
        results = [(1, "exceeded", 1), (2, "done", 0), (3, "done", 0)]  # two late
        results += [(4, "done", 1), (5, "done", 1), (6, "done", 1)]
        for task_id, result, on_time in results:
            old.execute(
                "INSERT INTO task_results (task_id, result, on_time) VALUES (?, ?, ?)",
                [task_id, result, on_time],
            )
        old.execute(
            "INSERT INTO remedy_results (evaluation_id, position, remedied) VALUES (1, 0, 1)"
        )
        old.conn.commit()
        old.close()


def test_nothing_recorded_is_lost_and_a_changed_proposal_is_marked(db_path, monkeypatch):
    _old_file(db_path, monkeypatch)
    session = open_session(db_path)
    # what the window and every writing command do once the file is open
    assert refresh_if_flagged(session) == 2  # both recomputed; one marked changed
    try:
        locked = evaluation.get_evaluation(session, 1, 2026)
        # What the chi bộ recorded is all there.
        assert (locked.status, locked.classification, locked.cell_level) == (
            "evaluated",
            "excellent",
            "excellent",
        )
        assert (locked.self_assessment, locked.cell_assessment, locked.notes) == (
            "Tôi hoàn thành xuất sắc.",
            "Chi bộ nhất trí.",
            "Ghi chú cũ",
        )
        assert (locked.evaluated_on, locked.evaluated_by) == ("2026-12-10", "Bí thư")
        assert [t.result for t in locked.tasks] == ["exceeded", "done", "done"]
        # The proposal is recomputed: 2 of 3 late cannot be "xuất sắc" (k1.2), nor any
        # level (k3.2: ≤ 20 % late). Marked, the earlier one kept, the level untouched.
        assert locked.proposed is None and locked.proposal_changed
        assert locked.proposed_before == "excellent" and locked.frame == "staff"
        assert any("đúng hạn 33,3% (1/3) < 100%" in str(r) for r in locked.explanation)
        # The open one had no level from the chi bộ: its proposal simply follows.
        fresh = evaluation.get_evaluation(session, 2, 2026)
        assert fresh.proposed == "good" and not fresh.proposal_changed
        assert fresh.score == 95
        rows = {r.person_id: r for r in evaluation_lists.list_year(session, 2026)}
        assert rows[1].proposal_changed and rows[1].proposed_before_label == (
            "Hoàn thành xuất sắc nhiệm vụ"
        )
        assert rows[1].final == "excellent" and rows[1].cell_level == "excellent"
        # The recomputation is in the change history; the flag is gone.
        changes = history.record_history(session, "evaluations", locked.id)
        assert any(c.label == "Đề xuất đã thay đổi" for e in changes for c in e.changes)
        flag = session.db.execute("SELECT value FROM settings WHERE key = 'evaluation_refresh'")
        assert flag.fetchone() is None
        definition = session.db.execute(
            "SELECT definition FROM rule_sets WHERE code = '366-QĐ/TW'"
        ).fetchone()[0]
        assert [f["code"] for f in json.loads(definition)["frames"]] == [
            "leader",
            "staff",
            "outside",
        ]
        # Saving through the editor acknowledges the change.
        reopened = evaluation.reopen(session, locked.id, "Xem lại theo Quy định 366")
        saved = evaluation.save_evaluation(session, reopened)
        assert not saved.proposal_changed and saved.cell_level == "excellent"
    finally:
        session.close()
    again = open_session(db_path)  # the refresh ran once: nothing more to do
    assert refresh_if_flagged(again) == 0
    assert evaluation.get_evaluation(again, 1, 2026).proposed_before is None
    again.close()
