"""`chibo-app --smoke-test`: start, open the data file, paint the main window, quit.

For a built bundle (packaging/smoke_test.py): it proves the frozen app finds its Qt
plugins, forms, icons and translations, opens a database and draws its first page. It
exits 0 after the first paint of the main window with the file open, and 3 if nothing
was painted within the time limit; one line on standard output says what happened
(nothing on a windowed Windows build, which has no standard output).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from chibo_app.services.session import Session

NOT_PAINTED = 3
TIME_LIMIT_MS = 30_000


def say(line: str) -> None:
    if sys.stdout is not None:
        print(line, flush=True)


class FirstPaint(QObject):
    """Quits the application once `window` has painted after the data was attached."""

    def __init__(self, app: QApplication, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.app, self.window, self.session = app, window, session
        self.painted = False
        window.installEventFilter(self)
        QTimer.singleShot(TIME_LIMIT_MS, self._too_late)
        window.update()  # a paint after attach(), not the bare frame's before it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        schema = self.session.db.execute("PRAGMA user_version").fetchone()[0]
        size = self.window.size()
        say(
            f"smoke-test ok: {Path(self.session.path)} open (schema {schema}), "
            f"main window painted {size.width()}x{size.height()}"
        )
        self.app.exit(0)

    def _too_late(self) -> None:
        if not self.painted:
            say(f"smoke-test FAILED: no paint within {TIME_LIMIT_MS // 1000} s")
            self.app.exit(NOT_PAINTED)


def quit_after_first_paint(app: QApplication, window: QMainWindow, session: Session) -> None:
    FirstPaint(app, window, session)
