"""The report page: figures per period, the narrative edited, saved (also on leaving),
redrafted with a question before edited text is replaced, and printed on a worker."""

# ruff: noqa: F811 - fixtures imported from tests.ui.report_helpers are parameters here

import datetime as dt

from pypdf import PdfReader

from chibo_app.core.year_report import PeriodKind
from chibo_app.services import documents, year_report
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.pages import report_page
from chibo_app.ui.pages.report_page import ReportPage
from tests.ui.helpers import wait_loaded
from tests.ui.report_helpers import page, seeded  # noqa: F401 - fixtures


def pdf_text(path):
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_after_meetings_in_the_side_bar(qtbot, seeded):
    window = MainWindow(seeded)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles.index("Báo cáo") == titles.index("Sinh hoạt") + 1
    assert isinstance(window.show_page("report"), ReportPage)


def test_figures_and_draft_per_period(page):
    assert page.as_of_label.text() == "Số liệu tính đến ngày 25/11/2026"
    people = page.views["people"]
    assert (people.cell(0, 0), people.cell(0, 1)) == ("Tổng số đảng viên của Chi bộ", "5")
    plans = page.views["plans"]  # đảng viên and quần chúng in their own columns
    assert [plans.cell(0, c) for c in range(4)] == [
        "Số người phải xây dựng kế hoạch cá nhân", "5", "2", "7"
    ]
    meetings = page.views["meetings"]
    last = meetings.figures.rowCount() - 1
    assert [meetings.cell(last, c) for c in range(5)] == ["Cộng", "5", "2", "0", "88,6%"]
    assert "5/7 người (71,4%)" in page.editors[0].toPlainText()
    assert page.state_label.text() == "Bản nháp soạn từ số liệu, chưa lưu."
    assert not page.until_edit.isEnabled()
    page.set_period(PeriodKind.UNTIL, dt.date(2026, 10, 15))
    assert page.until_edit.isEnabled()
    assert page.as_of_label.text() == "Số liệu tính đến ngày 15/10/2026"
    topics = page.views["topics"]
    assert topics.cell(1, 3) == "Chưa sinh hoạt"  # its meeting is on 20/10
    page.set_period(PeriodKind.HALF)
    assert page.views["meetings"].figures.rowCount() == 7  # six months and the total
    assert "sơ kết 6 tháng việc thực hiện 3/3 kế hoạch" in page.editors[0].toPlainText()


def test_edit_save_and_read_back(qtbot, page, seeded):
    page.editors[2].setPlainText("Bài học của Chi bộ.\n\n\nPhải làm đến nơi đến chốn.  ")
    assert page.state_label.text() == "Có thay đổi chưa lưu." and page.save_button.isEnabled()
    assert page.save()
    assert page.state_label.text() == "Đã lưu."
    assert page.editors[2].toPlainText() == "Bài học của Chi bộ.\n\nPhải làm đến nơi đến chốn."
    saved = year_report.saved_narrative(seeded, year_report.period_of(2026))
    assert saved.lessons == "Bài học của Chi bộ.\n\nPhải làm đến nơi đến chốn."
    assert saved.results == page.editors[0].toPlainText()  # the draft, saved with it
    other = ReportPage(seeded, 2026)
    qtbot.addWidget(other)
    assert other.editors[2].toPlainText() == saved.lessons


def test_changes_are_saved_on_leaving_the_page_and_the_period(qtbot, seeded):
    window = MainWindow(seeded)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("report")
    wait_loaded(qtbot, page)  # the window reads a page's data off the GUI thread
    page.editors[1].setPlainText("Hạn chế sửa tay.")
    window.show_page("meetings")  # the page is hidden: saved
    assert year_report.saved_narrative(seeded, page.period).shortcomings == "Hạn chế sửa tay."
    window.show_page("report")
    wait_loaded(qtbot, page)
    page.editors[1].setPlainText("Hạn chế sửa lần hai.")
    page.set_period(PeriodKind.HALF)  # another period: the year's text is saved first
    year = year_report.saved_narrative(seeded, year_report.period_of(2026))
    assert year.shortcomings == "Hạn chế sửa lần hai."
    assert page.editors[1].toPlainText() != "Hạn chế sửa lần hai."  # the half year's draft


def test_redraft_asks_before_replacing_edited_text(page, monkeypatch):
    asked = []
    answer = {"value": False}

    def fake_confirm(parent, title, text, action):
        asked.append(text)
        return answer["value"]

    monkeypatch.setattr(report_page, "confirm", fake_confirm)
    assert page.redraft()  # nothing edited: no question
    assert asked == []
    page.editors[3].setPlainText("Phương hướng riêng.")
    assert not page.redraft()
    assert "IV. Phương hướng, nhiệm vụ" in asked[0]
    assert page.editors[3].toPlainText() == "Phương hướng riêng."  # kept
    answer["value"] = True
    assert page.redraft()
    assert page.editors[3].toPlainText() == page.draft.directions
    assert "năm 2027" in page.draft.directions


def test_print_to_a_file(qtbot, page, seeded, tmp_path):
    page.editors[2].setPlainText("Bài học in ra giấy.")
    target = tmp_path / "bao-cao.pdf"
    with qtbot.waitSignal(page.data_changed, timeout=30000):
        run = page.print_to(target)
        assert not page.print_button.isEnabled()  # printing on a worker
    assert run.ok, run.message and run.message.text()
    assert "Đã in báo cáo số 01-BC" in run.message.text()
    text = pdf_text(target)
    assert "kết quả thực hiện học tập và làm theo" in text
    assert "Bài học in ra giấy." in text  # saved before printing
    assert year_report.saved_narrative(seeded, page.period).lessons == "Bài học in ra giấy."
    assert documents.next_number(seeded, "BC") == 2
    assert page.print_button.isEnabled()


def test_read_only(page):
    page.set_read_only(True)
    assert all(editor.isReadOnly() for editor in page.editors)
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert not page.save()


def test_print_dialog_offers_the_next_number(qtbot, page, tmp_path, monkeypatch):
    from chibo_app.ui.dialogs.report_print_dialog import ReportPrintDialog

    seen = {}

    def fake_exec(dialog):
        seen["number"] = dialog.number.text()
        seen["file"] = dialog.file.edit.text()
        dialog.file.edit.setText(str(tmp_path / "bc"))
        dialog._accept()  # the suffix is added
        return 1

    monkeypatch.setattr(ReportPrintDialog, "exec", fake_exec)
    page.set_period(PeriodKind.HALF)
    with qtbot.waitSignal(page.data_changed, timeout=30000):
        page.print_report()
    assert seen["number"] == "Số 01-BC/CB"  # as the report prints it
    assert seen["file"].endswith("Báo cáo sơ kết 6 tháng đầu năm 2026.pdf")
    assert "sơ kết 6 tháng đầu năm 2026" in pdf_text(tmp_path / "bc.pdf")


def test_in_shows_the_report_first_and_records_it_when_saved(qtbot, page, tmp_path, monkeypatch):
    import io

    from PySide6.QtWidgets import QFileDialog

    from chibo_app.ui.dialogs.report_print_dialog import ReportPrintDialog

    def preview_chosen(dialog):
        dialog.preview()  # "Xem trước và in…"
        return 1

    monkeypatch.setattr(ReportPrintDialog, "exec", preview_chosen)
    page.set_period(PeriodKind.YEAR)
    page.print_report()
    run = page._print_run
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    assert "KẾT QUẢ" in pdf_text(io.BytesIO(preview.rendered.pdf))
    assert documents.next_number(page.session, "BC") == 1  # shown, not recorded
    target = tmp_path / "bao cao.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    with qtbot.waitSignal(page.data_changed, timeout=60000):
        preview.save_as(".docx")
    assert target.exists()
    assert documents.next_number(page.session, "BC") == 2
