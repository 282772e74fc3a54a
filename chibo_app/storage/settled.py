"""Lookups read once per block of work: who is writing (the settings' user name), the
years' settings and rule sets, and what a person's classification depends on besides
the evaluation (membership, records, position), which every write and every step of
an evaluation asks for again.

Inside `settled(db)` a lookup is kept the first time it is read and served from memory
after that, until this connection writes the tables it came from (`forget`, called by
records and settings_repo on every write of one of TABLES):
the block sees its own changes. What it promises is that no other connection changes
them meanwhile — a block of one service call, or a demo filling a new file. Blocks
nest: an inner block uses the outer one's memory.

Outside any block nothing is kept: a long-lived window sees what other processes
commit, as before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import TypeVar

import sqlite_utils

T = TypeVar("T")

# The tables whose rows the kept lookups are made of.
TABLES = frozenset(
    {"settings", "years", "year_settings", "rule_sets", "people", "positions", "units",
     "person_events"}
)  # fmt: skip

# connection → (lookup key → value), for the connections inside a block.
_KEPT: ContextVar[dict[object, dict[object, object]] | None] = ContextVar(
    "settled_lookups", default=None
)


@contextlib.contextmanager
def settled(db: sqlite_utils.Database) -> Iterator[None]:
    """Keep the lookups of `db`'s connection for the block (see the module)."""
    kept = _KEPT.get() or {}
    if db.conn in kept:  # an enclosing block already keeps them
        yield
        return
    token = _KEPT.set({**kept, db.conn: {}})
    try:
        yield
    finally:
        _KEPT.reset(token)


def kept(db: sqlite_utils.Database, key: object, read: Callable[[], T]) -> T:
    """`read()`, or inside a block the value it gave the first time for `key`."""
    memory = (_KEPT.get() or {}).get(db.conn)
    if memory is None:
        return read()
    if key not in memory:
        memory[key] = read()
    return memory[key]  # type: ignore[return-value]


def forget(db: sqlite_utils.Database, table: str | None = None) -> None:
    """This connection wrote `table` (None: some table the lookups read): read again."""
    if table is not None and table not in TABLES:
        return
    memory = (_KEPT.get() or {}).get(db.conn)
    if memory is not None:
        memory.clear()


def latest(db: sqlite_utils.Database, kind: str, key: object, read: Callable[[], T]) -> T:
    """`read()`; inside a block, the last value read (or `remember`ed) of this kind when
    it is of the same `key` and this connection has changed no row since — SQLite's
    total_changes counts every row inserted, updated or deleted, rolled back or not.
    One value per kind is kept (a record saved, then read again by the next step)."""
    memory = (_KEPT.get() or {}).get(db.conn)
    if memory is None:
        return read()
    slot = ("latest", kind)
    found = memory.get(slot)
    changes = db.conn.total_changes
    if isinstance(found, tuple) and found[:2] == (key, changes):
        return found[2]  # type: ignore[no-any-return]
    value = read()
    memory[slot] = (key, changes, value)
    return value


def remember(db: sqlite_utils.Database, kind: str, key: object, value: object) -> None:
    """`value` is what reading `key` gives now (a record just written): `latest` serves
    it until this connection changes a row."""
    memory = (_KEPT.get() or {}).get(db.conn)
    if memory is not None:
        memory[("latest", kind)] = (key, db.conn.total_changes, value)
