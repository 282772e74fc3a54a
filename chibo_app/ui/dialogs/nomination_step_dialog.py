"""One status step for the chosen nominations, asking what that step records:

- biểu dương (commended): the day and the occasion (19/5, chào cờ hằng tháng, sơ kết,
  tổng kết năm, or another typed in);
- đề nghị khen thưởng (proposed): the day;
- được khen thưởng (awarded): the form (giấy khen, bằng khen, another), the level (who
  grants it), the decision's number and date;
- không được chọn (not selected): the reason.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.dates import to_display
from chibo_app.core.nominations import AWARD_FORMS, OCCASIONS, STATUS_LABELS, Status
from chibo_app.core.text import clean
from chibo_app.ui.core_text import core_label
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
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
        intro = QLabel(
            self.tr("Chuyển %1 đăng ký đã chọn sang “%2”.")
            .replace("%1", str(count))
            .replace("%2", core_label(STATUS_LABELS[target]))
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        fields: dict[str, QWidget] = {}

        # A commendation or a proposal is usually recorded on the day; a decision's date
        # is typed from the paper.
        self.date = QLineEdit(to_display(today.isoformat()) if target != Status.AWARDED else "")
        self.date.setObjectName("stepDate")
        self.date.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.occasion = _choices(list(OCCASIONS), "stepOccasion")
        self.occasion.setCurrentIndex(-1)
        self.occasion.setPlaceholderText(self.tr("Chọn dịp biểu dương…"))
        self.other_occasion = QLineEdit()
        self.other_occasion.setObjectName("stepOtherOccasion")
        self.award_form = _choices(list(AWARD_FORMS), "stepAwardForm")
        self.other_form = QLineEdit()
        self.other_form.setObjectName("stepOtherForm")
        self.other_form.setPlaceholderText(self.tr("ví dụ: Cờ thi đua, Chiến sĩ thi đua"))
        self.level = QComboBox()
        self.level.setObjectName("stepLevel")
        self.level.setEditable(True)
        self.level.addItems(list(AWARD_LEVELS))
        self.level.setCurrentIndex(-1)
        typed = self.level.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("người, cơ quan khen thưởng"))
        self.decision_number = QLineEdit()
        self.decision_number.setObjectName("stepDecisionNumber")
        self.decision_number.setPlaceholderText(self.tr("ví dụ: 125/QĐ-SNgV"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("stepReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)

        if target == Status.COMMENDED:
            form.addRow(self.tr("Dịp biểu dương:"), self.occasion)
            form.addRow(self.tr("Dịp khác:"), self.other_occasion)
            fields["occasion"] = self.occasion
            fields["other_occasion"] = self.other_occasion
            self.occasion.currentIndexChanged.connect(self._others)
        elif target == Status.AWARDED:
            form.addRow(self.tr("Hình thức khen thưởng:"), self.award_form)
            form.addRow(self.tr("Hình thức khác:"), self.other_form)
            form.addRow(self.tr("Cấp khen thưởng:"), self.level)
            form.addRow(self.tr("Số quyết định:"), self.decision_number)
            fields.update(
                award_form=self.award_form,
                other_form=self.other_form,
                award_level=self.level,
                decision_number=self.decision_number,
            )
            self.award_form.currentIndexChanged.connect(self._others)
        elif target == Status.NOT_SELECTED:
            form.addRow(self.tr("Lý do không được chọn:"), self.reason)
            fields["reason"] = self.reason
        if target in DATE_LABELS:
            form.addRow(self.tr(str(DATE_LABELS[target])), self.date)
            fields["on"] = self.date
        self.form_layout = form
        self._shown = set(fields.values())
        self.errors = FieldErrors(form, fields)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Chuyển"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
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


def _choices(items: list[str], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for item in [*items, *([] if OTHER in items else [OTHER])]:
        box.addItem(core_label(item), item)  # shown translated, kept in Vietnamese
    return box
