"""Changes: which tables and rows a piece of work wrote."""

from chibo_app.core.changes import NOTHING, Changes


def test_rows_per_table_and_tables_without_ids():
    changes = Changes.of([("people", 3), ("people", 4), ("settings", None), ("people", 3)])
    assert changes.ids("people") == {3, 4}
    assert changes.ids("settings") == frozenset()
    assert changes.touches(["settings"]) and not changes.touches(["plans"])
    assert changes.only(["people", "settings", "positions"])
    assert not changes.only(["people"])
    assert changes and not NOTHING


def test_merging_and_everything():
    merged = Changes.of([("people", 1)]) | Changes.of([("people", 2), ("plans", 9)])
    assert merged.ids("people") == {1, 2} and merged.ids("plans") == {9}
    everything = merged | Changes.all()
    assert everything.everything and everything.touches(["anything"])
    assert not everything.only(["people", "plans"])
