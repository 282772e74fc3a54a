"""A row and its trace in the change history are written together or not at all."""

from __future__ import annotations

import pytest

from chibo_app.storage import records


def _count(session, table: str) -> int:
    return session.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _refuse_history(session) -> None:
    session.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON change_history"
        " BEGIN SELECT RAISE(ABORT, 'history refused'); END"
    )


def test_outside_a_transaction_a_failed_trace_takes_the_row_back(session):
    units, history = _count(session, "units"), _count(session, "change_history")
    _refuse_history(session)
    with pytest.raises(Exception, match="history refused"):
        records.insert(session.db, session.editor, "units", {"name": "Phòng Lãnh sự"})
    assert not session.db.conn.in_transaction
    assert (_count(session, "units"), _count(session, "change_history")) == (units, history)


def test_inside_a_transaction_the_caller_rolls_back_row_and_trace(session):
    units, history = _count(session, "units"), _count(session, "change_history")
    with pytest.raises(RuntimeError), session.db.atomic():
        records.insert(session.db, session.editor, "units", {"name": "Phòng Lãnh sự"})
        assert _count(session, "units") == units + 1
        raise RuntimeError("the caller's next step failed")
    assert (_count(session, "units"), _count(session, "change_history")) == (units, history)


def test_update_and_delete_leave_their_trace(session):
    unit = records.insert(session.db, session.editor, "units", {"name": "Văn phòng"})
    assert records.update(session.db, session.editor, "units", unit, {"name": "Văn phòng Sở"})
    records.delete(session.db, session.editor, "units", unit)
    actions = [
        row[0]
        for row in session.db.execute(
            "SELECT action FROM change_history WHERE table_name = 'units' AND row_id = ?"
            " ORDER BY id",
            [unit],
        )
    ]
    assert actions == ["insert", "update", "delete"]
    assert not session.db.conn.in_transaction


def test_history_values_written_as_json_dumps_writes_them():
    """records keeps one encoder for every row; each row reads as json.dumps made it."""
    import datetime as dt
    import json

    from chibo_app.storage.records import _json

    values = {"full_name": "Nguyễn Thị Ánh", "day": dt.date(2026, 3, 1), "points": 25.5, "n": None}
    assert _json(values) == json.dumps(values, ensure_ascii=False, default=str)
    assert _json(None) is None
