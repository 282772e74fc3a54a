"""Long work off the GUI thread with progress and a Cancel that works.

Like ui.workers.Job, the job opens its own session on the same file (a SQLite
connection belongs to the thread that opened it) with the same password and 'today';
`fn(session, progress, cancelled)` reports progress(done, total) and polls
cancelled(); the results come back to the GUI thread as signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from chibo_app.services.session import Session

Work = Callable[[Session, Callable[[int, int], None], Callable[[], bool]], Any]


class JobCancelled(Exception):
    """Cancel was pressed before the work began: nothing was done."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class ProgressJob(QRunnable):
    def __init__(self, session: Session, fn: Work) -> None:
        super().__init__()
        self.signals = _Signals()
        self._session = session  # only its file, password and clock are used, by open_again
        self._fn = fn
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the caller keeps it until a signal arrives

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        if self._cancel.is_set():
            self.signals.failed.emit(JobCancelled())
            return
        try:
            session = self._session.open_again()
            try:
                result = self._fn(session, self.signals.progress.emit, self._cancel.is_set)
            finally:
                session.close()
        except BaseException as error:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
