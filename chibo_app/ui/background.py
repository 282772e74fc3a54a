"""One way to run work off the GUI thread (as Anki's CollectionOp): an Operation runs
`work(session, progress, cancelled)` on a worker thread and reports back on the GUI
thread — progress, then success or failure, then finished — with what it changed.

A SQLite connection belongs to the thread that opened it, so each worker thread (a
"lane") keeps a session of its own on the window's file (`Session.open_again`: same
file, password and clock), opened at its first job and kept while jobs keep coming, so
an encrypted file's key is not derived again for every page refresh. Lanes keep slow
work from delaying quick work: page loads go to "load", prints, imports and bulk steps to
"work", copy detection to "copies". Jobs of one lane run one after the other; a load that
a newer load of the same page supersedes is dropped before it starts.

A lane closes its session when the window's session is closed or replaced (`forget`, on
lock and restore), and after a few idle seconds.

While a lane runs Python, the GUI thread needs the GIL back for every call into Python
(a model's data(), an event filter, a timer): by default it waits up to 5 ms for each,
so a repaint of a few hundred cells took a large multiple of its own time. Once a lane
exists the interpreter switches threads every GUI_SWITCH_SECONDS instead.
"""

from __future__ import annotations

import contextlib
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from chibo_app.core.changes import Changes
from chibo_app.services.session import Session

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Session, Progress, Cancelled], Any]

IDLE_SECONDS = 5.0  # a lane with nothing to do closes its session after this
GUI_SWITCH_SECONDS = 0.0005  # how long the GUI thread waits for the GIL at most, per call


class JobCancelled(Exception):
    """Cancel was pressed before the work began: nothing was done."""


class LockedBeforeStart(JobCancelled):
    """The window locked (its password dropped) while the work waited for its lane:
    nothing was done, and the unlock reloads every page."""


class Operation(QObject):
    """One piece of work for a lane. Connect to its signals (or use on_success and
    on_failure), then start(); every signal arrives on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised (JobCancelled if never started)
    finished = Signal(bool)  # after succeeded (True) or failed (False)
    _outcome = Signal(bool, object)  # from the lane's thread to _deliver on the GUI thread

    def __init__(
        self,
        session: Session,
        work: Work,
        *,
        lane: str = "work",
        key: object = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session  # only its file, password and clock are used, by open_again
        self.work = work
        self.lane = lane
        self.key = key  # a newer operation with the same key drops this one if not started
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.changes = Changes()  # what the work wrote, read from the change history
        self.done = False
        self._outcome.connect(self._deliver)

    @classmethod
    def of(cls, session: Session, fn: Callable[[Session], Any], **options: Any) -> Operation:
        """An operation for work that reports no progress and cannot be cancelled."""
        return cls(session, lambda worker, _progress, _cancelled: fn(worker), **options)

    def on_success(self, callback: Callable[[Any], object]) -> Operation:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], object]) -> Operation:
        self.failed.connect(callback)
        return self

    def start(self) -> Operation:
        _lanes.submit(self)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # On the GUI thread ------------------------------------------------------------------

    def _deliver(self, ok: bool, payload: Any) -> None:
        self.done = True
        try:
            if ok:
                self.result = payload
                self.succeeded.emit(payload)
            else:
                self.error = payload
                self.failed.emit(payload)
        finally:
            _lanes.release(self)
            self.finished.emit(ok)

    # On the lane's thread ----------------------------------------------------------------

    def run_on(self, session_of: Callable[[Session], Session]) -> None:
        if self._cancel.is_set():
            self._tell(False, JobCancelled())
            return
        try:
            from chibo_app.services import changes  # noqa: PLC0415 - storage is loaded by now
            from chibo_app.storage.connection import PasswordRequired  # noqa: PLC0415 - same

            try:
                session = session_of(self.session)
            except PasswordRequired:
                if self.session.password is not None:
                    raise
                self._tell(False, LockedBeforeStart())  # auto_lock.drop_key came first
                return
            seen = changes.mark(session)
            result = self.work(session, self.progressed.emit, self._cancel.is_set)
            self.changes = changes.since(session, seen)[1]
        except BaseException as error:  # noqa: BLE001 - reported to the GUI thread
            self._tell(False, error)
        else:
            self._tell(True, result)

    def _tell(self, ok: bool, payload: Any) -> None:
        try:
            self._outcome.emit(ok, payload)
        except RuntimeError:  # its owner (a closed dialog) deleted it: no one to tell
            _lanes.release(self)


class _Forget:
    def __init__(self, session: Session | None) -> None:
        self.session = session


class _Lane(threading.Thread):
    def __init__(self, name: str) -> None:
        super().__init__(name=f"chibo-{name}", daemon=True)
        self.jobs: queue.Queue[Operation | _Forget | None] = queue.Queue()
        self._session: Session | None = None
        self._source: Session | None = None
        self._source_db: object = None

    def run(self) -> None:
        while True:
            try:
                item = self.jobs.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                self._close()
                continue
            if item is None:
                self._close()
                return
            if isinstance(item, _Forget):
                if item.session is None or item.session is self._source:
                    self._close()
                continue
            item.run_on(self._session_for)

    def _session_for(self, source: Session) -> Session:
        """This lane's session on `source`'s file (reopened when `source` was reopened)."""
        if self._session is None or source is not self._source or source.db is not self._source_db:
            self._close()
            self._session = source.open_again()
            self._source, self._source_db = source, source.db
        return self._session

    def _close(self) -> None:
        if self._session is not None:
            with contextlib.suppress(Exception):
                self._session.close()
        self._session = self._source = self._source_db = None


class _Lanes:
    def __init__(self) -> None:
        self._lanes: dict[str, _Lane] = {}
        self._running: set[Operation] = set()  # kept alive until their signals arrive
        self._latest: dict[object, Operation] = {}

    def submit(self, operation: Operation) -> None:
        if operation.key is not None:
            older = self._latest.get(operation.key)
            if older is not None and not older.done:
                older.cancel()  # superseded: skipped if it has not started
            self._latest[operation.key] = operation
        self._running.add(operation)
        lane = self._lanes.get(operation.lane)
        if lane is None or not lane.is_alive():
            sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_SECONDS))
            lane = self._lanes[operation.lane] = _Lane(operation.lane)
            lane.start()
        lane.jobs.put(operation)

    def release(self, operation: Operation) -> None:
        self._running.discard(operation)
        if operation.key is not None and self._latest.get(operation.key) is operation:
            del self._latest[operation.key]

    def forget(self, session: Session | None) -> None:
        for lane in self._lanes.values():
            lane.jobs.put(_Forget(session))

    def idle(self) -> bool:
        return not self._running

    def shutdown(self, timeout: float = 5.0) -> None:
        for lane in self._lanes.values():
            lane.jobs.put(None)
        for lane in self._lanes.values():
            lane.join(timeout)
        self._lanes.clear()


_lanes = _Lanes()


def forget(session: Session | None = None) -> None:
    """The lanes close their sessions on `session`'s file (all, with None): after a
    lock drops the key, or a restore replaces the file. Queued work reopens if it can."""
    _lanes.forget(session)


def idle() -> bool:
    """No operation is waiting for its result (tests and benchmarks wait on this)."""
    return _lanes.idle()


def shutdown() -> None:
    """At exit: every lane closes its session and stops (after its current job)."""
    _lanes.shutdown()
