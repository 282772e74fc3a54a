"""selected_rows gives the rows Qt's selectedRows gives, for a selection made of many
single rows (Ctrl+click) and of ranges (Shift+click), in a sorted and filtered view."""

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from chibo_app.ui.widgets.selected_rows import selected_rows


def _view(qtbot):
    model = QStandardItemModel(60, 3)
    for row in range(60):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"{row % 7}-{row}-{column}"))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterWildcard("*-*-*")
    proxy.sort(0)
    view = QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    qtbot.addWidget(view)
    view.proxy = proxy  # kept alive with the view
    return view


def _qt_rows(view):
    return sorted(i.row() for i in view.selectionModel().selectedRows())


def test_single_rows_and_ranges(qtbot):
    view = _view(qtbot)
    proxy = view.model()
    selection = QItemSelection()
    for row in (3, 7, 8, 9, 41):
        selection.select(proxy.index(row, 0), proxy.index(row, 2))
    selection.select(proxy.index(20, 0), proxy.index(25, 2))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    found = selected_rows(view)
    assert [i.row() for i in found] == _qt_rows(view) == [3, 7, 8, 9, *range(20, 26), 41]
    assert [i.data() for i in found] == [proxy.index(r, 0).data() for r in _qt_rows(view)]
    assert all(i.column() == 0 for i in found)


def test_overlapping_ranges_count_once_and_nothing_selected_is_empty(qtbot):
    view = _view(qtbot)
    assert selected_rows(view) == []
    view.selectRow(5)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(view.model().index(4, 0), flags)
    view.selectionModel().select(view.model().index(5, 1), flags)
    assert [i.row() for i in selected_rows(view)] == _qt_rows(view) == [4, 5]
