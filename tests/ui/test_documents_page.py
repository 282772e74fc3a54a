"""Văn bản đã in: the register newest first, search, year filter, checking a code."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from chibo_app.core.verification import display_code
from chibo_app.services import verification
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.models.register_model import Col
from chibo_app.ui.pages.documents_page import DocumentsPage
from tests.register_helpers import record_sample
from tests.ui.helpers import type_text


@pytest.fixture
def printed(session):
    return record_sample(session)


def make_page(qtbot, session, year=2026):
    page = DocumentsPage(session, year)
    qtbot.addWidget(page)
    page.show()
    return page


def shown(page, col=Col.TITLE):
    proxy = page.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_empty_register_says_what_will_be_here(qtbot, session):
    page = make_page(qtbot, session)
    assert page.empty.isVisible() and not page.view.isVisible()
    assert page.empty.text().startswith("Năm 2026 chưa in văn bản nào.")


def test_table_newest_first_with_every_column(qtbot, session, printed):
    page = make_page(qtbot, session)
    page.this_year.setChecked(False)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Col]
    assert headers == [
        "Loại",
        "Số",
        "Tên văn bản",
        "Năm",
        "In lúc",
        "Người in",
        "Mã xác thực",
        "Tình trạng",
    ]
    assert shown(page, Col.NUMBER) == ["Số 05-DS/CB", "—", "Số 02-BC/CB"]
    first = [page.proxy.index(0, c).data() for c in Col]
    assert first == [
        "Danh sách",
        "Số 05-DS/CB",
        "Danh sách đảng viên đã được xác nhận kế hoạch",
        "2026",
        "02/04/2026 09:15",
        "Bí thư",
        display_code(printed[0].code),
        "Đã ban hành",
    ]
    assert page.count_label.text() == "3 văn bản, mới nhất ở trên."


def test_year_filter_follows_the_year_selector(qtbot, session, printed):
    page = make_page(qtbot, session)
    assert page.this_year.isChecked() and page.this_year.text() == "Chỉ năm 2026"
    assert len(shown(page)) == 2
    page.set_year(2025)
    assert page.this_year.text() == "Chỉ năm 2025"
    assert shown(page) == ["Báo cáo kết quả năm 2025"]


def test_search_ignores_diacritics_and_finds_codes(qtbot, session, printed):
    page = make_page(qtbot, session)
    page.this_year.setChecked(False)
    type_text(page.search, "nguyen van an")
    assert shown(page) == ["Kế hoạch cá nhân năm 2026 — Nguyễn Văn An"]
    assert page.count_label.text() == "1 / 3 văn bản khớp với ô tìm."
    page.search.setText(display_code(printed[2].code)[:7].lower())
    assert shown(page) == ["Báo cáo kết quả năm 2025"]
    page.search.setText("05-DS")
    assert shown(page) == ["Danh sách đảng viên đã được xác nhận kế hoạch"]


def test_check_a_code_shows_the_message_and_selects_the_row(qtbot, session, printed, monkeypatch):
    monkeypatch.setitem(verification.SOURCES, ("DS", None), lambda _s, row: row.content_hash)
    page = make_page(qtbot, session)
    code = display_code(printed[0].code)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: (code.replace("-", " "), True))
    page.verify_button.click()
    assert page.result.isVisible()
    assert page.result.text().startswith(f"Mã {code}: Danh sách đảng viên")
    assert page.result.text().endswith("nội dung trong dữ liệu không thay đổi kể từ khi in.")
    assert page.selected_entry().code == code


def test_a_changed_record_and_an_unknown_code(qtbot, session, printed, monkeypatch):
    monkeypatch.setitem(verification.SOURCES, ("BC", None), lambda _s, _row: "khác")
    page = make_page(qtbot, session)
    result = page.check(printed[2].code)
    assert "dữ liệu đã bị sửa sau khi in" in page.result.text()
    assert "#a50e0e" in page.result.styleSheet()
    # The 2025 report is outside the year shown: the filter opens to show its row.
    assert not page.this_year.isChecked()
    assert page.selected_entry().title == "Báo cáo kết quả năm 2025"
    assert result.document is not None
    page.check("ZZZZZ-ZZZZZ")
    assert page.result.text() == (
        "Không tìm thấy văn bản có mã ZZZZZ-ZZZZZ trong sổ văn bản của chi bộ."
    )


def test_the_selected_row_fills_the_question(qtbot, session, printed, monkeypatch):
    page = make_page(qtbot, session)
    page.view.selectRow(1)
    offered = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: (offered.append(a[4]), ("", False))[1])
    page.ask_code()
    assert offered == [display_code(printed[1].code)]
    assert page.result.isHidden()  # cancelled: nothing checked


def test_double_click_checks_the_row(qtbot, session, printed):
    page = make_page(qtbot, session)
    page._verify_row(page.proxy.index(1, 0))
    assert page.result.text().startswith(f"Mã {display_code(printed[1].code)}")


def test_in_the_side_bar_before_settings_and_usable_read_only(qtbot, people_session):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles.index("Văn bản đã in") == titles.index("Cài đặt") - 1
    window.set_read_only(True)
    page = window.show_page("documents")
    assert isinstance(page, DocumentsPage)
    assert page.verify_button.isEnabled()  # checking a code writes nothing
    window.close()
