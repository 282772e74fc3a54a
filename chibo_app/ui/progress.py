"""Waiting without freezing: a busy dialog that appears only if the work takes longer
than ~600 ms (Anki's rule: most waits end before a dialog would even be noticed)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

DELAY_MS = 600
T = TypeVar("T")


class DelayedProgress:
    """A modal, cancel-less busy indicator shown after DELAY_MS, closed by finish()."""

    def __init__(self, parent: QWidget | None, text: str, delay_ms: int = DELAY_MS) -> None:
        self.parent = parent
        self.text = text
        self.dialog: QProgressDialog | None = None
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(delay_ms)

    def _show(self) -> None:
        dialog = QProgressDialog(self.text, "", 0, 0, self.parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(QApplication.applicationDisplayName())
        dialog.show()
        self.dialog = dialog

    def finish(self) -> None:
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def run_with_progress(
    parent: QWidget | None,
    text: str,
    fn: Callable[[], T],
    meanwhile: Callable[[], object] | None = None,
) -> T:
    """fn() on a plain thread while the window keeps painting; its result or its error.

    `meanwhile` runs on the GUI thread once fn has started (work that needs no answer
    from fn, e.g. imports while SQLite reads the file without holding the GIL).
    Only for work on files by path (diagnosing, verifying backups): a SQLite connection
    belongs to the thread that opened it, so session work goes through ui.background.
    """
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as error:  # noqa: BLE001 - re-raised on the GUI thread
            outcome["error"] = error

    thread = threading.Thread(target=work, name="chibo-progress", daemon=True)
    progress = DelayedProgress(parent, text)
    thread.start()
    try:
        if meanwhile is not None:
            meanwhile()
        while thread.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 30)
            thread.join(0.02)
    finally:
        progress.finish()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
