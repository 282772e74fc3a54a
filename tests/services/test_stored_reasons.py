"""An evaluation's reasons are stored as messages (id and values, core/stored_messages.py)
and shown in the reader's language — the window's and the command line's — while the
sentences a file stored before (schema step 15 keeps them as {"text": …}) are shown as
they are, in Vietnamese, in either language."""

import json

from chibo_app import cli
from chibo_app.core import stored_messages
from chibo_app.core.cell import CellSettings
from chibo_app.core.evaluation import Result, TaskResult
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.people import Kind, Person
from chibo_app.core.plans import PlanTask
from chibo_app.services import cell, evaluation, evaluation_lists, people, plans
from chibo_app.services.session import open_session
from chibo_app.storage import database, migrations
from chibo_app.storage.database import open_database

YEAR = 2026
OLD = "Đạt “Hoàn thành tốt nhiệm vụ” (Điều 11 k2.2): 90 điểm ≥ 70."
SETTINGS = CellSettings(
    cell_name="Chi bộ Sở Ngoại vụ",
    superior="Đảng ủy Ủy ban nhân dân tỉnh",
    place="Hà Tĩnh",
    secretary="Nguyễn Văn An",
)
STEP = next(i for i, m in enumerate(migrations.MIGRATIONS) if "json_group_array" in m) + 1


def test_a_message_round_trips_through_its_json_shape():
    reason = msg(
        "Thuộc trường hợp “{level}” ({cites}): {hits}.",
        level="Không hoàn thành nhiệm vụ",
        cites=[msg("Điều 11 {clause}", clause="k4.2")],
        hits=[msg("bị kỷ luật {form} (từ {least} trở lên)", form=Label("Cảnh cáo", lower=True),
                  least=Label("Khiển trách", lower=True))],
    )  # fmt: skip
    column = stored_messages.dump_list([reason, OLD])
    assert json.loads(column)[1] == {"text": OLD}
    assert json.loads(column)[0]["id"] == "Thuộc trường hợp “{level}” ({cites}): {hits}."
    back = stored_messages.load_list(column)
    assert back == (reason, OLD)
    assert str(back[0]) == (
        "Thuộc trường hợp “Không hoàn thành nhiệm vụ” (Điều 11 k4.2): bị kỷ luật cảnh cáo (từ "
        "khiển trách trở lên)."
    )
    # A change history written before holds bare strings: read back as they are.
    assert stored_messages.load_list(json.dumps([OLD], ensure_ascii=False)) == (OLD,)


def _evaluated(session):
    person_id = people.save_person(
        session, Person(full_name="Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19")
    )
    plan = plans.start_plan(session, person_id, YEAR)
    tasks = tuple(
        PlanTask(f"Nhiệm vụ số {n}", f"Chỉ tiêu {n}", f"{YEAR}-0{n + 1}") for n in range(4)
    )
    plan = plans.save_plan(session, plan.with_changes(remedies=("Học ngoại ngữ.",), tasks=tasks))
    plans.submit(session, plan.id, on=f"{YEAR}-03-01")
    plan = plans.confirm(session, plan.id, on=f"{YEAR}-03-10")
    started = evaluation.start_evaluation(session, person_id, YEAR)
    results = ("exceeded", "done", "done", "partly")
    filled = started.with_changes(
        general_points=25,
        tasks=tuple(TaskResult(t.id, Result(r)) for t, r in zip(plan.tasks, results, strict=True)),
        remedied=(True,),
    )
    return evaluation.save_evaluation(session, filled)


def test_reasons_are_stored_as_messages_and_read_back_as_sentences(session):
    saved = _evaluated(session)
    stored = session.db.execute("SELECT explanation FROM evaluations").fetchone()[0]
    items = json.loads(stored)
    assert items and all(set(item) == {"id", "args"} for item in items)
    tasks = next(item for item in items if item["id"].startswith("Nhiệm vụ: {total}"))
    assert tasks["args"] == {
        "total": 4, "done": 3, "exceeded": 1, "partly": 1, "not_done": 0, "late": 0
    }  # fmt: skip
    again = evaluation.get_evaluation(session, saved.person_id, YEAR)
    assert all(isinstance(reason, Message) for reason in again.explanation)
    # Vietnamese, as the engine said it (documents and the change history keep this).
    said = [str(reason) for reason in again.explanation]
    assert said[2] == (
        "Nhiệm vụ: 4, hoàn thành 3 (vượt mức 1), hoàn thành một phần 1, chưa hoàn thành 0; "
        "chưa bảo đảm tiến độ 0."
    )


def test_the_command_line_tells_the_reasons_in_english(session, db_path, capsys, monkeypatch):
    _evaluated(session)
    session.close()
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    capsys.readouterr()
    code = cli.main(["--db", str(db_path), "evaluation", "list", "--year", str(YEAR), "--reasons"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Tasks: 4, done 3 (exceeded 1), partly done 1, not done 0; behind schedule 0." in out
    assert "Points: " in out and "general criteria 25/30" in out
    assert "Nhiệm vụ:" not in out and "Điểm:" not in out and "tiêu chí chung" not in out
    heading = out.splitlines()[0].split()  # the table above the reasons, in English too
    assert heading[:3] == ["No.", "Full", "name"] and "Classification" in heading
    assert out.splitlines()[2].endswith("Being evaluated")  # the status, a label
    monkeypatch.setenv("CHIBO_LANGUAGE", "vi")
    cli.main(["--db", str(db_path), "evaluation", "list", "--year", str(YEAR), "--reasons"])
    assert "Nhiệm vụ: 4, hoàn thành 3 (vượt mức 1)" in capsys.readouterr().out


def _old_file(path, monkeypatch):
    """A file of the step before, with an evaluation whose reasons are finished sentences."""
    with monkeypatch.context() as patch:
        patch.setattr(database, "MIGRATIONS", migrations.MIGRATIONS[: STEP - 1])
        patch.setattr(database, "SCHEMA_VERSION", STEP - 1)
        old = open_database(path)
        old.execute(
            "INSERT INTO people (id, full_name, kind, admitted_on, full_member_on)"
            " VALUES (1, 'Nguyễn Văn An', 'full', '2010-05-19', '2011-05-19')"
        )
        explanation = json.dumps(["Khung tiêu chí: Cá nhân không giữ chức vụ.", OLD])
        old.execute(
            "INSERT INTO evaluations (person_id, year, status, general_points, score, proposed,"
            " explanation, rule_set_id) VALUES (1, ?, 'open', 20, 90, 'good', ?, 1)",
            [YEAR, explanation],
        )
        old.conn.commit()
        old.close()


def test_an_older_files_reasons_are_shown_as_they_were(db_path, capsys, monkeypatch):
    _old_file(db_path, monkeypatch)
    session = open_session(db_path)  # migrates
    try:
        stored = session.db.execute("SELECT explanation FROM evaluations").fetchone()[0]
        assert json.loads(stored) == [
            {"text": "Khung tiêu chí: Cá nhân không giữ chức vụ."},
            {"text": OLD},
        ]
        found = evaluation.get_evaluation(session, 1, YEAR)
        assert found.explanation == ("Khung tiêu chí: Cá nhân không giữ chức vụ.", OLD)
        (row,) = evaluation_lists.list_year(session, YEAR)
        assert row.reasons == ["Khung tiêu chí: Cá nhân không giữ chức vụ.", OLD]
        cell.save_settings(session, SETTINGS)
    finally:
        session.close()
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    capsys.readouterr()
    code = cli.main(["--db", str(db_path), "evaluation", "list", "--year", str(YEAR), "--reasons"])
    out = capsys.readouterr().out
    assert code == 0 and f"    {OLD}" in out  # as it was written, not half translated
