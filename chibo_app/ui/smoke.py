"""`chibo-app --smoke-test`: start, open the data file, paint the main window, quit.

For a built bundle (packaging/smoke_test.py): it proves the frozen app finds its Qt
plugins, forms, icons and translations, opens a database and draws its first page. It
exits 0 after the first paint of the main window with the file open, and 3 if nothing
was painted within the time limit; one line on standard output says what happened, and
in the file named by CHIBO_SMOKE_REPORT if set (the windowed Windows build has no
standard output).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from chibo_app.services.session import Session
from chibo_app.ui.pages.base import Page

NOT_PAINTED = 3
TIME_LIMIT_MS = 30_000
REPORT_ENV = "CHIBO_SMOKE_REPORT"  # a file for the line too: the windowed .exe prints nothing


def say(line: str) -> None:
    if sys.stdout is not None:
        print(line, flush=True)
    report = os.environ.get(REPORT_ENV)
    if report:
        Path(report).write_text(line + "\n", encoding="utf-8")


def _chart_drawn_aside() -> list[QWidget]:
    """One small chart painted off screen: proof that QtCharts loads and draws."""
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView  # noqa: PLC0415

    bars = QBarSet("")
    bars.append([1.0, 2.0])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(200, 120)
    return [] if view.grab().isNull() else [view]


class FirstPaint(QObject):
    """Quits the application once `window` has painted its first page with the page's
    data (read off the GUI thread after attach)."""

    def __init__(self, app: QApplication, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.app, self.window, self.session = app, window, session
        self.painted = False
        window.installEventFilter(self)
        QTimer.singleShot(TIME_LIMIT_MS, self._too_late)
        page = self._page()
        if page is not None and page.is_loading():
            page.loaded.connect(window.update)
        window.update()  # a paint after attach(), not the bare frame's before it

    def _page(self) -> Page | None:
        current = getattr(self.window, "stack", None)
        page = current.currentWidget() if current is not None else None
        return page if isinstance(page, Page) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        page = self._page()
        if page is not None and page.is_loading():
            return False  # the frame without the page's data yet
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._done)  # after the timers already due (the charts)
        return False

    def _done(self) -> None:
        if getattr(self._page(), "_charts_pending", False):  # the overview's charts come next
            QTimer.singleShot(10, self._done)
            return
        from chibo_app.ui import translations  # noqa: PLC0415

        schema = self.session.schema_version()
        size = self.window.size()
        language = translations.current_language()
        loaded = [translations.qm_path(name) for name in translations.files_for(language)]
        # QtCharts and the SVG icon engine are the parts a bundle most easily lacks.
        charts = [w for w in self.window.findChildren(QWidget) if w.inherits("QChartView")]
        if not charts:  # an empty file's overview says what to do first instead of charting
            charts = _chart_drawn_aside()
        icon = "icon ok" if not self.app.windowIcon().pixmap(32, 32).isNull() else "NO ICON"
        say(
            f"smoke-test ok: {Path(self.session.path)} open (schema {schema}), "
            f"main window painted {size.width()}x{size.height()}, {len(charts)} charts, "
            f"{icon}, language {language} "
            f"({', '.join(str(path) for path in loaded if path) or 'no translation files'})"
        )
        self.app.exit(0)

    def _too_late(self) -> None:
        if not self.painted:
            say(f"smoke-test FAILED: no paint within {TIME_LIMIT_MS // 1000} s")
            self.app.exit(NOT_PAINTED)


def quit_after_first_paint(app: QApplication, window: QMainWindow, session: Session) -> None:
    FirstPaint(app, window, session)
