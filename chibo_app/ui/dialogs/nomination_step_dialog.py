"""One status step for the chosen nominations, asking what that step records:

- biểu dương (commended): the day and the occasion (19/5, chào cờ hằng tháng, sơ kết,
  tổng kết năm, or another typed in);
- đề nghị khen thưởng (proposed): the day;
- được khen thưởng (awarded): the form (giấy khen, bằng khen, another), the level (who
  grants it), the decision's number and date;
- không được chọn (not selected): the reason.

The layout is forms/nomination_step_dialog.ui: every step's rows, those not asked hidden.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QVBoxLayout, QWidget

from chibo_app.core.dates import to_display
from chibo_app.core.nominations import AWARD_FORMS, OCCASIONS, STATUS_LABELS, Status
from chibo_app.core.text import clean
from chibo_app.ui.core_text import core_label
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.date_field import read_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors

OTHER = "Khác"
# Who usually grants an award to a cell's members and units (the box also takes any text).
AWARD_LEVELS = (
    "Giám đốc Sở",
    "Đảng ủy Ủy ban nhân dân tỉnh",
    "Chủ tịch Ủy ban nhân dân tỉnh",
    "Ban Thường vụ Tỉnh ủy",
)
DATE_LABELS = {
    Status.COMMENDED: QT_TRANSLATE_NOOP("StatusStepDialog", "Ngày biểu dương:"),
    Status.PROPOSED: QT_TRANSLATE_NOOP("StatusStepDialog", "Ngày đề nghị:"),
    Status.AWARDED: QT_TRANSLATE_NOOP("StatusStepDialog", "Ngày quyết định:"),
}
ASKS = (Status.COMMENDED, Status.PROPOSED, Status.AWARDED, Status.NOT_SELECTED)


class StatusStepDialog(EditorDialog):
    def __init__(
        self, target: Status, count: int, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.today = today
        self.setObjectName("nominationStepDialog")
        self.setWindowTitle(core_label(STATUS_LABELS[target]))
        self.setStyleSheet(FIELD_STYLE)
        self.resize(520, 0)
        self.form: Any = load_form("nomination_step_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        f.intro.setText(
            self.tr("Chuyển %1 đăng ký đã chọn sang “%2”.")
            .replace("%1", str(count))
            .replace("%2", core_label(STATUS_LABELS[target]))
        )
        form = f.formLayout
        # A commendation or a proposal is usually recorded on the day; a decision's date
        # is typed from the paper.
        self.date = f.stepDate
        self.date.setText(to_display(today.isoformat()) if target != Status.AWARDED else "")
        self.occasion = _choices(f.stepOccasion, list(OCCASIONS))
        self.occasion.setCurrentIndex(-1)
        self.other_occasion = f.stepOtherOccasion
        self.award_form = _choices(f.stepAwardForm, list(AWARD_FORMS))
        self.other_form = f.stepOtherForm
        self.level = f.stepLevel
        self.level.addItems(list(AWARD_LEVELS))
        self.level.setCurrentIndex(-1)
        typed = self.level.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("người, cơ quan khen thưởng"))
        self.decision_number = f.stepDecisionNumber
        self.reason = f.stepReason

        # What each step asks for, in the form's order; the other rows are hidden.
        asked: dict[Status, dict[str, QWidget]] = {
            Status.COMMENDED: {"occasion": self.occasion, "other_occasion": self.other_occasion},
            Status.AWARDED: {
                "award_form": self.award_form,
                "other_form": self.other_form,
                "award_level": self.level,
                "decision_number": self.decision_number,
            },
            Status.NOT_SELECTED: {"reason": self.reason},
        }
        fields: dict[str, QWidget] = dict(asked.get(target, {}))
        if target in DATE_LABELS:
            f.dateLabel.setText(self.tr(str(DATE_LABELS[target])))
            fields["on"] = self.date
        every = (self.occasion, self.other_occasion, self.award_form, self.other_form)
        for widget in (*every, self.level, self.decision_number, self.reason, self.date):
            form.setRowVisible(widget, widget in fields.values())
        if target == Status.COMMENDED:
            self.occasion.currentIndexChanged.connect(self._others)
        elif target == Status.AWARDED:
            self.award_form.currentIndexChanged.connect(self._others)
        self.form_layout = form
        self._shown = set(fields.values())
        self.errors = FieldErrors(form, fields)

        buttons = f.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Chuyển"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._others()
        self.chosen: dict[str, str | None] | None = None

    def _others(self) -> None:
        """The "other" boxes only when "Khác" is chosen."""
        for box, edit in (
            (self.occasion, self.other_occasion),
            (self.award_form, self.other_form),
        ):
            if edit in self._shown:
                self.form_layout.setRowVisible(edit, box.currentData() == OTHER)

    def problems(self) -> dict[str, str]:
        """Vietnamese messages per field for what is missing or wrong; {} when fine."""
        found: dict[str, str] = {}
        if self.target in DATE_LABELS:
            day, problem = read_date(self.date)
            if problem:
                found["on"] = problem
            elif day is None:
                found["on"] = self.tr("Cần ghi ngày.")
            elif len(day) != 10:
                found["on"] = self.tr("Cần ghi đủ ngày/tháng/năm.")
            elif day > self.today.isoformat():
                found["on"] = self.tr("Ngày này chưa đến (hôm nay là %1).").replace(
                    "%1", to_display(self.today.isoformat())
                )
        if self.target == Status.COMMENDED:
            if not self.occasion.currentData():
                found["occasion"] = self.tr("Chọn dịp biểu dương.")
            elif self.occasion.currentData() == OTHER and not clean(self.other_occasion.text()):
                found["other_occasion"] = self.tr("Ghi dịp biểu dương.")
        elif self.target == Status.AWARDED:
            if not self.award_form.currentData():
                found["award_form"] = self.tr("Chọn hình thức khen thưởng.")
            elif self.award_form.currentData() == OTHER and not clean(self.other_form.text()):
                found["other_form"] = self.tr("Ghi hình thức khen thưởng.")
            if not clean(self.level.currentText()):
                found["award_level"] = self.tr("Ghi cấp khen thưởng (người, cơ quan ký).")
            if not clean(self.decision_number.text()):
                found["decision_number"] = self.tr("Ghi số quyết định khen thưởng.")
        elif self.target == Status.NOT_SELECTED and not clean(self.reason.toPlainText()):
            found["reason"] = self.tr("Cần ghi lý do không được chọn.")
        return found

    def values(self) -> dict[str, str | None]:
        """The details for services.nominations.bulk_move (after `problems()` is empty)."""
        values: dict[str, str | None] = {}
        if self.target in DATE_LABELS:
            values["on"] = read_date(self.date)[0]
        if self.target == Status.COMMENDED:
            occasion = str(self.occasion.currentData() or "")  # stored and printed in Vietnamese
            values["occasion"] = clean(
                self.other_occasion.text() if occasion == OTHER else occasion
            )
        elif self.target == Status.AWARDED:
            form = str(self.award_form.currentData() or "")
            values["award_form"] = clean(self.other_form.text() if form == OTHER else form)
            values["award_level"] = clean(self.level.currentText())
            values["decision_number"] = clean(self.decision_number.text())
        elif self.target == Status.NOT_SELECTED:
            values["reason"] = clean(self.reason.toPlainText())
        return values

    def save_changes(self) -> None:
        self._accept()

    def _accept(self) -> None:
        found = self.problems()
        if found:
            self.errors.show(found, self.tr("Chưa chuyển được:"))
            return
        self.errors.clear()
        self.chosen = self.values()
        self.accept()


def _choices(box: QComboBox, items: list[str]) -> QComboBox:
    for item in [*items, *([] if OTHER in items else [OTHER])]:
        box.addItem(core_label(item), item)  # shown translated, kept in Vietnamese
    return box
