"""`chibo plans …` and `chibo verify` through chibo_app.cli.plans (wired into
chibo_app/cli/command.py; here a small parser is built from its add_parsers)."""

import argparse
import json

import pytest

from chibo_app.cli import plans as cli_plans
from chibo_app.core.plans import PlanStatus, PlanTask
from chibo_app.errors import ChiboError
from chibo_app.services import demo, plans
from chibo_app.storage import plans_repo

YEAR = "2026"
LIST_KEYS = {
    "person_id",
    "full_name",
    "status",
    "submitted_on",
    "confirmed_on",
    "tasks",
    "checks",
    "similar_to",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise SystemExit(2)


def parser():
    top = _Parser(prog="chibo")
    commands = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    cli_plans.add_parsers(commands)
    return top


def run(session, capsys, *argv):
    capsys.readouterr()
    code = cli_plans.run(session, parser().parse_args(argv))
    return code, capsys.readouterr().out


@pytest.fixture
def demo_session(session):
    demo.fill_demo(session, people_count=40, seed=2026)
    return session


def test_commands_are_the_contract():
    assert cli_plans.COMMANDS == {"plans", "verify"}
    args = parser().parse_args(["plans", "print", "--year", YEAR, "--person", "3", "4",
                                "--person", "9", "-o", "a.pdf"])  # fmt: skip
    assert args.person == [3, 4, 9] and not args.blank and args.command == "plans"
    with pytest.raises(SystemExit) as refused:
        parser().parse_args(["plans", "print", "--year", YEAR])  # -o is required
    assert refused.value.code == 2


def test_list_json_keys_exactly(demo_session, capsys):
    code, out = run(demo_session, capsys, "plans", "list", "--year", YEAR, "--json")
    items = json.loads(out)
    assert code == 0 and items
    assert all(set(item) == LIST_KEYS for item in items)
    statuses = {item["status"] for item in items}
    assert {"confirmed", "draft", "submitted"} <= statuses
    confirmed = next(i for i in items if i["status"] == "confirmed")
    assert confirmed["confirmed_on"].startswith(YEAR) and confirmed["tasks"] >= 3
    assert isinstance(confirmed["checks"], int)


def test_list_text_is_vietnamese(demo_session, capsys):
    code, out = run(demo_session, capsys, "plans", "list", "--year", YEAR)
    assert code == 0 and "Đã xác nhận" in out and "kế hoạch đã xác nhận" in out


def test_print_writes_a_pdf(demo_session, capsys, tmp_path):
    target = tmp_path / "ke hoach.pdf"
    code, out = run(demo_session, capsys, "plans", "print", "--year", YEAR, "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    assert "Đã in" in out and "mẫu trống" in out  # the demo has people without a plan
    blank = tmp_path / "trong.pdf"
    ids = [str(p.person_id) for p in plans_repo.plans_of_year(demo_session.db, 2026)[:2]]
    code, out = run(
        demo_session, capsys, "plans", "print", "--year", YEAR, "--blank", "--person", *ids,
        "-o", str(blank),
    )  # fmt: skip
    assert code == 0 and blank.exists() and "Đã in 2 mẫu trống" in out


def test_print_refuses_another_suffix(demo_session, capsys, tmp_path):
    with pytest.raises(ChiboError, match=r"\.pdf"):
        run(demo_session, capsys, "plans", "print", "--year", YEAR, "-o", str(tmp_path / "a.doc"))
    with pytest.raises(ChiboError, match="Năm 1800 không hợp lệ"):
        run(demo_session, capsys, "plans", "list", "--year", "1800")


def test_similar_lists_the_planted_copies(demo_session, capsys):
    code, out = run(demo_session, capsys, "plans", "similar", "--year", YEAR, "--json")
    pairs = json.loads(out)
    assert code == 0
    between_people = [p for p in pairs if p["other_year"] == 2026]
    assert between_people, "the demo plants edited copies of a neighbour's plan"
    assert all(0.5 < p["similarity"] <= 1 for p in pairs)
    assert set(pairs[0]) == {
        "person_id",
        "full_name",
        "year",
        "other_person_id",
        "other_full_name",
        "other_year",
        "similarity",
    }
    code, out = run(demo_session, capsys, "plans", "similar", "--year", YEAR)
    assert "cặp kế hoạch gần như trùng nhau" in out and "%" in out


def test_signed_off_and_verify(demo_session, capsys, tmp_path):
    target = tmp_path / "ds.xlsx"
    code, out = run(demo_session, capsys, "plans", "signed-off", "--year", YEAR, "-o", str(target))
    assert code == 0 and target.exists() and "01-DS" in out
    shown = out.split("mã xác thực ")[1].strip(". \n")
    code, out = run(demo_session, capsys, "verify", shown)
    assert code == 0 and "không thay đổi kể từ khi in" in out


def test_verify_exit_codes(demo_session, capsys, tmp_path):
    draft = next(
        p for p in plans_repo.plans_of_year(demo_session.db, 2026) if p.status == PlanStatus.DRAFT
    )
    target = tmp_path / "a.pdf"
    run(demo_session, capsys, "plans", "print", "--person", str(draft.person_id), "-o", str(target))
    from chibo_app.storage import documents_repo

    (record,) = documents_repo.list_documents(demo_session.db, doc_type="KHCN")
    code, out = run(demo_session, capsys, "verify", f"{record.code[:5]}-{record.code[5:]}")
    assert code == 0 and "Kế hoạch học tập và làm theo năm 2026" in out
    plans.save_plan(demo_session, draft.with_changes(tasks=(PlanTask("Khác hẳn", "1"),)))
    code, out = run(demo_session, capsys, "verify", record.code)
    assert code == 1 and "đã bị sửa sau khi in" in out
    code, out = run(demo_session, capsys, "verify", "AAAAA-AAAAA")
    assert code == 1 and "Không tìm thấy" in out
    with pytest.raises(ChiboError, match="không phải là mã xác thực"):
        run(demo_session, capsys, "verify", "xin chào")
