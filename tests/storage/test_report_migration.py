"""Step 7 (report_texts) upgrades a file made by step 6 without touching its data; step 8
adds the figures a saved narrative was written against (basis), NULL for older rows."""

from chibo_app.storage import database, migrations
from chibo_app.storage.database import open_database


def test_a_step_6_file_gains_the_report_texts(db_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(database, "MIGRATIONS", migrations.MIGRATIONS[:6])
        patch.setattr(database, "SCHEMA_VERSION", 6)
        old = open_database(db_path)
        old.execute("INSERT INTO people (full_name) VALUES ('Nguyễn Văn An')")
        old.conn.commit()
        assert "report_texts" not in old.table_names()
        old.close()
    db = open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 7
    assert db.execute("SELECT full_name FROM people").fetchall() == [("Nguyễn Văn An",)]
    db.execute("INSERT INTO report_texts (year, period, results) VALUES (2026, 'half', 'x')")
    columns = [row[1] for row in db.execute("PRAGMA table_info(report_texts)")]
    assert columns == [
        "id", "year", "period", "until_date", "results", "shortcomings", "lessons", "directions",
        "basis",
    ]  # fmt: skip
    db.close()
    assert list((db_path.parent / "backups").glob("*.sqlite"))  # a backup before migrating


def test_a_step_7_narrative_gains_an_unknown_basis(db_path, monkeypatch):
    from chibo_app.storage import report_repo

    with monkeypatch.context() as patch:
        patch.setattr(database, "MIGRATIONS", migrations.MIGRATIONS[:7])
        patch.setattr(database, "SCHEMA_VERSION", 7)
        old = open_database(db_path)
        old.execute(
            "INSERT INTO report_texts (year, period, results) VALUES (2026, 'year', 'Kết quả.')"
        )
        old.conn.commit()
        old.close()
    db = open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 8
    saved = report_repo.narrative(db, 2026, "year")
    assert saved.results == "Kết quả." and saved.basis is None  # written before: unknown
    db.close()
