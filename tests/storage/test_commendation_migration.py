"""Step 9 gives a commendation whom it praises (a person or a unit); older rows keep
their text and praise no one in particular."""

from chibo_app.storage import database, migrations
from chibo_app.storage.database import open_database


def test_a_step_8_commendation_gains_person_and_unit(db_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(database, "MIGRATIONS", migrations.MIGRATIONS[:8])
        patch.setattr(database, "SCHEMA_VERSION", 8)
        old = open_database(db_path)
        old.execute("INSERT INTO meetings (year, held_on) VALUES (2026, '2026-06-05')")
        old.execute("INSERT INTO commendations (meeting_id, text) VALUES (1, 'Biểu dương A')")
        old.conn.commit()
        old.close()
    db = open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 9
    columns = [row[1] for row in db.execute("PRAGMA table_info(commendations)")]
    assert columns[-2:] == ["person_id", "unit_id"]
    assert db.execute("SELECT text, person_id, unit_id FROM commendations").fetchall() == [
        ("Biểu dương A", None, None)
    ]
    db.close()
