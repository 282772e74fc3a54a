"""Nhập kế hoạch từ tệp Word: choose files or a folder, check each file, import at once.

Reading runs off the GUI thread; nothing is written before “Nhập”. Each file gets a row
with whose plan it is (a list to choose from: the secretary decides whenever the app
is unsure) and what will happen to it; the selected file's plan is shown as it was
understood, with its checks.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.plan_due import display_due
from chibo_app.core.text import name_sort_key
from chibo_app.services.session import Session
from chibo_app.ui.background import Operation
from chibo_app.ui.core_text import core_message, error_text
from chibo_app.ui.folders import ask_folder, ask_open_many
from chibo_app.ui.forms import load_form

FOLDER_KIND = "plan-import"
FILE, PERSON, ACTION = range(3)
_SKIP_COLOUR = QColor("#8a1c1c")
_READY_COLOUR = QColor("#1b6e2a")


def _service() -> Any:
    # Imported when used: python-docx is not needed at start-up.
    from chibo_app.services import plan_import  # noqa: PLC0415

    return plan_import


class PlanImportDialog(QDialog):
    """Writes nothing until “Nhập”; then every plan shown as ready, or none."""

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.year = session, year
        self.paths: list[Path] = []
        self.previews: list[Any] = []
        self.chosen: dict[Path, int] = {}
        self.result: Any = None  # the ImportResult once imported
        self._job: Operation | None = None
        self.form: Any = load_form("plan_import_dialog", self)
        self.setWindowTitle(self.tr("Nhập kế hoạch từ tệp Word — năm %1").replace("%1", str(year)))
        self.resize(1180, 660)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importPlans")
        close = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeImport")
        self.buttons.accepted.connect(self.import_plans)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self._people = sorted(
            _service().year_people(session, year), key=lambda p: name_sort_key(p.full_name)
        )
        self._setup()
        self._update_state()

    def _setup(self) -> None:
        f = self.form
        f.splitter.setStretchFactor(0, 3)
        f.splitter.setStretchFactor(1, 2)
        f.splitter.setSizes([640, 500])
        table = f.filesTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(FILE, 230)
        table.setColumnWidth(PERSON, 200)
        table.itemSelectionChanged.connect(self._show_selected)
        f.chooseFiles.clicked.connect(self.choose_files)
        f.chooseFolder.clicked.connect(self.choose_folder)
        f.givenDate.toggled.connect(f.dateEdit.setEnabled)
        today = self.session.today()
        f.dateEdit.setDate(QDate(today.year, today.month, today.day))
        f.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        f.replaceDrafts.toggled.connect(lambda _on: self.refresh())

    # Choosing -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = ask_open_many(
            self,
            FOLDER_KIND,
            self.tr("Chọn các tệp kế hoạch (Word)"),
            self.tr("Văn bản Word (*.docx)"),
        )
        if paths:
            self.set_paths(paths)

    def choose_folder(self) -> None:
        folder = ask_folder(self, FOLDER_KIND, self.tr("Chọn thư mục có các tệp kế hoạch"))
        if folder is not None:
            self.set_paths([folder])

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = paths
        self.chosen = {}
        shown = "; ".join(str(p) for p in paths)
        self.form.pathEdit.setText(shown)
        self.form.pathEdit.setToolTip(shown)
        self.refresh()

    # Reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read (again) every file, in the background."""
        if not self.paths:
            return
        paths, year, chosen = list(self.paths), self.year, dict(self.chosen)
        replace = self.form.replaceDrafts.isChecked()
        self.form.summaryLabel.setText(self.tr("Đang đọc các tệp…"))
        self._job = (
            Operation.of(
                self.session,
                lambda s: _service().preview_files(
                    s, paths, year, replace_drafts=replace, chosen=chosen
                ),
            )
            .on_success(self._previewed)
            .on_failure(self._failed)
            .start()
        )
        self._update_state()

    def _previewed(self, previews: list[Any]) -> None:
        self._job = None
        self.previews = previews
        table = self.form.filesTable
        table.setRowCount(len(previews))
        for row, preview in enumerate(previews):
            item = QTableWidgetItem(preview.name)
            item.setToolTip(str(preview.path))
            table.setItem(row, FILE, item)
            table.setCellWidget(row, PERSON, self._person_box(preview))
            action = QTableWidgetItem(self._action_text(preview))
            action.setForeground(QBrush(_READY_COLOUR if preview.ready else _SKIP_COLOUR))
            action.setToolTip(action.text())
            table.setItem(row, ACTION, action)
        table.resizeRowsToContents()
        if previews and not table.selectedItems():
            table.selectRow(0)
        self._show_selected()
        self._update_state()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.form.summaryLabel.setText(error_text(error))
        self._update_state()

    def _person_box(self, preview: Any) -> QWidget:
        box = QComboBox()
        box.setObjectName("planPerson")
        if preview.plan is None:
            box.addItem("—", None)
            box.setEnabled(False)
            return box
        box.addItem(self.tr("— chọn người —"), None)
        first = list(preview.candidates)
        for person in [*first, *[p for p in self._people if p not in first]]:
            box.addItem(person.full_name + (f" ({person.unit})" if person.unit else ""), person.id)
        if preview.person is not None:
            box.setCurrentIndex(max(0, box.findData(preview.person.id)))
        box.setToolTip(core_message(preview.matched_by) if preview.person else "")
        box.currentIndexChanged.connect(lambda _i, p=preview, b=box: self._choose(p, b))
        return box

    def _choose(self, preview: Any, box: QComboBox) -> None:
        person_id = box.currentData()
        if person_id is None:
            self.chosen.pop(preview.path, None)
        else:
            self.chosen[preview.path] = int(person_id)
        self.refresh()

    def _action_text(self, preview: Any) -> str:
        if preview.error:
            return core_message(preview.error)
        if str(preview.action) == "create":
            return self.tr("Nhập, nộp ngày %1").replace("%1", self._day_text(preview))
        if str(preview.action) == "replace":
            return self.tr("Thay kế hoạch chưa nộp, nộp ngày %1").replace(
                "%1", self._day_text(preview)
            )
        return self.tr("Bỏ qua: %1").replace("%1", core_message(preview.reason))

    def _day_text(self, preview: Any) -> str:
        day = self._given_day() or preview.dated
        return f"{day:%d/%m/%Y}" if day else ""

    def _given_day(self) -> dt.date | None:
        if not self.form.givenDate.isChecked():
            return None
        value = self.form.dateEdit.date()
        return dt.date(value.year(), value.month(), value.day())

    # The selected file -------------------------------------------------------------------

    def _show_selected(self) -> None:
        rows = {index.row() for index in self.form.filesTable.selectedIndexes()}
        if not rows or not self.previews:
            self.form.previewText.clear()
            return
        self.form.previewText.setHtml(self._preview_html(self.previews[min(rows)]))

    def _preview_html(self, preview: Any) -> str:
        parts = [f"<h3>{escape(preview.name)}</h3>"]
        if preview.error:
            error = escape(core_message(preview.error))
            parts.append(f"<p style='color:#8a1c1c'>{error}</p>")
            return "".join(parts)
        plan = preview.plan
        if preview.person is not None:
            how = escape(core_message(preview.matched_by))
            parts.append(f"<p><b>{escape(preview.person.full_name)}</b> — {how}</p>")
        if preview.dated is not None:
            when = escape(core_message(preview.dated_from))
            parts.append(
                "<p>" + self.tr("Ngày: %1 (%2)").replace("%1", f"{preview.dated:%d/%m/%Y}")
                .replace("%2", when) + "</p>"
            )  # fmt: skip
        problems = [*preview.problems]
        if problems:
            items = "".join(f"<li>{escape(core_message(p))}</li>" for p in problems)
            parts.append(f"<ul style='color:#8a1c1c'>{items}</ul>")
        if preview.checks:
            items = "".join(f"<li>{escape(core_message(c.message))}</li>" for c in preview.checks)
            notes = escape(self.tr("Lưu ý"))
            parts.append(f"<p><b>{notes}</b></p><ul style='color:#8a5a00'>{items}</ul>")
        first = escape(self.tr("1. Giải pháp khắc phục"))
        parts.append(f"<p><b>{first}</b></p>")
        parts.append(_list(plan.remedies))
        second = escape(self.tr("2. Nội dung “làm theo”"))
        parts.append(f"<p><b>{second}</b></p>")
        if plan.tasks:
            labels = (self.tr("Nội dung"), self.tr("Chỉ tiêu, sản phẩm"), self.tr("Thời hạn"))
            head = "".join(f"<th>{escape(label)}</th>" for label in labels)
            rows = "".join(
                f"<tr><td>{escape(t.text)}</td><td>{escape(t.target)}</td>"
                f"<td>{escape(display_due(t.due) if t.due else t.due_text)}</td></tr>"
                for t in plan.tasks
            )
            parts.append(
                f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                f"<tr>{head}</tr>{rows}</table>"
            )
        else:
            parts.append("<p>—</p>")
        third = escape(self.tr("3. Nội dung nêu gương"))
        parts.append(f"<p><b>{third}</b></p>")
        parts.append(_list(plan.commitments))
        return "".join(parts)

    # Importing ----------------------------------------------------------------------------

    def _update_state(self) -> None:
        ready = sum(1 for p in self.previews if p.ready)
        busy = self._job is not None
        self.import_button.setEnabled(ready > 0 and not busy)
        self.import_button.setText(self.tr("Nhập %1 kế hoạch").replace("%1", str(ready)))
        if busy or not self.paths:
            return
        skipped = len(self.previews) - ready
        self.form.summaryLabel.setText(
            self.tr("%1 tệp: %2 kế hoạch sẽ được nhập, %3 tệp bỏ qua (xem cột “Sẽ làm gì”).")
            .replace("%1", str(len(self.previews)))
            .replace("%2", str(ready))
            .replace("%3", str(skipped))
        )

    def import_plans(self) -> None:
        previews, year, on = list(self.previews), self.year, self._given_day()
        self.import_button.setEnabled(False)
        self._job = (
            Operation.of(self.session, lambda s: _service().import_plans(s, previews, year, on=on))
            .on_success(self._imported)
            .on_failure(self._import_failed)
            .start()
        )

    def _imported(self, result: Any) -> None:
        self._job = None
        self.result = result
        self.accept()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _import_failed(self, error: BaseException) -> None:
        self._job = None
        QMessageBox.warning(self, self.tr("Chưa nhập được"), error_text(error))
        self.refresh()

    def reject(self) -> None:
        """Closing with plans read but not imported asks first."""
        if self.result is None and any(p.ready for p in self.previews):
            answer = QMessageBox.question(
                self,
                self.tr("Đóng mà không nhập?"),
                self.tr("Các kế hoạch đã đọc chưa được nhập. Đóng cửa sổ?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def _list(items: tuple[str, ...]) -> str:
    if not items:
        return "<p>—</p>"
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
