"""The Báo cáo page fits a 1280×720 screen and is usable at 1366×768: it does not widen the
main window, the figures and the narrative share a splitter with sensible minimums, the
figure tabs need no scroll arrows and no column is cut shorter than its contents."""

import pytest
from PySide6.QtWidgets import QApplication, QSplitter

from chibo_app.ui.main_window import MainWindow
from tests.report_seed import seed


@pytest.fixture
def window(qtbot, session):
    seed(session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    return window


def shown(qtbot, window, width, height):
    window.resize(width, height)
    window.show()
    page = window.show_page("report")
    qtbot.waitExposed(window)
    # The page reads its figures off the GUI thread: measure its tables once they are in.
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    settle()
    return page


def settle():
    """Deliver the pending layout requests and resizes (no waiting on the clock)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def tabs_fit(tabs):
    bar = tabs.tabBar()
    return all(bar.rect().contains(bar.tabRect(n)) for n in range(bar.count()))


def columns_fit(view):
    """Every column at least as wide as its contents and header, except one that wraps
    its long text (then still at least 12 average characters)."""
    header = view.horizontalHeader()
    wide = view.wrapping_column
    for column in range(view.figures.columnCount()):
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        if column == wide:
            needed = min(needed, 12 * view.fontMetrics().averageCharWidth())
        if header.sectionSize(column) < needed:
            return False
    return True


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 768)])
def test_the_page_fits_the_screen(qtbot, window, width, height):
    page = shown(qtbot, window, width, height)
    assert window.width() == width and window.minimumSizeHint().width() <= 1280
    assert tabs_fit(page.figure_tabs) and tabs_fit(page.text_tabs)
    for view in page.views.values():
        page.figure_tabs.setCurrentWidget(view.parentWidget())
        qtbot.waitUntil(lambda view=view: columns_fit(view), timeout=5000)


def test_months_keep_their_name_in_the_narrowest_figures_panel(qtbot, window):
    page = shown(qtbot, window, 1280, 720)
    splitter = page.splitter
    assert isinstance(splitter, QSplitter)
    assert splitter.widget(0).isAncestorOf(page.figure_tabs)
    assert splitter.widget(1).isAncestorOf(page.text_tabs)
    assert not splitter.childrenCollapsible()
    splitter.setSizes([0, 10_000])  # dragged as far left as it goes
    settle()
    meetings = page.views["meetings"]
    page.figure_tabs.setCurrentWidget(meetings.parentWidget())
    settle()
    assert tabs_fit(page.figure_tabs)
    assert columns_fit(meetings)
    assert meetings.horizontalHeader().sectionSize(0) >= meetings.sizeHintForColumn(0)
    splitter.setSizes([10_000, 0])  # and right: the narrative stays usable
    settle()
    assert page.text_tabs.width() >= 380 and tabs_fit(page.text_tabs)
    assert window.width() == 1280
