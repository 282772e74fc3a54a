"""Backups, thinning, integrity and restore on real files (storage layer, no session)."""

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_damage import (
    break_index_page,
    crash_copy,
    digest,
    overwrite,
    page_size,
    populated,
    truncate_to_half,
)

from chibo_app.errors import ChiboError
from chibo_app.storage import integrity
from chibo_app.storage.backup_names import backup_name, before_upgrade, parse_backup_name
from chibo_app.storage.backup_policy import backup_due, backups_to_delete
from chibo_app.storage.backups import list_backups, take_backup, thin_backups
from chibo_app.storage.database import NewerFileError, backups_folder, open_database
from chibo_app.storage.integrity import diagnose_file, set_aside_damaged
from chibo_app.storage.migrations import SCHEMA_VERSION
from chibo_app.storage.restore import newest_good_backup, restore_backup, verify_backup

NOW = dt.datetime(2026, 11, 25, 15, 0, 0)


# --- names -------------------------------------------------------------------


def test_names_round_trip():
    name = backup_name("chibo", NOW, before_upgrade(3))
    assert name == "chibo-20261125-150000-truoc-nang-cap-v3.sqlite"
    assert parse_backup_name("chibo", name) == (NOW, "truoc-nang-cap-v3")


@pytest.mark.parametrize(
    "name",
    [
        "chibo-20261125-150000-dong.sqlite.tmp",
        "chibo-20261325-150000-dong.sqlite",  # month 13
        "chibo-2-20261125-150000-dong.sqlite",  # another database's backup
        "chibo-20261125-150000-Dong!.sqlite",
        "ghi-chu.txt",
    ],
)
def test_foreign_names_are_not_backups(name):
    assert parse_backup_name("chibo", name) is None


def _touch_backup(db_path: Path, at: dt.datetime, reason: str = "tu-dong") -> Path:
    folder = backups_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / backup_name(db_path.stem, at, reason)
    path.write_bytes(b"")
    return path


# --- taking and listing --------------------------------------------------------


def test_backup_is_verified_self_contained_and_listed(db_path):
    populated(db_path, people=200)
    db = open_database(db_path)
    path = take_backup(db, db_path, "thu-cong", NOW)
    db.close()
    assert path.name == "chibo-20261125-150000-thu-cong.sqlite"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, no .tmp
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("SELECT count(*) FROM people").fetchone()[0] == 200
    copy.close()
    [info] = list_backups(db_path)
    assert (info.path, info.taken_at, info.reason) == (path, NOW, "thu-cong")
    assert info.size == path.stat().st_size > 0


def test_list_is_newest_first_and_ignores_other_files(db_path):
    old = _touch_backup(db_path, NOW - dt.timedelta(days=3), "dong")
    new = _touch_backup(db_path, NOW, "khoi-dong")
    folder = backups_folder(db_path)
    for other in ["chibo-20261126-000000-dong.sqlite.tmp", "khac-20261126-000000-dong.sqlite"]:
        (folder / other).write_bytes(b"")
    (folder / "chibo-20261127-000000-dong.sqlite").mkdir()
    assert [b.path for b in list_backups(db_path)] == [new, old]
    assert list_backups(db_path.parent / "nowhere" / "x.sqlite") == []


# --- thinning ------------------------------------------------------------------


@dataclass(frozen=True)
class Fake:
    taken_at: dt.datetime
    reason: str = "tu-dong"
    n: int = 0  # keeps equal times distinct


def test_a_year_of_daily_backups_thins_to_the_anki_shape(db_path):
    for day in range(1, 366):
        _touch_backup(db_path, NOW - dt.timedelta(days=day))
    deleted = thin_backups(db_path, NOW)
    kept = list_backups(db_path)
    # yesterday (grace) + 12 daily + 10 weekly + 9 monthly
    assert len(kept) == 1 + 12 + 10 + 9
    assert len(deleted) == 365 - len(kept)
    assert kept[0].taken_at == NOW - dt.timedelta(days=1)
    assert thin_backups(db_path, NOW) == []
    weekly = kept[13:23]
    assert len({b.taken_at.isocalendar()[:2] for b in weekly}) == 10


def test_only_the_newest_of_an_old_day_is_kept():
    day = NOW - dt.timedelta(days=5)
    infos = [Fake(day.replace(hour=h)) for h in (9, 12, 17)]
    assert backups_to_delete(infos, NOW) == [infos[1], infos[0]]


def test_recent_backups_and_safety_copies_are_kept():
    today = [Fake(NOW.replace(hour=h)) for h in range(8, 15)]
    five_days = NOW - dt.timedelta(days=5)
    safety = Fake(five_days.replace(hour=9), "truoc-khoi-phuc")
    later_same_day = Fake(five_days.replace(hour=18), "dong")
    old_safety = Fake(NOW - dt.timedelta(days=40, hours=1), "truoc-khoi-phuc")
    old_regular = Fake(NOW - dt.timedelta(days=40))
    infos = [*today, safety, later_same_day, old_safety, old_regular]
    assert backups_to_delete(infos, NOW) == [old_safety]


def test_all_limits_zero_still_keeps_the_newest():
    infos = [Fake(NOW - dt.timedelta(days=d)) for d in (10, 20, 30)]
    assert backups_to_delete(infos, NOW, 0, 0, 0) == infos[1:]


backup_lists = st.lists(
    st.builds(
        Fake,
        st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 11, 26)),
        st.sampled_from(["tu-dong", "dong", "thu-cong", "truoc-khoi-phuc"]),
        st.integers(0, 3),
    ),
    max_size=80,
    unique=True,
)
limits = st.integers(0, 6)


@settings(max_examples=150, deadline=None)
@given(backup_lists, limits, limits, limits)
def test_thinning_properties(infos, daily, weekly, monthly):
    deleted = backups_to_delete(infos, NOW, daily, weekly, monthly)
    kept = [b for b in infos if b not in deleted]
    assert len(set(deleted)) == len(deleted) and set(deleted) <= set(infos)
    if infos:  # never the newest
        assert max(b.taken_at for b in kept) == max(b.taken_at for b in infos)
    assert backups_to_delete(kept, NOW, daily, weekly, monthly) == []  # idempotent
    yesterday = NOW.date() - dt.timedelta(days=1)
    assert all(b.taken_at.date() < yesterday for b in deleted)
    # Never more than necessary: a deleted backup has a newer kept one in the same day,
    # week or month — or every daily, weekly and monthly place is taken.
    counted = [
        b
        for b in kept
        if b.taken_at.date() < yesterday
        and not (b.reason.startswith("truoc-") and b.taken_at >= NOW - dt.timedelta(days=30))
        and b.taken_at != max(x.taken_at for x in kept)
    ]
    full = len(counted) >= daily + weekly + monthly
    for gone in deleted:
        assert full or any(
            k.taken_at >= gone.taken_at
            and (
                k.taken_at.isocalendar()[:2] == gone.taken_at.isocalendar()[:2]
                or (k.taken_at.year, k.taken_at.month) == (gone.taken_at.year, gone.taken_at.month)
            )
            for k in kept
        )


@given(st.lists(st.integers(2, 400), unique=True, max_size=12))
def test_nothing_deleted_when_every_day_fits_the_daily_places(days):
    infos = [Fake(NOW - dt.timedelta(days=d)) for d in days]
    assert backups_to_delete(infos, NOW) == []


# --- when to back up ------------------------------------------------------------


def test_backup_due():
    t = NOW
    half_hour = dt.timedelta(minutes=30)
    assert backup_due(None, t, t)  # never backed up, data changed
    assert not backup_due(None, None, t)  # nothing ever changed
    assert not backup_due(t, t - half_hour, t + 2 * half_hour)  # no change since
    assert not backup_due(t, t + dt.timedelta(minutes=1), t + dt.timedelta(minutes=29))
    assert backup_due(t, t + dt.timedelta(minutes=1), t + half_hour)
    assert backup_due(t, t, t + half_hour)  # same second: counted as a change
    assert backup_due(t, t + dt.timedelta(minutes=1), t - dt.timedelta(hours=1))  # clock back
    assert backup_due(
        t, t + dt.timedelta(minutes=1), t + dt.timedelta(minutes=10), dt.timedelta(minutes=5)
    )


# --- damage detection ------------------------------------------------------------


def test_healthy_and_missing_files_are_ok(db_path, tmp_path):
    assert diagnose_file(tmp_path / "chua-co.sqlite").ok
    populated(db_path, people=100)
    diagnosis = diagnose_file(db_path)
    assert diagnosis.ok and not diagnosis.full_check and not diagnosis.leftover_wal


def test_truncated_file(db_path):
    populated(db_path)
    truncate_to_half(db_path)
    diagnosis = diagnose_file(db_path)
    assert diagnosis.kind == integrity.TRUNCATED and diagnosis.damaged
    assert "cắt cụt" in str(diagnosis.message) and "50%" in str(diagnosis.message)


def test_random_bytes(db_path):
    db_path.write_bytes(__import__("random").Random(1).randbytes(50_000))
    diagnosis = diagnose_file(db_path)
    assert diagnosis.kind == integrity.NOT_SQLITE
    assert "không còn là tệp dữ liệu" in str(diagnosis.message)


def test_bad_header(db_path):
    populated(db_path, people=100)
    overwrite(db_path, 16, 8)  # page size, format versions, payload fractions
    assert diagnose_file(db_path).kind == integrity.BAD_HEADER


def test_broken_index_page(db_path):
    populated(db_path)
    break_index_page(db_path)
    conn = sqlite3.connect(db_path)  # the table itself still reads: only the index broke
    assert conn.execute("SELECT count(*) FROM people NOT INDEXED").fetchone()[0] == 3000
    conn.close()
    diagnosis = diagnose_file(db_path)
    assert diagnosis.kind == integrity.DAMAGED
    assert "bị hỏng" in str(diagnosis.message) and diagnosis.details


def test_random_bytes_over_middle_pages(db_path):
    populated(db_path)
    size = page_size(db_path)
    overwrite(db_path, (db_path.stat().st_size // size // 2) * size, 3 * size)
    assert diagnose_file(db_path).damaged


def test_leftover_wal_triggers_a_full_check_and_changes_nothing(tmp_path):
    source, crashed = tmp_path / "goc.sqlite", tmp_path / "chibo.sqlite"
    populated(source, people=100)
    crash_copy(source, crashed)
    wal = crashed.with_name("chibo.sqlite-wal")
    before = (digest(crashed), digest(wal))
    diagnosis = diagnose_file(crashed)
    assert diagnosis.ok and diagnosis.leftover_wal and diagnosis.full_check
    assert (digest(crashed), digest(wal)) == before
    db = open_database(crashed)  # and the rows only the WAL held are there
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 150
    db.close()


def test_wal_from_another_database_is_caught_by_the_full_check(tmp_path):
    good, other = tmp_path / "chibo.sqlite", tmp_path / "khac.sqlite"
    populated(good, people=3000)
    populated(other, people=10)
    crash_copy(other, tmp_path / "khac-sau-su-co.sqlite", people=2000)
    stray = tmp_path / "khac-sau-su-co.sqlite-wal"
    stray.rename(good.with_name("chibo.sqlite-wal"))
    diagnosis = diagnose_file(good)
    assert diagnosis.full_check and diagnosis.damaged


def test_set_aside_keeps_the_file_and_its_wal_unchanged(tmp_path):
    source, crashed = tmp_path / "goc.sqlite", tmp_path / "chibo.sqlite"
    populated(source, people=100)
    crash_copy(source, crashed)
    truncate_to_half(crashed)
    before = (digest(crashed), digest(crashed.with_name("chibo.sqlite-wal")))
    aside = set_aside_damaged(crashed, NOW)
    assert aside.name == "chibo.sqlite.hong-20261125-150000"
    assert not crashed.exists() and not crashed.with_name("chibo.sqlite-wal").exists()
    assert (digest(aside), digest(aside.with_name(aside.name + "-wal"))) == before
    crashed.write_bytes(b"again")
    assert set_aside_damaged(crashed, NOW).name == "chibo.sqlite.hong-20261125-150000-2"


# --- verify, newest good backup, restore ----------------------------------------


def _backups(db_path: Path, count: int) -> list[Path]:
    db = open_database(db_path)
    paths = []
    for i in range(count):
        db.execute("INSERT INTO units (name) VALUES (?)", [f"Phòng {i}"])
        paths.append(take_backup(db, db_path, "tu-dong", NOW + dt.timedelta(minutes=30 * i)))
    db.close()
    return paths


def test_newest_good_backup_skips_damaged_ones(db_path):
    populated(db_path)
    first, second, third = _backups(db_path, 3)
    break_index_page(third)
    truncate_to_half(second)
    assert newest_good_backup(db_path).path == first
    verify_backup(first)
    with pytest.raises(ChiboError, match="không dùng được"):
        verify_backup(third)


def test_restore_replaces_the_file_and_keeps_the_old_one(db_path):
    populated(db_path, people=10)
    [backup] = _backups(db_path, 1)
    db = open_database(db_path)
    db.execute("INSERT INTO units (name) VALUES ('Sau sao lưu')")
    db.close()
    kept = restore_backup(db_path, backup, NOW + dt.timedelta(hours=1))
    assert kept.name == "chibo-20261125-160000-truoc-khoi-phuc.sqlite"
    db = open_database(db_path)
    assert [r[0] for r in db.execute("SELECT name FROM units")] == ["Phòng 0"]
    db.close()
    old = sqlite3.connect(kept)
    assert old.execute("SELECT count(*) FROM units WHERE name = 'Sau sao lưu'").fetchone()[0] == 1
    old.close()
    assert not list(db_path.parent.glob(".khoi-phuc-*"))


def test_corrupted_backup_is_refused_and_nothing_changes(db_path):
    populated(db_path)
    [backup] = _backups(db_path, 1)
    break_index_page(backup)
    before, listing = digest(db_path), sorted(p.name for p in db_path.parent.rglob("*"))
    with pytest.raises(ChiboError, match=f"Bản sao lưu “{backup.name}” không dùng được"):
        restore_backup(db_path, backup, NOW + dt.timedelta(hours=1))
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.rglob("*")) == listing


def test_backup_from_a_newer_version_is_refused(db_path):
    populated(db_path, people=10)
    [backup] = _backups(db_path, 1)
    conn = sqlite3.connect(backup)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerFileError, match=backup.name):
        restore_backup(db_path, backup)
    assert digest(db_path) == before
    assert not list(db_path.parent.glob(".khoi-phuc-*"))


def test_restore_over_a_damaged_file_sets_it_aside(db_path):
    populated(db_path, people=10)
    [backup] = _backups(db_path, 1)
    db_path.write_bytes(b"\x00garbage" * 1000)
    kept = restore_backup(db_path, backup, NOW)
    assert kept.name == "chibo.sqlite.hong-20261125-150000"
    assert kept.read_bytes() == b"\x00garbage" * 1000
    assert diagnose_file(db_path).ok


def test_restore_over_a_crashed_file_keeps_its_wal_rows_and_does_not_replay_them(tmp_path):
    source, db_path = tmp_path / "goc.sqlite", tmp_path / "chibo.sqlite"
    populated(source, people=100)
    [backup] = _backups(source, 1)
    crash_copy(source, db_path)  # db_path-wal holds 50 more rows ("Sau sự cố …")
    kept = restore_backup(db_path, backup, NOW + dt.timedelta(hours=1))
    assert not db_path.with_name("chibo.sqlite-wal").exists()
    db = open_database(db_path)
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 100
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    old = sqlite3.connect(kept)
    assert old.execute("SELECT count(*) FROM people").fetchone()[0] == 150
    old.close()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(13, "Permission denied"), "không có quyền ghi"),
        (OSError(30, "Read-only file system"), "chỉ cho phép đọc"),
        (OSError(28, "No space left on device"), "ổ đĩa đã đầy"),
    ],
)
def test_write_failures_are_explained(tmp_path, error, words):
    # Root (as in CI containers) writes into read-only folders, so the wording for a
    # refused write is checked on the error itself; the real write path is tested above.
    from chibo_app.storage.backups import _write_failure

    message = _write_failure(tmp_path, error)
    assert words in message and "dữ liệu hiện tại không bị ảnh hưởng" in message
