"""Nộp or xác nhận a plan on the day written on the paper: plans typed in December from
March's papers keep March's dates (the report counts them by those dates), and a
confirmation names who gave it — the cell's meeting of that day or a named comrade."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from chibo_app.core.dates import to_display
from chibo_app.core.text import clean
from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.date_field import read_date

SUBMIT, CONFIRM = "submit", "confirm"
CELL = "Chi bộ"  # stored as who confirmed, with the meeting's day (a Vietnamese record)


@dataclass(frozen=True)
class StepAnswer:
    on: str  # ISO day
    by: str | None = None  # who confirmed (CONFIRM only)


class PlanStepDialog(QDialog):
    def __init__(
        self,
        kind: str,
        today: dt.date,
        submitted_on: str | None = None,
        secretary: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planStepDialog")
        self.kind, self.today, self.submitted_on = kind, today, submitted_on
        self.answer: StepAnswer | None = None
        self.form: Any = load_form("plan_step_dialog", self)
        f = self.form
        if kind == SUBMIT:
            self.setWindowTitle(self.tr("Nộp kế hoạch"))
            f.intro.setText(self.tr("Ngày người viết nộp kế hoạch (ghi trên bản giấy, nếu có)."))
        else:
            self.setWindowTitle(self.tr("Xác nhận kế hoạch"))
            f.intro.setText(
                self.tr(
                    "Ngày chi bộ xác nhận kế hoạch và ai xác nhận. Kế hoạch đã xác nhận thì "
                    "khóa, muốn sửa phải “Mở lại”."
                )
            )
        for widget in (f.byLabel, f.byCell, f.byComrade, f.comrade):
            widget.setVisible(kind == CONFIRM)
        f.day.setText(to_display(today.isoformat()))
        f.comrade.setText(secretary)
        f.comrade.textEdited.connect(lambda _text: f.byComrade.setChecked(True))
        f.error.setStyleSheet("color: #c8102e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Nộp") if kind == SUBMIT else self.tr("Xác nhận")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        f.day.setFocus()
        f.day.selectAll()

    def problem(self) -> str | None:
        """One Vietnamese sentence about what is wrong, or None."""
        on, problem = read_date(self.form.day)
        if problem or on is None:
            return problem or self.tr("Cần ghi ngày.")
        if on > self.today.isoformat():
            return self.tr("Ngày không thể sau hôm nay (%1).").replace(
                "%1", to_display(self.today.isoformat())
            )
        if self.kind == CONFIRM and self.submitted_on and on < self.submitted_on:
            return self.tr("Ngày xác nhận không thể trước ngày nộp (%1).").replace(
                "%1", to_display(self.submitted_on)
            )
        if (
            self.kind == CONFIRM
            and self.form.byComrade.isChecked()
            and not clean(self.form.comrade.text())
        ):
            return self.tr("Cần ghi họ và tên đồng chí xác nhận.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.form.error.setText(problem)
            self.form.error.show()
            return
        on, _problem = read_date(self.form.day)
        assert on is not None
        by = None
        if self.kind == CONFIRM:
            by = (
                clean(self.form.comrade.text())
                if self.form.byComrade.isChecked()
                else f"{CELL} (họp ngày {to_display(on)})"
            )
        self.answer = StepAnswer(on, by)
        super().accept()


def ask_step(
    parent: QWidget,
    kind: str,
    today: dt.date,
    submitted_on: str | None = None,
    secretary: str = "",
) -> StepAnswer | None:
    dialog = PlanStepDialog(kind, today, submitted_on, secretary, parent)
    dialog.exec()
    return dialog.answer
