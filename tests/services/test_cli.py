import argparse
import json
import os
import subprocess
import sys

import pytest

from chibo_app import cli

INIT = [
    "init",
    "--cell",
    "Chi bộ Sở Ngoại vụ",
    "--superior",
    "Đảng ủy Ủy ban nhân dân tỉnh",
    "--place",
    "Hà Tĩnh",
    "--secretary",
    "Nguyễn Văn An",
    "--deputy",
    "Trần Thị Bình",
]


def run(db_path, *args):
    return cli.main(["--db", str(db_path), *args])


def test_init_demo_and_list_json(db_path, capsys):
    assert run(db_path, *INIT) == 0
    assert run(db_path, "demo", "--people", "12", "--seed", "7") == 0
    capsys.readouterr()
    assert run(db_path, "members", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 12
    assert set(listed[0]) == {
        "id",
        "full_name",
        "sex",
        "birth_date",
        "kind",
        "party_card",
        "admitted_on",
        "full_member_on",
        "unit",
        "party_position",
        "government_position",
        "status",
    }
    assert {p["sex"] for p in listed} <= {"Nam", "Nữ"}
    assert {p["kind"] for p in listed} <= {"full", "probationary", "non_party"}
    assert any(p["party_position"] == "Bí thư" for p in listed)
    assert all(len(p["birth_date"]) == 10 for p in listed)


def test_demo_is_reproducible(tmp_path, capsys):
    outputs = []
    for name in ("a.sqlite", "b.sqlite"):
        run(tmp_path / name, "demo", "--people", "5", "--seed", "3")
        capsys.readouterr()
        run(tmp_path / name, "members", "list", "--json")
        outputs.append([p["full_name"] for p in json.loads(capsys.readouterr().out)])
    assert outputs[0] == outputs[1]


def test_demo_refuses_a_database_with_people(db_path, capsys):
    run(db_path, "demo", "--people", "3")
    assert run(db_path, "demo", "--people", "3") == 2
    assert "đã có người" in capsys.readouterr().err


def test_bad_input_gives_vietnamese_message_and_status_2(db_path, capsys):
    assert (
        run(db_path, "init", "--cell", " ", "--superior", "X", "--place", "Y", "--secretary", "Z")
        == 2
    )
    assert "Chưa nhập tên chi bộ" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        run(db_path, "members", "frobnicate")
    assert exit_.value.code == 2
    assert "Lỗi" in capsys.readouterr().err


def test_garbage_database_file(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 500)
    assert run(bad, "members", "list") == 2
    assert "không phải là tệp dữ liệu Chi bộ" in capsys.readouterr().err


def test_entry_point_in_a_real_process_honours_chibo_db(tmp_path):
    env = {"CHIBO_DB": str(tmp_path / "env.sqlite"), "PATH": "", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "chibo_app", "demo", "--people", "2"],
        capture_output=True,
        text=True,
        env=env,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.sqlite").exists()
    version = subprocess.run(
        [sys.executable, "-m", "chibo_app", "--version"], capture_output=True, text=True, env=env
    )
    assert version.stdout.startswith("chibo ")


def test_members_import_dry_run_json_then_write_and_export(db_path, tmp_path, capsys):
    import xlsx_shapes as shapes
    from openpyxl import load_workbook

    source = shapes.make_titled_list(tmp_path / "ds.xlsx")
    assert run(db_path, "members", "import", str(source), "--dry-run", "--json") == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["counts"]["new"] == len(preview["rows"]) > 0
    assert not db_path.exists()  # dry run wrote nothing, not even a new file
    assert run(db_path, "members", "import", str(source)) == 0
    assert "Đã nhập" in capsys.readouterr().out
    assert run(db_path, "members", "export", str(tmp_path / "out.xlsx")) == 0
    names = {
        c.value for row in load_workbook(tmp_path / "out.xlsx").active.iter_rows() for c in row
    }
    assert "Nguyễn Văn An" in names


def test_members_import_with_problem_rows_writes_nothing_unless_skipped(db_path, tmp_path, capsys):
    import xlsx_shapes as shapes

    rows = [
        ["STT", "Họ và tên", "Ngày sinh"],
        [1, "Nguyễn Văn An", "05/09/1980"],
        [2, "Trần Thị Bình", "31/02/1985"],
    ]
    source = shapes.write_sheet(tmp_path / "bad.xlsx", rows)
    assert run(db_path, "members", "import", str(source)) == 2
    captured = capsys.readouterr()
    assert "Dòng 3" in captured.out and "Không ghi gì" in captured.err
    run(db_path, "members", "list", "--json")
    assert json.loads(capsys.readouterr().out) == []
    assert run(db_path, "members", "import", str(source), "--skip-invalid") == 0
    capsys.readouterr()
    run(db_path, "members", "list", "--json")
    assert [p["full_name"] for p in json.loads(capsys.readouterr().out)] == ["Nguyễn Văn An"]


def test_members_import_of_a_non_spreadsheet(db_path, tmp_path, capsys):
    bogus = tmp_path / "thu.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not really a zip")
    assert run(db_path, "members", "import", str(bogus)) == 2
    assert "Lỗi:" in capsys.readouterr().err


def test_help_is_vietnamese(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: chibo") and "tùy chọn" in out and "options" not in out


def test_every_command_is_dispatched_to_its_own_group():
    """Each command's parser names the run of the module that defined it: a command is
    never handled by falling through to another group's code."""
    from chibo_app.cli import command

    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    seen = set()
    for group in command.GROUPS:
        for name in group.COMMANDS:
            assert commands.choices[name].get_default("run") is group.run, name
            seen.add(name)
    assert seen == set(commands.choices)  # every command belongs to exactly one group


def test_the_command_line_speaks_english_with_chibo_language(db_path, capsys, monkeypatch):
    assert cli.main(["--db", str(db_path), "demo", "--people", "0"]) == 2
    assert capsys.readouterr().err.strip() == "Lỗi: Số người mẫu phải từ 1 đến 100000."
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    assert cli.main(["--db", str(db_path), "demo", "--people", "0"]) == 2
    assert capsys.readouterr().err.strip() == (
        "Error: The number of sample people must be from 1 to 100000."
    )
    assert cli.main(["--db", str(db_path), "demo", "--people", "2"]) == 0
    assert capsys.readouterr().out.startswith("Created 2 sample people in ")
    assert cli.main(["--db", str(db_path), "members", "list"]) == 0
    listing = capsys.readouterr().out
    assert "In all: 2 people" in listing and "Full party member" in listing
    assert "Tổng số" not in listing and "Đảng viên" not in listing


def test_the_help_speaks_english_with_chibo_language(capsys, monkeypatch):
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    assert "usage: chibo" in text and "options:" in text
    assert "Chi bộ — running a party cell from the command line." in text
    assert "record the cell's details" in text and "the people register" in text
    assert "khai báo" not in text and "tùy chọn" not in text
    with pytest.raises(SystemExit):
        cli.main(["members", "import", "--help"])
    assert "preview only, write nothing" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_full_disk_is_one_sentence_not_a_traceback(db_path, capsys, language):
    """The demo fills a file on a disk that runs out of room: one sentence in the user's
    language, exit 1, and the file keeps what it held before (nothing half-written)."""
    assert cli.main(["--db", str(db_path), *INIT]) == 0
    before = db_path.stat().st_size
    script = f"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, ({before + 40_000}, {before + 40_000}))
from chibo_app.cli import main
sys.exit(main(["--db", {str(db_path)!r}, "demo", "--people", "300"]))
"""
    env = {**os.environ, "CHIBO_LANGUAGE": language}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    if language == "vi":
        assert lines[0].startswith("Lỗi: Ổ đĩa đầy hoặc không ghi được: ")
        assert lines[0].endswith("Dữ liệu trước đó vẫn nguyên vẹn.")
    else:
        assert lines[0].startswith("Error: The disk is full or cannot be written: ")
        assert lines[0].endswith("The data saved before is intact.")
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "members", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the demo's one transaction undone


def test_members_import_says_each_change_of_someone_already_registered(db_path, tmp_path, capsys):
    """Re-importing a list that moved someone to another unit: the dry run says it field
    by field, in its text and its JSON."""
    from openpyxl import Workbook

    def sheet(unit):
        workbook = Workbook()
        workbook.active.append(["STT", "Họ và tên", "Số thẻ đảng viên", "Đơn vị"])
        workbook.active.append([1, "Lê Thị Ánh", "10000002", unit])
        path = tmp_path / f"{unit}.xlsx"
        workbook.save(path)
        return path

    assert run(db_path, *INIT) == 0
    assert run(db_path, "members", "import", str(sheet("Văn phòng"))) == 0
    capsys.readouterr()
    moved = sheet("Phòng Kế hoạch")
    assert run(db_path, "members", "import", str(moved), "--dry-run") == 0
    assert "Đơn vị: Văn phòng → Phòng Kế hoạch" in capsys.readouterr().out
    assert run(db_path, "members", "import", str(moved), "--dry-run", "--json") == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows[0]["changes"] == ["Đơn vị: Văn phòng → Phòng Kế hoạch"]


def test_the_evaluation_commands_speak_english_with_chibo_language(
    db_path, tmp_path, capsys, monkeypatch
):
    assert cli.main(["--db", str(db_path), "demo", "--people", "3"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    assert cli.main(["--db", str(db_path), "rules", "list"]) == 0
    listing = capsys.readouterr().out
    assert "uses points" in listing or "no points" in listing
    assert "In all: " in listing and "Tổng số" not in listing
    assert cli.main(["--db", str(db_path), "evaluation", "list", "--year", "2026"]) == 0
    assert "2026: 3 people, " in capsys.readouterr().out
    wrong = tmp_path / "list.txt"
    assert cli.main(["--db", str(db_path), "evaluation", "export", "-o", str(wrong)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"Error: The output file must end in .pdf, .docx or .xlsx: {wrong}"
    )
