import json
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
