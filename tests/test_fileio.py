"""Output files written whole or not at all, and a failed write explained in Vietnamese
(no errno, no temporary file name): what the secretary sees when printing fails."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from chibo_app.errors import ChiboError
from chibo_app.fileio import atomic_path


def _write(target, data=b"%PDF-1.4 ..."):
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def test_written_whole(tmp_path):
    _write(tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_folder_missing_or_a_folder_given(tmp_path):
    with pytest.raises(ChiboError, match="Không có thư mục"):
        _write(tmp_path / "missing" / "a.pdf")
    with pytest.raises(ChiboError, match="là một thư mục, không phải tên tệp"):
        _write(tmp_path)


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs a folder nobody may write in")
def test_folder_that_cannot_be_written():
    # /sys refuses new files even to root (chmod does not stop root).
    with pytest.raises(ChiboError) as caught:
        _write(Path("/sys/bao-cao.pdf"))
    message = str(caught.value)
    assert "không cho phép ghi" in message and "bao-cao.pdf" in message
    assert ".tmp" not in message and "Errno" not in message


def test_error_while_writing_leaves_the_old_file(tmp_path):
    target = tmp_path / "a.pdf"
    _write(target, b"old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as temporary:
            temporary.write_bytes(b"half")
            raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_disk_full_is_explained_and_nothing_left(tmp_path):
    script = f"""
import resource, signal
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))
from chibo_app.errors import ChiboError
from chibo_app.fileio import atomic_path
try:
    with atomic_path({str(tmp_path / "big.pdf")!r}) as t:
        t.write_bytes(b"x" * 100_000)
except ChiboError as e:
    print(e)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env={**os.environ}
    )
    assert "ổ đĩa đã đầy" in done.stdout, done.stderr
    assert list(tmp_path.iterdir()) == []
