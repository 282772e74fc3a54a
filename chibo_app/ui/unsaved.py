"""Nothing typed is lost: an editor closed with changes asks “Lưu thay đổi?”.

What counts as a change is read from the widgets themselves: the text of every editable
field, the choice of every drop-down, check box, spin box and date, and the cells of
every table, compared with what they held when the editor was opened (or last saved).
Typing a word and deleting it again is no change. One snapshot for every editor, so a
field added later to a form is guarded without anyone remembering to.
"""

from __future__ import annotations

import weakref
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ROLES = (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole)
_MAX_CELLS = 20_000  # a table this big is a list to look at, not an editor's


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_to_save(parent: QWidget | None, what: str = "") -> Choice:
    """“Lưu thay đổi?” with Lưu / Không lưu / Hủy; Escape is Hủy (keep editing)."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Lưu thay đổi?"))
    box.setText(
        QCoreApplication.translate("Unsaved", "Lưu thay đổi?") + (f" — {what}" if what else "")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Unsaved", "Những gì vừa nhập chưa được lưu. Không lưu thì sẽ mất."
        )
    )
    save = box.addButton(
        QCoreApplication.translate("Unsaved", "Lưu"), QMessageBox.ButtonRole.AcceptRole
    )
    save.setObjectName("unsavedSave")
    discard = box.addButton(
        QCoreApplication.translate("Unsaved", "Không lưu"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("unsavedDiscard")
    cancel = box.addButton(
        QCoreApplication.translate("Unsaved", "Hủy"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setObjectName("unsavedCancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.CANCEL


def _model_cells(
    model: QAbstractItemModel, parent: QModelIndex, out: list[Any], listing: bool
) -> None:
    # A list widget's model hides columnCount() from Python: a list has one column.
    rows, columns = model.rowCount(parent), 1 if listing else model.columnCount(parent)
    if len(out) + rows * columns > _MAX_CELLS:
        return
    out.append((rows, columns))
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)
            out.extend(str(model.data(index, role)) for role in _ROLES)
            if column == 0 and not listing and model.rowCount(index):
                _model_cells(model, index, out, listing)


def snapshot(root: QWidget) -> dict[int, Any]:
    """What the user can change in `root`, widget by widget: keyed by the widget, not by
    its place among its siblings (a tab or stacked page brought forward is raised, which
    reorders its parent's children)."""
    values: dict[int, Any] = {}
    for widget in root.findChildren(QWidget):
        if widget.isWindow() and widget is not root:
            continue  # another dialog (a message box) opened from this one
        value = _value(widget)
        if value is not None:
            values[id(widget)] = value
    return values


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        if not widget.isReadOnly() and not isinstance(widget.parentWidget(), QComboBox):
            text = widget.text()
            secret = widget.echoMode() != QLineEdit.EchoMode.Normal
            return hash(text) if secret else text  # no copy of a password kept
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        if not widget.isReadOnly():
            return widget.toPlainText()
    elif isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    elif isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    elif isinstance(widget, QAbstractSpinBox):
        return widget.text()
    elif isinstance(widget, QAbstractButton | QGroupBox):
        if widget.isCheckable():
            return widget.isChecked()
    elif isinstance(widget, QAbstractItemView):
        model = widget.model()
        if model is not None:
            cells: list[Any] = []
            _model_cells(model, QModelIndex(), cells, isinstance(widget, QListView))
            return cells
    return None


class UnsavedGuard:
    """Remembers an editor's contents; `changed()` compares with them now."""

    def __init__(self, editor: QWidget) -> None:
        # A weak reference: the editor holds its guard, and a cycle would keep a deleted
        # dialog's Python object alive after Qt deleted it with its parent.
        self._editor = weakref.ref(editor)
        self._saved: dict[int, Any] | None = None

    def mark_saved(self) -> None:
        """What the editor shows now is what is stored (just opened, or just saved)."""
        editor = self._editor()
        self._saved = snapshot(editor) if editor is not None else None

    def changed(self) -> bool:
        editor = self._editor()
        return editor is not None and self._saved is not None and snapshot(editor) != self._saved


def ask_to_quit(parent: QWidget | None) -> bool:
    """The welcome dialog's Escape or ×: quit the program only when the user says so."""
    box = QMessageBox(parent)
    box.setObjectName("quitQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Thoát chương trình?"))
    box.setText(
        QCoreApplication.translate("Unsaved", "Chưa khai báo thông tin chi bộ. Thoát chương trình?")
    )
    leave = box.addButton(
        QCoreApplication.translate("Unsaved", "Thoát"), QMessageBox.ButtonRole.DestructiveRole
    )
    leave.setObjectName("quitButton")
    stay = box.addButton(
        QCoreApplication.translate("Unsaved", "Ở lại"), QMessageBox.ButtonRole.RejectRole
    )
    stay.setObjectName("stayButton")
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is leave
