"""The personal plan editor: the three sections of the form, live checks, the life cycle,
its history, and the closest similar plan side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.dates import to_display
from chibo_app.core.edits import ChangedElsewhere
from chibo_app.core.plan_checks import check_plan
from chibo_app.core.plans import (
    STATUS_LABELS,
    STEP_LABELS,
    Plan,
    PlanStatus,
    join_items,
    split_items,
)
from chibo_app.errors import ChiboError
from chibo_app.services import cell, plan_lists, plans
from chibo_app.services.session import Session
from chibo_app.ui.background import JobCancelled, Operation
from chibo_app.ui.changed_elsewhere import save_anyway
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs import plan_reason, plan_step_dialog
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.dialogs.plan_compare import side_by_side
from chibo_app.ui.forms import load_form
from chibo_app.ui.models.plan_tasks_model import PlanTasksModel, TaskCol

LIVE_DELAY_MS = 300  # checks run this long after the last keystroke


class PlanDialog(EditorDialog):
    """Edits are kept in the dialog until “Lưu” or a life-cycle step (which saves first)."""

    def __init__(
        self, session: Session, person_id: int, year: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.person_id, self.year, self.name = session, person_id, year, name
        self.changed = False  # something was written (the page reloads)
        self.form: Any = load_form("plan_dialog", self)
        self.setWindowTitle(
            self.tr("Kế hoạch cá nhân năm %1 — %2").replace("%1", str(year)).replace("%2", name)
        )
        self.resize(1150, 720)
        # The plan itself gets the room; advice and comparison sit in a narrower column.
        self.form.splitter.setStretchFactor(0, 3)
        self.form.splitter.setStretchFactor(1, 2)
        self.form.splitter.setSizes([690, 460])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.tasks = PlanTasksModel(year, self)
        self._setup_tasks()
        self._connect()
        # The year's other plans, read and compacted off the GUI thread (thousands in a
        # đảng bộ); until they arrive the checks are the plan's own.
        self.context: plan_lists.CopyContext | None = None
        self._context_job: Operation | None = (
            Operation.of(
                session,
                lambda worker: plan_lists.CopyContext(worker, person_id, year),
                lane="copies",
            )
            .on_success(self._context_ready)
            .on_failure(self._context_failed)
            .start()
        )
        self.live = QTimer(self)
        self.live.setSingleShot(True)
        self.live.setInterval(LIVE_DELAY_MS)
        self.live.timeout.connect(self.refresh_checks)
        self.load()
        app = QApplication.instance()
        if app is not None:  # Tab past the last task cell: see eventFilter
            app.installEventFilter(self)

    # Building ---------------------------------------------------------------------------

    def _setup_tasks(self) -> None:
        view = self.form.tasksView
        view.setModel(self.tasks)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(TaskCol.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TaskCol.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskCol.TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskCol.DUE, QHeaderView.ResizeMode.ResizeToContents)

    def _connect(self) -> None:
        f = self.form
        f.remedies.textChanged.connect(self._typed)
        f.commitments.textChanged.connect(self._typed)
        self.tasks.dataChanged.connect(self._typed)
        self.tasks.rowsInserted.connect(self._typed)
        self.tasks.rowsRemoved.connect(self._typed)
        f.addTask.clicked.connect(self.add_task)
        f.removeTask.clicked.connect(self.remove_task)
        f.moveUp.clicked.connect(lambda: self.move_task(-1))
        f.moveDown.clicked.connect(lambda: self.move_task(1))
        f.fromLastYear.clicked.connect(self.start_from_last_year)
        f.submitButton.clicked.connect(self.submit)
        f.returnButton.clicked.connect(self.return_for_revision)
        f.confirmButton.clicked.connect(self.confirm)
        f.reopenButton.clicked.connect(self.reopen)

    # Showing ----------------------------------------------------------------------------

    def load(self) -> None:
        self.plan: Plan | None = plans.get_plan(self.session, self.person_id, self.year)
        plan = self.plan or Plan(self.person_id, self.year)
        f = self.form
        for widget in (f.remedies, f.commitments):
            widget.blockSignals(True)
        f.remedies.setPlainText(join_items(plan.remedies))
        f.commitments.setPlainText(join_items(plan.commitments))
        for widget in (f.remedies, f.commitments):
            widget.blockSignals(False)
        self.tasks.set_tasks(plan.tasks)
        self._show_status()
        self._show_history()
        self.dirty = False
        self.refresh_checks()
        if self.isVisible():  # saved, or a life-cycle step: what is shown is what is stored
            self.unsaved.mark_saved()

    def _show_status(self) -> None:
        f, plan = self.form, self.plan
        status = plan.status if plan else PlanStatus.NOT_STARTED
        text = f"{self.name} — {core_label(STATUS_LABELS[status])}"
        if plan and plan.submitted_on:
            text += self.tr(" — nộp ngày %1").replace("%1", to_display(plan.submitted_on))
        if plan and plan.status == PlanStatus.RETURNED and plan.return_reason:
            text += self.tr(" — lý do trả lại: %1").replace("%1", plan.return_reason)
        f.statusLabel.setText(text)
        locked = bool(plan and plan.is_locked)
        if plan and locked:
            f.lockedLabel.setText(
                self.tr(
                    "Chi bộ đã xác nhận ngày %1 (%2). Kế hoạch chỉ xem, không sửa; "
                    "muốn sửa hãy “Mở lại” và ghi lý do."
                )
                .replace("%1", to_display(plan.confirmed_on))
                .replace("%2", plan.confirmed_by or "")
            )
        f.lockedLabel.setVisible(locked)
        f.remedies.setReadOnly(locked)
        f.commitments.setReadOnly(locked)
        self.tasks.read_only = locked
        for name in ("addTask", "removeTask", "moveUp", "moveDown"):
            getattr(f, name).setEnabled(not locked)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not locked)
        f.fromLastYear.setVisible(plan is None)
        f.submitButton.setEnabled(
            status in (PlanStatus.NOT_STARTED, PlanStatus.DRAFT, PlanStatus.RETURNED)
        )
        f.returnButton.setEnabled(status == PlanStatus.SUBMITTED)
        f.confirmButton.setEnabled(status == PlanStatus.SUBMITTED)
        f.reopenButton.setEnabled(status == PlanStatus.CONFIRMED)

    def _show_history(self) -> None:
        f = self.form
        f.historyList.clear()
        if self.plan is None or self.plan.id is None:
            f.historyList.addItem(self.tr("Chưa có kế hoạch."))
            return
        for event in plans.events(self.session, self.plan.id):
            line = f"{to_display(event.on)} — {core_label(STEP_LABELS[event.step])} — {event.who}"
            if event.reason:
                line += f": {event.reason}"
            f.historyList.addItem(line)

    # Live checks -------------------------------------------------------------------------

    def copies_ready(self) -> bool:
        """Whether the plans to compare with have arrived (the copy checks run)."""
        return self.context is not None

    def _context_ready(self, context: plan_lists.CopyContext) -> None:
        if self._context_job is None:
            return  # closed meanwhile
        self._context_job = None
        self.context = context
        self.refresh_checks()

    def _context_failed(self, error: BaseException) -> None:
        if self._context_job is None or isinstance(error, JobCancelled):
            return  # closed meanwhile
        self._context_job = None
        raise error  # the error reporter shows it; the editor keeps its own checks

    def _typed(self, *_args: object) -> None:
        self.dirty = True
        self.live.start()

    def current(self) -> Plan:
        base = self.plan or Plan(self.person_id, self.year)
        return base.with_changes(
            remedies=split_items(self.form.remedies.toPlainText()),
            tasks=self.tasks.tasks(),
            commitments=split_items(self.form.commitments.toPlainText()),
        )

    def refresh_checks(self) -> None:
        from chibo_app.core.plans import normalise  # noqa: PLC0415

        plan = normalise(self.current())
        checks = self.context.checks(plan) if self.context else check_plan(plan)
        found = [core_message(c.message) for c in checks] + self.tasks.problems()
        self.form.checksList.clear()
        for message in found:
            self.form.checksList.addItem(QListWidgetItem("⚠ " + message))
        if not found:
            self.form.checksList.addItem(self.tr("Không có góp ý."))
        self.check_messages = found
        self.form.sideTabs.setTabText(0, self.tr("Góp ý (%1)").replace("%1", str(len(found))))
        self._show_similar(plan)

    def _show_similar(self, plan: Plan) -> None:
        f = self.form
        if self.context is None:
            f.compareLabel.setText(self.tr("Đang tìm kế hoạch gần trùng…"))
            f.mineView.clear()
            f.otherView.clear()
            return
        best = self.context.best(plan)
        if best is None:
            f.compareLabel.setText(self.tr("Không thấy kế hoạch nào gần trùng."))
            f.mineView.clear()
            f.otherView.clear()
            return
        other_id, name, score, last_year = best
        other = plans.get_plan_by_id(self.session, other_id)
        title = (
            self.tr("Kế hoạch năm %1 của chính người này").replace("%1", str(other.year))
            if last_year
            else self.tr("Kế hoạch của %1").replace("%1", name)
        )
        f.compareLabel.setText(
            self.tr("%1 — giống %2%; phần tô vàng là đoạn trùng nhau.")
            .replace("%1", title)
            .replace("%2", str(round(score * 100)))
        )
        passages = plan_lists.shared_passages(plan, other)
        mine, theirs = side_by_side(
            self.tr("Kế hoạch đang sửa"), plan.items(), title, other.items(), passages
        )
        f.mineView.setHtml(mine)
        f.otherView.setHtml(theirs)

    # Editing -----------------------------------------------------------------------------

    def selected_task(self) -> int | None:
        rows = self.form.tasksView.selectionModel().selectedRows()
        index = rows[0] if rows else self.form.tasksView.currentIndex()
        return index.row() if index.isValid() else None

    def add_task(self) -> None:
        self._edit_task_text(self.tasks.add())

    def remove_task(self) -> None:
        row = self.selected_task()
        if row is not None:
            self.tasks.remove(row)

    def move_task(self, offset: int) -> None:
        row = self.selected_task()
        if row is not None:
            moved = self.tasks.move(row, offset)
            self.form.tasksView.selectRow(moved)

    def save(self) -> bool:
        """Write what is typed; False (with a message) when it cannot be saved."""
        if self.plan is not None and self.plan.is_locked:
            return True
        problems = self.tasks.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), "\n".join(problems))
            return False
        try:
            try:
                self.plan = plans.save_plan(self.session, self.current(), loaded=self.plan)
            except ChangedElsewhere as changed:
                if not save_anyway(self, changed):
                    return False
                self.plan = plans.save_plan(
                    self.session, self.current(), loaded=self.plan, overwrite=True
                )
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        self.changed = True
        self.load()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Tab in the task table's last cell (typing in it or not) adds a task and goes on
        to typing its text, as Tab goes on to the next cell anywhere else."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers()
            and isinstance(watched, QWidget)
            and (watched is self.form.tasksView or self.form.tasksView.isAncestorOf(watched))
            and not self.tasks.read_only
        ):
            current = self.form.tasksView.currentIndex()
            last_row, last_column = self.tasks.rowCount() - 1, self.tasks.columnCount() - 1
            if current.isValid() and (current.row(), current.column()) == (last_row, last_column):
                row = self.tasks.add()
                # After the Tab has committed the cell and moved on: type the new task.
                QTimer.singleShot(0, lambda: self._edit_task_text(row))
        return False

    def _edit_task_text(self, row: int) -> None:
        index = self.tasks.index(row, TaskCol.TEXT)
        if index.isValid():
            self.form.tasksView.setCurrentIndex(index)
            self.form.tasksView.edit(index)

    def done(self, result: int) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.live.stop()  # no check may run on a closed dialog
        self._forget_copies()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        if event.isAccepted():
            self.live.stop()
            self._forget_copies()

    def _forget_copies(self) -> None:
        """A closed editor takes no plans that arrive later (its file may be closed)."""
        job, self._context_job = self._context_job, None
        if job is not None:
            job.cancel()

    def save_changes(self) -> None:
        self.save_and_close()

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def start_from_last_year(self) -> None:
        self._run(
            lambda: plans.start_from_last_year(self.session, self.person_id, self.year),
            save_first=False,
        )

    # Life cycle ---------------------------------------------------------------------------

    def _plan_id(self) -> int:
        assert self.plan is not None and self.plan.id is not None
        return self.plan.id

    def _run(self, step: Any, save_first: bool = True) -> bool:
        if save_first and not self.save():
            return False
        try:
            step()
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa thực hiện được"), error_text(error))
            return False
        self.changed = True
        self.load()
        return True

    def submit(self) -> None:
        """On the day written on the paper (today unless changed)."""
        answer = plan_step_dialog.ask_step(self, plan_step_dialog.SUBMIT, self.session.today())
        if answer is not None:
            self._run(lambda: plans.submit(self.session, self._plan_id(), on=answer.on))

    def return_for_revision(self) -> None:
        reason = plan_reason.ask_reason(
            self, self.tr("Trả lại để chỉnh sửa"), self.tr("Lý do trả lại (người viết sẽ thấy):")
        )
        if reason:
            self._run(lambda: plans.return_for_revision(self.session, self._plan_id(), reason))

    def confirm(self) -> None:
        """On the day of the cell's meeting (or a named comrade's), as on the paper."""
        answer = plan_step_dialog.ask_step(
            self,
            plan_step_dialog.CONFIRM,
            self.session.today(),
            self.plan.submitted_on if self.plan else None,
            cell.load_settings(self.session).secretary,
        )
        if answer is not None:
            self._run(
                lambda: plans.confirm(self.session, self._plan_id(), by=answer.by, on=answer.on)
            )

    def reopen(self) -> None:
        reason = plan_reason.ask_reason(
            self, self.tr("Mở lại kế hoạch đã xác nhận"), self.tr("Lý do mở lại:")
        )
        if reason:
            self._run(lambda: plans.reopen(self.session, self._plan_id(), reason), save_first=False)
