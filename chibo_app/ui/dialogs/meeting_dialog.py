"""The meeting editor (Designer form forms/meeting_dialog.ui): date, kind, times, place,
chair and secretary; attendance of everyone on the roll of the meeting's day (it follows
a change of date), with the members by kind and the voters; the guests; the agenda, each
item with what was presented and who said what; the votes and the resolution; topics
discussed; commendations, each of a comrade, a collective or a nomination's subject, and
what for. A new meeting starts from its kind's template or last month's agenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.dates import to_display
from chibo_app.core.edits import ChangedElsewhere
from chibo_app.core.meetings import (
    KIND_LABELS,
    Attendance,
    Meeting,
    MeetingKind,
    agenda_template,
    parse_time,
)
from chibo_app.core.minutes import Composition
from chibo_app.core.text import name_sort_key
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import meetings, people, topics
from chibo_app.services.session import Session
from chibo_app.ui.changed_elsewhere import save_anyway
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.commendations_editor import CommendationsEditor
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.dialogs.minutes_editors import AgendaEditor, GuestsEditor, VotesEditor
from chibo_app.ui.forms import load_form
from chibo_app.ui.models.meetings_attendance_model import AttendanceModel, Col


class MeetingDialog(EditorDialog):
    def __init__(
        self, session: Session, year: int, meeting: Meeting, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.year, self.meeting = session, year, meeting
        self.saved: Meeting | None = None
        self.form: Any = load_form("meeting_dialog", self)
        self.setWindowTitle(self._title(meeting.kind, meeting.held_on))
        self.resize(860, 680)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.attendance = AttendanceModel(self)
        view = self.form.attendanceView
        view.setModel(self.attendance)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(Col.REASON, QHeaderView.ResizeMode.Stretch)
        self.attendance.dataChanged.connect(self._show_counts)
        self.attendance.modelReset.connect(self._show_counts)
        self._composition = Composition()
        self._load()
        self.form.heldOn.editingFinished.connect(self.follow_date)
        self.form.heldOn.textChanged.connect(self._follow_title)
        self.form.kind.currentIndexChanged.connect(self._follow_title)

    def _title(self, kind: MeetingKind, held_on: str) -> str:
        """ "Buổi sinh hoạt mới — Thường kỳ, 06/12/2026": the kind and day as edited."""
        title = self.tr("Sửa buổi sinh hoạt") if self.meeting.id else self.tr("Buổi sinh hoạt mới")
        day = to_display(held_on) if held_on else ""
        return f"{title} — {core_label(KIND_LABELS[kind])}, {day}".rstrip(", ")

    def _follow_title(self) -> None:
        """The title follows the date and kind being edited (a date not yet readable
        shows as typed)."""
        typed = self.form.heldOn.text().strip()
        try:
            held_on = meetings.parse_day(typed)
        except ValidationError:
            held_on = ""
        kind = MeetingKind(self.form.kind.currentData())
        title = self._title(kind, held_on)
        self.setWindowTitle(title if held_on or not typed else f"{title}, {typed}")

    def _load(self) -> None:
        self.meeting = meetings.with_roll(self.session, self.meeting)
        self._roll_day = self.meeting.held_on
        f, m = self.form, self.meeting
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(core_label(label), kind)
        f.kind.setCurrentIndex(max(0, f.kind.findData(m.kind)))
        f.heldOn.setText(to_display(m.held_on))
        f.startTime.setText(m.start_time)
        f.endTime.setText(m.end_time)
        f.place.setText(m.place)
        ids = [a.person_id for a in m.attendance]
        ids += [i for i in (m.chair_id, m.secretary_id) if i is not None]
        names = self._names(ids)
        for combo, chosen in ((f.chair, m.chair_id), (f.secretary, m.secretary_id)):
            combo.addItem("", None)
            for person_id in meetings.ids_in_list_order(self.session, m.held_on, names):
                combo.addItem(names[person_id], person_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self._show_lines(m.attendance)
        f.content.setPlainText(m.content)
        f.conclusions.setPlainText(m.conclusions)
        for row in topics.topic_rows(self.session, self.year):
            planned = core_message(row.planned) if row.planned else self.tr("chưa định")
            item = QListWidgetItem(f"{row.topic.title} ({planned})")
            item.setData(Qt.ItemDataRole.UserRole, row.topic.id)
            item.setCheckState(
                Qt.CheckState.Checked if row.topic.id in m.topic_ids else Qt.CheckState.Unchecked
            )
            f.topics.addItem(item)
        self.praise = CommendationsEditor(
            f.commendations,
            f.addCommendation,
            f.removeCommendation,
            meetings.praise_choices(self.session, m),
        )
        self.praise.set_items(m.commendations)
        present = sorted(names.values(), key=name_sort_key)
        self.agenda = AgendaEditor(
            f.agendaList,
            f.itemTitle,
            f.itemPresenter,
            f.itemContent,
            f.itemOpinions,
            f.addItem,
            f.removeItem,
            present,
        )
        self.agenda.set_items(m.agenda)
        self.votes = VotesEditor(f.votes, f.addVote, f.removeVote)
        self.votes.follow_voters(self._composition.voters)
        self.guests = GuestsEditor(f.guests, f.addGuest, f.removeGuest)
        self.guests.set_guests(m.guests)
        f.useTemplate.clicked.connect(self.use_template)
        self._show_counts()
        self.votes.set_votes(m.votes)

    def use_template(self) -> None:
        """The usual agenda of this kind of meeting (with the topics ticked), kept items
        that were filled in; and its votes when there are none yet."""
        kind = MeetingKind(self.form.kind.currentData())
        titles = [t for t, tid in self._topic_titles() if tid in self._checked(self.form.topics)]
        try:
            month = int(meetings.parse_day(self.form.heldOn.text())[5:7])
        except ValidationError:
            month = self.meeting.day.month
        agenda, votes = agenda_template(kind, month, titles)
        filled = [i for i in self.agenda.items() if i.content or i.opinions or i.presenter]
        known = {i.title for i in filled}
        self.agenda.set_items([*filled, *(i for i in agenda if i.title not in known)])
        if not self.votes.votes():
            self.votes.set_votes(votes)

    def _topic_titles(self) -> list[tuple[str, int]]:
        widget = self.form.topics
        items = [widget.item(i) for i in range(widget.count())]
        return [(i.text().rsplit(" (", 1)[0], i.data(Qt.ItemDataRole.UserRole)) for i in items]

    def _show_lines(self, lines: tuple[Attendance, ...]) -> None:
        """The roll in the printed attendance list's order (posts, then names)."""
        names = self._names([a.person_id for a in lines])
        ordered = meetings.in_list_order(self.session, self._roll_day, lines)
        self.attendance.set_lines(ordered, names)

    def follow_date(self) -> None:
        """A new date brings the roll of that day: the marks of those still on it kept,
        newcomers present, those not members that day removed."""
        try:
            day = meetings.parse_day(self.form.heldOn.text())
        except ValidationError:
            return  # said when saving
        if day == self._roll_day:
            return
        moved = meetings.with_roll(
            self.session, self.meeting.with_changes(held_on=day, attendance=self.attendance.lines())
        )
        self._roll_day = day
        self._show_lines(moved.attendance)

    def _names(self, ids: list[int]) -> dict[int, str]:
        return people.names(self.session, ids) if ids else {}

    def _show_counts(self) -> None:
        c = self.attendance.counts()
        self.form.attendanceSummary.setText(
            self.tr("Có mặt %1/%2, vắng có lý do %3, vắng không lý do %4, đến muộn %5")
            .replace("%1", str(c.present))
            .replace("%2", str(c.total))
            .replace("%3", str(c.excused))
            .replace("%4", str(c.absent))
            .replace("%5", str(c.late))
        )
        self._composition = meetings.composition(
            self.session,
            self.meeting.with_changes(held_on=self._roll_day, attendance=self.attendance.lines()),
        )
        k = self._composition
        self.form.compositionSummary.setText(
            self.tr(
                "Đảng viên của Chi bộ: %1 (chính thức %2, dự bị %3, miễn công tác và sinh hoạt "
                "đảng %4). Biểu quyết: %5 đảng viên chính thức có mặt."
            )
            .replace("%1", str(k.members))
            .replace("%2", str(k.full))
            .replace("%3", str(k.probationary))
            .replace("%4", str(k.exempted))
            .replace("%5", str(k.voters))
        )
        self.form.votersLabel.setText(
            self.tr(
                "Người biểu quyết: %1 đảng viên chính thức có mặt (đảng viên dự bị không biểu "
                "quyết — Điều lệ Đảng, Điều 3). Số tán thành tự tính theo số có mặt trừ hai "
                "cột bên cạnh."
            ).replace("%1", str(k.voters))
        )
        if hasattr(self, "votes"):
            self.votes.follow_voters(k.voters)

    def _checked(self, widget: Any) -> list[int]:
        items = [widget.item(i) for i in range(widget.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def collect(self) -> Meeting:
        f = self.form
        self.follow_date()
        problems: dict[str, str] = {}
        times = {}
        for key, widget in (("start_time", f.startTime), ("end_time", f.endTime)):
            try:
                times[key] = parse_time(widget.text())
            except ValueError:
                problems[key] = self.tr("Giờ “%1” chưa đúng (ví dụ 14:00).").replace(
                    "%1", widget.text()
                )
        if problems:
            raise ValidationError(problems)
        return self.meeting.with_changes(
            held_on=meetings.parse_day(f.heldOn.text()),
            kind=MeetingKind(f.kind.currentData()),
            place=f.place.text(),
            chair_id=f.chair.currentData(),
            secretary_id=f.secretary.currentData(),
            content=f.content.toPlainText(),
            conclusions=f.conclusions.toPlainText(),
            topic_ids=tuple(self._checked(f.topics)),
            attendance=self.attendance.lines(),
            commendations=self.praise.items(),
            guests=self.guests.guests(),
            agenda=self.agenda.items(),
            votes=self.votes.votes(),
            **times,
        )

    def save_changes(self) -> None:
        self.save()

    def save(self) -> None:
        try:
            edited = self.collect()
            try:
                self.saved = meetings.save_meeting(self.session, edited, loaded=self.meeting)
            except ChangedElsewhere as changed:
                if not save_anyway(self, changed):
                    return
                self.saved = meetings.save_meeting(
                    self.session, edited, loaded=self.meeting, overwrite=True
                )
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return
        self.accept()
