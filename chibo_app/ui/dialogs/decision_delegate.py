"""Combo boxes in the import preview: what happens to a conflicting row, and a row's kind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from chibo_app.core.member_import import DECISION_LABELS
from chibo_app.core.people import KIND_LABELS
from chibo_app.ui.core_text import core_label
from chibo_app.ui.models.import_rows_model import DECISION_ROLE, KIND_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of fixed choices (value -> core label) read and written through `role`."""

    def __init__(self, choices: Mapping[Any, str], role: int, parent: QObject | None = None):
        super().__init__(parent)
        self.choices = choices
        self.role = role

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = QComboBox(parent)
        for value, label in self.choices.items():
            box.addItem(core_label(label), value)
        # Commit as soon as a choice is made, not only when focus leaves.
        box.activated.connect(lambda _i: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(self.role))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: N802
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), self.role)


class DecisionDelegate(ChoiceDelegate):
    def __init__(self, parent: QObject | None = None):
        super().__init__(DECISION_LABELS, DECISION_ROLE, parent)


class KindDelegate(ChoiceDelegate):
    def __init__(self, parent: QObject | None = None):
        super().__init__(KIND_LABELS, KIND_ROLE, parent)
