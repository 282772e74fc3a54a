"""Đảng viên: the register, searchable as you type, with add, edit, leave and delete."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from chibo_app.core.changes import Changes
from chibo_app.core.people import KIND_LABELS, STATUS_LABELS, PersonRowView, Status
from chibo_app.errors import ChiboError
from chibo_app.services import cell, people
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.models.people_model import ROW_ROLE, Col, PeopleModel, Prepared, prepare
from chibo_app.ui.models.people_proxy import PeopleFilter
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.pages.people_view import PeopleView
from chibo_app.ui.search_keys import lead_search_to_list
from chibo_app.ui.widgets.flow_layout import flow_children
from chibo_app.ui.widgets.selected_rows import selected_rows

PATCH_LIMIT = 200  # more people changed elsewhere than this: read the whole register again


class _Data(NamedTuple):
    prepared: Prepared
    units: list[str]


def _load(session: Session) -> _Data:
    """The register and the unit names (any thread)."""
    units = [str(unit["name"]) for unit in cell.list_units(session)]
    return _Data(prepare(people.list_rows(session)), units)


class PeoplePage(Page):
    count_changed = Signal(int)  # total number of people in the register

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()
        self.view.size_columns()
        self.view.horizontalHeader().setSortIndicator(Col.NAME, Qt.SortOrder.AscendingOrder)

    # Layout ------------------------------------------------------------------

    def _build(self) -> None:
        """The layout is forms/people_page.ui; here, the filters' items and the signals."""
        self.form = form = self.use_form("people_page", custom=(PeopleView,))
        self.search: QLineEdit = form.peopleSearch
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        self.kind: QComboBox = form.kindFilter
        self.kind.addItem(self.tr("Tất cả các loại"), None)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(core_label(label), kind)
        self.unit: QComboBox = form.unitFilter
        self.status: QComboBox = form.statusFilter
        for status, label in STATUS_LABELS.items():
            self.status.addItem(core_label(label), status)
        self.status.addItem(self.tr("Tất cả trạng thái"), None)
        for box in (self.kind, self.unit, self.status):
            box.currentIndexChanged.connect(self._criteria_changed)

        self.add_button: QPushButton = form.addPerson
        self.edit_button: QPushButton = form.editPerson
        self.leave_button: QPushButton = form.personLeaves
        self.return_button: QPushButton = form.personReturns
        self.kind_button: QPushButton = form.peopleKind
        self.delete_button: QPushButton = form.deletePerson
        self.history_button: QPushButton = form.peopleHistory
        self.count_label: QLabel = form.peopleCount
        flow_children(form.peopleButtons)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_current)
        self.leave_button.clicked.connect(self.leave_current)
        self.return_button.clicked.connect(self.return_current)
        self.kind_button.clicked.connect(self.change_kind)
        self.delete_button.clicked.connect(self.delete_current)
        self.history_button.clicked.connect(self.show_history)

        self.view: PeopleView = form.peopleView
        self.view.setModel(self.proxy)
        lead_search_to_list(self.search, self.view)  # ↓ / Enter from the search
        self.view.open_requested.connect(self.edit_current)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty: QLabel = form.peopleEmpty
        self.stack: QStackedWidget = form.peopleStack

    # Data ----------------------------------------------------------------------

    watches = frozenset({"people", "positions", "units"})

    def loader(self) -> Loader:
        return _load

    def show_data(self, data: _Data) -> None:
        keep = self.current_id()
        self.model.set_prepared(data.prepared)
        self._fill_units(data.units)
        self._shown(keep)

    def _shown(self, keep: int | None) -> None:
        self.stack.setCurrentWidget(self.empty if not self.model.rowCount() else self.view)
        self._update_count()
        if keep is not None:
            self.select(keep)
        self._update_buttons()
        self.count_changed.emit(self.model.rowCount())

    def apply_changes(self, changes: Changes) -> None:
        """Only the people whose rows changed are read again, when that is all that
        changed (a position's holder is not known once it is deleted: read everything)."""
        ids = changes.ids("people")
        if changes.only(("people",)) and 0 < len(ids) <= PATCH_LIMIT:
            self.patch(ids)
        else:
            self.refresh()

    def patch(self, person_ids: Iterable[int]) -> None:
        """Read the rows of these people again (a person deleted leaves the table)."""
        wanted = set(person_ids)
        keep = self.current_id()
        found = [row for i in sorted(wanted) for row in people.list_rows(self.session, i)]
        self.model.put_rows(found, gone=wanted - {r.id for r in found})
        self._shown(keep)

    def _fill_units(self, units: list[str]) -> None:
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), None)
        for name in units:
            self.unit.addItem(name, name)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)

    def _criteria_changed(self) -> None:
        self.proxy.set_criteria(
            self.kind.currentData(), self.unit.currentData(), self.status.currentData()
        )
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 / %2 người")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # Selection -------------------------------------------------------------------

    def current_row(self) -> PersonRowView | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            rows = selected_rows(self.view)
            if not rows:
                return None
            index = rows[0]
        row = index.data(ROW_ROLE)
        return row if isinstance(row, PersonRowView) else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row else None

    def selected_ids(self) -> list[int]:
        ids = []
        for index in selected_rows(self.view):
            row = index.data(ROW_ROLE)
            if isinstance(row, PersonRowView):
                ids.append(row.id)
        return ids

    def select(self, person_id: int) -> bool:
        source = self.model.row_of(person_id)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.leave_button.setEnabled(row is not None and row.status == Status.ACTIVE)
        self.return_button.setVisible(row is not None and row.status != Status.ACTIVE)
        self.delete_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.kind_button.setEnabled(row is not None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # Actions ---------------------------------------------------------------------

    def add_person(self) -> None:
        self._open_editor(None)

    def edit_current(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            self._open_editor(person_id)

    def _open_editor(self, person_id: int | None) -> None:
        from chibo_app.ui.dialogs.person_dialog import PersonDialog  # noqa: PLC0415 - lazy

        try:
            dialog = PersonDialog(self.session, person_id, self, year=self.year)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Không mở được"), error_text(error))
            self.reload()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._changed(dialog.saved_id)

    def leave_current(self) -> None:
        from chibo_app.ui.dialogs.leave_dialog import LeaveDialog  # noqa: PLC0415 - lazy

        person_id = self.current_id()
        if person_id is not None:
            if LeaveDialog(self.session, person_id, self).exec() == QDialog.DialogCode.Accepted:
                self._changed(person_id)

    def change_kind(self) -> None:
        from chibo_app.ui.dialogs.kind_change_dialog import KindChangeDialog  # noqa: PLC0415

        ids = self.selected_ids()
        if not ids:
            return
        try:
            dialog = KindChangeDialog(self.session, ids, self)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Không mở được"), error_text(error))
            self.reload()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(*ids)

    def return_current(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        try:
            people.return_to_active(self.session, person_id)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa ghi nhận được"), error_text(error))
            return
        self._changed(person_id)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        blockers = people.deletion_blockers(self.session, row.id)
        if blockers:
            QMessageBox.information(
                self,
                self.tr("Không xóa được"),
                self.tr(
                    "%1 đã có dữ liệu liên quan (%2), nên không xóa được. Hãy dùng "
                    "“Chuyển sinh hoạt / miễn / từ trần”."
                )
                .replace("%1", row.full_name)
                .replace("%2", ", ".join(blockers)),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa người"),
            self.tr(
                "Xóa hẳn %1 khỏi dữ liệu? Chỉ nên xóa người nhập nhầm; người chuyển đi "
                "hãy ghi nhận “Chuyển sinh hoạt”."
            ).replace("%1", row.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            people.delete_person(self.session, row.id)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Không xóa được"), error_text(error))
            return
        self._changed(row.id)

    def show_history(self) -> None:
        from chibo_app.ui.dialogs.history_dialog import HistoryDialog  # noqa: PLC0415 - lazy

        person_id = self.current_id()
        if person_id is not None:
            HistoryDialog(self.session, person_id, self).exec()

    def _changed(self, *person_ids: int | None) -> None:
        """After this page's own step: the rows of these people read again at once."""
        self.patch(i for i in person_ids if i is not None)
        if person_ids and person_ids[0] is not None:
            self.select(person_ids[0])
        self.data_changed.emit()

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Thêm người…"), self.add_person)
        row = self.current_row()
        if row is not None:
            menu.addAction(self.tr("Sửa…"), self.edit_current)
            if row.status == Status.ACTIVE:
                menu.addAction(self.tr("Chuyển sinh hoạt / miễn / từ trần…"), self.leave_current)
            else:
                menu.addAction(self.tr("Trở lại sinh hoạt"), self.return_current)
            menu.addAction(self.tr("Đổi loại…"), self.change_kind)
            menu.addAction(self.tr("Xem lịch sử thay đổi"), self.show_history)
            menu.addSeparator()
            menu.addAction(self.tr("Xóa"), self.delete_current)
        menu.exec(self.view.viewport().mapToGlobal(point))
