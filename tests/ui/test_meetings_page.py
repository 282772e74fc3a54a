"""The meetings page: months with their meetings, topics, the editor, printing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from chibo_app.core.meetings import Presence
from chibo_app.services import demo, documents, meetings, people
from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog
from chibo_app.ui.dialogs.topic_dialog import TopicDialog
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.models.meetings_attendance_model import Col
from chibo_app.ui.pages.meetings_page import MeetingsPage
from tests.ui.helpers import wait_loaded


def _demo_page(qtbot, session):
    demo.fill_demo(session, people_count=12)
    page = MeetingsPage(session, 2026)
    qtbot.addWidget(page)
    return page


def test_months_show_whether_the_regular_meeting_was_held(qtbot, session):
    page = _demo_page(qtbot, session)
    assert page.model.rowCount() == 12
    may = page.model.item(4, 0)
    assert may.text() == "Tháng 5" and may.rowCount() == 2  # regular + thematic
    assert page.model.item(4, 1).text() == "Đã sinh hoạt thường kỳ"
    assert page.model.item(11, 1).text() == ""  # December has not begun
    assert "11/11 tháng" in page.summary.text() and "chuyên đề: 4 buổi" in page.summary.text()
    assert page.topics_model.rowCount() == 5
    assert "đã sinh hoạt 4/5" in page.topics_label.text()
    rate = meetings.year_summary(session, 2026).average_rate
    shown = meetings.percent_text(rate)
    assert "," in shown and f"Tỷ lệ dự họp bình quân: {shown}." in page.summary.text()


def test_editor_saves_attendance_changes(qtbot, session):
    page = _demo_page(qtbot, session)
    first = meetings.meetings_of_year(session, 2026)[0]
    dialog = MeetingDialog(session, 2026, first, page)
    qtbot.addWidget(dialog)
    model = dialog.attendance
    names = people.names(session, [a.person_id for a in model.lines()])
    spoke = {o.speaker for i in first.agenda for o in i.opinions} | {
        i.presenter for i in first.agenda
    }  # marking one of them away would be refused: the minutes have them speaking
    row = next(
        r
        for r in range(model.rowCount())
        if model.lines()[r].presence == Presence.PRESENT
        and names[model.lines()[r].person_id] not in spoke
    )
    model.setData(model.index(row, Col.REASON), "Ốm", Qt.ItemDataRole.EditRole)
    assert model.lines()[row].presence == Presence.EXCUSED
    assert "vắng có lý do" in dialog.form.attendanceSummary.text()
    dialog.form.startTime.setText("8h")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.start_time == "08:00"
    person = model.lines()[row].person_id
    stored = {a.person_id: a for a in meetings.get_meeting(session, first.id).attendance}
    assert stored[person].presence == Presence.EXCUSED and stored[person].reason == "Ốm"


def test_a_meeting_opened_from_the_list_shows_its_stored_attendance(
    qtbot, session, monkeypatch
):
    """The list's rows carry counts only: the editor reads the meeting's lines, with
    what was marked, as stored."""
    page = _demo_page(qtbot, session)
    may = page.model.index(4, 0)
    page.view.setCurrentIndex(page.model.index(0, 0, may))
    chosen = page.selected_meeting().meeting
    stored = meetings.get_meeting(session, chosen.id)
    assert chosen.attendance == () and len(stored.attendance) > 5
    seen = {}

    def fake_exec(dialog):
        seen["lines"] = {(a.person_id, a.presence) for a in dialog.attendance.lines()}
        return 0

    monkeypatch.setattr(MeetingDialog, "exec", fake_exec)
    page.open_current()
    marked = {(a.person_id, a.presence) for a in stored.attendance}
    assert seen["lines"] == marked and any(p != Presence.PRESENT for _i, p in marked)


def test_next_month_draft_opens_in_the_editor(qtbot, session, monkeypatch):
    page = _demo_page(qtbot, session)
    seen = {}

    def fake_exec(dialog):
        seen["date"] = dialog.form.heldOn.text()
        seen["place"] = dialog.form.place.text()
        dialog.save()
        return 1

    monkeypatch.setattr(MeetingDialog, "exec", fake_exec)
    page.new_regular()
    assert seen["date"].endswith("/12/2026") and seen["place"] == "Hội trường Sở Ngoại vụ"
    qtbot.waitUntil(lambda: page.model.item(11, 0).rowCount() == 1)  # read off the GUI thread


def test_topic_dialog_and_printing(qtbot, session, tmp_path, monkeypatch):
    page = _demo_page(qtbot, session)

    def fake_exec(dialog):
        dialog.form.title.setText("Học tập Nghị quyết Đại hội")
        dialog.form.planned.setCurrentIndex(dialog.form.planned.findText("Quý IV"))
        dialog.save()
        return 1

    monkeypatch.setattr(TopicDialog, "exec", fake_exec)
    page.add_topic()
    qtbot.waitUntil(lambda: page.topics_model.rowCount() == 6)  # read off the GUI thread
    assert page.topics_model.item(5, 1).text() == "Quý IV"
    meeting_id = meetings.meetings_of_year(session, 2026)[0].id
    assert page.select_meeting(meeting_id) and page.print_button.isEnabled()
    run = page.print_record(meeting_id)
    assert not page.print_button.isEnabled()  # laid out on a worker
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert run.ok, run.message and run.message.text()
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    assert preview.name.startswith("Biên bản sinh hoạt chi bộ ")
    assert page.print_button.isEnabled()
    assert documents.next_number(session, "BB") == 1  # previewed: nothing recorded yet
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "bb.pdf"), ""))
    with qtbot.waitSignal(page.data_changed, timeout=30000):
        preview.save_pdf()
    assert (tmp_path / "bb.pdf").read_bytes().startswith(b"%PDF")
    assert documents.next_number(session, "BB") == 2


def test_in_the_side_bar_after_nominations(qtbot, people_session):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles.index("Sinh hoạt") == titles.index("Gương điển hình") + 1
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    wait_loaded(qtbot, page)  # the window reads a page's data off the GUI thread
    assert page.model.rowCount() == 12  # an empty year still lists its months


def test_next_month_of_a_full_year_is_said_not_drafted_into_the_next(qtbot, session, monkeypatch):
    """The twelve months of 2026 held: the page of 2026 does not open a draft of
    January 2027 (it would vanish from this page once saved) but says where it goes."""
    from PySide6.QtWidgets import QMessageBox

    page = _demo_page(qtbot, session)
    held = {m.day.month for m in meetings.meetings_of_year(session, 2026)}
    assert held == set(range(1, 12))
    meetings.save_meeting(session, meetings.draft_next_regular(session, 2026))  # December
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    monkeypatch.setattr(MeetingDialog, "exec", lambda dialog: pytest.fail("no draft"))
    page.new_regular()
    assert said == [
        "Năm 2026 đã ghi đủ sinh hoạt thường kỳ 12 tháng. Buổi tháng 1/2027 thuộc năm 2027:"
        " chọn năm 2027 rồi tạo buổi sinh hoạt."
    ]


def test_late_minutes_say_where_their_number_stands_and_take_a_reserved_one(
    qtbot, session, tmp_path, monkeypatch
):
    import datetime as dt

    from PySide6.QtWidgets import QInputDialog

    from chibo_app.services import document_register, meeting_printing

    page = _demo_page(qtbot, session)
    held = sorted(meetings.meetings_of_year(session, 2026), key=lambda m: m.held_on)
    first, second, third = held[0], held[1], held[2]
    meeting_printing.print_meeting(session, first.id, tmp_path / "1.pdf", attendance=False)
    reserved = documents.reserve_number(
        session, "BB", "Biên bản sinh hoạt chi bộ", dt.date.fromisoformat(second.held_on)
    )
    meeting_printing.print_meeting(session, third.id, tmp_path / "3.pdf", attendance=False)
    seen = []

    def answer(box):
        seen.append((box.objectName(), box.labelText(), box.intValue()))
        box.setIntValue(reserved.number)
        box.adjustSize()
        assert box.width() <= 1280 and box.height() <= 720  # fits the smallest screen
        box.grab().save(str(tmp_path / "minutes_number.png"))
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    assert page.select_meeting(second.id)
    page.print_current()
    run = page._print_run
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert run.ok, run.message and run.message.text()
    name, text, offered = seen[0]
    assert name == "minutesNumberBox" and offered == 4
    day = dt.date.fromisoformat(second.held_on).strftime("%d/%m/%Y")
    assert f"Văn bản ghi ngày {day}, sớm hơn văn bản số 03-BB" in text
    assert "có thể nhập số đã giữ" in text
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    target = tmp_path / "2.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    with qtbot.waitSignal(page.data_changed, timeout=30000):
        preview.save_pdf()
    assert target.read_bytes().startswith(b"%PDF")
    statuses = {(e.number_value, e.status) for e in document_register.list_register(session)}
    assert (2, "claimed") in statuses and (2, "issued") in statuses


def test_long_topic_titles_take_two_lines_and_the_day_shows_whole(qtbot, session):
    """At a 1100 px window the topics list had five or six lines a title: now two, cut
    with "…" and whole in the tooltip; the day it was held is never cut."""
    from chibo_app.ui.pages.meetings_page import TITLE_CHARS

    window = MainWindow(session)
    qtbot.addWidget(window)
    demo.fill_demo(session, people_count=12)
    window.resize(1100, 690)
    window.show()
    page = window.show_page("meetings")
    wait_loaded(qtbot, page)
    view, model = page.topics_view, page.topics_model
    lines = view.fontMetrics().lineSpacing()
    assert model.rowCount() == 5
    assert all(view.rowHeight(r) <= 2 * lines + 8 for r in range(model.rowCount()))
    assert view.columnWidth(0) >= TITLE_CHARS * view.fontMetrics().averageCharWidth()
    long_title = max((model.item(r, 0).text() for r in range(5)), key=len)
    assert view.fontMetrics().horizontalAdvance(long_title) > 2 * view.columnWidth(0)
    row = next(r for r in range(5) if model.item(r, 0).text() == long_title)
    assert model.item(row, 0).toolTip().startswith(long_title)
    held = [model.item(r, 3).text() for r in range(5)]
    assert "Chưa sinh hoạt" in held and all(
        len(t) == 10 and t[2] == "/" for t in held if t != "Chưa sinh hoạt"
    )
    widest = max(view.fontMetrics().horizontalAdvance(t) for t in held)
    assert view.columnWidth(3) >= widest


def test_only_a_month_over_without_its_regular_meeting_is_shown_late(qtbot, session):
    """Chỉ thị 50-CT/TW: one regular meeting a month — the month under way is not late yet."""
    page = MeetingsPage(session, session.today().year)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    this_month = session.today().month
    assert this_month > 1, "the frozen day is in January: pick a later one for this test"
    current = page.model.item(this_month - 1, 1)
    ended = page.model.item(this_month - 2, 1)
    assert current.text() == ended.text() == "Chưa sinh hoạt thường kỳ"
    assert ended.foreground().color().name() == "#a61b1b"
    assert current.foreground().color().name() == "#5f6368"
