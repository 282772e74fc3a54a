"""Rows tall enough for Vietnamese capitals: the nominations tree's group heading
"I. TẬP THỂ" (a mark stacked over a mark) is drawn whole inside its row."""

from PySide6.QtGui import QFont, QFontMetrics

from chibo_app.ui.pages.nominations_page import NominationsPage
from chibo_app.ui.widgets.row_height import text_row_height


def test_the_tallest_marks_fit_in_a_nominations_row(qtbot, people_session):
    page = NominationsPage(people_session, 2026)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    group = page.proxy.index(0, 0)
    assert group.data().startswith("I. TẬP THỂ")
    row = page.view.visualRect(group)
    font = QFont(page.view.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    ink = metrics.tightBoundingRect(group.data())
    # The line is centred in the row: its ink must lie inside, above and below.
    baseline = row.top() + (row.height() - metrics.height()) / 2 + metrics.ascent()
    assert baseline + ink.top() >= row.top(), (row.height(), ink)
    assert baseline + ink.bottom() <= row.bottom()
    assert row.height() >= text_row_height(font)
