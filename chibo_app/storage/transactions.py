"""A write transaction that holds the write lock from its first statement.

`db.atomic()` opens a deferred transaction: it reads first and asks for the write lock
only at its first write, so two processes can both decide from what they read ("this
row is new") and then both write it. `BEGIN IMMEDIATE` takes the write lock before the
first read: what is decided inside is still true when it is written. A process that
finds the lock taken waits for the connection's busy timeout.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils


@contextlib.contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """`db.atomic()`, but a new transaction starts with the write lock held. Inside an
    open transaction it is a savepoint of it (the caller decided when to lock)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise


@contextlib.contextmanager
def own_or_enclosing(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A transaction of its own when none is open; inside one, the enclosing one.

    For the row writers of `records`: each of their statements is atomic by itself, and
    a failure between two of them propagates to the caller's transaction (or savepoint),
    which rolls both back. A savepoint per row would cost two statements more per write
    and, inside a long transaction, make SQLite truncate its in-memory sub-journal at
    every release — the demo of 5,000 people spent a third of its time there.
    """
    if db.conn.in_transaction:
        yield db
        return
    with db.atomic():
        yield db


class Database(sqlite_utils.Database):
    """sqlite-utils' Database, its nested `atomic()` blocks savepoints named by their
    depth ('chibo_1', 'chibo_2', …) instead of a fresh random name each: the same
    savepoints (the open ones are nested, so each name is unique among them, and
    ROLLBACK TO / RELEASE find the innermost of that name), but the three statements
    are the same text every time — prepared once and kept in the connection's statement
    cache, where 16,000 random names in a demo of 200 people pushed out the statements
    worth keeping."""

    _depth = 0

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if not self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self._depth += 1
        name = f"chibo_{self._depth}"
        try:
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # (as sqlite-utils: an error that ended the transaction left no savepoint)
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self._depth -= 1
