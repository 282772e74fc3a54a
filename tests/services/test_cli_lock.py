"""One lock for every process: writing commands take the window's lock, reading ones share.

Real second processes throughout: a holder process (the window's lock, or a command's),
the real window, and `chibo` commands started as processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chibo_app import cli
from chibo_app.services.instance_lock import acquire, lock_path
from chibo_app.services.session import open_session
from tests.plaintext_scan import snapshot
from tests.services.test_cli import INIT
from tests.services.test_instance_lock import ROOT, holder, run_python  # noqa: F401 - fixture
from tests.xlsx_shapes import make_big_member_file

HOLD_AS = (
    "import sys; from pathlib import Path;"
    "from chibo_app.services.instance_lock import acquire;"
    "lock = acquire(Path(sys.argv[1]), sys.argv[2]); print('held', flush=True); sys.stdin.read()"
)


def chibo(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chibo_app.cli", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def cell_file(tmp_path):
    db = tmp_path / "data" / "chibo.sqlite"
    assert cli.main(["--db", str(db), *INIT]) == 0
    assert cli.main(["--db", str(db), "demo", "--people", "6", "--people-only"]) == 0
    assert cli.main(["--db", str(db), "backup"]) == 0
    return db


def _holder(db: Path) -> list[str]:
    """The lock file's lines: the holder's process id, then what it is."""
    try:
        return lock_path(db).read_text(encoding="utf-8").split("\n")
    except FileNotFoundError:
        return [""]


def _data(folder: Path) -> dict[str, bytes]:
    """Every file but the lock file (whose holder line changes with each holder)."""
    return {k: v for k, v in snapshot(folder).items() if not k.endswith(".lock")}


def _backup_of(db: Path) -> Path:
    return next((db.parent / "backups").iterdir())


def test_writing_commands_are_refused_while_a_window_has_the_file(cell_file, tmp_path, capsys):
    members = make_big_member_file(tmp_path / "list.xlsx", 5)
    before = _data(cell_file.parent)
    proc = run_python(HOLD_AS, str(cell_file), "window")
    try:
        assert proc.stdout.readline().strip() == "held"
        capsys.readouterr()
        for command in (
            ["restore", str(_backup_of(cell_file))],
            ["password", "set"],
            ["members", "import", str(members)],
            ["backup"],
            ["check"],
            INIT,
        ):
            code = cli.main(["--db", str(cell_file), *command])
            err = capsys.readouterr().err
            assert code == 2, command
            assert "cửa sổ Chi bộ" in err and f"tiến trình {proc.pid}" in err, err
            assert "chưa ghi gì" in err
        assert _data(cell_file.parent) == before  # not a byte written, nothing created
        # Readers share: the list is read beside the window.
        assert cli.main(["--db", str(cell_file), "members", "list"]) == 0
        assert "Tổng số: 6 người" in capsys.readouterr().out
    finally:
        proc.kill()
        proc.wait()


def test_a_command_is_refused_while_another_command_writes(cell_file, tmp_path):
    members = make_big_member_file(tmp_path / "list.xlsx", 5)
    proc = run_python(HOLD_AS, str(cell_file), "chibo members import")
    try:
        assert proc.stdout.readline().strip() == "held"
        result = chibo(cell_file, "members", "import", str(members))
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert "lệnh “chibo members import”" in result.stderr
        assert f"tiến trình {proc.pid}" in result.stderr
    finally:
        proc.kill()
        proc.wait()
    # Released with the process: the command now runs, and names itself while it holds.
    result = chibo(cell_file, "members", "import", str(members))
    assert result.returncode == 0, result.stderr
    assert _holder(cell_file)[1] == "chibo members import"


def test_the_real_window_keeps_commands_out_until_it_closes(cell_file, fast_kdf):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [sys.executable, "-m", "chibo_app.ui.app", "--db", str(cell_file)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while _holder(cell_file)[0] != str(window.pid):
            assert window.poll() is None, window.stderr.read()
            assert time.monotonic() < deadline, "the window never took the file's lock"
            time.sleep(0.1)
        refused = chibo(cell_file, "restore", str(_backup_of(cell_file)))
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert f"tiến trình {window.pid}" in refused.stderr
        refused = chibo(cell_file, "password", "set", env={"CHIBO_NEW_PASSWORD": "mật khẩu dài"})
        assert refused.returncode == 2 and "cửa sổ Chi bộ" in refused.stderr
        listed = chibo(cell_file, "members", "list")
        assert listed.returncode == 0 and "Tổng số: 6 người" in listed.stdout
    finally:
        window.terminate()
        window.wait(timeout=30)
    with acquire(cell_file) as lock:  # the window's lock went with it
        assert lock.held
    session = open_session(cell_file)
    try:  # the file was never encrypted behind the window's back
        assert session.password is None
    finally:
        session.close()


def test_concurrent_imports_of_the_same_rows_never_duplicate(tmp_path):
    """Two `chibo members import` of the same 200 rows started together, three times:
    one imports, the other waits or is refused cleanly; never a duplicate or a traceback."""
    members = make_big_member_file(tmp_path / "list.xlsx", 200)
    outcomes = []
    for round_ in range(3):
        db = tmp_path / f"r{round_}" / "chibo.sqlite"
        assert cli.main(["--db", str(db), *INIT]) == 0
        command = [sys.executable, "-m", "chibo_app.cli", "--db", str(db), "members", "import"]
        procs = [
            subprocess.Popen(
                [*command, str(members)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        for p in procs:
            p.stdout.close()
            p.stderr.close()
        for code, err in results:
            assert "Traceback" not in err and code in (0, 2), err
        assert 0 in [code for code, _ in results]
        outcomes += [code for code, _ in results]
        session = open_session(db)
        try:
            people = session.db.execute("SELECT count(*) FROM people").fetchone()[0]
            cards = session.db.execute("SELECT count(DISTINCT party_card) FROM people").fetchone()[
                0
            ]
        finally:
            session.close()
        assert people == cards == 200
    assert set(outcomes) <= {0, 2}


def test_a_preview_overtaken_by_another_import_writes_nothing(tmp_path, session):
    """Matching and writing happen in one write transaction: a preview made before
    another process imported the same rows is refused, not applied as new people."""
    from chibo_app.services import members_import

    members = make_big_member_file(tmp_path / "list.xlsx", 30)
    stale = members_import.preview_file(session, members)
    other = open_session(session.path)
    try:
        members_import.apply_import(other, members_import.preview_file(other, members))
    finally:
        other.close()
    with pytest.raises(Exception) as refused:
        members_import.apply_import(session, stale)
    assert "xem trước lại" in str(refused.value)
    assert session.db.execute("SELECT count(*) FROM people").fetchone()[0] == 30
