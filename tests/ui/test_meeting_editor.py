"""The meeting editor: the roll follows the meeting's date; commendations say whom."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from chibo_app.core.meetings import Presence
from chibo_app.services import meetings
from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog
from chibo_app.ui.models.meetings_attendance_model import Col
from tests.meeting_helpers import changing_cell


@pytest.fixture
def cell(session):
    return changing_cell(session)


def _names(dialog):
    model = dialog.attendance
    return [model.index(r, Col.NAME).data() for r in range(model.rowCount())]


def test_changing_the_date_changes_the_roll_and_keeps_the_marks(qtbot, cell):
    draft = meetings.new_meeting(cell, dt.date(2026, 2, 5))
    dialog = MeetingDialog(cell, 2026, draft)
    qtbot.addWidget(dialog)
    assert _names(dialog) == ["Nguyễn Văn An", "Lê Văn Cường", "Phạm Thị Dung"]
    model = dialog.attendance
    model.setData(model.index(0, Col.REASON), "Đi công tác", Qt.ItemDataRole.EditRole)
    dialog.form.heldOn.setText("20/09/2026")
    dialog.form.heldOn.editingFinished.emit()
    assert _names(dialog) == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert model.lines()[0].presence == Presence.EXCUSED  # An's mark stays
    assert model.lines()[1].presence == Presence.PRESENT  # Bình, new on the roll
    assert "1/2" in dialog.form.attendanceSummary.text()
    dialog.form.heldOn.setText("05/02/2026")  # typed, then saved at once
    dialog.save()
    assert dialog.saved is not None
    stored = {a.person_id: a for a in dialog.saved.attendance}
    assert set(stored) == {cell.ids[k] for k in ("an", "cuong", "dung")}
    assert stored[cell.ids["an"]].reason == "Đi công tác"


def test_an_old_meeting_opens_with_the_roll_of_its_day(qtbot, cell):
    """A line kept from before someone's admission date was corrected is not shown."""
    saved = meetings.save_meeting(cell, meetings.new_meeting(cell, dt.date(2026, 2, 5)))
    cell.db.execute(
        "INSERT INTO attendance (meeting_id, person_id) VALUES (?, ?)", [saved.id, cell.ids["binh"]]
    )
    dialog = MeetingDialog(cell, 2026, meetings.get_meeting(cell, saved.id))
    qtbot.addWidget(dialog)
    assert _names(dialog) == ["Nguyễn Văn An", "Lê Văn Cường", "Phạm Thị Dung"]


def test_the_table_lists_people_as_the_printed_attendance_list_does(qtbot, cell):
    """Posts first as held on the meeting's day (Bí thư, chi ủy viên…), then names
    (core.person_order): the editor's table and the printed list in one order."""
    from chibo_app.core.people import Position, PositionKind
    from chibo_app.services import meeting_printing, people

    for key, post, start in (
        ("dung", "Bí thư", "2020-01-01"),
        ("cuong", "Chi ủy viên", "2020-01-01"),
        ("binh", "Chi ủy viên", "2026-09-10"),  # a post from September on
    ):
        people.save_position(cell, Position(cell.ids[key], PositionKind.PARTY, post, start))
    dialog = MeetingDialog(cell, 2026, meetings.new_meeting(cell, dt.date(2026, 2, 5)))
    qtbot.addWidget(dialog)
    assert _names(dialog) == ["Phạm Thị Dung", "Lê Văn Cường", "Nguyễn Văn An"]
    for combo in (dialog.form.chair, dialog.form.secretary):  # the same order to choose from
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "",
            *_names(dialog),
            "Trần Thị Bình",
            "Hoàng Văn Em",  # then by name, quần chúng last
        ]
    dialog.form.heldOn.setText("20/09/2026")
    dialog.form.heldOn.editingFinished.emit()
    assert _names(dialog) == ["Trần Thị Bình", "Nguyễn Văn An"]  # her post by then
    dialog.save()
    printed = meeting_printing.record_data(cell, dialog.saved.id)
    assert [line.full_name for line in printed.lines] == _names(dialog)


def test_a_commendation_names_whom_it_praises(qtbot, cell, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from chibo_app.core.meetings import Commendation
    from chibo_app.core.nominations import Kind as NominationKind
    from chibo_app.core.nominations import Nomination
    from chibo_app.services import cell as cell_service
    from chibo_app.services import nominations

    office = cell_service.add_unit(cell, "Văn phòng")
    nomination = nominations.save(
        cell,
        Nomination(2026, NominationKind.INDIVIDUAL, "Số hóa hồ sơ", cell.ids["an"], None, "Khác"),
    )
    draft = meetings.new_meeting(cell, dt.date(2026, 6, 5)).with_changes(
        commendations=(Commendation("Hoàn thành tốt", unit_id=office),)
    )
    dialog = MeetingDialog(cell, 2026, draft)
    qtbot.addWidget(dialog)
    table = dialog.form.commendations
    assert table.cellWidget(0, 0).currentText() == "Tập thể Văn phòng"
    choices = [table.cellWidget(0, 0).itemText(i) for i in range(table.cellWidget(0, 0).count())]
    by_nomination = "Đồng chí Nguyễn Văn An — theo đăng ký điển hình “Số hóa hồ sơ”"
    assert by_nomination in choices
    assert "Đồng chí Nguyễn Văn An" in choices and "Đồng chí Hoàng Văn Em" not in choices
    dialog.form.addCommendation.click()
    table.item(1, 1).setText("Đi đầu chuyển đổi số")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog.save()
    assert dialog.saved is None and "cần chọn đồng chí, tập thể" in warnings[0]
    combo = table.cellWidget(1, 0)
    combo.setCurrentIndex(combo.findText("Đồng chí Nguyễn Văn An"))
    dialog.form.addCommendation.click()
    third = table.cellWidget(2, 0)
    third.setCurrentIndex(third.findText(by_nomination))
    assert table.item(2, 1).text() == "Số hóa hồ sơ"  # the nomination's achievement
    dialog.save()
    assert dialog.saved is not None
    stored = dialog.saved.commendations
    assert [(c.unit_id, c.person_id, c.nomination_id) for c in stored] == [
        (office, None, None),
        (None, cell.ids["an"], None),
        (None, None, nomination.id),
    ]


def test_the_minutes_are_typed_during_the_meeting(qtbot, cell):
    """Agenda from the template, who said what one a line, the vote of the full members
    present (Bình, dự bị, does not vote), a guest, the resolution: saved and read back."""
    from chibo_app.core.minutes import AgendaItem, Guest, Opinion, Vote

    draft = meetings.new_meeting(cell, dt.date(2026, 9, 20))  # An (full) and Bình (dự bị)
    dialog = MeetingDialog(cell, 2026, draft)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.agendaList.count() == 3 and f.itemTitle.text().startswith("Đánh giá kết quả")
    assert "Biểu quyết: 1 đảng viên chính thức có mặt" in f.compositionSummary.text()
    assert f.votes.item(0, 1).text() == "1"  # unanimous until told otherwise
    f.itemPresenter.setCurrentText("Nguyễn Văn An")
    f.itemContent.setPlainText("Các phòng hoàn thành kế hoạch tháng.")
    f.itemOpinions.setPlainText("Trần Thị Bình: đề nghị số hóa hồ sơ.\nĐ/c An: thống nhất")
    f.agendaList.setCurrentRow(2)  # the first item is kept when another is shown
    f.itemOpinions.setPlainText("Thống nhất nhiệm vụ tháng tới.")
    f.votes.item(0, 3).setText("1")  # one "ý kiến khác": "tán thành" follows
    assert f.votes.item(0, 1).text() == "0"
    f.addGuest.click()
    f.guests.item(0, 0).setText("Trần Quốc Hùng")
    f.guests.item(0, 1).setText("Đảng ủy viên")
    f.guests.item(0, 2).setCheckState(Qt.CheckState.Checked)
    f.conclusions.setPlainText("Chi bộ thống nhất nghị quyết tháng 9.")
    dialog.save()
    assert dialog.saved is not None
    saved = meetings.get_meeting(cell, dialog.saved.id)
    assert saved.agenda[0] == AgendaItem(
        "Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị, công tác xây dựng Đảng trong "
        "tháng",
        "Nguyễn Văn An",
        "Các phòng hoàn thành kế hoạch tháng.",
        (Opinion("Trần Thị Bình", "đề nghị số hóa hồ sơ."), Opinion("An", "thống nhất")),
    )
    assert saved.agenda[2].opinions == (Opinion("", "Thống nhất nhiệm vụ tháng tới."),)
    assert saved.votes == (Vote("Thông qua nghị quyết sinh hoạt chi bộ tháng 9", 0, 0, 1),)
    assert saved.guests == (Guest("Trần Quốc Hùng", "Đảng ủy viên", True),)
    assert saved.conclusions == "Chi bộ thống nhất nghị quyết tháng 9."


def test_a_vote_counting_a_probationary_member_is_refused(qtbot, cell, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog = MeetingDialog(cell, 2026, meetings.new_meeting(cell, dt.date(2026, 9, 20)))
    qtbot.addWidget(dialog)
    dialog.form.votes.item(0, 1).setText("2")  # An and Bình: but Bình is dự bị
    dialog.save()
    assert dialog.saved is None
    assert "đảng viên dự bị không biểu quyết" in warned[0]


def test_the_template_follows_the_kind_and_keeps_what_was_typed(qtbot, cell):
    from chibo_app.core.meetings import MeetingKind, Topic
    from chibo_app.services import topics

    topics.save_topic(cell, Topic(2026, "Chuyển đổi số", planned_month=9))
    dialog = MeetingDialog(cell, 2026, meetings.new_meeting(cell, dt.date(2026, 9, 20)))
    qtbot.addWidget(dialog)
    f = dialog.form
    f.itemPresenter.setCurrentText("Nguyễn Văn An")  # the first item, now filled in
    f.kind.setCurrentIndex(f.kind.findData(MeetingKind.THEMATIC))
    f.topics.item(0).setCheckState(Qt.CheckState.Checked)
    f.useTemplate.click()
    titles = [f.agendaList.item(i).text() for i in range(f.agendaList.count())]
    assert titles[0].startswith("1. Đánh giá kết quả")  # kept: it was filled in
    assert titles[1] == "2. Trình bày chuyên đề “Chuyển đổi số”"
    assert len(titles) == 4


def test_the_editor_fits_the_small_screen(qtbot, cell):
    dialog = MeetingDialog(cell, 2026, meetings.new_meeting(cell, dt.date(2026, 9, 20)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1280 and dialog.height() <= 720
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720


def test_the_title_follows_the_date_and_kind_being_edited(qtbot, cell, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from chibo_app.core.meetings import MeetingKind

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(args[2]))

    dialog = MeetingDialog(cell, 2026, meetings.new_meeting(cell, dt.date(2026, 2, 5)))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Buổi sinh hoạt mới — Thường kỳ, 05/02/2026"
    dialog.form.heldOn.setText("6/3/2026")
    assert dialog.windowTitle() == "Buổi sinh hoạt mới — Thường kỳ, 06/03/2026"
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData(MeetingKind.EXTRAORDINARY))
    assert dialog.windowTitle() == "Buổi sinh hoạt mới — Bất thường, 06/03/2026"
    dialog.form.heldOn.setText("6/3/20")  # not a date yet: shown as typed
    assert dialog.windowTitle() == "Buổi sinh hoạt mới — Bất thường, 6/3/20"
    dialog.form.heldOn.setText("06/03/2026")
    dialog.save()
    reopened = MeetingDialog(cell, 2026, meetings.get_meeting(cell, dialog.saved.id))
    qtbot.addWidget(reopened)
    assert reopened.windowTitle() == "Sửa buổi sinh hoạt — Bất thường, 06/03/2026"
