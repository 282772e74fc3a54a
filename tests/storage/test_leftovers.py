"""What a crash leaves is dealt with at the next start, and exports keep their scratch
files out of the system's temporary folder — each crash moment set up exactly (the
sampled SIGKILLs are in test_kill_encryption.py)."""

from __future__ import annotations

import os
import tempfile
import zipfile

import pytest

from chibo_app import cli
from chibo_app.services import backups, demo, members_export, password
from chibo_app.services.session import open_session
from chibo_app.storage import password_job
from chibo_app.storage.connection import ENCRYPTED, PLAIN, file_kind
from chibo_app.storage.database import backups_folder
from chibo_app.storage.leftovers import clean_leftovers
from tests.plaintext_scan import files_under, plaintext_hits

PASSWORD = "Mật khẩu chi bộ 2026"

pytestmark = pytest.mark.usefixtures("fast_kdf")


class Killed(BaseException):
    """Stands for SIGKILL at one exact line: nothing after it runs, no clean-up."""


@pytest.fixture
def plain_cell(tmp_path):
    db = tmp_path / "data" / "chibo.sqlite"
    session = open_session(db)
    demo.fill_demo(session, people_count=20, seed=3, people_only=True)
    for minute in range(3):
        backups.make_backup(session, "thu-cong", now=session.now().replace(minute=minute))
    names = [r[0] for r in session.db.execute("SELECT full_name FROM people")]
    return session, names


def test_a_password_set_cut_between_the_renames_is_finished_at_the_next_start(
    plain_cell, monkeypatch, capsys
):
    session, names = plain_cell
    db = session.path
    done = []

    def cut_after_the_data_file(staged, target):
        if done:
            raise Killed()
        done.append(target)
        real_replace(staged, target)

    real_replace = password_job.replace_one
    monkeypatch.setattr(password_job, "replace_one", cut_after_the_data_file)
    with pytest.raises(Killed):
        password.set_password(session, PASSWORD)
    monkeypatch.setattr(password_job, "replace_one", real_replace)
    # The moment of the crash: an encrypted file, plain backups beside it, the job noted.
    assert file_kind(db) == ENCRYPTED
    assert {file_kind(b.path) for b in backups.list_backups(db)} == {PLAIN}
    assert password_job.pending(db)

    monkeypatch.setenv("CHIBO_PASSWORD", PASSWORD)
    assert cli.main(["--db", str(db), "backup"]) == 0  # the next start
    assert {file_kind(b.path) for b in backups.list_backups(db)} == {ENCRYPTED}
    assert not password_job.pending(db)
    assert plaintext_hits(names, db.parent) == []
    reopened = open_session(db, PASSWORD)
    try:
        history = reopened.db.execute(
            "SELECT new_values FROM change_history WHERE table_name = 'database'"
        ).fetchall()
        assert history == [('{"password": "set"}',)]  # recorded with the change, once
    finally:
        reopened.close()


def test_a_password_set_cut_before_the_job_keeps_the_old_state_and_drops_the_copies(
    plain_cell, monkeypatch
):
    session, _names = plain_cell
    db = session.path

    def killed(*_args):
        raise Killed()

    monkeypatch.setattr(password_job, "write_job", killed)
    monkeypatch.setattr(password, "remove_with_sidecars", lambda _p: None)  # no clean-up
    with pytest.raises(Killed):
        password.set_password(session, PASSWORD)
    session.close()
    copies = [p for p in files_under(db.parent) if p.name.startswith(".mat-khau-")]
    assert len(copies) == 4  # the data file's and three backups' encrypted copies
    assert file_kind(db) == PLAIN and not password_job.pending(db)
    clean_leftovers(db)  # the next start
    assert [p for p in copies if p.exists()] == []
    assert file_kind(db) == PLAIN
    assert {file_kind(b.path) for b in backups.list_backups(db)} == {PLAIN}


def test_temporary_copies_left_by_crashes_are_removed_at_the_next_start(plain_cell):
    session, _names = plain_cell
    db = session.path
    session.close()
    folder, kept = db.parent, backups_folder(db)
    dead = 2**22 + 12345  # no such process
    made = [
        folder / ".mat-khau-a1b2.sqlite.tmp",
        folder / ".mat-khau-a1b2.sqlite.tmp-journal",
        folder / ".khoi-phuc-c3d4.sqlite.tmp",
        kept / "chibo-20261125-100000-thu-cong.sqlite.tmp",
        kept / "chibo-20261125-100000-thu-cong.sqlite.tmp-journal",
        kept / ".mat-khau-e5f6.sqlite.tmp",
        folder / f".chibo-tam-{dead}-x1" / "openpyxl.abc.xml",
    ]
    for path in made:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"Nguyen Van An 01234567")
    before = {b.path for b in backups.list_backups(db)}
    assert cli.main(["--db", str(db), "backup"]) == 0
    assert [p for p in made if p.exists()] == []
    assert not (folder / f".chibo-tam-{dead}-x1").exists()
    assert before <= {b.path for b in backups.list_backups(db)}  # real backups kept


def test_an_export_writes_no_temporary_sheet_file_anywhere(tmp_path, monkeypatch):
    """The sheets are built in memory (xlsx_book: XlsxWriter's in_memory): while the
    file is being zipped, no file anywhere holds a name in plain text, and nothing was
    put in the system's temporary folder."""
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    session = open_session(tmp_path / "data" / "chibo.sqlite", PASSWORD)
    demo.fill_demo(session, people_count=40, seed=5, people_only=True)
    names = [r[0] for r in session.db.execute("SELECT full_name FROM people")]
    out = tmp_path / "out"
    out.mkdir()
    seen = []
    real_writestr = zipfile.ZipFile.writestr

    def spy(self, name, data, *args, **kwargs):  # the moment a kill would find the XML
        if not seen:
            seen.append(sorted(os.listdir(system_tmp)))
            seen.append(plaintext_hits(names, system_tmp, out))
        return real_writestr(self, name, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", spy)
    members_export.export_members(session, out / "ds.xlsx")
    session.close()
    assert seen == [[], []]  # nothing in the system's temporary folder, nothing readable
    assert [p.name for p in out.iterdir()] == ["ds.xlsx"]
    assert plaintext_hits(names, system_tmp, tmp_path / "data") == []
