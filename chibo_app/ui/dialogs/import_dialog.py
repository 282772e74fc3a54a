"""Nhập danh sách từ Excel: choose a file, check the preview, correct columns, import."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.member_import import (
    ROW_STATUS_LABELS,
    ImportPreview,
    ImportResult,
    RowStatus,
)
from chibo_app.core.people import KIND_LABELS, Kind
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session
from chibo_app.ui.background import Operation
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.decision_delegate import DecisionDelegate, KindDelegate
from chibo_app.ui.dialogs.mapping_editor import MappingEditor
from chibo_app.ui.folders import MEMBER_LISTS, ask_open, ask_save
from chibo_app.ui.forms import load_form
from chibo_app.ui.models.import_rows_model import DECISION, KIND, REASON, ImportRowsModel

REASON_WIDTH = 300  # px: a reason or note of a line or two is read in view


def _members_import() -> Any:
    # Imported when used: it pulls in openpyxl, which start-up does not need.
    from chibo_app.services import members_import  # noqa: PLC0415

    return members_import


class ImportDialog(QDialog):
    """Writes nothing until “Nhập”; then all rows or none (the service's transaction)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None  # what the import wrote, once done
        self.kinds: dict[int, Kind] = {}  # the kinds the secretary set, by row of the file
        self._job: Operation | None = None
        self.setWindowTitle(self.tr("Nhập danh sách từ Excel"))
        self.resize(1200, 660)  # inside a 1280×720 screen
        self._build()
        self._update_state()

    def _build(self) -> None:
        """The layout is the Designer form forms/import_dialog.ui; here only behaviour."""
        f = self.form = load_form("import_dialog", self)
        layout = QVBoxLayout(self)
        layout.addWidget(f)
        self.path_edit, self.choose_button = f.pathEdit, f.chooseButton
        self.info, self.busy, self.summary = f.importInfo, f.busy, f.importSummary
        self.table, self.changes = f.importRows, f.changesLabel
        self.skip_invalid, self.kind_button = f.skipInvalid, f.importKindButton
        self.save_problems_button = f.saveProblemsButton
        self.import_button, self.cancel_button = f.importButton, f.cancelButton
        self.busy.setFormat(self.tr("Đang đọc tệp…"))
        self.busy.hide()
        self.changes.hide()
        self.choose_button.clicked.connect(self.choose_file)

        self.mapping = MappingEditor()
        self.mapping.mapping_changed.connect(self._remap)
        f.mappingLayout.addWidget(self.mapping)

        self.rows = ImportRowsModel(self)
        self.rows.decisions_changed.connect(self._update_state)
        self.rows.kinds_chosen.connect(self.choose_kinds)
        self.table.setModel(self.rows)
        # What the secretary reads and decides shown first — the kind, the decision on a
        # conflict, the reasons and notes — so they are in view at 1280×720; the values
        # read (dates, card, unit) after them. The model's columns keep their order.
        header = self.table.horizontalHeader()
        for place, column in enumerate((DECISION, REASON), start=KIND + 1):
            header.moveSection(header.visualIndex(column), place)
        self.table.setItemDelegateForColumn(DECISION, DecisionDelegate(self.table))
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.selectionModel().currentRowChanged.connect(self._show_changes)
        f.splitter.setStretchFactor(1, 1)
        f.splitter.setSizes([330, 870])  # the preview's columns need the room

        self.skip_invalid.toggled.connect(self._update_state)
        kind_menu = QMenu(self.kind_button)
        for kind, label in KIND_LABELS.items():
            kind_menu.addAction(core_label(label), partial(self.set_selected_kind, kind))
        self.kind_button.setMenu(kind_menu)
        self.save_problems_button.clicked.connect(self.save_problem_rows)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.reject)

    def _show_changes(self, current: QModelIndex) -> None:
        """Under the table, the selected row's changes one per line (old → new)."""
        row = self.rows.row(current.row()) if current.isValid() else None
        if row is None or row.status != RowStatus.MATCHED:
            self.changes.hide()
            return
        if row.changes:
            lines = [core_message(change) for change in row.changes]
            text = (
                self.tr("Dòng %1 trùng với %2; khi nhập sẽ cập nhật:")
                .replace("%1", str(row.row_number))
                .replace("%2", row.match_name or "")
                + "\n"
                + "\n".join(f"• {x}" for x in lines)
            )
        else:
            text = (
                self.tr("Dòng %1 trùng với %2; không có gì thay đổi.")
                .replace("%1", str(row.row_number))
                .replace("%2", row.match_name or "")
            )
        self.changes.setText(text)
        self.changes.show()

    # Reading the file (off the GUI thread) --------------------------------------------

    def choose_file(self) -> None:
        path = ask_open(
            self,
            MEMBER_LISTS,
            self.tr("Chọn danh sách đảng viên"),
            self.tr("Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Tất cả các tệp (*)"),
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path, mapping: dict[str, int] | None = None) -> None:
        if path != getattr(self, "_path", None):
            self.kinds = {}  # another file: its own rows
        self.path_edit.setText(str(path))
        self._path = path
        self._start(
            lambda s: _members_import().preview_file(s, path, mapping),
            self._previewed,
            self.tr("Đang đọc tệp…"),
        )

    def _remap(self, mapping: dict[str, int]) -> None:
        if self.preview is not None:
            self.load(self._path, mapping)

    # The kind of each row ------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def set_selected_kind(self, kind: Kind) -> None:
        rows = self.selected_rows()
        if rows:
            self.rows.choose_kind(rows, kind)

    def choose_kinds(self, kinds: dict[int, Kind]) -> None:
        """The preview checked again with these kinds (off the GUI thread)."""
        preview = self.preview
        if preview is None or self.working:
            return
        self.kinds.update(kinds)
        chosen = dict(self.kinds)
        self._start(
            lambda s: _members_import().with_kinds(s, preview, chosen),
            self._rechecked,
            self.tr("Đang kiểm tra lại…"),
        )

    def _rechecked(self, preview: ImportPreview) -> None:
        selected = self.selected_rows()
        self._show_preview(preview)
        model = self.table.selectionModel()
        for row in selected:  # keep the selection, to change it again at once
            model.select(
                self.rows.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _previewed(self, preview: ImportPreview) -> None:
        if self.kinds:  # a new reading of the same file keeps the kinds already chosen
            chosen = dict(self.kinds)
            self._start(
                lambda s: _members_import().with_kinds(s, preview, chosen),
                self._show_preview,
                self.tr("Đang kiểm tra lại…"),
            )
            return
        self._show_preview(preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.rows.set_preview(preview)
        self.changes.hide()  # until a row is chosen again
        self.mapping.show_preview(preview)
        self._size_columns()
        text = (
            self.tr("Trang tính “%1”, dòng tiêu đề: %2.")
            .replace("%1", preview.sheet_name)
            .replace("%2", str(preview.header_row))
        )
        if preview.encoding:
            text += " " + self.tr("Đã chuyển từ mã %1 sang Unicode.").replace(
                "%1", preview.encoding.upper()
            )
        self.info.setText(text)
        self._update_state()

    def _size_columns(self) -> None:
        """Each column as wide as its contents (260 px at most); the decision's room for
        its choices only when a row has one to make; the reasons and notes as wide as they
        are, up to the room left in view beside the name and kind (REASON_WIDTH at least);
        the values read come after them."""
        table = self.table
        table.resizeColumnsToContents()
        reasons = table.columnWidth(REASON) + 12
        for column in range(self.rows.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column) + 12, 260))
        if self.rows.decisions:  # a conflict to decide
            table.setColumnWidth(DECISION, max(table.columnWidth(DECISION), 190))
        header = table.horizontalHeader()
        room = table.viewport().width() - header.sectionViewportPosition(REASON)
        table.setColumnWidth(REASON, min(reasons, max(REASON_WIDTH, room)))
        table.horizontalHeader().setStretchLastSection(True)

    # Writing ----------------------------------------------------------------------------

    def run_import(self) -> None:
        preview = self.preview
        if preview is None or not self.import_button.isEnabled():
            return
        decisions = dict(self.rows.decisions)
        skip = self.skip_invalid.isChecked()
        self._start(
            lambda s: _members_import().apply_import(s, preview, decisions, skip),
            self._imported,
            self.tr("Đang nhập…"),
        )

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        QMessageBox.information(
            self,
            self.tr("Đã nhập xong"),
            self.tr("Thêm mới %1 người, cập nhật %2 người, bỏ qua %3 dòng.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped)),
        )
        self.accept()

    def save_problem_rows(self) -> None:
        if self.preview is None:
            return
        source = Path(self.path_edit.text())
        chosen = ask_save(  # beside the list read: the last folder of member lists
            self,
            MEMBER_LISTS,
            self.tr("Lưu các dòng lỗi"),
            source.stem + " - dong can sua.xlsx",
            self.tr("Bảng tính Excel (*.xlsx)"),
        )
        if chosen is None:
            return
        path = str(chosen[0])
        try:
            count = _members_import().save_problem_rows(self.preview, path)
        except (ChiboError, OSError) as error:
            QMessageBox.warning(self, self.tr("Không lưu được"), error_text(error))
            return
        QMessageBox.information(
            self,
            self.tr("Đã lưu"),
            self.tr("Đã lưu %1 dòng cần sửa vào tệp:\n%2")
            .replace("%1", str(count))
            .replace("%2", path),
        )

    # Background plumbing ------------------------------------------------------------------

    def _start(self, fn: Any, on_done: Any, busy_text: str) -> None:
        self.busy.setFormat(busy_text)
        self.busy.show()
        self._job = (
            Operation.of(self.session, fn)
            .on_success(lambda r: self._finish(on_done, r))
            .on_failure(self._failed)
            .start()
        )
        self._update_state()

    def _finish(self, on_done: Any, result: Any) -> None:
        self._job = None
        self.busy.hide()
        self._update_state()
        on_done(result)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.busy.hide()
        self._update_state()
        message = (
            str(error)
            if isinstance(error, ChiboError)
            else self.tr("Lỗi không mong muốn: %1").replace("%1", repr(error))
        )
        QMessageBox.warning(self, self.tr("Không nhập được"), message)

    @property
    def working(self) -> bool:
        return self._job is not None

    def _update_state(self) -> None:
        preview = self.preview
        idle = not self.working
        self.choose_button.setEnabled(idle)
        self.mapping.setEnabled(idle)
        counts = preview.counts() if preview else {}
        invalid = counts.get(RowStatus.INVALID, 0)
        writable = preview is not None and (invalid == 0 or self.skip_invalid.isChecked())
        self.import_button.setEnabled(idle and writable and bool(preview and preview.rows))
        self.save_problems_button.setEnabled(
            idle and preview is not None and bool(preview.blocking_rows)
        )
        self.skip_invalid.setEnabled(invalid > 0)
        if preview is None:
            self.summary.setText("")
            return
        parts = [
            f"{core_label(ROW_STATUS_LABELS[s])}: <b>{counts.get(s, 0)}</b>" for s in RowStatus
        ]
        counted = preview.kind_counts()  # without building the rows not shown
        kinds = [
            f"{core_label(label)}: <b>{counted[kind]}</b>" for kind, label in KIND_LABELS.items()
        ]
        self.summary.setText(
            self.tr("%1 dòng — ").replace("%1", str(len(preview.rows)))
            + " · ".join(parts)
            + "<br>"
            + " · ".join(kinds)
        )

    def reject(self) -> None:
        if self.working:
            return  # the file is being read or written; closing now would hide the result
        super().reject()
