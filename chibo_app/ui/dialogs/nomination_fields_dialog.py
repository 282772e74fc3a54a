"""The list of nomination fields (lĩnh vực): add, rename, remove, reorder.

"Khác" stays last and cannot be edited. A field that nominations use cannot be
removed (it can be renamed: its nominations follow). Nothing is stored until "Lưu".
The layout is forms/nomination_fields_dialog.ui.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.nominations import OTHER_FIELD
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError
from chibo_app.services import nomination_fields, nominations
from chibo_app.services.session import Session
from chibo_app.ui.core_text import error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form

ORIGINAL = Qt.ItemDataRole.UserRole  # the stored name an item started as; None if new


class NominationFieldsDialog(EditorDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("nominationFieldsDialog")
        self.setWindowTitle(self.tr("Lĩnh vực đăng ký điển hình"))
        self.resize(700, 420)  # the longest default field fits on one line
        self.usage = nomination_fields.usage(session)
        self.saved: list[str] | None = None

        self.form: Any = load_form("nomination_fields_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        self.list = f.fieldsList
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_current())
        other = QListWidgetItem(
            self.tr("%1 (luôn ở cuối danh sách)").replace("%1", self.tr(OTHER_FIELD))
        )
        other.setFlags(Qt.ItemFlag.NoItemFlags)  # neither chosen, moved nor edited
        self.list.addItem(other)
        for name in nominations.fields(session):
            if name != OTHER_FIELD:
                self._append(name, name)

        self.add_button = f.addField
        self.rename_button = f.renameField
        self.remove_button = f.removeField
        self.up_button = f.moveUp
        self.down_button = f.moveDown
        self.add_button.clicked.connect(lambda: self.add_field())
        self.rename_button.clicked.connect(lambda: self.rename_current())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = f.buttons
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if self.list.count() > 1:
            self.list.setCurrentRow(0)
        self._update_buttons()

    # The list -------------------------------------------------------------------------

    def _append(self, name: str, original: str | None) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(ORIGINAL, original)
        item.setToolTip(self._usage_text(original))
        self.list.insertItem(self.list.count() - 1, item)  # always before "Khác"
        return item

    def _usage_text(self, original: str | None) -> str:
        count = self.usage.get(original or "", 0)
        if not count:
            return self.tr("Chưa có đăng ký nào thuộc lĩnh vực này.")
        return self.tr("%1 đăng ký thuộc lĩnh vực này.").replace("%1", str(count))

    def names(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count() - 1)]

    def renames(self) -> dict[str, str]:
        found = {}
        for n in range(self.list.count() - 1):
            item = self.list.item(n)
            original = item.data(ORIGINAL)
            if original and original != item.text():
                found[original] = item.text()
        return found

    def _editable_row(self) -> int:
        """The current row if it is a field that may be edited, else -1."""
        row = self.list.currentRow()
        return row if 0 <= row < self.list.count() - 1 else -1

    def _update_buttons(self) -> None:
        row = self._editable_row()
        last = self.list.count() - 2
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < last)

    def _problem(self, name: str, skip_row: int = -1) -> str | None:
        if not name:
            return self.tr("Chưa ghi tên lĩnh vực.")
        if name.casefold() == OTHER_FIELD.casefold():
            return self.tr("“%1” luôn có sẵn ở cuối danh sách.").replace("%1", OTHER_FIELD)
        for n, other in enumerate(self.names()):
            if n != skip_row and other.casefold() == name.casefold():
                return self.tr("Lĩnh vực “%1” đã có trong danh sách.").replace("%1", other)
        return None

    def _ask(self, title: str, current: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Tên lĩnh vực:"), text=current)
        return clean(text) if ok else None

    # Actions --------------------------------------------------------------------------

    def add_field(self, name: str | None = None) -> bool:
        if name is None:
            name = self._ask(self.tr("Thêm lĩnh vực"))
            if name is None:
                return False
        name = clean(name)
        problem = self._problem(name)
        if problem:
            QMessageBox.warning(self, self.tr("Chưa thêm được"), problem)
            return False
        item = self._append(name, None)
        self.list.setCurrentItem(item)
        return True

    def rename_current(self, name: str | None = None) -> bool:
        row = self._editable_row()
        if row < 0:
            return False
        item = self.list.item(row)
        if name is None:
            name = self._ask(self.tr("Đổi tên lĩnh vực"), item.text())
            if name is None:
                return False
        name = clean(name)
        problem = self._problem(name, skip_row=row)
        if problem:
            QMessageBox.warning(self, self.tr("Chưa đổi tên được"), problem)
            return False
        item.setText(name)
        return True

    def remove_current(self) -> bool:
        row = self._editable_row()
        if row < 0:
            return False
        item = self.list.item(row)
        original = item.data(ORIGINAL)
        count = self.usage.get(original or "", 0)
        if count:
            QMessageBox.warning(
                self,
                self.tr("Không xóa được"),
                self.tr(
                    "Không xóa được lĩnh vực “%1”: đang có %2 đăng ký thuộc lĩnh vực này. "
                    "Hãy chuyển các đăng ký đó sang lĩnh vực khác, hoặc đổi tên lĩnh vực."
                )
                .replace("%1", item.text())
                .replace("%2", str(count)),
            )
            return False
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 2))
        self._update_buttons()
        return True

    def move_current(self, step: int) -> bool:
        row = self._editable_row()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count() - 1:
            return False
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        return True

    def save_changes(self) -> None:
        self.save()

    def save(self) -> None:
        try:
            self.saved = nomination_fields.save_fields(self.session, self.names(), self.renames())
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return
        self.accept()
