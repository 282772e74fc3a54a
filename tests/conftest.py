import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from chibo_app.core.cell import CellSettings  # noqa: E402
from chibo_app.services import cell  # noqa: E402
from chibo_app.services.session import Session, open_session  # noqa: E402

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "chibo.sqlite"


@pytest.fixture
def session(db_path):
    """A fresh, initialised cell database with a fixed 'today'."""
    s: Session = open_session(db_path)
    s.today_override = TODAY
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
