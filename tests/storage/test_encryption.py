"""Encrypted database files on disk: the key, wrong and missing passwords, diagnosis,
pre-upgrade backups. Real SQLCipher files, no mocks."""

import datetime as dt
import random
import shutil
import unicodedata

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from chibo_app.core.clock import Editor, FixedClock
from chibo_app.storage import connection, database, integrity, records
from chibo_app.storage.connection import PasswordRequired, WrongPassword
from chibo_app.storage.database import open_database
from chibo_app.storage.migrations import SCHEMA_VERSION
from tests.plaintext_scan import plaintext_hits, snapshot

PASSWORD = "Mật khẩu chi bộ 2026"
NAMES = ["Nguyễn Thị Hồng Nhung", "Trần Văn Quyết", "Lê Hoàng Bảo Trâm"]

EDITOR = Editor("Bí thư", FixedClock(dt.datetime(2026, 11, 25, 10, 0)))


def _encrypted(path, names=NAMES, password=PASSWORD):
    db = open_database(path, password)
    with db.atomic():
        for name in names:
            records.insert(db, EDITOR, "people", {"full_name": name, "notes": "Ghi chú riêng"})
    return db


def _names(db):
    return [r[0] for r in db.execute("SELECT full_name FROM people ORDER BY id")]


@pytest.mark.usefixtures("fast_kdf")
def test_encrypted_file_reopens_only_with_its_password(db_path):
    _encrypted(db_path).close()
    assert db_path.read_bytes()[:16] != connection.MAGIC
    assert connection.file_kind(db_path) == connection.ENCRYPTED
    db = open_database(db_path, PASSWORD)
    assert _names(db) == NAMES
    assert connection.password_of(db.conn) == PASSWORD
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY: no temp files
    db.close()
    assert plaintext_hits(NAMES, db_path.parent) == []


@pytest.mark.usefixtures("fast_kdf")
@pytest.mark.parametrize("leftover_wal", [False, True])
def test_wrong_or_missing_password_changes_nothing_on_disk(tmp_path, leftover_wal):
    live = tmp_path / "live" / "chibo.sqlite"
    db = _encrypted(live)
    folder = tmp_path / "found"
    folder.mkdir()
    path = folder / "chibo.sqlite"
    if leftover_wal:  # as a crash leaves it: the last edit only in the -wal
        db.execute("PRAGMA wal_autocheckpoint = 0")
        records.insert(db, EDITOR, "people", {"full_name": "Chỉ có trong WAL"})
        shutil.copyfile(live.with_name("chibo.sqlite-wal"), path.with_name("chibo.sqlite-wal"))
    else:  # as a clean close leaves it: everything in the one file
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(live, path)
    db.close()
    before = snapshot(folder)
    for attempt in ("sai mật khẩu", PASSWORD + " ", "", None):
        expected = PasswordRequired if attempt is None else WrongPassword
        with pytest.raises(expected) as error:
            open_database(path, attempt)
        assert str(error.value) in (
            "Sai mật khẩu.",
            "Tệp dữ liệu này có mật khẩu. Hãy nhập mật khẩu.",
        )
        assert snapshot(folder) == before  # same bytes, no -shm, no new or emptied file
    assert integrity.diagnose_file(path).kind == integrity.ENCRYPTED
    assert integrity.diagnose_file(path, password="sai").kind == integrity.WRONG_PASSWORD
    assert not integrity.diagnose_file(path, password="sai").damaged
    assert snapshot(folder) == before
    db = open_database(path, PASSWORD)
    expected_names = NAMES + (["Chỉ có trong WAL"] if leftover_wal else [])
    assert _names(db) == expected_names  # the right password still finds every edit
    db.close()


def test_real_settings_are_sqlcipher_4_defaults(db_path):
    """Without the fast_kdf fixture: 256,000 PBKDF2-HMAC-SHA512 rounds, and a file that
    stock SQLCipher 4 opens with nothing but the key — so a reader built from defaults
    (DB Browser for SQLite, sqlcipher shell) can always rescue the data."""
    _encrypted(db_path).close()
    stock = sqlcipher.connect(str(db_path))
    stock.execute("PRAGMA key = " + "'" + PASSWORD + "'")
    assert stock.execute("SELECT full_name FROM people ORDER BY id").fetchall()[0][0] == NAMES[0]
    assert stock.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
    assert stock.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0] == "PBKDF2_HMAC_SHA512"
    stock.close()


def test_one_key_derivation_per_open_and_it_is_sqlciphers_own(db_path, monkeypatch):
    """Opening checks the password and connects with one derivation (the real 256,000
    rounds), the same key stock SQLCipher derives from the password."""
    _encrypted(db_path).close()
    calls = []
    derive = connection.hashlib.pbkdf2_hmac

    def counted(*args, **kwargs):
        calls.append(args[3])
        return derive(*args, **kwargs)

    monkeypatch.setattr(connection.hashlib, "pbkdf2_hmac", counted)
    db = open_database(db_path, PASSWORD)
    assert _names(db) == NAMES
    db.close()
    assert calls == [256_000]
    raw = connection.raw_key_literal(db_path, PASSWORD)
    stock = sqlcipher.connect(str(db_path))
    stock.execute(f"PRAGMA key = {raw}")
    assert stock.execute("SELECT count(*) FROM people").fetchone()[0] == len(NAMES)
    stock.close()


@pytest.mark.usefixtures("fast_kdf")
def test_password_typed_with_combining_marks_opens_the_file(db_path):
    _encrypted(db_path).close()
    typed = unicodedata.normalize("NFD", PASSWORD)  # Unikey "Unicode tổ hợp"
    assert typed != PASSWORD
    db = open_database(db_path, typed)
    assert _names(db) == NAMES
    db.close()


@pytest.mark.usefixtures("fast_kdf")
def test_plain_file_ignores_a_password(db_path):
    db = open_database(db_path)
    db.close()
    db = open_database(db_path, PASSWORD)
    assert connection.password_of(db.conn) is None
    db.close()
    assert connection.file_kind(db_path) == connection.PLAIN


@pytest.mark.usefixtures("fast_kdf")
def test_diagnosis_of_encrypted_files(db_path):
    db = _encrypted(db_path, [f"Đảng viên số {i}" for i in range(2000)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    good = integrity.diagnose_file(db_path, password=PASSWORD)
    assert good.ok, good.message
    pages = db_path.stat().st_size // connection.PAGE_SIZE
    middle = pages // 2
    with open(db_path, "rb+") as file:  # one page in the middle: its HMAC no longer fits
        file.seek(middle * connection.PAGE_SIZE + 100)
        file.write(random.Random(3).randbytes(200))
    broken = integrity.diagnose_file(db_path, password=PASSWORD, full=True)
    assert broken.kind == integrity.DAMAGED, broken.message
    assert integrity.diagnose_file(db_path).kind == integrity.ENCRYPTED  # no key: no verdict


@pytest.mark.usefixtures("fast_kdf")
def test_page_shaped_random_bytes_ask_for_a_password_and_stay_untouched(tmp_path):
    """Without the key, random bytes of a whole number of pages look exactly like an
    encrypted file: the app asks for the password and never calls it damaged or
    rewrites it. (A wrong-sized file is still NOT_SQLITE: test_backups.)"""
    path = tmp_path / "chibo.sqlite"
    path.write_bytes(random.Random(5).randbytes(3 * connection.PAGE_SIZE))
    before = snapshot(tmp_path)
    assert integrity.diagnose_file(path).kind == integrity.ENCRYPTED
    with pytest.raises(PasswordRequired):
        open_database(path)
    with pytest.raises(WrongPassword):
        open_database(path, PASSWORD)
    assert snapshot(tmp_path) == before


@pytest.mark.usefixtures("fast_kdf")
def test_upgrade_of_an_encrypted_file_takes_an_encrypted_backup(db_path, monkeypatch):
    _encrypted(db_path).close()
    extra = "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, note TEXT)"
    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, extra])
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    db = open_database(db_path, PASSWORD)
    assert "later_feature" in db.table_names()
    db.close()
    [backup] = list((db_path.parent / "backups").glob("*.sqlite"))
    assert "truoc-nang-cap" in backup.name
    assert connection.file_kind(backup) == connection.ENCRYPTED
    old = connection.connect(backup, PASSWORD, read_only=True)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r[0] for r in old.execute("SELECT full_name FROM people ORDER BY id")] == NAMES
    old.close()
    assert plaintext_hits(NAMES, db_path.parent) == []
