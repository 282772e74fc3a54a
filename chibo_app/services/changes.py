"""What changed in the file: for the window to refresh only what a change touched.

`tracked` runs a piece of work and returns its result with what it wrote (Anki's
OpChanges); `since` catches up with everything written after a mark, by this process
or another one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from chibo_app.core.changes import Changes
from chibo_app.services.session import Session
from chibo_app.storage import change_feed

T = TypeVar("T")


def mark(session: Session) -> int:
    return change_feed.mark(session.db)


def since(session: Session, seen: int) -> tuple[int, Changes]:
    return change_feed.since(session.db, seen)


def tracked(session: Session, work: Callable[[Session], T]) -> tuple[T, Changes]:
    """`work(session)`'s result and the rows it wrote (with anything another process
    committed meanwhile: a page refreshed once too often is harmless)."""
    before = change_feed.mark(session.db)
    result = work(session)
    return result, change_feed.since(session.db, before)[1]
