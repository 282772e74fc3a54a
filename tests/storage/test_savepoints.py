"""Nested atomic() blocks are savepoints named by their depth: each rolls back only its
own writes, as sqlite-utils' randomly named ones do, with the same statement text
every time (kept in the connection's statement cache)."""

from __future__ import annotations

import pytest

from chibo_app.storage.database import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "chibo.sqlite")
    database.execute("CREATE TABLE notes (text TEXT)")
    yield database
    database.close()


def _texts(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in db.execute("SELECT text FROM notes ORDER BY rowid")]


def _write(db, text: str) -> None:  # type: ignore[no-untyped-def]
    db.execute("INSERT INTO notes (text) VALUES (?)", [text])


def test_a_failed_inner_block_undoes_only_its_own_writes(db):
    with db.atomic():
        _write(db, "outer")
        with db.atomic():
            _write(db, "kept")
        with pytest.raises(ValueError), db.atomic():
            _write(db, "undone")
            with db.atomic():
                _write(db, "undone too")
            raise ValueError
        with db.atomic():
            _write(db, "after")
            with pytest.raises(KeyError), db.atomic():
                _write(db, "undone, two deep")
                raise KeyError
            _write(db, "after, two deep")
    assert _texts(db) == ["outer", "kept", "after", "after, two deep"]


def test_a_failed_outer_block_undoes_everything(db):
    with pytest.raises(ValueError), db.atomic():
        with db.atomic():
            _write(db, "inner")
        raise ValueError
    assert _texts(db) == []
    assert not db.conn.in_transaction


def test_the_same_statements_at_every_depth(db):
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        for _ in range(3):
            with db.atomic(), db.atomic(), db.atomic():
                _write(db, "x")
    finally:
        db.conn.set_trace_callback(None)
    savepoints = [s for s in seen if "SAVEPOINT" in s]
    assert len(savepoints) == 12
    assert set(savepoints) == {
        "SAVEPOINT chibo_1",
        "SAVEPOINT chibo_2",
        "RELEASE SAVEPOINT chibo_1",
        "RELEASE SAVEPOINT chibo_2",
    }
