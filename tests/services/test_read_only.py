"""Read-only files and folders, made really read-only (chmod, or chattr +i as root)."""

from __future__ import annotations

import pytest

from chibo_app.errors import ChiboError
from chibo_app.services import cell
from chibo_app.services.read_only import can_write, open_read_only
from chibo_app.storage import connection
from tests.read_only_files import read_only


def test_writable_file_and_new_file(session, tmp_path):
    assert can_write(session.path)
    assert can_write(tmp_path / "new" / "chibo.sqlite")


def test_read_only_file_opens_read_only(session):
    session.close()
    with read_only(session.path):
        assert not can_write(session.path)
        ro = open_read_only(session.path)
        try:
            assert cell.load_settings(ro).cell_name == "Chi bộ Sở Ngoại vụ"
            with pytest.raises(connection.OperationalError, match="readonly"):
                ro.db.execute("UPDATE settings SET value = 'x'")
        finally:
            ro.close()


def test_read_only_folder_opens_a_closed_wal_file(session):
    """No -shm can be created: the file alone is opened as immutable."""
    session.close()
    folder = session.path.parent
    assert not (folder / "chibo.sqlite-wal").exists()
    with read_only(folder):
        assert not can_write(session.path)
        ro = open_read_only(session.path)
        try:
            assert cell.load_settings(ro).place == "Hà Tĩnh"
        finally:
            ro.close()
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("chibo")) == [
        "chibo.sqlite"
    ]


def test_new_file_in_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    with read_only(folder):
        assert not can_write(folder / "chibo.sqlite")
        with pytest.raises(ChiboError, match="chỉ cho phép đọc"):
            open_read_only(folder / "chibo.sqlite")
