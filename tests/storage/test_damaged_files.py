"""Damaged files and backups: a damaged file told from an encrypted one, the same
diagnosis before every write (the window's and the command line's), a -wal that does
not belong set aside, backups tied to their own file, and a restore that records itself
and keeps what it replaced."""

from __future__ import annotations

import random
import shutil

import pytest

from chibo_app import cli
from chibo_app.services import backups, demo
from chibo_app.services.session import open_session
from chibo_app.storage import integrity
from chibo_app.storage.backup_policy import BackupLimits
from chibo_app.storage.connection import PAGE_SIZE, looks_encrypted
from chibo_app.storage.database import open_database
from chibo_app.storage.integrity import diagnose_file
from tests.services.test_cli import INIT
from tests.storage.sqlite_damage import break_index_page, crash_copy, digest, populated
from tests.xlsx_shapes import make_big_member_file


def _cell(path, people=3000):
    populated(path, people=people)
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('cell_name', 'Chi bộ A')")
    db.close()
    return path


def _first_page(path, data):
    with open(path, "rb+") as file:
        file.write(data)


# --- damaged or encrypted --------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    ["all zeros", "zeroed first page", "flipped header byte", "text over the header"],
)
def test_damaged_files_are_not_taken_for_encrypted_ones(db_path, damage):
    _cell(db_path, people=300)
    if damage == "all zeros":
        db_path.write_bytes(bytes(8 * PAGE_SIZE))
    elif damage == "zeroed first page":
        _first_page(db_path, bytes(PAGE_SIZE))
    elif damage == "flipped header byte":
        _first_page(db_path, b"SQLite format 3\x00"[:5] + b"\xff")
    else:
        _first_page(db_path, ("Nguyễn Văn An " * 400).encode()[:PAGE_SIZE])
    assert not looks_encrypted(db_path)
    diagnosis = diagnose_file(db_path)
    assert diagnosis.damaged and diagnosis.kind != integrity.ENCRYPTED, diagnosis
    assert "mật khẩu" not in str(diagnosis.message)


def test_page_shaped_random_bytes_are_unsure_password_or_damage(db_path):
    db_path.write_bytes(random.Random(5).randbytes(8 * PAGE_SIZE))
    assert looks_encrypted(db_path)  # a SQLCipher file looks exactly like this
    assert diagnose_file(db_path).kind == integrity.ENCRYPTED


def test_the_command_line_says_it_may_be_damaged_and_how_to_restore(tmp_path, capsys):
    db = _cell(tmp_path / "chibo.sqlite", people=50)
    assert cli.main(["--db", str(db), "backup"]) == 0
    db.write_bytes(random.Random(5).randbytes(8 * PAGE_SIZE))
    capsys.readouterr()
    assert cli.main(["--db", str(db), "members", "import", "x.xlsx"]) == 2
    err = capsys.readouterr().err
    assert "có mật khẩu" in err and "đã bị hỏng" in err and "chibo restore" in err


# --- the diagnosis before writing -------------------------------------------------------


@pytest.fixture
def damaged_with_backup(tmp_path, capsys):
    db = _cell(tmp_path / "chibo.sqlite")
    assert cli.main(["--db", str(db), "backup"]) == 0
    break_index_page(db)
    capsys.readouterr()
    return db


def test_writing_commands_refuse_a_damaged_file_and_name_the_backup(
    damaged_with_backup, tmp_path, capsys
):
    db = damaged_with_backup
    members = make_big_member_file(tmp_path / "ds.xlsx", 5)
    before = digest(db)
    for command in (["members", "import", str(members)], INIT, ["check"], ["password", "set"]):
        assert cli.main(["--db", str(db), *command]) == 2, command
        err = capsys.readouterr().err
        assert "bị hỏng" in err and "chưa ghi gì" in err and "chibo restore" in err, err
        assert "Traceback" not in err
    assert digest(db) == before



def test_the_refusal_of_a_damaged_file_speaks_english_when_asked(
    damaged_with_backup, capsys, monkeypatch
):
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    assert cli.main(["--db", str(damaged_with_backup), "check"]) == 2
    err = capsys.readouterr().err
    assert "is damaged inside" in err and "The command wrote nothing" in err, err
    assert not any(letter in err for letter in "ịđữ")  # no Vietnamese sentence left

def test_the_backups_of_a_damaged_file_are_listed(damaged_with_backup, capsys):
    """The refusal says “look at the backups”: `chibo backups` must then list them."""
    db = damaged_with_backup
    before = digest(db)
    (backup,) = [b for b in backups.list_backups(db) if b.reason == "thu-cong"]
    assert cli.main(["--db", str(db), "backups"]) == 0
    captured = capsys.readouterr()
    assert str(backup.path) in captured.out and "Tổng số: 1 bản sao lưu" in captured.out
    assert "Traceback" not in captured.err and digest(db) == before


def test_restore_replaces_a_damaged_file_keeps_it_and_records_itself(damaged_with_backup, capsys):
    db = damaged_with_backup
    damaged_bytes = digest(db)
    (backup,) = [b for b in backups.list_backups(db) if b.reason == "thu-cong"]
    assert cli.main(["--db", str(db), "restore", str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert "Tệp hỏng được giữ ở" in out
    (kept,) = [b for b in backups.list_backups(db) if b.reason == "hong"]
    assert digest(kept.path) == damaged_bytes  # kept exactly as it was, and listed
    assert cli.main(["--db", str(db), "backups"]) == 0
    assert str(kept.path) in capsys.readouterr().out
    assert diagnose_file(db).ok
    session = open_session(db)
    try:
        (entry,) = session.db.execute(
            "SELECT user, at, new_values FROM change_history WHERE table_name = 'database'"
        ).fetchall()
    finally:
        session.close()
    assert backup.path.name in entry[2] and kept.path.name in entry[2]
    assert entry[0] and entry[1].startswith("2026-11-25")  # by whom, when (the clock)


def test_what_a_restore_kept_is_never_thinned(tmp_path):
    db = _cell(tmp_path / "chibo.sqlite", people=20)
    session = open_session(db)
    try:
        first = backups.make_backup(session, "thu-cong")
        backups.restore_backup(session, first)  # keeps a truoc-khoi-phuc copy
        keep_nothing = BackupLimits(daily=0, weekly=0, monthly=0, safety_days=0)
        later = session.now().replace(year=2027)
        backups.make_backup(session, "thu-cong", now=later, limits=keep_nothing)
    finally:
        session.close()
    reasons = sorted(b.reason for b in backups.list_backups(db))
    assert "truoc-khoi-phuc" in reasons


# --- a -wal that does not belong --------------------------------------------------------


def test_a_foreign_wal_is_set_aside_not_replayed(tmp_path, capsys):
    good, other = _cell(tmp_path / "chibo.sqlite"), tmp_path / "khac.sqlite"
    populated(other, people=10)
    crash_copy(other, tmp_path / "khac-sau-su-co.sqlite", people=2000)
    stray = tmp_path / "khac-sau-su-co.sqlite-wal"
    stray_bytes = stray.read_bytes()
    stray.rename(good.with_name("chibo.sqlite-wal"))
    members = make_big_member_file(tmp_path / "ds.xlsx", 2)
    assert cli.main(["--db", str(good), "members", "import", str(members)]) == 0
    assert "không khớp với tệp dữ liệu" in capsys.readouterr().err
    (aside,) = tmp_path.glob("chibo.sqlite.wal-khong-khop-*")
    assert aside.read_bytes() == stray_bytes  # kept for a support request, never replayed
    db = open_database(good)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 3002
    finally:
        db.close()


def test_a_crash_wal_of_the_file_itself_is_kept(tmp_path, capsys):
    source, crashed = tmp_path / "goc.sqlite", tmp_path / "chibo.sqlite"
    _cell(source, people=100)
    crash_copy(source, crashed)  # 50 committed rows only in the -wal
    assert cli.main(["--db", str(crashed), "backup"]) == 0
    assert "không khớp" not in capsys.readouterr().err
    assert not list(tmp_path.glob("chibo.sqlite.wal-khong-khop-*"))
    db = open_database(crashed)
    try:
        assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 150
    finally:
        db.close()


# --- backups tied to the file, not the name stem --------------------------------------


def test_two_files_sharing_a_stem_never_see_each_others_backups(tmp_path, capsys):
    ours, theirs = tmp_path / "chibo.sqlite", tmp_path / "chibo.db"
    for path, people in ((ours, 5), (theirs, 9)):
        session = open_session(path)
        demo.fill_demo(session, people_count=people, seed=people, people_only=True)
        session.close()
    assert cli.main(["--db", str(theirs), "backup"]) == 0
    assert cli.main(["--db", str(ours), "backup"]) == 0
    mine = backups.list_backups(ours)
    other = [p for p in (tmp_path / "backups").iterdir() if p.suffix == ".sqlite"]
    assert len(other) == 2 and len(mine) == 1
    (their_backup,) = [p for p in other if p != mine[0].path]
    # Restoring the other cell's backup by hand is refused: the id inside differs.
    assert cli.main(["--db", str(ours), "restore", str(their_backup)]) == 2
    assert "tệp dữ liệu khác" in capsys.readouterr().err
    ours.write_bytes(bytes(4 * PAGE_SIZE))  # damaged: its id can no longer be read
    found = backups.newest_good_backup(ours)
    assert found is not None and found.path == mine[0].path


def test_an_old_file_gets_its_id_and_keeps_it(tmp_path):
    db = _cell(tmp_path / "chibo.sqlite", people=5)
    copy = tmp_path / "ban-sao.sqlite"
    shutil.copyfile(db, copy)
    first = open_session(db)
    ident = first.db.execute("SELECT value FROM settings WHERE key = 'file_id'").fetchone()[0]
    first.close()
    again = open_session(db)
    assert again.db.execute("SELECT value FROM settings WHERE key = 'file_id'").fetchone()[0] == (
        ident
    )
    again.close()
    assert len(ident) == 32
