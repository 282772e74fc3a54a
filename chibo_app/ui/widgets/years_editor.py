"""Cài đặt → “Năm và thời hạn”: the years, each year's deadlines and the cell's own plan.

Switching to another year saves what was typed first; a problem keeps the year shown,
with the message under the field, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.messages import Message
from chibo_app.core.years import DEADLINES, Year
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell, rule_sets, years
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.date_field import set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors

YEAR_ROLE = Qt.ItemDataRole.UserRole


def next_year(session: Session) -> int:
    return max(cell.list_years(session)) + 1


def create_next_year(parent: QWidget, session: Session) -> int | None:
    """Ask, then create the year after the latest one; its number, or None if not made."""
    year = next_year(session)
    previous = year - 1
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("YearsEditor", "Tạo năm mới"),
        QCoreApplication.translate(
            "YearsEditor",
            "Tạo năm %1?\n\nThời hạn lấy theo năm %2, dời sang năm %1; có thể sửa lại "
            "trong Cài đặt → Năm và thời hạn.",
        )
        .replace("%1", str(year))
        .replace("%2", str(previous)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        years.create_year(session, year)
    except ChiboError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("YearsEditor", "Chưa tạo được năm mới"), str(error)
        )
        return None
    except storage_errors() as error:
        show_save_failure(parent, error)
        return None
    return year


class YearsEditor(QWidget):
    changed = Signal()  # a year was created or its settings saved

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shown_year: int | None = None
        self.dirty = False
        self.setStyleSheet(FIELD_STYLE)

        self.year_list = QListWidget()
        self.year_list.setObjectName("yearList")
        self.year_list.setFixedWidth(130)
        self.year_list.setMaximumHeight(240)  # ten years fit; a few do not look lost
        self.new_button = QPushButton(self.tr("Tạo năm mới…"))
        self.new_button.setObjectName("newYear")
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Các năm:")))
        left.addWidget(self.year_list)
        left.addWidget(self.new_button)
        left.addStretch(1)

        self.heading = QLabel()
        self.heading.setObjectName("yearHeading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.summary = QLabel()
        self.summary.setObjectName("yearSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.edits: dict[str, QLineEdit] = {}
        labels: dict[str, str] = {}
        for key, (_default, label) in DEADLINES.items():
            self.edits[key] = self._date_edit(key)
            form.addRow(core_label(label) + ":", self.edits[key])
            labels[key] = core_label(label).replace(": ", " – ")
        self.plan_number = QLineEdit()
        self.plan_number.setObjectName("planNumber")
        self.plan_number.setPlaceholderText(self.tr("Ví dụ: 03-KH/CB"))
        self.plan_number.setMinimumWidth(160)
        self.plan_date = self._date_edit("planDate")
        form.addRow(self.tr("Kế hoạch của chi bộ, số:"), self.plan_number)
        form.addRow(self.tr("Ngày ban hành kế hoạch:"), self.plan_date)
        self.rule_set = QComboBox()
        self.rule_set.setObjectName("yearRuleSet")
        self.rule_set.setToolTip(self.tr("Bộ tiêu chí đánh giá, xếp loại dùng cho năm này"))
        form.addRow(self.tr("Quy định áp dụng:"), self.rule_set)
        self.rule_set.activated.connect(self._rule_set_chosen)
        labels["plan_number"] = self.tr("Số kế hoạch của chi bộ")
        labels["plan_date"] = self.tr("Ngày ban hành kế hoạch")
        fields: dict[str, QWidget] = {**self.edits, "plan_number": self.plan_number}
        fields["plan_date"] = self.plan_date
        self.errors = FieldErrors(form, fields, self.summary, labels)

        self.save_button = QPushButton(self.tr("Lưu thời hạn"))
        self.save_button.setObjectName("saveYear")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("yearSaved")
        self.saved_label.setStyleSheet("color: #1b7a34;")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label)
        save_row.addStretch(1)
        note = QLabel(
            self.tr(
                "Năm mới lấy các thời hạn của năm trước, dời sang năm mới. Số và ngày kế "
                "hoạch của chi bộ ghi riêng cho từng năm."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.summary)
        right.addLayout(form)
        right.addLayout(save_row)
        right.addWidget(note)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addSpacing(16)
        layout.addLayout(right, 1)

        self.year_list.currentItemChanged.connect(self._year_chosen)
        self.new_button.clicked.connect(self.create_year)
        self.save_button.clicked.connect(self.save)
        for edit in (*self.edits.values(), self.plan_number, self.plan_date):
            edit.textEdited.connect(self._edited)
        self.reload()

    def _date_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
        edit.setFixedWidth(120)
        return edit

    # Years ------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Re-read the years; keep the shown year (or show `select`)."""
        wanted = select if select is not None else self.shown_year
        all_years = cell.list_years(self.session)
        self.year_list.blockSignals(True)
        self.year_list.clear()
        for year in reversed(all_years):  # newest on top
            item = QListWidgetItem(self.tr("Năm %1").replace("%1", str(year)))
            item.setData(YEAR_ROLE, year)
            self.year_list.addItem(item)
        self.year_list.blockSignals(False)
        if wanted not in all_years:
            wanted = all_years[-1]
        self._select_item(wanted)
        if not (self.dirty and wanted == self.shown_year):  # keep what is being typed
            self._show(years.get_year(self.session, wanted))

    def select_year(self, year: int) -> bool:
        """Show `year` (saving what was typed for the shown one first)."""
        if year == self.shown_year:
            return True
        if self.dirty and not self.save():
            return False
        if year not in cell.list_years(self.session):
            return False
        self._select_item(year)
        self._show(years.get_year(self.session, year))
        return True

    def _select_item(self, year: int) -> None:
        self.year_list.blockSignals(True)
        for row in range(self.year_list.count()):
            if self.year_list.item(row).data(YEAR_ROLE) == year:
                self.year_list.setCurrentRow(row)
        self.year_list.blockSignals(False)

    def _year_chosen(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        year = int(item.data(YEAR_ROLE))
        if not self.select_year(year) and self.shown_year is not None:
            self._select_item(self.shown_year)  # stay on the year with the problem

    def create_year(self) -> None:
        if self.dirty and not self.save():
            return
        year = create_next_year(self, self.session)
        if year is not None:
            self.shown_year = None
            self.reload(year)
            self.changed.emit()

    # The shown year's fields -------------------------------------------------------------

    def _show(self, year: Year) -> None:
        self.shown_year = year.year
        self.heading.setText(self.tr("Năm %1").replace("%1", str(year.year)))
        for key, edit in self.edits.items():
            set_date(edit, year.deadlines.get(key))
        self.plan_number.setText(year.plan_number or "")
        set_date(self.plan_date, year.plan_date)
        self._show_rule_set(year.year)
        self.errors.clear()
        self.dirty = False
        self.saved_label.clear()

    def _show_rule_set(self, year: int) -> None:
        self.rule_set.clear()
        for found in rule_sets.list_rule_sets(self.session):
            self.rule_set.addItem(found.name, found.id)
        chosen = rule_sets.year_rule_set(self.session, year)
        self.rule_set.setCurrentIndex(max(0, self.rule_set.findData(chosen.id)))

    def _rule_set_chosen(self, index: int) -> None:
        """Saved at once: the year's rule set is a choice, not typing."""
        if self.shown_year is None or index < 0:
            return
        try:
            rule_sets.set_year_rule_set(
                self.session, self.shown_year, self.rule_set.itemData(index)
            )
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            self._show_rule_set(self.shown_year)
            return
        except storage_errors() as error:
            show_save_failure(self, error)
            return
        self.saved_label.setText(self.tr("Đã lưu."))
        self.changed.emit()

    def _edited(self) -> None:
        self.dirty = True
        self.saved_label.clear()

    def typed_number(self) -> str:
        """What is typed, without a leading “Số” the secretary may have added."""
        text = self.plan_number.text().strip()
        if text.lower().startswith("số"):
            text = text[2:].lstrip(" .:")
        return text

    def _field_message(self, key: str, message: Message | str) -> str:
        """Under its field a message needs no label: “Hạn …: ngày phải thuộc năm 2026.”
        → “Ngày phải thuộc năm 2026.” (the summary above names the field), in the
        interface language."""
        label = DEADLINES[key][1] if key in DEADLINES else ""
        if (
            isinstance(message, Message)
            and message.template == "{value}: {problem}"
            and label.startswith(str(message.values.get("value")))
        ):
            message = message.values["problem"]  # type: ignore[assignment]
        return _sentence(core_message(message))

    def save(self) -> bool:
        if self.shown_year is None:
            return True
        try:
            saved = years.update_deadlines(
                self.session,
                self.shown_year,
                {key: edit.text() for key, edit in self.edits.items()},
                plan_number=self.typed_number(),
                plan_date=self.plan_date.text(),
            )
        except ValidationError as error:
            self.saved_label.clear()
            problems = {k: self._field_message(k, v) for k, v in error.messages.items()}
            self.errors.show(problems, self.tr("Chưa lưu được. Hãy sửa:"))
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self._show(saved)
        self.saved_label.setText(self.tr("Đã lưu."))
        QTimer.singleShot(4000, self.saved_label.clear)
        self.changed.emit()
        return True


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
