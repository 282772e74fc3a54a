"""What a piece of work changed: the tables it wrote and the rows of each (as Anki's
OpChanges). A page refreshes only when a change touches what it shows, and only the
rows touched when it can.

The rows come from the change history every write leaves (storage.change_feed), so no
service can forget to say what it changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Changes:
    # table name -> ids of the rows written (a row without an id, e.g. a setting, adds
    # the table with no id).
    rows: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    # Everything may have changed (a restore, an import of a whole file).
    everything: bool = False

    @classmethod
    def of(cls, written: Iterable[tuple[str, int | None]]) -> Changes:
        found: dict[str, set[int]] = {}
        for table, row_id in written:
            ids = found.setdefault(table, set())
            if row_id is not None:
                ids.add(row_id)
        return cls(MappingProxyType({t: frozenset(ids) for t, ids in found.items()}))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether any of `tables` was written (always, when everything changed)."""
        return self.everything or any(t in self.rows for t in tables)

    def ids(self, table: str) -> frozenset[int]:
        return self.rows.get(table, frozenset())

    def only(self, tables: Iterable[str]) -> bool:
        """Nothing but `tables` was written (a page can then patch the rows in place)."""
        allowed = set(tables)
        return not self.everything and set(self.rows) <= allowed

    def __or__(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return Changes.all()
        merged = {t: self.ids(t) | other.ids(t) for t in set(self.rows) | set(other.rows)}
        return Changes(MappingProxyType(merged))


NOTHING = Changes()
