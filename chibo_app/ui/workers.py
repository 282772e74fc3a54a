"""Run a function off the GUI thread and get its result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from chibo_app.services.session import Session


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs fn(session) with a session of its own: a SQLite connection belongs to
    the thread that opened it, so the worker opens the same file again."""

    def __init__(self, session: Session, fn: Callable[[Session], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._session = session  # only its file, password and clock are used, by open_again
        self._fn = fn

    def run(self) -> None:
        try:
            worker_session = self._session.open_again()
            try:
                result = self._fn(worker_session)
            finally:
                worker_session.close()
        except BaseException as error:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_in_background(
    session: Session,
    fn: Callable[[Session], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    job = Job(session, fn)
    job.setAutoDelete(False)  # the caller keeps it until a signal arrives
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    return job
