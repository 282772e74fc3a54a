"""The change feed: what was written since a mark, from the history every write leaves."""

from dataclasses import replace

from chibo_app.core.people import Kind, Person
from chibo_app.services import cell, changes, people
from chibo_app.services.session import open_session


def test_tracked_returns_the_rows_written(session):
    person_id, written = changes.tracked(
        session,
        lambda s: people.save_person(s, Person(full_name="Nguyễn Văn An", kind=Kind.NON_PARTY)),
    )
    assert written.ids("people") == {person_id}
    _, nothing = changes.tracked(session, lambda s: people.list_rows(s))
    assert not nothing


def test_since_sees_what_another_connection_committed(session, db_path):
    seen = changes.mark(session)
    other = open_session(db_path)
    try:
        unit = cell.add_unit(other, "Phòng Lãnh sự")
        settings = cell.load_settings(other)
        cell.save_settings(other, replace(settings, cell_name="Chi bộ Sở Tư pháp"))
    finally:
        other.close()
    seen_now, found = changes.since(session, seen)
    assert seen_now > seen
    assert found.ids("units") == {unit}
    assert found.touches(["settings"])
    assert changes.since(session, seen_now) == (seen_now, changes.Changes())
