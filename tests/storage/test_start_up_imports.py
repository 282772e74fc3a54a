"""What opening a file imports: start-up pays for every module loaded before the window."""

import subprocess
import sys

import sqlite_utils

OPEN_A_FILE = """
import sys
from chibo_app.services.session import open_session
session = open_session(sys.argv[1])
session.db["people"].count
print(",".join(sorted(n for n in ("numpy", "pandas") if n in sys.modules)) or "-")
"""


def test_opening_a_file_does_not_import_numpy(tmp_path):
    """sqlite_utils would import numpy (~0.4 s) only to map its types; copy detection of
    a large year imports it when it needs it."""
    done = subprocess.run(
        [sys.executable, "-c", OPEN_A_FILE, str(tmp_path / "cell.sqlite")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "-"


def test_numpy_still_imports_afterwards():
    """The hiding lasts only for sqlite_utils' own import."""
    import numpy  # noqa: PLC0415

    assert numpy.arange(3).sum() == 3
    assert sqlite_utils.Database(memory=True).execute("select 1").fetchone() == (1,)
