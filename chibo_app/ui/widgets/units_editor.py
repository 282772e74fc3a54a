"""Units (phòng, đơn vị): add, rename, mark inactive, delete when nobody is in them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.errors import ChiboError
from chibo_app.services import cell
from chibo_app.services.session import Session
from chibo_app.ui.core_text import error_text

ID_ROLE = Qt.ItemDataRole.UserRole


class UnitsEditor(QWidget):
    """A handful of rows, so a QTableWidget is the simple right tool here."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("unitsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên đơn vị"), self.tr("Số người"), self.tr("Đang sử dụng")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Thêm đơn vị…"))
        self.rename_button = QPushButton(self.tr("Đổi tên…"))
        self.active_button = QPushButton(self.tr("Ngừng sử dụng"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.active_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.rename)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        units = cell.list_units(self.session)
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            name = QTableWidgetItem(str(unit["name"]))
            name.setData(ID_ROLE, unit["id"])
            count = QTableWidgetItem(str(unit["people"]))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            active = QTableWidgetItem(self.tr("Có") if unit["active"] else self.tr("Ngừng"))
            active.setData(ID_ROLE + 1, unit["active"])
            for col, item in enumerate((name, count, active)):
                self.table.setItem(row, col, item)
            if unit["id"] == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def _selected(self) -> tuple[int, str, bool, int] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return (
            int(self.table.item(row, 0).data(ID_ROLE)),
            self.table.item(row, 0).text(),
            bool(self.table.item(row, 2).data(ID_ROLE + 1)),
            int(self.table.item(row, 1).text()),
        )

    def _update_buttons(self) -> None:
        chosen = self._selected()
        for button in (self.rename_button, self.active_button, self.delete_button):
            button.setEnabled(chosen is not None)
        if chosen is not None:
            self.active_button.setText(
                self.tr("Ngừng sử dụng") if chosen[2] else self.tr("Dùng lại")
            )
            self.delete_button.setEnabled(chosen[3] == 0)
            self.delete_button.setToolTip(
                "" if chosen[3] == 0 else self.tr("Đơn vị đang có người, không xóa được.")
            )

    def _ask_name(self, title: str, current: str = "") -> str | None:
        text, ok = QInputDialog.getText(
            self, title, self.tr("Tên đơn vị:"), QLineEdit.EchoMode.Normal, current
        )
        return text if ok else None

    def _run(self, action: object, select_id: int | None = None) -> None:
        try:
            result = action()  # type: ignore[operator]
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), error_text(error))
            return
        self.reload(select_id if select_id is not None else result)
        self.changed.emit()

    def add(self) -> None:
        name = self._ask_name(self.tr("Thêm đơn vị"))
        if name is not None:
            self._run(lambda: cell.add_unit(self.session, name))

    def rename(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        name = self._ask_name(self.tr("Đổi tên đơn vị"), chosen[1])
        if name is not None:
            self._run(lambda: cell.rename_unit(self.session, chosen[0], name), chosen[0])

    def toggle_active(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(
                lambda: cell.set_unit_active(self.session, chosen[0], not chosen[2]), chosen[0]
            )

    def delete(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa đơn vị"), self.tr("Xóa đơn vị “%1”?").replace("%1", chosen[1])
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: cell.delete_unit(self.session, chosen[0]))
