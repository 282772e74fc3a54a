"""Gương điển hình: the year's nominations grouped I/II/III, filters, quotas per unit
with the registration countdown, the editor, bulk status changes (each step asks what
it records), the list of fields, the registration forms and the export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.nominations import NEXT, STATUS_LABELS, NominationRow, Status
from chibo_app.core.quotas import RULE_LABELS, QuotaRules
from chibo_app.errors import ChiboError
from chibo_app.services import nomination_lists, nominations
from chibo_app.services.session import Session
from chibo_app.ui import plan_print_actions
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.dialogs.nomination_dialog import NominationDialog
from chibo_app.ui.dialogs.nomination_fields_dialog import NominationFieldsDialog
from chibo_app.ui.dialogs.nomination_step_dialog import ASKS, StatusStepDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.models.nominations_model import ROW_ROLE, Col, NominationsModel
from chibo_app.ui.models.nominations_proxy import NominationsProxy
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.search_keys import lead_search_to_list
from chibo_app.ui.widgets.flow_layout import flow_children
from chibo_app.ui.widgets.row_height import TallRowsDelegate

if TYPE_CHECKING:  # reportlab is loaded only when something is printed
    from pathlib import Path

    from chibo_app.services.papers import Paper

MOVE_TARGETS = (
    Status.CULTIVATING,
    Status.COMMENDED,
    Status.PROPOSED,
    Status.AWARDED,
    Status.NOT_SELECTED,
)


class _Quota(NamedTuple):
    countdown: Any
    rules: Any
    lines: list[Any]


def _quota(session: Session, year: int) -> _Quota:
    return _Quota(
        nomination_lists.countdown(session, year),
        nominations.quota_rules(session, year),
        nomination_lists.quota_report(session, year),
    )


class _Data(NamedTuple):
    rows: list[NominationRow]
    fields: list[str]
    quota: _Quota


class NominationsPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.model = NominationsModel(self)
        self.proxy = NominationsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.rows: list[NominationRow] = []
        self.printing: plan_print_actions.PrintRun | None = None  # the forms being printed
        self._build()
        self.reload()

    # Building -------------------------------------------------------------------------

    def _build(self) -> None:
        """The layout is forms/nominations_page.ui; here, the models, menus and signals."""
        self.form = form = self.use_form("nominations_page")
        self.search: QLineEdit = form.nominationsSearch
        self.search.textChanged.connect(self.proxy.set_search)
        self.unit_filter: QComboBox = form.unitFilter
        self.field_filter: QComboBox = form.fieldFilter
        self.status_filter: QComboBox = form.statusFilter
        for box in (self.unit_filter, self.field_filter, self.status_filter):
            box.currentIndexChanged.connect(self._filter)

        self.add_button: QPushButton = form.addNomination
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.edit_button: QPushButton = form.editNomination
        self.delete_button: QPushButton = form.deleteNominations
        self.move_button: QPushButton = form.moveNominations
        self.move_menu = QMenu(self)
        for target in MOVE_TARGETS:
            action = self.move_menu.addAction(core_label(STATUS_LABELS[target]))
            action.triggered.connect(lambda _c=False, t=target: self.move_selected(t))
        self.move_button.setMenu(self.move_menu)
        self.export_button: QPushButton = form.exportNominations
        self.forms_button: QPushButton = form.printRegistrationForms
        self.fields_button: QPushButton = form.editFields
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export)
        self.forms_button.clicked.connect(self.print_forms)
        self.fields_button.clicked.connect(self.edit_fields)
        flow_children(form.nominationButtons)

        self.view: QTreeView = form.nominationsView
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(TallRowsDelegate(self.view))  # "TẬP THỂ" whole
        lead_search_to_list(self.search, self.view)  # ↓ / Enter from the search
        self.view.doubleClicked.connect(self.edit_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.countdown: QLabel = form.nominationsCountdown
        self.rules_label: QLabel = form.nominationsRules
        self.rules_button: QPushButton = form.editRules
        self.rules_button.clicked.connect(self.edit_rules)
        self.quota: QTableWidget = form.nominationsQuota
        self.quota.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        form.nominationsSplitter.setSizes([760, 480])

    # Data -----------------------------------------------------------------------------

    def loader(self) -> Loader:
        year = self.year
        return lambda session: _Data(
            nomination_lists.rows(session, year),
            nominations.fields(session),
            _quota(session, year),
        )

    def show_data(self, data: _Data) -> None:
        self.rows = data.rows
        self.model.set_rows(self.rows)
        self._fill_filters(data.fields)
        self.view.expandAll()
        for group in range(self.proxy.rowCount()):
            self.view.setFirstColumnSpanned(group, QModelIndex(), True)
        for col in (Col.NAME, Col.UNIT, Col.FIELD, Col.TITLE):
            self.view.setColumnWidth(col, 200)
        self.view.setColumnWidth(Col.POSITION, 120)
        self.view.setColumnWidth(Col.STATUS, 150)
        self._show_quota(data.quota)
        self._update_buttons()

    def _fill_filters(self, fields: list[str]) -> None:
        choices = [
            (
                self.unit_filter,
                self.tr("Mọi đơn vị"),
                sorted({r.unit for r in self.rows if r.unit}),
            ),
            (self.field_filter, self.tr("Mọi lĩnh vực"), fields),
        ]
        for box, everything, values in choices:
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        if not self.status_filter.count():
            self.status_filter.addItem(self.tr("Mọi tình trạng"), None)
            for status, label in STATUS_LABELS.items():
                self.status_filter.addItem(core_label(label), str(status))
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filters(
            self.unit_filter.currentData(),
            self.field_filter.currentData(),
            self.status_filter.currentData(),
        )
        self.view.expandAll()

    def _show_quota(self, quota: _Quota | None = None) -> None:
        countdown, rules, lines = quota or _quota(self.session, self.year)
        self.countdown.setText(core_message(countdown.text))
        wanted = core_message(rules.describe())
        self.rules_label.setText(self.tr("Chỉ tiêu: %1").replace("%1", wanted))
        self.quota.setRowCount(len(lines))
        for row, line in enumerate(lines):
            have = (
                self.tr("%1 TT · %2 CN · %3 MH")
                .replace("%1", str(line.collectives))
                .replace("%2", str(line.individuals))
                .replace("%3", str(line.models))
            )
            short = core_message(line.short_text()) or "✓"
            for col, text in enumerate((core_label(line.unit), have, short)):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(
                        Qt.GlobalColor.darkRed if line.short_by else Qt.GlobalColor.darkGreen
                    )
                self.quota.setItem(row, col, item)
        header = self.quota.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def selected_rows(self) -> list[NominationRow]:
        found = []
        for index in self.view.selectionModel().selectedRows(0):
            row = index.data(ROW_ROLE)
            if isinstance(row, NominationRow):
                found.append(row)
        return found

    def _update_buttons(self) -> None:
        chosen = self.selected_rows()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))
        self.move_button.setEnabled(bool(chosen))
        statuses = {r.nomination.status for r in chosen}
        for action, target in zip(self.move_menu.actions(), MOVE_TARGETS, strict=True):
            action.setEnabled(bool(statuses) and all(target in NEXT[s] for s in statuses))
        self.forms_button.setEnabled(self.printing is None and bool(self.rows))
        self.export_button.setEnabled(self.printing is None)

    # Actions --------------------------------------------------------------------------

    def add(self) -> None:
        self._edit(None)

    def edit_current(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) == 1:
            self._edit(chosen[0])

    def _edit(self, row: NominationRow | None) -> None:
        dialog = NominationDialog(
            self.session, self.year, row.nomination if row else None, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.data_changed.emit()

    def delete_selected(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa đăng ký"),
            self.tr("Xóa %1 đăng ký đã chọn? Lịch sử thay đổi vẫn giữ lại.").replace(
                "%1", str(len(chosen))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        nominations.delete_many(self.session, [row.id for row in chosen])
        self.reload()
        self.data_changed.emit()

    def move_selected(self, target: Status) -> None:
        """One step for the selection; the steps that record something ask for it."""
        chosen = self.selected_rows()
        if not chosen:
            return
        details: dict[str, str | None] = {}
        if target in ASKS:
            dialog = StatusStepDialog(target, len(chosen), self.session.today(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            details = dialog.chosen
        try:
            nominations.bulk_move(self.session, [r.id for r in chosen], target, **details)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa chuyển được"), error_text(error))
            return
        self.reload()
        self.data_changed.emit()

    def edit_fields(self) -> None:
        dialog = NominationFieldsDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()  # renamed fields: the rows and the filter change
            self.data_changed.emit()

    def print_forms(self) -> None:
        """The registration forms of the selection, or of the whole year."""
        if self.printing is not None:
            return
        chosen = self.selected_rows()
        ids = [r.id for r in chosen] if chosen else None
        count = len(chosen) or sum(1 for r in self.rows if r.nomination.counts_for_quota)
        if not count:
            QMessageBox.information(
                self,
                self.tr("Không có gì để in"),
                self.tr("Năm %1 chưa có đăng ký nào để in phiếu.").replace("%1", str(self.year)),
            )
            return
        self.start_printing_forms(ids, count)

    def start_printing_forms(
        self, ids: list[int] | None, count: int
    ) -> plan_print_actions.PreviewRun:
        """The forms laid out on a worker (progress, Cancel), then their print preview:
        each form is recorded when printed or saved there."""
        year = self.year

        def prepare(worker: Session) -> Paper[Any]:
            from chibo_app.services import nomination_printing  # noqa: PLC0415 - reportlab

            return nomination_printing.forms_paper(worker, year, ids)

        label = self.tr("Đang chuẩn bị in %1 phiếu đăng ký…").replace("%1", str(count))
        run = plan_print_actions.PreviewRun(
            self, self.session, prepare, label, "nomination-forms", total=count
        )
        run.recorded.connect(self.data_changed)  # the document register has new entries
        self._watch(run)
        return run

    def _printed(self, ok: bool) -> None:
        self.printing = None
        self._update_buttons()
        if ok:
            self.data_changed.emit()  # the document register has new entries

    def edit_rules(self) -> None:
        dialog = QuotaRulesDialog(nominations.quota_rules(self.session, self.year), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        nominations.set_quota_rules(self.session, self.year, dialog.values())
        self._show_quota()

    def export(self) -> None:
        """The list for the superior: its number (asking first when it changed since it
        was printed), then the print preview or the file named."""
        if self.printing is not None:
            return
        from chibo_app.services import nomination_printing  # noqa: PLC0415 - reportlab
        from chibo_app.services.cell import load_settings  # noqa: PLC0415
        from chibo_app.ui import nomination_actions, reissue  # noqa: PLC0415

        offer = reissue.offer(
            self,
            lambda: nomination_printing.list_numbering(self.session, self.year),
            "DS",
            self.session,
        )
        if offer is None:
            return
        symbol = load_settings(self.session).symbol or "CB"
        dialog = nomination_actions.NominationListDialog(self.year, offer.number, symbol, self)
        if offer.note:
            dialog.set_note(offer.note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        number = dialog.number.value()
        if dialog.previewing:
            run = nomination_actions.preview_list(
                self, self.session, self.year, number, offer.replace
            )
            run.recorded.connect(self.data_changed)  # the register has the list now
            self._watch(run)
        elif dialog.chosen_path is not None:
            self.start_export(dialog.chosen_path, number, offer.replace)

    def start_export(
        self, path: Path, number: int, replace: bool = False
    ) -> plan_print_actions.PrintRun:
        """The list written to `path` off the GUI thread, its progress and result shown."""
        from chibo_app.ui import nomination_actions  # noqa: PLC0415

        run = nomination_actions.export_list(self, self.session, self.year, path, number, replace)
        self._watch(run)
        return run

    def _watch(self, run: plan_print_actions.PrintRun) -> None:
        self.printing = run
        run.finished.connect(self._printed)
        self._update_buttons()


class QuotaRulesDialog(EditorDialog):
    """The year's quota rules, one number each (0 asks for nothing): forms/quota_rules_dialog.ui."""

    def __init__(self, rules: QuotaRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chỉ tiêu đăng ký điển hình"))
        self.form: Any = load_form("quota_rules_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.boxes: dict[str, QSpinBox] = {}
        for key in QuotaRules.keys():
            name = _camel(key)
            getattr(self.form, f"{name}Label").setText(core_label(RULE_LABELS[key]))
            box = getattr(self.form, name)
            box.setValue(getattr(rules, key))
            self.boxes[key] = box
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)

    def save_changes(self) -> None:
        self.accept()

    def values(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.boxes.items()}


def _camel(key: str) -> str:
    """'unit_collectives' → 'unitCollectives', the form's name for the rule's box."""
    first, *rest = key.split("_")
    return first + "".join(part.capitalize() for part in rest)
