import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from chibo_app.core.cell import CellSettings
from chibo_app.core.clock import CLOCK_ENV
from chibo_app.services import cell
from chibo_app.services.session import Session, open_session
from tests.offscreen import offscreen_platform

# Property tests check results, never how long an example takes: hypothesis's default
# 200 ms deadline is a timed assertion that a loaded machine fails.
settings.register_profile("chibo", deadline=None)
settings.load_profile("chibo")

# Every test runs at this moment: the sessions it opens — directly, through the CLI, the
# GUI or a new process (which inherits CHIBO_CLOCK) — start here and tick on from it,
# whatever the wall clock says (`pytest --wall-clock=…` moves that one to prove it).
FROZEN_AT = dt.datetime(2026, 11, 25, 10, 0)
TODAY = FROZEN_AT.date()


def pytest_addoption(parser):
    parser.addoption(
        "--wall-clock",
        default=os.environ.get("CHIBO_TEST_WALL_CLOCK", ""),
        help="move the machine's clock (as Python sees it) to this ISO moment for the "
        "whole run, e.g. 2031-03-01T00:00:00: the suite must pass on any date",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "slow: LibreOffice conversions, million-row files, kill tests, mypy (-m 'not slow')",
    )
    # For the whole run, module-scoped fixtures and the processes tests start included.
    os.environ[CLOCK_ENV] = FROZEN_AT.isoformat()
    # Compiled translations are cached per user: a run compiles its own checkout's .ts
    # into a folder of its own rather than reading a .qm another checkout compiled.
    config._cache_folder = tempfile.mkdtemp(prefix="chibo-test-cache-")
    os.environ["XDG_CACHE_HOME"] = config._cache_folder
    # A Full HD screen: windows are kept inside the screen, and the plain offscreen one
    # (800×800) is smaller than the windows the layout tests size. A shell's plain
    # "offscreen" gets it too (the report layout tests failed in such a shell); another
    # platform (xcb, to watch the tests) is kept.
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(1920, 1080, Path(config._cache_folder))
    moment = config.getoption("--wall-clock")
    if moment:
        import time_machine

        # A naive moment is local time (time-machine would read it as UTC).
        destination = dt.datetime.fromisoformat(moment).astimezone()
        config._wall_clock = time_machine.travel(destination, tick=True)
        config._wall_clock.start()


def pytest_unconfigure(config):
    travel = getattr(config, "_wall_clock", None)
    if travel is not None:
        travel.stop()
    shutil.rmtree(getattr(config, "_cache_folder", ""), ignore_errors=True)


def pytest_report_header(config):
    moment = config.getoption("--wall-clock")
    return f"wall clock moved to {moment}" if moment else None


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "chibo.sqlite"


@pytest.fixture
def session(db_path):
    """A fresh, initialised cell database on the frozen day (FROZEN_AT)."""
    s: Session = open_session(db_path)
    cell.save_settings(
        s,
        CellSettings(
            cell_name="Chi bộ Sở Ngoại vụ",
            superior="Đảng ủy Ủy ban nhân dân tỉnh",
            place="Hà Tĩnh",
            secretary="Nguyễn Văn An",
            deputy="Trần Thị Bình",
            symbol="CB",
            term="2025–2030",
            user_name="Bí thư",
        ),
    )
    yield s
    s.close()


@pytest.fixture
def fast_kdf(monkeypatch):
    """4,000 PBKDF2 rounds instead of 256,000 for files made in this test.

    A real key derivation costs ~0.1 s and every open of an encrypted file does two;
    the cipher, the file format and every code path stay the same. The one test that
    proves the real settings (test_encryption.py::test_real_settings_…) does not use it.
    """
    from chibo_app.storage import connection

    monkeypatch.setattr(connection, "KDF_ITERATIONS", 4000)
