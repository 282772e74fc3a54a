"""The command line in trouble: a full disk, a read-only file, another program holding
SQLite's write lock — one Vietnamese sentence and exit 1 or 2, never a traceback or Python's
"Exception ignored" noise, and the file as it was. Real processes, real limits: the
disk is "full" through RLIMIT_FSIZE (the process may not grow a file past it), the
read-only file is made so for real (chattr as root), the lock is held by another
process."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from chibo_app import cli
from chibo_app.services.session import open_session
from tests.read_only_files import read_only
from tests.services.test_cli import INIT
from tests.services.test_instance_lock import ROOT, run_python
from tests.storage.sqlite_damage import digest
from tests.xlsx_shapes import make_big_member_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def chibo(db: Path, *args: str, file_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:  # Python ignores SIGXFSZ: a write past the limit fails EFBIG
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        [sys.executable, "-m", "chibo_app.cli", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
    )


def clean_failure(result: subprocess.CompletedProcess, *words: str) -> None:
    # 2: refused before writing; 1: the disk or the file refused a write (cli.command)
    assert result.returncode in (1, 2), (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Lỗi:")]
    assert lines, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def people(db: Path) -> int:
    session = open_session(db)
    try:
        assert session.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(session.db.execute("SELECT count(*) FROM people").fetchone()[0])
    finally:
        session.close()


def test_a_full_disk_during_init(tmp_path):
    db = tmp_path / "chibo.sqlite"
    clean_failure(chibo(db, *INIT, file_limit=16 * 1024), "Ổ đĩa đầy")
    if db.exists() and db.stat().st_size:  # whatever is there opens whole, or was removed
        assert people(db) == 0


def test_a_full_disk_during_import(tmp_path):
    db = tmp_path / "chibo.sqlite"
    assert cli.main(["--db", str(db), *INIT]) == 0
    members = make_big_member_file(tmp_path / "ds.xlsx", 3000)
    clean_failure(
        chibo(db, "members", "import", str(members), file_limit=db.stat().st_size + 64 * 1024),
        "Ổ đĩa đầy",
        "nguyên vẹn",
    )
    assert people(db) == 0  # the import's one transaction left nothing half-written


def test_a_write_command_on_a_read_only_file(tmp_path):
    db = tmp_path / "chibo.sqlite"
    assert cli.main(["--db", str(db), *INIT]) == 0
    members = make_big_member_file(tmp_path / "ds.xlsx", 5)
    with read_only(db):
        before = digest(db)
        clean_failure(chibo(db, "members", "import", str(members)), "chỉ cho phép đọc")
        listed = chibo(db, "members", "list")  # reading still works
        assert listed.returncode == 0 and "Tổng số: 0 người" in listed.stdout
        assert digest(db) == before


def test_check_on_a_read_only_file_checks_without_cleaning(tmp_path):
    """She may not write the file: “chibo check” still checks it (a reading command), says
    it did not back up or clean, and leaves the file and its folder as they were."""
    db = tmp_path / "chibo.sqlite"
    assert cli.main(["--db", str(db), *INIT]) == 0
    with read_only(db):
        before = digest(db)
        checked = chibo(db, "check")
        assert checked.returncode == 0, checked.stderr
        assert "Kiểm tra cấu trúc: tốt." in checked.stdout
        assert "Tệp chỉ đọc: đã kiểm tra, không sao lưu và không dọn dẹp." in checked.stdout
        assert digest(db) == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


@pytest.mark.parametrize("where", ["x.sqlite", "moi/x.sqlite"])
def test_a_new_file_in_a_read_only_folder_is_refused_as_such(tmp_path, where):
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    with read_only(folder):
        result = chibo(folder / where, *INIT)
        clean_failure(result, "thư mục", "không cho ghi")
        assert "hỏng" not in result.stderr  # not taken for a damaged file
        assert list(folder.iterdir()) == []


HOLD_SQLITE_LOCK = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
    "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.read()"
)


@pytest.fixture
def foreign_lock(tmp_path):
    """Another program (not Chi bộ) holding SQLite's write lock on the file."""
    db = tmp_path / "chibo.sqlite"
    assert cli.main(["--db", str(db), *INIT]) == 0
    holder = run_python(HOLD_SQLITE_LOCK, str(db))
    assert holder.stdout.readline().strip() == "held"
    yield db
    holder.kill()
    holder.wait()


def test_another_program_holding_the_write_lock(foreign_lock, tmp_path):
    members = make_big_member_file(tmp_path / "ds.xlsx", 5)
    clean_failure(chibo(foreign_lock, "members", "import", str(members)), "đang bận")


def test_check_does_not_blame_the_disk_for_a_lock(foreign_lock):
    result = chibo(foreign_lock, "check")
    clean_failure(result, "chương trình khác")
    assert "ổ đĩa" not in result.stderr and "dung lượng" not in result.stderr


def test_the_file_limit_really_applies(tmp_path):
    """The test's "full disk" is real: a child may not write past the limit."""
    code = "open(__import__('sys').argv[1], 'wb').write(b'x' * 100_000)"
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "big")],
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096)),
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "File too large" in done.stderr
    assert os.path.getsize(tmp_path / "big") <= 4096


def test_a_writing_command_waits_on_sqlite_only_a_moment(tmp_path):
    """Chi bộ's own writers are kept out by the file lock, so SQLite's busy wait only
    meets another program: the command gives up after a moment, not the window's 5 s."""
    from chibo_app.cli import access
    from chibo_app.cli.command import build_parser

    db = tmp_path / "chibo.sqlite"
    assert cli.main(["--db", str(db), *INIT]) == 0
    args = build_parser().parse_args(["--db", str(db), "members", "import", str(db)])
    opened = access.open_for(args, lambda _ask: None)
    try:
        assert opened.lock is not None and opened.session is not None
        waited = opened.session.db.execute("PRAGMA busy_timeout").fetchone()[0]
        assert waited == access.COMMAND_BUSY_MS <= 500
    finally:
        opened.close()


def test_a_reader_that_leaves_early_is_no_failure(tmp_path):
    """`chibo evaluation list | head`: the pipe closes before the table is written. That
    OSError is no storage failure: nothing said, exit 0 (it used to say the data file
    could not be written)."""
    db = tmp_path / "chibo.sqlite"
    assert chibo(db, *INIT).returncode == 0
    assert chibo(db, "demo", "--people", "12").returncode == 0
    reader = subprocess.Popen(
        [sys.executable, "-m", "chibo_app.cli", "--db", str(db), "evaluation", "list", "--reasons"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # long before the process has written anything
    stderr = reader.stderr.read()
    assert reader.wait(timeout=120) == 0, stderr
    assert stderr == ""
    assert people(db) == 12
