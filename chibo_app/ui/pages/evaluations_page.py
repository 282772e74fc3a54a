"""Đánh giá, xếp loại: everyone of the year with their score and classification, the cap
warning, the editor, "Chốt tất cả", the exported list and a person's history."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from chibo_app.core.evaluation import EvaluationRowView, EvaluationStatus
from chibo_app.errors import ChiboError
from chibo_app.services import evaluation, evaluation_lists, meetings, midyear
from chibo_app.services.midyear import MidyearRow
from chibo_app.services.session import Session
from chibo_app.ui import evaluation_actions
from chibo_app.ui.confirm import confirm
from chibo_app.ui.core_text import core_message, error_text
from chibo_app.ui.models.evaluations_model import ROW_ROLE, EvaluationsModel
from chibo_app.ui.pages.base import Loader, Page
from chibo_app.ui.plan_print_actions import PrintRun
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.banner import Banner
from chibo_app.ui.widgets.column_sizes import fit_columns
from chibo_app.ui.widgets.flow_layout import flow_children
from chibo_app.ui.widgets.selected_rows import selected_rows


class _Data(NamedTuple):
    rows: list[EvaluationRowView]
    attendance: Any
    warning: Any
    reviews: list[MidyearRow]


class EvaluationsPage(Page):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.printing: PrintRun | None = None
        self._sized = False
        self._select_after: int | None = None
        self.model = EvaluationsModel(self)
        self._build()
        self.reload()

    def _build(self) -> None:
        """The layout is forms/evaluations_page.ui; here, the papers' menu and the signals."""
        self.form = form = self.use_form("evaluations_page", custom=(Banner,))
        self.banner: Banner = form.capWarning
        self.evaluate_button: QPushButton = form.evaluate
        self.finish_all_button: QPushButton = form.finishAll
        self.export_button: QPushButton = form.exportEvaluations
        self.papers_button: QPushButton = form.evaluationPapers
        papers = QMenu(self.papers_button)
        for kind, text in (
            ("selected", self.tr("Bản kiểm điểm của người đang chọn (điền sẵn)…")),
            ("forms", self.tr("Bản kiểm điểm của mọi đảng viên (điền sẵn)…")),
            ("blank", self.tr("Bản kiểm điểm trống để viết tay…")),
            ("votes", self.tr("Tổng hợp kết quả biểu quyết, đề nghị xếp loại…")),
            ("dossier", self.tr("Danh mục hồ sơ kiểm điểm (Mẫu 04)…")),
        ):
            action = papers.addAction(text)
            action.setObjectName(f"paper_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.print_paper(k))
        self.papers_button.setMenu(papers)
        self.papers_menu = papers
        self.history_button: QPushButton = form.personHistory
        self.midyear_button: QPushButton = form.midyearReview
        self.count_label: QLabel = form.evaluationsCount
        self.midyear_label: QLabel = form.midyearCounts
        flow_children(form.evaluationButtons)
        self.evaluate_button.clicked.connect(self.open_current)
        self.finish_all_button.clicked.connect(self.finish_all)
        self.export_button.clicked.connect(self.export)
        self.history_button.clicked.connect(self.show_history)
        self.midyear_button.clicked.connect(self.open_midyear)

        self.view: QTableView = form.evaluationsView
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self.open_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    # Data -------------------------------------------------------------------------------

    def loader(self) -> Loader:
        year = self.year

        def load(session: Session) -> _Data:
            rows = evaluation_lists.list_year(session, year)
            return _Data(
                rows,
                meetings.attendance_stats(session, year),
                evaluation_lists.year_cap_warning(session, year, rows),
                midyear.midyear_rows(session, year),
            )

        return load

    def show_data(self, data: _Data) -> None:
        rows = data.rows
        self.model.set_rows(rows, data.attendance)
        warning = data.warning
        if warning:
            self.banner.show_warning(core_message(warning))
        else:
            self.banner.hide()
        done = sum(1 for r in rows if r.status == EvaluationStatus.EVALUATED)
        self.count_label.setText(
            self.tr("%1 / %2 đã chốt").replace("%1", str(done)).replace("%2", str(len(rows)))
        )
        reviews = data.reviews
        behind = sum(1 for r in reviews if r.reviewed and r.behind)  # as the plans page
        unseen = sum(1 for r in reviews if not r.reviewed)
        self.midyear_label.setText(
            self.tr("Sơ kết: %1 người chậm tiến độ, %2 người chưa sơ kết")
            .replace("%1", str(behind))
            .replace("%2", str(unseen))
        )
        if not self._sized and rows:
            fit_columns(self.view)
            self._sized = True
        if self._select_after is not None:
            self.select(self._select_after)
            self._select_after = None
        self._update_buttons()

    def selected_row(self) -> EvaluationRowView | None:
        found = [i.data(ROW_ROLE) for i in selected_rows(self.view)]
        return found[0] if found and isinstance(found[0], EvaluationRowView) else None

    def select(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        rows = self.model.rows()
        idle = self.printing is None
        self.evaluate_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.midyear_button.setEnabled(row is not None and row.plan_id is not None)
        self.finish_all_button.setEnabled(any(r.status == EvaluationStatus.OPEN for r in rows))
        self.export_button.setEnabled(idle and bool(rows))
        self.papers_button.setEnabled(idle and bool(rows))
        self.papers_menu.actions()[0].setEnabled(
            row is not None and row.party_member and not row.exempt_reason
        )

    # Actions ----------------------------------------------------------------------------

    def open_current(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog  # noqa: PLC0415

        try:
            dialog = EvaluationDialog(self.session, row.person_id, self.year, row.full_name, self)
        except ChiboError as error:
            QMessageBox.information(self, self.tr("Chưa đánh giá được"), error_text(error))
            return
        dialog.exec()
        if dialog.changed:
            self._changed(row.person_id)

    def open_midyear(self) -> None:
        row = self.selected_row()
        if row is None or row.plan_id is None:
            return
        from chibo_app.ui.dialogs.midyear_dialog import MidyearDialog  # noqa: PLC0415

        try:
            dialog = MidyearDialog(self.session, row.plan_id, row.full_name, self)
        except ChiboError as error:
            QMessageBox.information(self, self.tr("Chưa sơ kết được"), error_text(error))
            return
        dialog.exec()
        if dialog.changed:
            self._changed(row.person_id)

    def finish_all(self) -> None:
        open_rows = [r for r in self.model.rows() if r.status == EvaluationStatus.OPEN]
        if not open_rows:
            return
        text = self.tr(
            "Chốt %1 bản đánh giá đang mở của năm %2 với mức xếp loại đã chọn (chưa chọn thì "
            "lấy mức đề xuất)? Sau khi chốt, muốn sửa phải “Mở lại” và ghi lý do."
        )
        text = text.replace("%1", str(len(open_rows))).replace("%2", str(self.year))
        if not confirm(self, self.tr("Chốt tất cả"), text, self.tr("Chốt tất cả")):
            return
        self.finish_all_now()

    def finish_all_now(self) -> int:
        try:
            count, left = evaluation.finish_all(self.session, self.year)
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa chốt được"), error_text(error))
            return 0
        except storage_errors() as error:
            show_save_failure(self, error)
            return 0
        self._changed(None)
        if left:
            names = [r.full_name for r in self.model.rows() if r.evaluation_id in set(left)]
            QMessageBox.information(
                self,
                self.tr("Còn bản đánh giá chưa chốt"),
                self.tr(
                    "Đã chốt %1 bản đánh giá. Chưa chốt %2 người vì chưa có mức xếp loại hoặc "
                    "chi bộ chọn mức khác đề xuất mà chưa ghi lý do: %3."
                )
                .replace("%1", str(count))
                .replace("%2", str(len(left)))
                .replace("%3", ", ".join(names)),
            )
        return count

    def export(self) -> None:
        if self.printing is not None:
            return
        from chibo_app.services import evaluation_printing  # noqa: PLC0415
        from chibo_app.services.cell import load_settings  # noqa: PLC0415
        from chibo_app.ui import reissue  # noqa: PLC0415

        if not self.unfinished_confirmed():
            return
        symbol = load_settings(self.session).symbol or "CB"
        offer = reissue.offer(
            self,
            lambda: evaluation_printing.list_numbering(self.session, self.year),
            "DS",
            self.session,
        )
        if offer is None:
            return
        dialog = evaluation_actions.EvaluationListDialog(self.year, offer.number, symbol, self)
        if offer.note:
            dialog.set_note(offer.note)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        number = dialog.number.value()
        if dialog.previewing:
            run = evaluation_actions.preview_list(
                self, self.session, self.year, number, offer.replace
            )
            run.recorded.connect(self.data_changed)  # the register has the list now
            self._watch(run)
        elif dialog.chosen_path is not None:
            self.start_export(dialog.chosen_path, number, offer.replace)

    def print_paper(self, kind: str) -> None:
        """A paper of the season in the print preview, where it is printed or saved as
        PDF or Word (and only then recorded)."""
        if self.printing is not None:
            return
        row = self.selected_row()
        if kind == "selected" and row is None:
            return
        ids = [row.person_id] if kind == "selected" and row is not None else None
        number, replace = None, False
        if kind == "votes":  # numbered: printed before and changed since, ask first
            from chibo_app.services import evaluation_papers  # noqa: PLC0415 - reportlab
            from chibo_app.ui import reissue  # noqa: PLC0415

            offer = reissue.offer(
                self,
                lambda: evaluation_papers.votes_numbering(self.session, self.year),
                "DS",
                self.session,
            )
            if offer is None:
                return
            number, replace = offer.number, offer.replace
        run = evaluation_actions.preview_paper(
            self,
            self.session,
            self.year,
            "forms" if kind == "selected" else kind,
            ids,
            number=number,
            replace=replace,
        )
        run.recorded.connect(self.data_changed)  # the register has the paper now
        self._watch(run)

    def start_paper(self, kind: str, path: Path, person_ids: list[int] | None = None) -> PrintRun:
        run = evaluation_actions.print_paper(self, self.session, self.year, kind, path, person_ids)
        self.printing = run
        run.finished.connect(self._exported)
        self._update_buttons()
        return run

    def unfinished_confirmed(self) -> bool:
        """True when everyone to evaluate is classified, or the secretary exports anyway."""
        total, waiting = evaluation_lists.progress(self.session, self.year)
        if not waiting:
            return True
        text = (
            self.tr("Mới xếp loại %1/%2 người. Vẫn xuất danh sách?")
            .replace("%1", str(total - len(waiting)))
            .replace("%2", str(total))
        )
        return confirm(self, self.tr("Xuất danh sách"), text, self.tr("Vẫn xuất"))

    def start_export(self, path: Path, number: int, replace: bool = False) -> PrintRun:
        run = evaluation_actions.export_list(self, self.session, self.year, path, number, replace)
        self._watch(run)
        return run

    def _watch(self, run: PrintRun) -> None:
        self.printing = run
        run.finished.connect(self._exported)
        self._update_buttons()

    def _exported(self, ok: bool) -> None:
        self.printing = None
        self._update_buttons()
        if ok:
            self.data_changed.emit()

    def show_history(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from chibo_app.ui.dialogs.person_history_dialog import PersonHistoryDialog  # noqa: PLC0415

        PersonHistoryDialog(self.session, row.person_id, self).exec()

    def _changed(self, person_id: int | None) -> None:
        """After this page's own step: the rows read again off the GUI thread, the person
        selected again when they are shown."""
        self._select_after = person_id
        self.refresh()
        self.data_changed.emit()
