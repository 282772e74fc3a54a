"""Backups and recovery through the services the GUI and CLI call, on real files."""

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from chibo_app.errors import ChiboError
from chibo_app.services import backups
from chibo_app.services.db_check import check_database
from chibo_app.services.session import open_session
from chibo_app.storage import database, records
from chibo_app.storage.backup_names import backup_name
from chibo_app.storage.backups import last_change_at
from chibo_app.storage.database import backups_folder
from chibo_app.storage.migrations import SCHEMA_VERSION

NOW = dt.datetime(2026, 11, 25, 15, 0, 0)
REPO = Path(__file__).resolve().parents[2]


def _add_people(session, count, prefix="Lê Văn"):
    with session.db.atomic():
        for i in range(count):
            records.insert(session.db, session.editor, "people", {"full_name": f"{prefix} {i}"})


def _names(session):
    return [r[0] for r in session.db.execute("SELECT full_name FROM people ORDER BY id")]


def test_make_backup_takes_a_copy_and_thins_old_ones(session):
    folder = backups_folder(session.path)
    folder.mkdir()
    old_day = NOW - dt.timedelta(days=10)
    crafted = [folder / backup_name("chibo", old_day.replace(hour=h), "tu-dong") for h in (9, 17)]
    for path in crafted:
        path.write_bytes(b"")
    path = backups.make_backup(session, "thu-cong", now=NOW)
    assert path.name == "chibo-20261125-150000-thu-cong.sqlite"
    assert [b.path for b in backups.list_backups(session.path)] == [path, crafted[1]]


def test_last_change_and_automatic_backups(session):
    changed = last_change_at(session.db)
    assert changed is not None and abs(changed - session.now()) < dt.timedelta(minutes=1)
    minutes = dt.timedelta(minutes=1)
    earlier = session.now().replace(microsecond=0) - 120 * minutes
    # The settings were saved "after" a backup stamped two hours ago: copies are due.
    assert backups.automatic_backup(session, now=earlier) is not None
    assert backups.automatic_backup(session, now=earlier + 10 * minutes) is None  # too soon
    assert backups.automatic_backup(session, now=earlier + 31 * minutes) is not None
    # A backup stamped after the last change: nothing more until something changes.
    later = session.now().replace(microsecond=0) + 2 * minutes
    assert backups.automatic_backup(session, now=later) is not None
    assert backups.automatic_backup(session, now=later + 60 * minutes) is None
    assert [b.reason for b in backups.list_backups(session.path)] == ["tu-dong"] * 3


# --- Sao lưu ra… ----------------------------------------------------------------


def test_backup_to_folder(session, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    path = backups.backup_to_folder(session, usb, NOW)
    assert [p.name for p in usb.iterdir()] == ["chibo-20261125-150000-thu-cong.sqlite"]
    assert backups.list_backups(session.path, usb)[0].path == path


@pytest.mark.parametrize("make", ["missing", "file"])
def test_backup_to_a_folder_that_is_not_there(session, tmp_path, make):
    target = tmp_path / "usb"
    if make == "file":
        target.write_bytes(b"")
    with pytest.raises(ChiboError, match="Không tìm thấy thư mục"):
        backups.backup_to_folder(session, target, NOW)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes anywhere")
def test_backup_to_a_read_only_folder(session, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    usb.chmod(0o500)
    try:
        with pytest.raises(ChiboError, match="không có quyền ghi"):
            backups.backup_to_folder(session, usb, NOW)
        assert list(usb.iterdir()) == []
    finally:
        usb.chmod(0o700)


DISK_FULL = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from chibo_app.errors import ChiboError
    from chibo_app.services.backups import backup_to_folder
    from chibo_app.services.session import open_session

    session = open_session(sys.argv[1])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so a too-big write raises OSError
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
    try:
        backup_to_folder(session, Path(sys.argv[2]))
        print(json.dumps({"ok": True}))
    except ChiboError as error:
        print(json.dumps({"ok": False, "message": str(error)}))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE / SIGXFSZ")
def test_disk_full_during_backup_to_folder(session, tmp_path):
    _add_people(session, 3000, prefix="Phạm Thị Hồng Nhung số")
    usb = tmp_path / "usb"
    usb.mkdir()
    previous = backups.backup_to_folder(session, usb, NOW - dt.timedelta(days=7))
    before = previous.read_bytes()
    session.close()
    limit = previous.stat().st_size // 3
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL, str(session.path), str(usb), str(limit)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    outcome = json.loads(result.stdout)
    assert outcome["ok"] is False, result.stderr
    assert "ổ đĩa đã đầy" in outcome["message"] and "chưa được tạo" in outcome["message"]
    assert [p.name for p in usb.iterdir()] == [previous.name]  # no .tmp, no -journal
    assert previous.read_bytes() == before
    session.db = database.open_database(session.path)  # and it works again with room
    assert backups.backup_to_folder(session, usb, NOW).exists()


# --- restore -----------------------------------------------------------------------


def test_restore_through_the_session(session):
    _add_people(session, 2)
    backup = backups.make_backup(session, now=NOW)
    _add_people(session, 1, prefix="Sau sao lưu")
    kept = backups.restore_backup(session, backup, NOW + dt.timedelta(hours=1))
    assert _names(session) == ["Lê Văn 0", "Lê Văn 1"]  # same session object, new data
    assert kept is not None and kept.name.endswith("-truoc-khoi-phuc.sqlite")
    _add_people(session, 1, prefix="Vẫn ghi được")
    assert len(_names(session)) == 3


def test_damaged_backup_is_refused_and_session_stays_usable(session):
    _add_people(session, 200)
    backup = backups.make_backup(session, now=NOW)
    with open(backup, "rb+") as file:
        file.truncate(backup.stat().st_size // 2)
    _add_people(session, 1, prefix="Sau sao lưu")
    with pytest.raises(ChiboError, match="không dùng được.*Dữ liệu hiện tại được giữ nguyên"):
        backups.restore_backup(session, backup, NOW + dt.timedelta(hours=1))
    assert len(_names(session)) == 201 and _names(session)[-1] == "Sau sao lưu 0"
    assert [b.reason for b in backups.list_backups(session.path)] == ["thu-cong"]


def test_older_backup_is_migrated_when_reopened(session, monkeypatch):
    backup = backups.make_backup(session, now=NOW)
    session.close()
    extra = "CREATE TABLE later_feature (id INTEGER PRIMARY KEY)"
    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, extra])
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr("chibo_app.services.session.open_database", database.open_database)
    session.db = database.open_database(session.path)
    backups.restore_backup(session, backup, NOW + dt.timedelta(hours=1))
    assert "later_feature" in session.db.table_names()
    assert session.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_start_with_a_damaged_file_then_recover(tmp_path):
    db_path = tmp_path / "chibo.sqlite"
    session = open_session(db_path)
    _add_people(session, 5)
    backups.make_backup(session, now=NOW)
    session.close()
    db_path.write_bytes(os.urandom(20_000))  # what the secretary finds next morning
    diagnosis = backups.diagnose_file(db_path)
    assert diagnosis.damaged and diagnosis.message
    aside = backups.set_aside_damaged(db_path, NOW)
    good = backups.newest_good_backup(db_path)
    assert good is not None
    from chibo_app.storage.restore import restore_backup as restore_file

    assert restore_file(db_path, good.path) is None  # nothing left at the path to keep
    session = open_session(db_path)
    assert len(_names(session)) == 5 and aside.exists()
    session.close()


# --- Kiểm tra dữ liệu ---------------------------------------------------------------


def test_check_database_on_a_healthy_file(session):
    _add_people(session, 500, prefix="Hoàng Văn Thái, người được ghi rất dài số")
    session.db.execute("DELETE FROM people WHERE id > 20")
    report = check_database(session, now=NOW)
    assert report.ok and report.problems == []
    assert report.row_counts["people"] == 20
    assert report.backup is not None and report.backup.name.endswith("-truoc-kiem-tra.sqlite")
    assert report.size_after < report.size_before
    text = "\n".join(map(str, report.lines))
    assert "Kiểm tra cấu trúc: tốt." in text and "• Đảng viên, quần chúng: 20" in text
    assert "Dung lượng tệp:" in text and "→" in text
    assert session.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_check_database_reports_broken_links_and_does_not_vacuum(session):
    session.db.execute("PRAGMA foreign_keys = OFF")
    session.db.execute(
        "INSERT INTO positions (person_id, kind, title) VALUES (999, 'party', 'Bí thư')"
    )
    session.db.execute("PRAGMA foreign_keys = ON")
    report = check_database(session, now=NOW)
    assert not report.ok and report.backup is None
    assert list(map(str, report.problems)) == [
        "Chức vụ: 1 dòng trỏ tới đảng viên, quần chúng không tồn tại."
    ]
    assert "Nên khôi phục bản sao lưu gần nhất còn tốt." in map(str, report.lines)
    assert backups.list_backups(session.path) == []
