"""Reading commands read: a read-only open, nothing created, nothing changed."""

from __future__ import annotations

import pytest

from chibo_app import cli
from chibo_app.services import demo, plan_printing
from tests.plaintext_scan import snapshot


@pytest.fixture
def filled(session, tmp_path):
    demo.fill_demo(session, people_count=12, seed=7)
    code = plan_printing.print_signed_off(session, 2026, tmp_path / "ds.pdf").code
    session.close()
    return session.path, code


def _unchanged(folder):
    """The files a reader may touch: SQLite's shared-memory index and an empty WAL."""
    return {
        k: v
        for k, v in snapshot(folder).items()
        if not k.endswith(("-shm", "-wal")) and not k.startswith("out")
    }


def test_every_reading_command_runs_on_a_read_only_open(filled, tmp_path, capsys):
    db, code = filled
    out = tmp_path / "out"
    out.mkdir()
    before = _unchanged(db.parent)
    for command in (
        ["members", "list"],
        ["members", "export", str(out / "ds.xlsx")],
        ["backups"],
        ["plans", "list", "--year", "2026"],
        ["plans", "similar", "--year", "2026"],
        ["verify", code],
        ["nominations", "list", "--year", "2026"],
        ["nominations", "quota", "--year", "2026"],
        ["meetings", "list", "--year", "2026"],
        ["evaluation", "list", "--year", "2026"],
        ["rules", "list"],
        ["report", "--year", "2026", "--json"],
    ):
        code_ok = (0, 1) if command[0] == "verify" else (0,)  # 1: "changed since printed"
        assert cli.main(["--db", str(db), *command]) in code_ok, (command, capsys.readouterr())
    assert _unchanged(db.parent) == before
    assert not list(db.parent.glob("*.lock"))  # readers take no lock


def test_a_read_command_on_a_mistyped_path_creates_nothing(tmp_path, capsys):
    target = tmp_path / "nonexistent" / "dir" / "x.sqlite"
    assert cli.main(["--db", str(target), "members", "list"]) == 2
    err = capsys.readouterr().err
    assert "Không có tệp dữ liệu" in err and str(target) in err
    assert list(tmp_path.iterdir()) == []


def test_db_pointing_to_a_folder_is_refused_in_one_sentence(tmp_path, capsys):
    for command in (
        ["members", "list"],
        ["backup"],
        ["init", "--cell", "x", "--superior", "y", "--place", "z", "--secretary", "t"],
    ):
        assert cli.main(["--db", str(tmp_path), *command]) == 2
        err = capsys.readouterr().err
        assert "là một thư mục" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_the_refusals_speak_english_when_asked(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    assert cli.main(["--db", str(tmp_path), "members", "list"]) == 2
    assert "is a folder, not a data file" in capsys.readouterr().err
    assert cli.main(["--db", str(tmp_path / "x.sqlite"), "members", "list"]) == 2
    err = capsys.readouterr().err
    assert "There is no data file" in err and "Không" not in err
