"""Measuring the GUI as the user meets it: real paints, and how long the GUI thread
was held (nothing painted, no key answered) while an action ran.

- HoldMonitor: a 1 ms precise timer on the GUI thread; the longest gap between two of
  its ticks is the longest time the thread was busy (a hold of the event loop).
- PaintWatch: an application-wide event filter that counts the paint events of the
  widgets inside one window and remembers when the last one was handled.
- drive(): starts an action from the event loop, runs the loop until a condition holds
  and a paint came after it; returns the wall time and the longest hold.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class HoldMonitor(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """The longest hold in seconds since start (the 1 ms tick itself taken off)."""
        self._tick()
        self._timer.stop()
        return max(0.0, self.longest - 0.001)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


class PaintWatch(QObject):
    """Paint events of the widgets inside `window`, counted as they are handled."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.count = 0
        self.last = 0.0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if watched is self.window or self.window.isAncestorOf(watched):
                self.count += 1
                self.last = time.perf_counter()
        return False


@dataclass
class Outcome:
    seconds: float  # from the start of the action to the paint after `done` held
    hold: float  # the longest time the GUI thread was held meanwhile
    painted: bool
    timed_out: bool


def drive(
    action: Callable[[], object],
    done: Callable[[], bool],
    paints: PaintWatch,
    monitor: HoldMonitor,
    timeout: float = 120.0,
    also: Callable[[], None] | None = None,
) -> Outcome:
    """Run `action` from the event loop; wait until `done()` and then a paint.

    `also` is called every few milliseconds meanwhile (it answers the dialogs an
    action opens). The wait itself only spins the event loop."""
    loop = QEventLoop()
    state = {"start": 0.0, "done_at": 0.0, "end": 0.0}

    def begin() -> None:
        state["start"] = time.perf_counter()
        action()

    def check() -> None:
        if also is not None:
            also()
        if not state["start"]:
            return
        now = time.perf_counter()
        if not state["done_at"] and done():
            state["done_at"] = now
            paints.window.update()  # a paint that shows the state `done` saw
        if state["done_at"] and paints.last > state["done_at"]:
            state["end"] = paints.last
            loop.quit()
        elif now - state["start"] > timeout:
            loop.quit()

    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(check)
    monitor.start()
    poll.start()
    QTimer.singleShot(0, begin)
    loop.exec()
    poll.stop()
    hold = monitor.stop()
    end = state["end"] or time.perf_counter()
    return Outcome(end - state["start"], hold, bool(state["end"]), not state["end"])


def settle(seconds: float = 0.2) -> None:
    """Let pending work (timers, background results) finish before the next action."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
