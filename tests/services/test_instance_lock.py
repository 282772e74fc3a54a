"""One instance per database file: a real OS lock, tested with real second processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from chibo_app.services.instance_lock import AlreadyOpenError, acquire, holder_pid, lock_path
from tests.read_only_files import read_only

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys; from pathlib import Path;"
    "from chibo_app.services.instance_lock import acquire;"
    "lock = acquire(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read()"
)
TRY = (
    "import sys; from pathlib import Path;"
    "from chibo_app.services.instance_lock import AlreadyOpenError, acquire\n"
    "try:\n    acquire(Path(sys.argv[1]))\nexcept AlreadyOpenError as e:\n"
    "    print('refused', e.pid); sys.exit(3)\nprint('got it')"
)


def run_python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        **kwargs,
    )


@pytest.fixture
def holder(db_path):
    """Another process holding the lock on db_path."""
    proc = run_python(HOLD, str(db_path))
    assert proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_lock_held_and_released_in_process(db_path):
    lock = acquire(db_path)
    assert lock.held and lock_path(db_path).exists()
    assert holder_pid(db_path) == os.getpid()
    with pytest.raises(AlreadyOpenError):
        acquire(db_path)  # a second open file description conflicts, even in one process
    lock.release()
    with acquire(db_path) as again:
        assert again.held


def test_another_process_holding_the_lock_refuses_us(db_path, holder):
    with pytest.raises(AlreadyOpenError) as refused:
        acquire(db_path)
    assert refused.value.pid == holder.pid
    assert "đang được mở trong một cửa sổ Chi bộ khác" in str(refused.value)


def test_a_killed_holder_releases_the_lock(db_path, holder):
    os.kill(holder.pid, signal.SIGKILL)  # a crash: no clean-up code runs
    holder.wait()
    with acquire(db_path) as lock:
        assert lock.held


def test_second_process_is_refused_while_we_hold_it(db_path):
    with acquire(db_path):
        second = run_python(TRY, str(db_path))
        out, _ = second.communicate(timeout=30)
        assert second.returncode == 3 and out.split() == ["refused", str(os.getpid())]
    second = run_python(TRY, str(db_path))
    assert second.communicate(timeout=30)[0].strip() == "got it"


def test_read_only_folder_gives_an_unheld_lock(tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    with read_only(folder):
        lock = acquire(folder / "chibo.sqlite")
    assert not lock.held
    lock.release()  # harmless
