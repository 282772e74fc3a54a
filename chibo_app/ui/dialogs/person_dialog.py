"""Add or edit a person: every field of the register, and the positions history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.dates import to_display
from chibo_app.core.edits import ChangedElsewhere
from chibo_app.core.member_kinds import person_warnings
from chibo_app.core.people import (
    FIELD_LABELS,
    KIND_LABELS,
    PARTIAL_DATE_FIELDS,
    SEXES,
    Kind,
    Person,
    Position,
    PositionKind,
    Status,
    status_label,
)
from chibo_app.core.person_events import KIND_LABELS as RECORD_KINDS
from chibo_app.core.person_events import EventKind, PersonEvent
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell, meetings, people, person_events
from chibo_app.services.session import Session
from chibo_app.ui.changed_elsewhere import save_anyway
from chibo_app.ui.confirm import confirm
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.dialogs.person_event_dialog import PersonEventDialog
from chibo_app.ui.dialogs.position_dialog import PositionDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.models.person_events_model import PersonEventsModel
from chibo_app.ui.models.positions_model import PositionsModel
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.date_field import read_date, set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors

_DATE_WIDGETS = {
    "birth_date": "birthDate",
    "admitted_on": "admittedOn",
    "full_member_on": "fullMemberOn",
}
_TEXT_WIDGETS = {
    "full_name": "fullName",
    "party_card": "partyCard",
    "phone": "phone",
    "email": "email",
}


class PersonDialog(EditorDialog):
    """Nothing is written until “Lưu”; a refused save keeps everything typed."""

    def __init__(
        self,
        session: Session,
        person_id: int | None = None,
        parent: QWidget | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.year = year if year is not None else session.today().year  # for the attendance
        self.person = (
            people.get_person(session, person_id) if person_id is not None else Person(full_name="")
        )
        self.saved_id: int | None = None
        self.form: Any = load_form("person_dialog", self)
        self.setWindowTitle(
            self.tr("Sửa thông tin người") if person_id is not None else self.tr("Thêm người")
        )
        self.setStyleSheet(FIELD_STYLE)
        self.setMinimumWidth(560)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if person_id is not None:
            history = buttons.addButton(
                self.tr("Lịch sử thay đổi…"), QDialogButtonBox.ButtonRole.HelpRole
            )
            history.clicked.connect(self._show_history)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self._fill_choices()
        self._show_person()
        self._show_attendance()
        self._setup_positions()
        self._setup_records()
        widgets = {
            **{k: getattr(self.form, v) for k, v in {**_TEXT_WIDGETS, **_DATE_WIDGETS}.items()},
            "sex": self.form.sex,
            "kind": self.form.kind,
            "unit_id": self.form.unit,
            "notes": self.form.notes,
        }
        self.errors = FieldErrors(
            self.form.infoLayout, widgets, self.form.errorSummary, FIELD_LABELS
        )
        for widget in (self.form.admittedOn, self.form.fullMemberOn):
            widget.textChanged.connect(self._show_warnings)
        self.form.kind.currentIndexChanged.connect(self._show_warnings)
        self._show_warnings()
        self.form.fullName.setFocus()

    def _show_warnings(self) -> None:
        """What to check, shown as the secretary types; the save is never refused for it."""
        admitted, _problem = read_date(self.form.admittedOn, partial=True)
        full, _problem = read_date(self.form.fullMemberOn, partial=True)
        warnings = person_warnings(
            Kind(self.form.kind.currentData()), admitted, full, self.session.today()
        )
        self.form.kindWarning.setText("\n".join(core_message(w) for w in warnings.values()))
        self.form.kindWarning.setVisible(bool(warnings))

    def _show_history(self) -> None:
        from chibo_app.ui.dialogs.history_dialog import HistoryDialog  # noqa: PLC0415 - lazy

        if self.person.id is not None:
            HistoryDialog(self.session, self.person.id, self).exec()

    # Filling ----------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.form.sex.addItem(self.tr("(không rõ)"), None)
        for sex in SEXES:
            self.form.sex.addItem(core_label(sex), sex)
        for kind, label in KIND_LABELS.items():
            self.form.kind.addItem(core_label(label), kind)
        self.form.unit.addItem("", None)
        for unit in cell.list_units(self.session):
            if unit["active"] or unit["id"] == self.person.unit_id:
                self.form.unit.addItem(str(unit["name"]), unit["id"])
        self.form.unit.lineEdit().setPlaceholderText(self.tr("chọn hoặc gõ tên đơn vị mới"))

    def _show_person(self) -> None:
        p = self.person
        for name, widget in _TEXT_WIDGETS.items():
            getattr(self.form, widget).setText(getattr(p, name) or "")
        for name, widget in _DATE_WIDGETS.items():
            set_date(getattr(self.form, widget), getattr(p, name))
        self.form.sex.setCurrentIndex(max(0, self.form.sex.findData(p.sex)))
        self.form.kind.setCurrentIndex(self.form.kind.findData(p.kind))
        self.form.unit.setCurrentIndex(max(0, self.form.unit.findData(p.unit_id)))
        self.form.notes.setPlainText(p.notes or "")
        status = core_label(status_label(p.status, p.kind))
        if p.status != Status.ACTIVE:
            status += " — " + to_display(p.status_date)
            if p.status_note:
                status += " — " + p.status_note
        self.form.status.setText(status)

    def _show_attendance(self) -> None:
        """The person's meeting attendance of the year, read-only (not for a new person or
        someone never on a meeting's roll, such as non-party staff)."""
        counts = (
            meetings.person_attendance(self.session, self.person.id, self.year)
            if self.person.id is not None
            else None
        )
        shown = counts is not None and (counts.total > 0 or self.person.kind != Kind.NON_PARTY)
        self.form.attendanceLabel.setText(
            self.tr("Sinh hoạt chi bộ năm %1:").replace("%1", str(self.year))
        )
        self.form.attendance.setText(
            core_message(meetings.rate_text(counts)) if counts is not None else ""
        )
        self.form.infoLayout.setRowVisible(self.form.attendance, shown)

    def _setup_positions(self) -> None:
        self.positions = PositionsModel(self.session.today(), self)
        self._original_positions: list[Position] = (
            people.list_positions(self.session, self.person.id) if self.person.id else []
        )
        self.positions.set_items(self._original_positions)
        view = self.form.positionsView
        view.setModel(self.positions)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._edit_position)
        self.form.addPosition.clicked.connect(self._add_position)
        self.form.editPosition.clicked.connect(self._edit_position)
        self.form.endPosition.clicked.connect(self._end_position)
        self.form.deletePosition.clicked.connect(self._delete_position)
        view.selectionModel().selectionChanged.connect(self._update_position_buttons)
        self._update_position_buttons()

    # Records the classification reads (saved at once, each in its own dialog) -----

    def _setup_records(self) -> None:
        self.records = PersonEventsModel(self)
        view = self.form.recordsView
        view.setModel(self.records)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._edit_record)
        self.form.addRecord.clicked.connect(self._add_record)
        self.form.editRecord.clicked.connect(self._edit_record)
        self.form.deleteRecord.clicked.connect(self._delete_record)
        view.selectionModel().selectionChanged.connect(self._update_record_buttons)
        known = self.person.id is not None
        self.form.addRecord.setEnabled(known)
        if not known:
            self.form.recordsHint.setText(
                self.tr("Lưu người này trước, rồi thêm kỷ luật, nghỉ dài ngày… (nếu có).")
            )
        self._reload_records()

    def _reload_records(self) -> None:
        if self.person.id is not None:
            self.records.set_items(person_events.events_of(self.session, self.person.id))
        self._update_record_buttons()

    def _selected_record(self) -> int | None:
        rows = self.form.recordsView.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_record_buttons(self) -> None:
        chosen = self._selected_record() is not None
        self.form.editRecord.setEnabled(chosen)
        self.form.deleteRecord.setEnabled(chosen)

    def _add_record(self) -> None:
        if self.person.id is not None:
            blank = PersonEvent(self.person.id, EventKind.DISCIPLINE)
            if PersonEventDialog(self.session, blank, self).exec():
                self._reload_records()

    def _edit_record(self) -> None:
        row = self._selected_record()
        if row is not None:
            if PersonEventDialog(self.session, self.records.item(row), self).exec():
                self._reload_records()

    def _delete_record(self) -> None:
        row = self._selected_record()
        if row is None:
            return
        event = self.records.item(row)
        text = self.tr("Xóa hồ sơ “%1”? Việc xóa được ghi vào lịch sử thay đổi.").replace(
            "%1", core_label(RECORD_KINDS[event.kind])
        )
        if not confirm(self, self.tr("Xóa hồ sơ"), text, self.tr("Xóa")):
            return
        try:
            person_events.delete_event(self.session, event.id or 0)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa xóa được"), error_text(error))
            return
        except storage_errors() as error:
            show_save_failure(self, error)
            return
        self._reload_records()

    # Positions (kept in memory until the person is saved) --------------------

    def _selected_position(self) -> int | None:
        rows = self.form.positionsView.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_position_buttons(self) -> None:
        chosen = self._selected_position() is not None
        for name in ("editPosition", "endPosition", "deletePosition"):
            getattr(self.form, name).setEnabled(chosen)

    def _add_position(self) -> None:
        self._run_position_dialog(None, Position(self.person.id or 0, PositionKind.PARTY, ""))

    def _edit_position(self) -> None:
        row = self._selected_position()
        if row is not None:
            self._run_position_dialog(row, self.positions.item(row))

    def _end_position(self) -> None:
        row = self._selected_position()
        if row is None:
            return
        item = self.positions.item(row)
        if item.end_date is None:
            item = Position(**{**item.__dict__, "end_date": self.session.today().isoformat()})
        self._run_position_dialog(row, item)

    def _delete_position(self) -> None:
        row = self._selected_position()
        if row is not None:
            items = self.positions.items()
            del items[row]
            self.positions.set_items(items)

    def _run_position_dialog(self, row: int | None, item: Position) -> None:
        dialog = PositionDialog(item, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        items = self.positions.items()
        if row is None:
            items.append(dialog.position())
        else:
            items[row] = dialog.position()
        self.positions.set_items(items)

    # Saving -------------------------------------------------------------------

    def collect(self) -> tuple[Person, dict[str, str]]:
        """The person as typed, and the dates that could not be read."""
        values: dict[str, object] = {
            name: getattr(self.form, widget).text() for name, widget in _TEXT_WIDGETS.items()
        }
        problems: dict[str, str] = {}
        for name, widget in _DATE_WIDGETS.items():
            # old records give an admission as "01/2019" or "quý I/2019": kept as written
            partial = name in PARTIAL_DATE_FIELDS
            values[name], problem = read_date(getattr(self.form, widget), partial)
            if problem:
                problems[name] = problem
        values["sex"] = self.form.sex.currentData()
        values["kind"] = Kind(self.form.kind.currentData())
        values["notes"] = self.form.notes.toPlainText()
        values["unit_id"] = self._chosen_unit_id()
        return self.person.with_changes(**values), problems

    def _chosen_unit_id(self) -> int | None:
        """The id of the unit named in the box; None when empty or a new name."""
        text = clean(self.form.unit.currentText())
        index = self.form.unit.findText(text)
        return self.form.unit.itemData(index) if text and index >= 0 else None

    def save_changes(self) -> None:
        self.save()

    def save(self) -> None:
        person, problems = self.collect()
        new_unit = clean(self.form.unit.currentText()) if person.unit_id is None else ""
        if problems:
            # Also report what else is wrong, without writing anything.
            others = people.check(self.session, people.normalise(person))
            self.errors.show({**others, **problems}, self.tr("Chưa lưu được. Hãy sửa:"))
            return
        try:
            person_id = self._save_over_others(person, new_unit or None)
        except ValidationError as error:
            self.errors.show(error.messages, self.tr("Chưa lưu được. Hãy sửa:"))
            return
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return
        except storage_errors() as error:  # disk full, read-only file: nothing written
            show_save_failure(self, error)
            return
        if person_id is None:  # changed elsewhere; the secretary went back to editing
            return
        self.saved_id = person_id
        self.accept()

    def _save_over_others(self, person: Person, new_unit: str | None) -> int | None:
        """Save only what was changed here; when someone else changed this person since
        the dialog opened (an import, a command), ask first. None: back to editing."""
        loaded = (self.person, self._original_positions)
        items = self.positions.items()
        try:
            return people.save_with_positions(self.session, person, items, new_unit, loaded=loaded)
        except ChangedElsewhere as changed:
            if not save_anyway(self, changed):
                return None
        return people.save_with_positions(
            self.session, person, items, new_unit, loaded=loaded, overwrite=True
        )
