"""The window's child process (services.child_process) for work that would otherwise
hold the GUI thread's GIL and swell the window's memory: copy detection. An Operation on
its lane (ui.background) hands the work over and waits for it without the GIL, so the
lane's signals, its newest-wins keys and its failures work as for any other job.

Started at the first request, stopped when the main window closes and at exit (stop():
no child outlives the window). When no child can start, the work runs on the lane's
thread as before; tests that do not test the child itself turn it off (ENABLED) to save
a process start each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from chibo_app.services.child_process import ChildProcess, ChildUnavailable
from chibo_app.services.session import Session

T = TypeVar("T")

ENABLED = True  # False: run here, on the calling (lane) thread
_child = ChildProcess("chibo-copies")


def run(
    session: Session,
    fn: Callable[..., T],
    *args: Any,
    cancelled: Callable[[], bool] = lambda: False,
) -> T:
    """`fn(session, *args)` in the child (on the session's file, password and now), or
    here when the child is off or cannot start. ChildStopped if the window closed
    meanwhile, or if `cancelled()` turned true first (the operation was superseded: the
    child is ended rather than left computing, the next request starts another).
    `fn` must be a module-level function with a picklable result."""
    if ENABLED:
        try:
            return _child.call(session, fn, *args, cancelled=cancelled)
        except ChildUnavailable:
            pass  # no process here (or it died): the thread does it, as before
    return fn(session, *args)


def child_pid() -> int | None:
    """The running child's process id (tests)."""
    return _child.pid


def stop() -> None:
    """End the child, if any, and reap it (the window closed, or the app exits)."""
    _child.stop()
