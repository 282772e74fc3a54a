"""Kế hoạch cá nhân: everyone of the year, where their plan stands, and the bulk steps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from chibo_app.core.plans import PlanRowView, PlanStatus
from chibo_app.errors import ChiboError
from chibo_app.services import midyear, plan_lists, plans
from chibo_app.services.midyear import MidyearRow
from chibo_app.services.plan_lists import Closest
from chibo_app.services.session import Session
from chibo_app.ui import plan_print_actions, plan_word_actions, reissue
from chibo_app.ui.core_text import error_text
from chibo_app.ui.dialogs.print_dialogs import PrintPlansDialog, SignedOffDialog
from chibo_app.ui.models.plans_model import Col, PlansModel, by_name
from chibo_app.ui.models.plans_proxy import PlanFilter, PlansProxy
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.plan_print_actions import PrintRun
from chibo_app.ui.search_keys import lead_search_to_list
from chibo_app.ui.widgets.column_sizes import fit_columns
from chibo_app.ui.widgets.flow_layout import flow_children
from chibo_app.ui.widgets.selected_rows import selected_row_numbers

FILTER_LABELS = {
    PlanFilter.ALL: QT_TRANSLATE_NOOP("PlansPage", "Tất cả"),
    PlanFilter.NOT_STARTED: QT_TRANSLATE_NOOP("PlansPage", "Chưa xây dựng"),
    PlanFilter.OVERDUE: QT_TRANSLATE_NOOP("PlansPage", "Quá hạn nộp"),
    PlanFilter.RETURNED: QT_TRANSLATE_NOOP("PlansPage", "Đã trả lại"),
    PlanFilter.FLAGGED: QT_TRANSLATE_NOOP("PlansPage", "Cần xem lại"),
    PlanFilter.CONFIRMED: QT_TRANSLATE_NOOP("PlansPage", "Đã xác nhận"),
    PlanFilter.NOT_REVIEWED: QT_TRANSLATE_NOOP("PlansPage", "Chưa sơ kết"),
    PlanFilter.BEHIND: QT_TRANSLATE_NOOP("PlansPage", "Chậm tiến độ"),
}


class _Rows(NamedTuple):
    year: int
    rows: list[PlanRowView]  # in name order
    midyear: dict[int, MidyearRow]


class PlansPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.printing: PrintRun | None = None  # the print job running, if any
        self._closest: Closest = {}  # near-identical plans found last, for _closest_year
        self._closest_year = 0
        self._copies: object = None  # the copy detection running, if any
        # The next rows come from a step that changed statuses only (submit, confirm):
        # the plans' texts are as they were, so the copies found stay, not searched again.
        self._texts_kept = False
        self._sized = False
        self._select_after: int | None = None
        self.step: object = None  # a bulk step running, if any
        self.model = PlansModel(self)
        self.proxy = PlansProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()

    def _build(self) -> None:
        """The layout is forms/plans_page.ui; here, the filter's items, the Word menu, the
        model and the signals."""
        self.form = form = self.use_form("plans_page")
        self.search: QLineEdit = form.plansSearch
        self.search.textChanged.connect(self._search)
        self.filter: QComboBox = form.plansFilter
        for kind, label in FILTER_LABELS.items():
            self.filter.addItem(self.tr(label), kind)
        self.filter.currentIndexChanged.connect(self._filter)
        self.progress: QProgressBar = form.plansProgress

        self.open_button: QPushButton = form.openPlan
        self.submit_button: QPushButton = form.submitPlans
        self.confirm_button: QPushButton = form.confirmPlans
        self.print_button: QPushButton = form.printPlans
        self.midyear_button: QPushButton = form.plansMidyear
        self.signed_off_button: QPushButton = form.printSignedOff
        self.word_button: QToolButton = form.plansWord
        word_menu = QMenu(self.word_button)
        self.export_word_action = word_menu.addAction(self.tr("Gửi mẫu kế hoạch (Word)…"))
        self.export_word_action.setObjectName("exportPlanWord")
        self.import_word_action = word_menu.addAction(self.tr("Nhập kế hoạch từ tệp Word…"))
        self.import_word_action.setObjectName("importPlanWord")
        self.export_word_action.triggered.connect(self.export_word)
        self.import_word_action.triggered.connect(self.import_word)
        self.word_button.setMenu(word_menu)
        self.count_label: QLabel = form.plansCount
        flow_children(form.planButtons)
        self.open_button.clicked.connect(self.open_current)
        self.submit_button.clicked.connect(self.mark_submitted)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.midyear_button.clicked.connect(self.open_midyear)
        self.print_button.clicked.connect(self.print_selected)
        self.signed_off_button.clicked.connect(self.print_signed_off)

        self.view: QTableView = form.plansView
        self.view.setModel(self.proxy)
        lead_search_to_list(self.search, self.view)  # ↓ / Enter from the search
        self.view.horizontalHeader().setSortIndicator(Col.NAME, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self.open_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    # Data -------------------------------------------------------------------------------

    # Rows first, off the GUI thread; then copy detection (seconds at a party committee's
    # scale) on a lane of its own, its results coming into the rows already shown.
    watches = frozenset(
        {"plans", "plan_tasks", "plan_events", "midyear_reviews", "task_reviews", "people",
         "units", "years", "year_settings"}
    )  # fmt: skip

    def loader(self) -> Loader:
        year = self.year
        # The copies found last for this year stay shown until the search runs again.
        closest = self._closest if self._closest_year == year else {}
        return lambda session: _Rows(
            year,
            by_name(plan_lists.year_rows(session, year, closest)),
            midyear.midyear_by_person(session, year),
        )

    def show_data(self, data: _Rows) -> None:
        self.model.set_prepared(data.rows, data.midyear)
        self._show_rows()
        texts_kept, self._texts_kept = self._texts_kept, False
        if self.in_background:
            if not (texts_kept and data.year == self._closest_year):
                self._find_copies()  # else the loader gave the rows the copies found last
        else:  # reloaded at once: the copies too
            self._show_closest(data.year, plan_lists.year_closest(self.session, data.year))

    def _show_rows(self) -> None:
        rows = self.model.rows()
        confirmed = sum(1 for r in rows if r.status == PlanStatus.CONFIRMED)
        # QProgressBar.setValue repaints at once, and with it the whole page just shown:
        # painted with the rest at the next paint instead (the GUI thread is given back).
        self.progress.setUpdatesEnabled(False)
        self.progress.setRange(0, max(1, len(rows)))
        self.progress.setValue(confirmed)
        self.progress.setFormat(
            self.tr("%1 / %2 đã xác nhận")
            .replace("%1", str(confirmed))
            .replace("%2", str(len(rows)))
        )
        self.progress.setUpdatesEnabled(True)
        if not self._sized and rows:
            fit_columns(self.view)
            self._sized = True
        self._update_count()
        if self._select_after is not None:
            self.select(self._select_after)
            self._select_after = None
        self._update_buttons()

    def _find_copies(self) -> None:
        """Copy detection in the window's child process (ui.child_work: its CPU and memory
        are not the window's), its lane waiting for it."""
        from chibo_app.ui import child_work  # noqa: PLC0415
        from chibo_app.ui.background import Operation  # noqa: PLC0415

        year = self.year
        operation = Operation(  # a newer search cancels it: the child gives this one up
            self.session,
            lambda session, _progress, cancelled: child_work.run(
                session, plan_lists.year_closest, year, cancelled=cancelled
            ),
            lane="copies",
            key=("copies", id(self)),
        )
        self._copies = operation
        operation.succeeded.connect(lambda found: self._copies_found(operation, year, found))
        operation.failed.connect(lambda _error: self._copies_found(operation, year, None))
        operation.start()

    def _copies_found(self, operation: object, year: int, found: Closest | None) -> None:
        if operation is not self._copies:
            return  # a newer search was started
        self._copies = None
        if not isValid(self.model):
            return  # the window closed while the child searched: nothing to show it in
        if found is not None and year == self.year:
            self._show_closest(year, found)

    def _show_closest(self, year: int, closest: Closest) -> None:
        self._closest, self._closest_year = closest, year
        self.model.set_closest(closest)

    def background_pending(self) -> bool:
        """Copy detection still running (its results are not in the rows yet)."""
        return self._copies is not None

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _filter(self) -> None:
        self.proxy.set_filter(PlanFilter(self.filter.currentData()))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 / %2 người")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # Selection ------------------------------------------------------------------------------

    def selected_rows(self) -> list[PlanRowView]:
        """The selected rows, read from the model's list: not through data() for each
        (a thousand calls into Python at every change of the selection)."""
        rows = self.model.rows()
        found = self.proxy.source_rows(selected_row_numbers(self.view))
        return [rows[i] for i in found if 0 <= i < len(rows)]

    def select(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        stepping = self.step is not None  # one bulk step at a time
        self.open_button.setEnabled(len(rows) == 1)
        self.submit_button.setEnabled(not stepping and any(_can_submit(r) for r in rows))
        self.confirm_button.setEnabled(
            not stepping and any(r.status == PlanStatus.SUBMITTED for r in rows)
        )
        self.midyear_button.setEnabled(
            len(rows) == 1 and self.model.midyear_of(rows[0].person_id) is not None
        )
        idle = self.printing is None
        everyone = self.model.rows()
        self.print_button.setEnabled(idle and bool(everyone))
        self.word_button.setEnabled(idle)
        self.signed_off_button.setEnabled(
            idle and any(r.status == PlanStatus.CONFIRMED for r in everyone)
        )

    # Actions -----------------------------------------------------------------------------

    def open_current(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_plan(rows[0])

    def open_plan(self, row: PlanRowView) -> None:
        from chibo_app.ui.dialogs.plan_dialog import PlanDialog  # noqa: PLC0415 - lazy

        dialog = PlanDialog(self.session, row.person_id, self.year, row.full_name, self)
        dialog.exec()
        if dialog.changed:
            self._changed(row.person_id)

    def open_midyear(self) -> None:
        rows = self.selected_rows()
        review = self.model.midyear_of(rows[0].person_id) if len(rows) == 1 else None
        if review is None:
            return
        from chibo_app.ui.dialogs.midyear_dialog import MidyearDialog  # noqa: PLC0415 - lazy

        try:
            dialog = MidyearDialog(self.session, review.plan_id, rows[0].full_name, self)
        except ChiboError as error:
            QMessageBox.information(self, self.tr("Chưa sơ kết được"), error_text(error))
            return
        dialog.exec()
        if dialog.changed:
            self._changed(rows[0].person_id)

    def mark_submitted(self) -> None:
        rows = [r for r in self.selected_rows() if _can_submit(r)]
        if not rows:
            return
        year, ids = self.year, [r.person_id for r in rows]
        self._run_step(
            lambda session: plans.bulk_submit(session, year, ids),
            ids[0],
            self.tr("Chưa ghi nhận được"),
        )

    def confirm_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == PlanStatus.SUBMITTED]
        if not rows:
            return
        names = "\n".join(f"• {r.full_name}" for r in rows[:30])
        if len(rows) > 30:
            names += "\n" + self.tr("… và %1 người khác").replace("%1", str(len(rows) - 30))
        answer = QMessageBox.question(
            self,
            self.tr("Xác nhận kế hoạch"),
            self.tr(
                "Chi bộ xác nhận %1 kế hoạch dưới đây? Sau khi xác nhận, kế hoạch bị khóa "
                "(muốn sửa phải “Mở lại” và ghi lý do).\n\n%2"
            )
            .replace("%1", str(len(rows)))
            .replace("%2", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        year, ids = self.year, [r.person_id for r in rows]
        self._run_step(
            lambda session: plans.bulk_confirm(session, year, ids),
            ids[0],
            self.tr("Chưa xác nhận được"),
        )

    def _run_step(self, work: Callable[[Session], object], person_id: int, refused: str) -> None:
        """A bulk step off the GUI thread (all or nothing), then the rows read again."""
        from chibo_app.ui.background import Operation  # noqa: PLC0415

        def failed(error: BaseException) -> None:
            self.step = None
            self._update_buttons()
            if not isinstance(error, ChiboError):
                raise error
            QMessageBox.warning(self, refused, error_text(error))

        def done(_result: object) -> None:
            self.step = None
            self._texts_kept = True  # a bulk step changes statuses, never a plan's text
            self._changed(person_id)

        self.step = Operation.of(self.session, work).on_success(done).on_failure(failed)
        self._update_buttons()
        self.step.start()

    def print_selected(self) -> None:
        """The forms of the selected people, or of everyone when nobody is selected."""
        if self.printing is not None:
            return
        rows = self.selected_rows()
        everyone = not rows
        rows = rows or self.model.rows()
        if not rows:
            return
        dialog = PrintPlansDialog(self.year, len(rows), everyone, self)
        if dialog.exec() != PrintPlansDialog.DialogCode.Accepted:
            return
        ids = None if everyone else [r.person_id for r in rows]
        if dialog.previewing:
            self._watch(
                plan_print_actions.preview_forms(
                    self, self.session, self.year, ids, blank=dialog.is_blank, count=len(rows)
                )
            )
        elif dialog.chosen_path is not None:
            self.start_printing(ids, dialog.chosen_path, blank=dialog.is_blank, count=len(rows))

    def start_printing(
        self, person_ids: list[int] | None, path: Path, *, blank: bool, count: int
    ) -> PrintRun:
        run = plan_print_actions.print_forms(
            self, self.session, self.year, person_ids, path, blank=blank, count=count
        )
        self._watch(run)
        return run

    def export_word(self) -> None:
        """Forms to fill in Word for the selected people (nobody selected: everyone)."""
        if self.printing is not None:
            return
        rows = self.selected_rows() or self.model.rows()
        if not rows:
            return
        ids = [r.person_id for r in self.selected_rows()] or None
        run = plan_word_actions.export_forms(self, self.session, self.year, ids, len(rows))
        if run is not None:
            self._watch(run)

    def import_word(self) -> None:
        if plan_word_actions.import_plans(self, self.session, self.year):
            self._changed(None)

    def print_signed_off(self) -> None:
        if self.printing is not None:
            return
        from chibo_app.services import plan_printing  # noqa: PLC0415
        from chibo_app.services.cell import load_settings  # noqa: PLC0415

        symbol = load_settings(self.session).symbol or "CB"
        offer = reissue.offer(
            self,
            lambda: plan_printing.signed_off_numbering(self.session, self.year),
            "DS",
            self.session,
        )
        if offer is None:
            return
        dialog = SignedOffDialog(self.year, offer.number, symbol, self)
        if offer.note:
            dialog.set_note(offer.note)
        if dialog.exec() != SignedOffDialog.DialogCode.Accepted:
            return
        number = dialog.number.value()
        if dialog.previewing:
            self._watch(
                plan_print_actions.preview_signed_off(
                    self, self.session, self.year, number, offer.replace
                )
            )
        elif dialog.chosen_path is not None:
            self.start_signed_off(dialog.chosen_path, number, offer.replace)

    def start_signed_off(self, path: Path, number: int, replace: bool = False) -> PrintRun:
        run = plan_print_actions.print_signed_off(
            self, self.session, self.year, path, number, replace
        )
        self._watch(run)
        return run

    def _watch(self, run: PrintRun) -> None:
        self.printing = run
        run.finished.connect(self._printed)
        if isinstance(run, plan_print_actions.PreviewRun):  # recorded when printed or saved
            run.recorded.connect(self.data_changed)
        self._update_buttons()

    def _printed(self, ok: bool) -> None:
        self.printing = None
        self._update_buttons()
        if ok:
            self.data_changed.emit()  # the document register has new entries

    def _changed(self, person_id: int | None) -> None:
        """After this page's own step: the rows read again off the GUI thread, the person
        selected again when they are shown."""
        self._select_after = person_id
        self.refresh()
        self.data_changed.emit()


def _can_submit(row: PlanRowView) -> bool:
    return row.status in (PlanStatus.NOT_STARTED, PlanStatus.DRAFT, PlanStatus.RETURNED)
