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
