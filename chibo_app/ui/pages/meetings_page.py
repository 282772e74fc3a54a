"""Sinh hoạt: the year's meetings month by month (whether each month had its regular
meeting), the year's topics (whether each has been held), and the meeting record."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.meetings import Meeting, MeetingKind, MeetingRow, MonthView
from chibo_app.errors import ChiboError
from chibo_app.services import meetings, topics
from chibo_app.services.session import Session
from chibo_app.services.topics import TopicRow
from chibo_app.ui.core_text import error_text
from chibo_app.ui.forms import load_form
from chibo_app.ui.models.meetings_model import MEETING_ROLE, MeetingsModel
from chibo_app.ui.models.meetings_topics_model import TOPIC_ROLE, TopicsModel
from chibo_app.ui.pages.base import Loader, Page

if TYPE_CHECKING:
    from chibo_app.services.papers import Paper
    from chibo_app.ui.plan_print_actions import PrintRun


class _Data(NamedTuple):
    months: list[MonthView]
    topics: list[TopicRow]
    summary: meetings.YearSummary


TITLE_CHARS = 24  # the topics' title column is never narrower (average characters)


class MeetingsPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self._select_after: int | None = None
        self.model = MeetingsModel(self)
        self.topics_model = TopicsModel(self)
        self._build()
        self.reload()

    def _build(self) -> None:
        """The layout is the Designer form forms/meetings_page.ui; here only behaviour."""
        f = self.form = load_form("meetings_page", self)
        QVBoxLayout(self).addWidget(f)
        self.summary = f.meetingsSummary
        self.next_button, self.new_button = f.nextMeeting, f.newMeeting
        self.open_button, self.delete_button = f.openMeeting, f.deleteMeeting
        self.print_button = f.printMeeting
        self.next_button.clicked.connect(self.new_regular)
        self.new_button.clicked.connect(self.new_other)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.print_button.clicked.connect(self.print_current)

        self.view = f.meetingsView
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self.open_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.topics_view = f.topicsView
        self.topics_view.setModel(self.topics_model)
        header = self.topics_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A long title shows two lines, cut with "…" (the whole of it in the tooltip),
        # never the five or six lines a narrow column wraps it to.
        rows = self.topics_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.topics_view.fontMetrics().lineSpacing() + 8)
        self.topics_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.topics_view.doubleClicked.connect(self.edit_topic)
        self.topics_label = f.topicsLabel
        self.add_topic_button, self.edit_topic_button = f.addTopic, f.editTopic
        self.delete_topic_button = f.deleteTopic
        self.add_topic_button.clicked.connect(self.add_topic)
        self.edit_topic_button.clicked.connect(self.edit_topic)
        self.delete_topic_button.clicked.connect(self.delete_topic)
        f.splitter.setStretchFactor(0, 3)
        f.splitter.setStretchFactor(1, 2)

    # Data ------------------------------------------------------------------------------

    def loader(self) -> Loader:
        year = self.year

        def load(session: Session) -> _Data:
            views = meetings.months(session, year)
            rows = topics.topic_rows(session, year)
            return _Data(views, rows, meetings.year_summary(session, year, views, rows))

        return load

    def show_data(self, data: _Data) -> None:
        self.model.set_months(data.months)
        self.view.expandAll()
        for column in range(self.model.columnCount() - 1):  # the topics column stretches
            self.view.resizeColumnToContents(column)
        rows = data.topics
        self.topics_model.set_rows(rows)
        self._fit_topics()
        s = data.summary
        held = sum(1 for r in rows if r.held)
        self.topics_label.setText(
            self.tr("Chuyên đề năm %1: đã sinh hoạt %2/%3")
            .replace("%1", str(self.year))
            .replace("%2", str(held))
            .replace("%3", str(len(rows)))
        )
        text = (
            self.tr("Sinh hoạt thường kỳ: %1/%2 tháng. Sinh hoạt chuyên đề: %3 buổi.")
            .replace("%1", str(s.months_with_regular))
            .replace("%2", str(s.months_begun))
            .replace("%3", str(s.thematic_held))
        )
        if s.missing_months:
            text += " " + self.tr("Chưa sinh hoạt: tháng %1.").replace(
                "%1", ", ".join(map(str, s.missing_months))
            )
        if s.average_rate is not None:
            text += " " + self.tr("Tỷ lệ dự họp bình quân: %1.").replace(
                "%1", meetings.percent_text(s.average_rate)
            )
        self.summary.setText(text)
        if self._select_after is not None:
            self.select_meeting(self._select_after)
            self._select_after = None
        self._update_buttons()

    def selected_meeting(self) -> MeetingRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = index.siblingAtColumn(0).data(MEETING_ROLE)
        return row if isinstance(row, MeetingRow) else None

    def _fit_topics(self) -> None:
        """The topics side never narrower than its short columns and TITLE_CHARS of the
        title: the splitter takes the room from the meetings, which scroll sideways."""
        view = self.topics_view
        header = view.horizontalHeader()
        others = sum(
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(1, self.topics_model.columnCount())
        )
        title = TITLE_CHARS * view.fontMetrics().averageCharWidth()
        scroll = view.verticalScrollBar().sizeHint().width()
        self.form.topicsBox.setMinimumWidth(others + title + scroll + 2 * view.frameWidth())

    def selected_topic(self) -> TopicRow | None:
        index = self.topics_view.currentIndex()
        row = index.siblingAtColumn(0).data(TOPIC_ROLE) if index.isValid() else None
        return row if isinstance(row, TopicRow) else None

    def select_meeting(self, meeting_id: int) -> bool:
        for month in range(self.model.rowCount()):
            head = self.model.item(month, 0)
            for child in range(head.rowCount()):
                row = head.child(child, 0).data(MEETING_ROLE)
                if isinstance(row, MeetingRow) and row.meeting.id == meeting_id:
                    self.view.setCurrentIndex(head.child(child, 0).index())
                    return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_meeting() is not None
        for button in (self.open_button, self.delete_button, self.print_button):
            button.setEnabled(chosen)

    # Meetings --------------------------------------------------------------------------

    def new_regular(self) -> None:
        try:
            draft = meetings.draft_next_regular(self.session, self.year)
        except ChiboError as error:  # the viewed year's twelve months are all held
            QMessageBox.information(self, self.tr("Sinh hoạt tháng tiếp theo"), error_text(error))
            return
        self.edit_meeting(draft)

    def new_other(self) -> None:
        today = self.session.today()
        day = today if today.year == self.year else dt.date(self.year, 1, 1)
        self.edit_meeting(meetings.new_meeting(self.session, day, MeetingKind.THEMATIC))

    def open_current(self) -> None:
        row = self.selected_meeting()
        if row is not None and row.meeting.id is not None:
            # The list's rows carry counts, not attendance lines: the editor reads the
            # meeting as stored now.
            self.edit_meeting(meetings.get_meeting(self.session, row.meeting.id))

    def edit_meeting(self, meeting: Meeting) -> Meeting | None:
        from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog  # noqa: PLC0415 - lazy

        dialog = MeetingDialog(self.session, self.year, meeting, self)
        dialog.exec()
        if dialog.saved is not None:
            self._changed(dialog.saved.id)
        return dialog.saved

    def delete_current(self) -> None:
        row = self.selected_meeting()
        if row is None or row.meeting.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa buổi sinh hoạt"),
            self.tr("Xóa buổi sinh hoạt ngày %1 cùng điểm danh của buổi đó?").replace(
                "%1", self.model.itemFromIndex(self.view.currentIndex().siblingAtColumn(0)).text()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            meetings.delete_meeting(self.session, row.meeting.id)
            self._changed(None)

    def print_current(self) -> None:
        row = self.selected_meeting()
        if row is None or row.meeting.id is None:
            return
        from chibo_app.services.meeting_printing import minutes_numbering  # noqa: PLC0415
        from chibo_app.ui import reissue  # noqa: PLC0415

        meeting_id = row.meeting.id
        offer = reissue.offer(
            self, lambda: minutes_numbering(self.session, meeting_id), "BB", self.session
        )
        if offer is None:
            return
        number: int | None = None
        if offer.note and not offer.replace:
            number = self._chosen_number(offer.note, offer.number)
            if number is None:
                return
        self.print_record(meeting_id, offer.replace, number)

    def _chosen_number(self, note: str, number: int) -> int | None:
        """The minutes carry the meeting's date: say where their number stands in the
        register when it is not simply the next (an earlier meeting's minutes typed up
        after a later one's), and let the secretary take a number reserved for them;
        None when cancelled."""
        box = QInputDialog(self)
        box.setObjectName("minutesNumberBox")
        box.setWindowTitle(self.tr("Số biên bản"))
        box.setLabelText(note + "\n\n" + self.tr("Số biên bản (có thể nhập số đã giữ):"))
        box.setInputMode(QInputDialog.InputMode.IntInput)
        box.setIntRange(1, 9999)
        box.setIntValue(number)
        box.setOkButtonText(self.tr("Tiếp tục in"))
        box.setCancelButtonText(self.tr("Hủy"))
        label = box.findChild(QLabel)
        if label is not None:  # the note is a long sentence: wrap it, keep the box narrow
            label.setWordWrap(True)
        box.setMaximumWidth(640)
        return box.intValue() if box.exec() == QDialog.DialogCode.Accepted else None

    def print_record(
        self, meeting_id: int, replace: bool = False, number: int | None = None
    ) -> PrintRun:
        """The attendance list and minutes laid out on a worker (reportlab's first load
        stays off the GUI thread), then their print preview: recorded, and the register
        page refreshed, only when printed or saved there."""
        from chibo_app.ui.plan_print_actions import PreviewRun  # noqa: PLC0415 - lazy

        def prepare(worker: Session) -> Paper[Any]:
            from chibo_app.services import meeting_printing  # noqa: PLC0415 - reportlab

            return meeting_printing.record_paper(worker, meeting_id, replace=replace, number=number)

        self.print_button.setEnabled(False)
        run = PreviewRun(
            self, self.session, prepare, self.tr("Đang in biên bản…"), "minutes", cancellable=False
        )
        run.finished.connect(self._printed)
        run.recorded.connect(self.data_changed)
        self._print_run = run  # kept until it finishes
        return run

    def _printed(self, ok: bool) -> None:
        self.print_button.setEnabled(self.selected_meeting() is not None)
        if ok:
            self.data_changed.emit()  # the document register has new entries

    # Topics ----------------------------------------------------------------------------

    def add_topic(self) -> None:
        self._edit_topic(None)

    def edit_topic(self) -> None:
        row = self.selected_topic()
        if row is not None:
            self._edit_topic(row)

    def _edit_topic(self, row: TopicRow | None) -> None:
        from chibo_app.ui.dialogs.topic_dialog import TopicDialog  # noqa: PLC0415 - lazy

        dialog = TopicDialog(self.session, self.year, row.topic if row else None, self)
        dialog.exec()
        if dialog.saved is not None:
            self._changed(None)

    def delete_topic(self) -> None:
        row = self.selected_topic()
        if row is None or row.topic.id is None:
            return
        try:
            topics.delete_topic(self.session, row.topic.id)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Không xóa được"), error_text(error))
            return
        self._changed(None)

    def _changed(self, meeting_id: int | None) -> None:
        """After this page's own step: read again off the GUI thread, the meeting
        selected again when it is shown."""
        self._select_after = meeting_id
        self.refresh()
        self.data_changed.emit()
