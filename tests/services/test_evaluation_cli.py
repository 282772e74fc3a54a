"""`chibo evaluation …` / `chibo rules list` through chibo_app.cli.evaluation (wired
into chibo_app/cli/command.py), the export read back, the plan form's "Kết quả" column, the
demo's years and the migration's shipped rule sets."""

import argparse
import json
import subprocess
import unicodedata

import pytest
from openpyxl import load_workbook

from chibo_app.cli import evaluation as cli_evaluation
from chibo_app.core.rule_presets import BUILTIN
from chibo_app.core.rules import number_text
from chibo_app.errors import ChiboError
from chibo_app.services import (
    demo,
    documents,
    evaluation_lists,
    plan_print_data,
    rule_sets,
    verification,
)
from chibo_app.storage import evaluation_repo


def poppler_text(path):
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return " ".join(unicodedata.normalize("NFC", done.stdout).split())


squeeze = str
LIST_KEYS = {
    "person_id",
    "full_name",
    "score",
    "proposed",
    "final",
    "exempt_reason",
    # the three steps of 366 Điều 12 and the criteria frame
    "frame",
    "self_level",
    "self_score",
    "cell_level",
    "vote",
    "decided_level",
    "decided_by",
    "proposal_changed",
    "reasons",  # the engine's reasons, as the Vietnamese sentences (JSON is for programs)
}


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise SystemExit(2)


def parser():
    top = _Parser(prog="chibo")
    commands = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    cli_evaluation.add_parsers(commands)
    return top


def run(session, capsys, *argv):
    capsys.readouterr()
    code = cli_evaluation.run(session, parser().parse_args(argv))
    return code, capsys.readouterr().out


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=40, seed=2026)
    return session


def test_shipped_rule_sets_are_the_presets(session):
    stored = rule_sets.list_rule_sets(session)
    assert [(r.code, r.definition, r.regulation, r.issued_on) for r in stored] == [
        (b.code, b.definition, b.regulation, b.issued_on) for b in BUILTIN
    ]


def test_rules_list(session, capsys):
    code, out = run(session, capsys, "rules", "list", "--json")
    items = json.loads(out)
    assert code == 0 and [i["code"] for i in items] == ["366-QĐ/TW", "124-QĐ/TW"]
    assert items[0]["definition"]["excellent_cap"]["share"] == 0.2
    assert items[0]["definition"]["excellent_cap"]["of"] == "good"
    assert [f["code"] for f in items[0]["definition"]["frames"]] == ["leader", "staff", "outside"]
    code, out = run(session, capsys, "rules", "list")
    assert "Quy định 124-QĐ/TW | không tính điểm" in out


def test_demo_has_three_years_of_history(demo_session):
    years = {}
    for year in (2024, 2025, 2026):
        rows = evaluation_lists.list_year(demo_session, year)
        years[year] = sum(1 for r in rows if r.final)
    assert years[2024] > 10 and years[2025] > 10
    reviewed = demo_session.db.execute(
        "SELECT count(*) FROM midyear_reviews r JOIN plans p ON p.id = r.plan_id"
        " WHERE p.year = 2026"
    ).fetchone()[0]
    assert reviewed > 0
    old = evaluation_repo.evaluations_of_year(demo_session.db, 2024)
    assert {e.rule_set_id for e in old.values()} == {rule_sets.year_rule_set(demo_session, 2024).id}


def test_demo_evaluates_later_members_as_the_non_party_staff_they_were(demo_session):
    """A year before someone was a party member (admitted after its deadline), their plan
    is evaluated without a party classification; "chưa đủ 6 tháng" only for those admitted
    < 6 months before; the past years are complete."""
    import datetime as dt

    from chibo_app.core.evaluation import EXEMPT_NEW
    from chibo_app.core.people import Kind, kind_at
    from chibo_app.services import years
    from chibo_app.storage import people_repo

    facts = {f.id: f for f in people_repo.person_facts(demo_session.db)}
    later_members_seen = 0
    for year in (2024, 2025, 2026):
        due = years.get_year(demo_session, year).deadline("evaluation_due")
        joined_later = {
            i
            for i, f in facts.items()
            if f.kind != Kind.NON_PARTY and kind_at(f, due) == Kind.NON_PARTY
        }
        evaluated = evaluation_repo.evaluations_of_year(demo_session.db, year)
        for person_id in joined_later & set(evaluated):
            assert evaluated[person_id].classification is None, (year, person_id)
            later_members_seen += 1
        if year < 2026:
            active = {i for i, f in facts.items() if f.status == "active"}
            assert active <= set(evaluated), year
        for person_id, found in evaluated.items():
            if found.exempt_reason == EXEMPT_NEW:
                admitted = dt.date.fromisoformat(facts[person_id].admitted_on)
                assert due - admitted < dt.timedelta(days=186), (year, person_id)
        rows = evaluation_lists.list_year(demo_session, year)
        assert all(r.exempt_reason != EXEMPT_NEW for r in rows if r.person_id in joined_later)
    assert later_members_seen  # the demo has such people: the rule above was exercised


def test_list_json_keys_and_text(demo_session, capsys):
    code, out = run(demo_session, capsys, "evaluation", "list", "--year", "2025", "--json")
    items = json.loads(out)
    assert code == 0 and items and all(set(i) == LIST_KEYS for i in items)
    assert any(i["final"] == "excellent" for i in items)
    decided = [i for i in items if i["decided_level"]]
    assert decided and all(i["final"] == i["decided_level"] for i in decided)
    assert all(i["decided_by"].startswith("Ban Thường vụ") for i in decided)
    voted = [i for i in items if i["vote"]]
    assert voted and all(set(i["vote"]) == {"for", "against", "voters"} for i in voted)
    assert all(i["vote"]["for"] + i["vote"]["against"] <= i["vote"]["voters"] for i in voted)
    assert {i["frame"] for i in items} <= {"leader", "staff", "outside"}
    code, out = run(demo_session, capsys, "evaluation", "list", "--year", "2025")
    assert "đã xếp loại" in out.splitlines()[-1] or "Lưu ý" in out


def test_list_text_is_a_table_with_headings(demo_session, capsys):
    code, out = run(demo_session, capsys, "evaluation", "list", "--year", "2026")
    lines = out.splitlines()
    heading = lines[0].split()
    assert code == 0 and heading[:4] == ["STT", "Họ", "và", "tên"]
    for word in ("Điểm", "Đề", "xuất", "Xếp", "loại", "Tình", "trạng", "Ghi", "chú"):
        assert word in heading, word
    assert set(lines[1]) <= {"-", " "}
    rows = evaluation_lists.list_year(demo_session, 2026)
    body = lines[2 : 2 + len(rows)]
    assert [line.split()[0] for line in body] == [str(n) for n in range(1, len(rows) + 1)]
    assert all(line == line.rstrip() and "|" not in line for line in lines)
    exempt = next(r for r in rows if r.exempt_reason)
    line = next(line for line in body if exempt.full_name in line)
    assert line.endswith(f"Không đánh giá: {exempt.exempt_reason}") and "—" in line
    scored = next(r for r in rows if r.score is not None)
    assert number_text(scored.score) in next(line for line in body if scored.full_name in line)
    # Columns line up: every row's name starts where the heading's does.
    start = lines[0].index("Họ và tên")
    assert all(line[start - 1] == " " and line[start] != " " for line in body)


def test_export_warns_when_not_everyone_is_classified(demo_session, capsys, tmp_path):
    total, waiting = evaluation_lists.progress(demo_session, 2026)
    assert waiting
    target = tmp_path / "ds.pdf"
    capsys.readouterr()
    code = cli_evaluation.run(
        demo_session,
        parser().parse_args(["evaluation", "export", "--year", "2026", "-o", str(target)]),
    )
    captured = capsys.readouterr()
    assert code == 0 and target.exists()
    assert f"Mới xếp loại {total - len(waiting)}/{total} người" in captured.err
    assert "Mới xếp loại" not in captured.out


def test_export_pdf_and_xlsx(demo_session, capsys, tmp_path):
    pdf = tmp_path / "xl.pdf"
    code, out = run(demo_session, capsys, "evaluation", "export", "--year", "2025", "-o", str(pdf))
    assert code == 0 and "số 01-DS" in out
    text = squeeze(poppler_text(pdf))
    assert "đánh giá, xếp loại" in text and "Quy định 366-QĐ/TW" in text
    first = evaluation_lists.list_year(demo_session, 2025)[0]
    assert first.full_name in text
    code_text = out.rsplit("mã xác thực ", 1)[1].strip(" .\n")
    assert verification.verify(demo_session, code_text).status == documents.VerifyStatus.UNCHANGED
    xlsx = tmp_path / "xl.xlsx"
    code, out = run(demo_session, capsys, "evaluation", "export", "--year", "2025", "-o", str(xlsx))
    assert "số 01-DS" in out and code_text in out  # the same list as .xlsx: one number
    names = {r[1] for r in load_workbook(xlsx).active.iter_rows(values_only=True) if r[0]}
    assert first.full_name in names
    with pytest.raises(ChiboError, match=r"\.pdf, \.docx hoặc \.xlsx"):  # .docx is written too
        run(demo_session, capsys, "evaluation", "export", "--year", "2025", "-o", "a.odt")


def test_plan_form_prints_results_after_evaluation(demo_session):
    evaluated = next(
        e
        for e in evaluation_repo.evaluations_of_year(demo_session.db, 2025).values()
        if e.is_locked and e.tasks
    )
    form = plan_print_data.plan_form_data(demo_session, evaluated.person_id, 2025)
    assert form.show_results and all(t.result for t in form.tasks)
    blank = plan_print_data.plan_form_data(demo_session, evaluated.person_id, 2025, blank=True)
    assert not blank.show_results
