"""The global "Lịch sử thay đổi" page: filters, folded search, paging."""

from __future__ import annotations

import pytest

from chibo_app.services import cell, history
from chibo_app.ui.models.history_model import Col, HistoryModel
from chibo_app.ui.pages import PAGES
from chibo_app.ui.pages.history_page import HistoryPage


@pytest.fixture
def page(qtbot, people_session):
    widget = HistoryPage(people_session, 2026)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def column(page, col):
    model = page.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def choose(box, text):
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)


def test_registered_in_the_side_bar():
    spec = next(p for p in PAGES if p.key == "history")
    assert spec.title == "Lịch sử thay đổi"
    assert spec.load() is HistoryPage


def test_everything_newest_first(page, people_session):
    total = history.count(people_session, history.HistoryFilter())
    assert page.model.rowCount() == total
    assert page.count_label.text() == f"{total} thay đổi, mới nhất ở trên."
    assert column(page, Col.RECORD)[0] == "Vũ Quốc Dũng"  # he left last
    assert column(page, Col.CHANGES)[0].startswith("Trạng thái: Đang sinh hoạt → Đã chuyển")


def test_kind_filter(page):
    choose(page.kind, "Đơn vị")
    assert set(column(page, Col.RECORD)) == {
        "Đơn vị “Văn phòng Sở”",
        "Đơn vị “Phòng Lãnh sự”",
        "Đơn vị “Thanh tra Sở”",
    }
    assert page.count_label.text() == "3 thay đổi, mới nhất ở trên."
    choose(page.kind, "Tất cả các loại")
    assert page.model.rowCount() > 3


def test_user_filter(page, people_session):
    people_session.db.execute(
        "UPDATE change_history SET user = 'Văn thư' WHERE table_name = 'units'"
    )
    page.reload()
    choose(page.user, "Văn thư")
    assert set(column(page, Col.USER)) == {"Văn thư"} and page.model.rowCount() == 3


def test_search_is_folded_and_waits_for_a_pause(qtbot, page):
    page.search.setText("vu quoc dung")
    assert page.timer.isActive()
    qtbot.waitUntil(lambda: not page.timer.isActive(), timeout=2000)
    assert set(column(page, Col.RECORD)) == {"Vũ Quốc Dũng"}
    assert page.model.rowCount() == 2  # added, then transferred out
    page.search.setText("khong ai nhu the")
    page.apply_filter()
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Không có thay đổi nào khớp với bộ lọc."


def test_date_filter(page, people_session):
    people_session.db.execute(
        "UPDATE change_history SET at = '2025-03-04T09:15:00' WHERE table_name = 'units'"
    )
    page.date_from.setText("01/03/2025")
    page.date_to.setText("31/03/2025")
    page.apply_filter()
    assert page.model.rowCount() == 3
    assert set(column(page, Col.WHEN)) == {"04/03/2025 09:15"}
    page.date_from.setText("2025")
    page.date_to.setText("2025")
    page.apply_filter()
    assert page.model.rowCount() == 3
    page.date_to.setText("31/02/2025")  # not a date: marked, not applied
    page.apply_filter()
    assert page.date_to.styleSheet() and page.date_to.toolTip()
    assert page.model.rowCount() > 3


def test_new_changes_appear_on_reload(page, people_session):
    before = page.model.rowCount()
    cell.add_unit(people_session, "Phòng Mới")
    page.reload()
    assert page.model.rowCount() == before + 1
    assert column(page, Col.RECORD)[0] == "Đơn vị “Phòng Mới”"


def test_model_fetches_pages_as_needed(qtbot, people_session, monkeypatch):
    monkeypatch.setattr(history, "PAGE_SIZE", 4)
    model = HistoryModel(people_session)
    model.set_filter(history.HistoryFilter())
    total = history.count(people_session, history.HistoryFilter())
    assert model.rowCount() == 4 and model.canFetchMore()
    assert model.total() == total
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    ids = [model.entry(r).id for r in range(total)]
    assert ids == sorted(ids, reverse=True)


def test_meetings_read_by_name_with_the_whole_title_in_a_tooltip(qtbot, people_session):
    """A meeting's attendance says whom and which meeting, its values in words."""
    import datetime as dt

    from PySide6.QtCore import Qt

    from chibo_app.services import meetings

    draft = meetings.new_meeting(people_session, dt.date(2026, 5, 5))
    meetings.save_meeting(people_session, draft)
    widget = HistoryPage(people_session, 2026)
    qtbot.addWidget(widget)
    choose(widget.kind, "Điểm danh")
    model = widget.model
    first = model.index(0, Col.RECORD)
    assert first.data().startswith("Điểm danh ")
    assert first.data().endswith(" — buổi sinh hoạt thường kỳ ngày 05/05/2026")
    assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data()
    assert model.index(0, Col.CHANGES).data() == "Có mặt / vắng: — → Có mặt; Đến muộn: — → Không"
