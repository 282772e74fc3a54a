import sqlite3

import pytest

from chibo_app.storage import connection, database
from chibo_app.storage.database import NewerFileError, NotOurFileError, open_database, statements
from chibo_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION


def test_new_file_is_built_by_all_migrations(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"people", "positions", "units", "change_history", "settings"} <= set(db.table_names())
    db.close()


def test_reopening_does_not_migrate_again(db_path):
    open_database(db_path).close()
    open_database(db_path).close()
    assert not (db_path.parent / "backups").exists()


def test_upgrade_takes_a_backup_first(db_path, monkeypatch):
    open_database(db_path).close()
    extra = "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, note TEXT)"
    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, extra])
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    db = open_database(db_path)
    assert "later_feature" in db.table_names()
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    db.close()
    backups = list((db_path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()


def test_failed_migration_changes_nothing(db_path, monkeypatch):
    open_database(db_path).close()
    broken = "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, broken])
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(connection.OperationalError):  # the engine's, not sqlite3's
        open_database(db_path)
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not check.execute("SELECT 1 FROM sqlite_master WHERE name='half_done'").fetchone()
    check.close()


def test_newer_file_is_refused_and_left_untouched(db_path):
    open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerFileError) as error:
        open_database(db_path)
    assert "phiên bản Chi bộ mới hơn" in str(error.value)
    assert db_path.read_bytes() == before


def test_foreign_and_garbage_files_are_refused(tmp_path):
    other = tmp_path / "other.sqlite"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with pytest.raises(NotOurFileError):
        open_database(other)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(NotOurFileError) as error:
        open_database(garbage)
    assert "không phải là tệp dữ liệu Chi bộ" in str(error.value)
    assert garbage.read_bytes() == b"this is not a database" * 100


def test_migration_statements_split_where_sqlite_says_they_end():
    """A ';' inside a string, a comment or a trigger body does not end a statement."""
    script = """
    CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT DEFAULT 'a; b');
    -- a comment; with a semicolon
    CREATE TRIGGER notes_stamp AFTER INSERT ON notes BEGIN
        UPDATE notes SET text = text || ';' WHERE id = new.id;
    END;
    INSERT INTO notes (text) VALUES ('x;y')
    """
    found = statements(script)
    assert len(found) == 3
    assert found[1].startswith("-- a comment; with a semicolon\n    CREATE TRIGGER")
    assert found[1].endswith("END;")
    conn = sqlite3.connect(":memory:")
    for statement in found:
        conn.execute(statement)
    assert conn.execute("SELECT text FROM notes").fetchone() == ("x;y;",)


def test_every_shipped_migration_splits_into_complete_statements():
    for number, script in enumerate(MIGRATIONS, start=1):
        for statement in statements(script):
            assert sqlite3.complete_statement(statement), (number, statement)
