"""Make a file or folder really read-only for this process, even as root.

chmod is enough for a normal user. Root ignores permission bits, so as root the
immutable attribute (chattr +i, ext4/xfs/btrfs) is used: root must obey it too. Where
neither works the test is skipped rather than faked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(target: Path) -> Iterator[str]:
    """Yields how it was done: "chmod" or "chattr"."""
    mode = target.stat().st_mode
    target.chmod(mode & ~0o222)
    immutable = False
    try:
        if os.access(target, os.W_OK):  # root: the bits are not enough
            chattr = shutil.which("chattr")
            done = chattr and subprocess.run([chattr, "+i", str(target)], capture_output=True)
            if not done or done.returncode != 0:
                pytest.skip("cannot make a file read-only for this user (root without chattr)")
            immutable = True
        assert not os.access(target, os.W_OK)
        yield "chattr" if immutable else "chmod"
    finally:
        if immutable:
            subprocess.run([shutil.which("chattr") or "chattr", "-i", str(target)], check=True)
        target.chmod(mode)
