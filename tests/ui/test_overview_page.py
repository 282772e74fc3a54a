"""Tổng quan: deadlines with what is missing, progress bars, charts, clicks navigate."""

import datetime as dt

from PySide6.QtCore import Qt

from chibo_app.core.clock import FixedClock
from chibo_app.services import demo
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.pages import PAGES
from chibo_app.ui.pages.overview_page import OverviewPage
from chibo_app.ui.widgets import deadline_card
from tests.ui.helpers import wait_loaded


def _page(qtbot, session):
    demo.fill_demo(session, people_count=20)
    page = OverviewPage(session, 2026)
    qtbot.addWidget(page)
    return page


def _card(page, key):
    return next(c for c in page.cards if c.deadline.key == key)


def test_deadline_cards_show_days_left_and_who_is_missing(qtbot, session):
    page = _page(qtbot, session)
    assert page.heading.text() == "Tổng quan năm 2026 — hôm nay 25/11/2026"
    titles = [c.title.text() for c in page.cards]
    assert titles[0] == "<b>Đăng ký điển hình</b>" and len(titles) == 5
    plans = _card(page, "plans_due")
    assert plans.days.text() == "Quá hạn 239 ngày"
    missing = plans.deadline.missing
    assert plans.missing.text().startswith(f"Chưa xác nhận kế hoạch ({len(missing)} người): ")
    assert plans.missing.text().endswith(f"và {len(missing) - 4} người khác")
    assert missing[0] in plans.missing.text() and missing[5] not in plans.missing.text()
    assert deadline_card.colour(plans.deadline) == deadline_card.RED
    evaluation = _card(page, "evaluation_due")
    assert evaluation.days.text() == "Còn 20 ngày"
    assert deadline_card.colour(evaluation.deadline) == deadline_card.GREY
    midyear = _card(page, "midyear")
    assert midyear.date.text() == "Từ 01/06 đến 31/07/2026"
    assert midyear.missing.text() == "Mọi kế hoạch đã sơ kết."
    assert deadline_card.colour(midyear.deadline) == deadline_card.GREEN


def test_soon_is_amber(qtbot, session):
    session.clock = FixedClock.on(dt.date(2026, 12, 5))
    page = _page(qtbot, session)
    card = _card(page, "evaluation_due")
    assert card.days.text() == "Còn 10 ngày"
    assert deadline_card.colour(card.deadline) == deadline_card.AMBER


def test_progress_bars_and_charts(qtbot, session):
    page = _page(qtbot, session)
    data = page.data
    bar = page.bars["plans"]
    assert (bar.value(), bar.maximum()) == (data.plans.done, data.plans.total)
    assert bar.text() == f"{data.plans.done}/{data.plans.total} người"
    assert page.bars["meetings"].text() == "11/11 tháng"
    assert page.bars["evaluations"].maximum() == data.evaluations.total
    qtbot.waitUntil(lambda: len(page.charts) == 3, timeout=3000)
    pie = page.charts[0].chart()
    assert pie.title() == "Kế hoạch cá nhân theo trạng thái"
    labels = [s.label() for s in pie.series()[0].slices()]
    assert f"Đã xác nhận: {data.plans.done}" in labels
    classes = page.charts[1].chart()
    assert classes.axes(Qt.Orientation.Horizontal)[0].categories() == ["2024", "2025", "2026"]
    assert classes.series()[0].barSets()[0].label() == "Hoàn thành xuất sắc"
    attendance = page.charts[2].chart().series()[0].barSets()[0]
    assert attendance.count() == 12 and 50 < attendance.at(0) <= 100


def test_year_change_rebuilds(qtbot, session):
    page = _page(qtbot, session)
    page.set_year(2030)
    assert page.bars["plans"].text().endswith("người")
    assert page.heading.text().startswith("Tổng quan năm 2030")
    qtbot.waitUntil(lambda: len(page.charts) == 3, timeout=3000)
    assert page.charts[1].chart().axes(Qt.Orientation.Horizontal)[0].categories()[-1] == "2030"


def test_clicking_a_card_opens_its_page(qtbot, session):
    demo.fill_demo(session, people_count=12)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    page = window.stack.currentWidget()
    assert isinstance(page, OverviewPage) and PAGES[0].key == "overview"
    wait_loaded(qtbot, page)  # the window reads a page's data off the GUI thread
    keys = {s.key for s in PAGES}
    for key, target in [("plans_due", "plans"), ("nominations_due", "nominations")]:
        card = _card(page, key)
        assert card.can_open
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.page(target)
        assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == target
    for card in page.cards:  # every card opens a page that exists
        assert card.can_open and card.deadline.page in keys
    qtbot.mouseClick(_card(page, "evaluation_due"), Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("evaluations")
    window.close()


def test_report_card_says_whether_the_report_is_printed(qtbot, session, tmp_path):
    from chibo_app.core.year_report import make_period
    from chibo_app.services import report_printing

    page = _page(qtbot, session)
    report = _card(page, "report_due")
    assert report.days.text() == "Quá hạn 36 ngày"
    assert report.missing.text().startswith("Chưa in báo cáo kết quả")
    assert deadline_card.colour(report.deadline) == deadline_card.RED
    report_printing.print_report(session, make_period(2026), tmp_path / "bc.pdf", number=2)
    page.reload()
    report = _card(page, "report_due")
    assert report.days.text() == "Đã hoàn thành"
    assert report.missing.text() == "Đã in báo cáo: Số 02-BC/CB, 25/11/2026."
    assert deadline_card.colour(report.deadline) == deadline_card.GREEN


def test_an_empty_database_claims_nothing_done_and_says_what_to_do_first(qtbot, session):
    """No people: no green “Đã hoàn thành — Mọi kế hoạch đã được xác nhận”, and charts
    without axes counting “0, 0, 1” but saying what to do first."""
    from PySide6.QtCharts import QChartView

    page = OverviewPage(session, 2026)
    qtbot.addWidget(page)
    page.build_charts()
    for key in ("plans_due", "midyear", "evaluation_due"):
        card = _card(page, key)
        assert card.deadline.empty
        assert deadline_card.colour(card.deadline) == deadline_card.GREY
        assert card.days.text() != "Đã hoàn thành" and "Mọi" not in card.missing.text()
    assert "Hãy thêm người" in _card(page, "plans_due").missing.text()
    assert "lập kế hoạch cá nhân trước" in _card(page, "midyear").missing.text()
    assert _card(page, "plans_due").days.text() == "Đã qua hạn"  # 31/03 is past
    for view in page.charts:  # a note in place of each chart, no axes at all
        assert not isinstance(view, QChartView) and view.objectName() == "emptyChart"
        assert "Hãy" in view.text() or "hiện ra khi" in view.text()
    assert page.bars["plans"].text() == "chưa có số liệu"
