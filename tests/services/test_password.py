"""Password and encryption through the services the GUI and CLI call, on real files:
nothing readable on disk, set / change / remove, restore, check."""

import datetime as dt

import pytest

from chibo_app.errors import ChiboError
from chibo_app.services import backups, demo, password
from chibo_app.services.db_check import check_database
from chibo_app.services.session import open_session
from chibo_app.storage import connection
from chibo_app.storage.connection import PasswordRequired, WrongPassword
from chibo_app.storage.database import backups_folder
from tests.plaintext_scan import plaintext_hits, snapshot

pytestmark = pytest.mark.usefixtures("fast_kdf")

FIRST = "Bí mật chi bộ 1"
SECOND = "Mật khẩu thứ hai!"
NOW = dt.datetime(2026, 11, 25, 15, 0, 0)
TODAY = dt.date(2026, 11, 25)


def _demo_session(path, pw=None):
    session = open_session(path, pw)
    demo.fill_demo(session, people_count=30)
    return session


def _member_names(session):
    return [r[0] for r in session.db.execute("SELECT full_name FROM people ORDER BY id")]


def _history(session):
    return session.db.execute(
        "SELECT new_values FROM change_history WHERE table_name = 'database' ORDER BY id"
    ).fetchall()


def test_nothing_readable_on_disk_with_a_password(tmp_path):
    path = tmp_path / "data" / "chibo.sqlite"
    usb = tmp_path / "usb"
    usb.mkdir()
    session = _demo_session(path, FIRST)
    names = _member_names(session)
    assert len(names) == 30 and session.password == FIRST
    backups.make_backup(session, "thu-cong", now=NOW)
    backups.make_backup(session, "tu-dong", now=NOW + dt.timedelta(minutes=1))
    backups.backup_to_folder(session, usb, NOW)
    check_database(session, NOW + dt.timedelta(minutes=2))  # its backup, VACUUM, ANALYZE
    session.db.execute("PRAGMA wal_autocheckpoint = 0")
    demo_row = {"full_name": "Người mới chỉ nằm trong WAL"}
    session.db.execute("INSERT INTO people (full_name) VALUES (?)", [demo_row["full_name"]])
    wal = path.with_name("chibo.sqlite-wal")
    assert wal.stat().st_size > 0  # the scan below really reads a WAL with rows in it
    reasons = sorted(b.reason for b in backups.list_backups(path))
    assert reasons == ["thu-cong", "truoc-kiem-tra", "tu-dong"]
    secrets = [*names, demo_row["full_name"], FIRST]
    assert plaintext_hits(secrets, tmp_path) == []
    assert session.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # sorts stay in RAM
    # Sanity check of the scan itself: without the password the names are there to see.
    change = password.remove_password(session, FIRST)
    assert len(change.backups_rekeyed) == 3 and change.backups_left == []
    found_in = {h[0] for h in plaintext_hits(names[:1], tmp_path)}
    assert found_in >= {"chibo.sqlite", *(b.path.name for b in backups.list_backups(path))}
    assert plaintext_hits(names[:1], usb) == []  # the USB copy still has the old password
    session.close()


def test_set_change_and_remove(tmp_path):
    path = tmp_path / "chibo.sqlite"
    session = _demo_session(path)
    names = _member_names(session)
    backups.make_backup(session, "thu-cong", now=NOW)  # plain, taken before the password
    change = password.set_password(session, FIRST)
    assert "Đã đặt mật khẩu" in change.message and len(change.backups_rekeyed) == 1
    assert connection.file_kind(path) == connection.ENCRYPTED
    assert _member_names(session) == names  # the session goes on, on the new file
    assert plaintext_hits(names, tmp_path) == []
    change = password.change_password(session, FIRST, SECOND)
    assert "Đã đổi mật khẩu" in change.message
    session.close()
    with pytest.raises(WrongPassword):
        open_session(path, FIRST)
    with pytest.raises(PasswordRequired):
        open_session(path)
    session = open_session(path, SECOND)
    assert _member_names(session) == names
    [backup] = backups.list_backups(path)
    backups.verify_backup(backup.path, SECOND)  # backups follow the file's password
    with pytest.raises(ChiboError):
        backups.verify_backup(backup.path, FIRST)
    assert [r[0] for r in _history(session)] == ['{"password": "set"}', '{"password": "changed"}']
    password.remove_password(session, SECOND)
    assert connection.file_kind(path) == connection.PLAIN and session.password is None
    assert len(_history(session)) == 3
    session.close()
    # The passwords themselves are written nowhere: not in the history, not in any file.
    assert plaintext_hits([FIRST, SECOND], tmp_path) == []


def test_password_rules_and_refusals_change_nothing(tmp_path):
    path = tmp_path / "chibo.sqlite"
    session = _demo_session(path)
    with pytest.raises(ChiboError, match="ít nhất 8 ký tự"):
        password.set_password(session, "ngắn")
    with pytest.raises(ChiboError, match="chưa có mật khẩu"):
        password.remove_password(session, FIRST)
    password.set_password(session, FIRST)
    with pytest.raises(ChiboError, match="đã có mật khẩu"):
        password.set_password(session, SECOND)
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassword, match="Sai mật khẩu"):
        password.change_password(session, "không phải nó", SECOND)
    with pytest.raises(WrongPassword):
        password.remove_password(session, "không phải nó")
    with pytest.raises(ChiboError, match="trùng"):
        password.change_password(session, FIRST, FIRST)
    with pytest.raises(ChiboError, match="ít nhất 8"):
        password.change_password(session, FIRST, "1234567")
    assert snapshot(tmp_path) == before
    session.close()


def test_restore_keeps_the_live_password(tmp_path):
    path = tmp_path / "chibo.sqlite"
    usb = tmp_path / "usb"
    usb.mkdir()
    session = _demo_session(path)
    names = _member_names(session)
    plain_copy = backups.backup_to_folder(session, usb, NOW)  # taken before any password
    password.set_password(session, FIRST)
    encrypted = backups.make_backup(session, "thu-cong", now=NOW + dt.timedelta(hours=1))
    _delete_everyone(session)
    assert backups.newest_good_backup(path) is None  # no password: nothing verifiable
    assert backups.newest_good_backup(path, password=FIRST).path == encrypted
    kept = backups.restore_backup(session, encrypted, NOW + dt.timedelta(hours=2))
    assert _member_names(session) == names and session.password == FIRST
    assert kept is not None and connection.file_kind(kept) == connection.ENCRYPTED
    # A plain backup comes back encrypted with the current password.
    _delete_everyone(session)
    backups.restore_backup(session, plain_copy, NOW + dt.timedelta(hours=3))
    assert _member_names(session) == names
    assert connection.file_kind(path) == connection.ENCRYPTED
    # A copy under an old password: opened with it, re-keyed with the current one.
    old_key_copy = backups.backup_to_folder(session, usb, NOW + dt.timedelta(hours=4))
    password.change_password(session, FIRST, SECOND)
    with pytest.raises(ChiboError):
        backups.restore_backup(session, old_key_copy, NOW + dt.timedelta(hours=5))
    backups.restore_backup(
        session, old_key_copy, NOW + dt.timedelta(hours=5), backup_password=FIRST
    )
    assert _member_names(session) == names and session.password == SECOND
    session.close()
    session = open_session(path, SECOND)
    session.close()
    assert plaintext_hits(names, path, backups_folder(path)) == []


def test_check_database_on_an_encrypted_file(tmp_path):
    session = _demo_session(tmp_path / "chibo.sqlite", FIRST)
    report = check_database(session, NOW)
    assert report.ok, report.lines
    assert report.row_counts["people"] == 30
    assert connection.file_kind(report.backup) == connection.ENCRYPTED
    session.close()


def _delete_everyone(session):
    """Lose the members (and what refers to them) so a restore has something to bring back."""
    meeting_tables = ("commendations", "attendance", "meeting_topics", "meetings")
    evaluation_tables = ("evaluations", "task_reviews", "midyear_reviews", "person_events")
    for table in (  # evaluations name the meeting that voted: they go first
        *evaluation_tables,
        *meeting_tables,
        "nominations",
        "plan_events",
        "plan_tasks",
        "plans",
        "positions",
        "people",
    ):
        if table in session.db.table_names():
            session.db.execute(f"DELETE FROM [{table}]")
