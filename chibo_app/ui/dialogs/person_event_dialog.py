"""Add or edit one record the classification rules read (forms/person_event_dialog.ui):
a discipline, a competent conclusion, đình chỉ sinh hoạt đảng, long sick or maternity
leave, temporary party activity at another cell. Only the fields the kind uses are shown;
the rule the record feeds is said above them. Saved on “Đồng ý” (services.person_events);
closing with changes asks first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.person_events import (
    FIELD_LABELS,
    FORMS,
    KIND_LABELS,
    PERIODS,
    SCOPE_LABELS,
    EventKind,
    PersonEvent,
    checked,
)
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import person_events
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.date_field import read_date, set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors

# What each kind of record does to the year's classification (the rule it feeds).
RULE_NOTES = {
    EventKind.DISCIPLINE: QT_TRANSLATE_NOOP(
        "PersonEventDialog",
        "Kỷ luật từ khiển trách trở lên trong năm: đề xuất “Không hoàn thành nhiệm vụ” "
        "(Quy định 366-QĐ/TW Điều 11 k4.1, k4.2); cấp có thẩm quyền xem xét nếu đã tự giác "
        "nhận lỗi và khắc phục xong hậu quả.",
    ),
    EventKind.CONCLUSION: QT_TRANSLATE_NOOP(
        "PersonEventDialog",
        "Kết luận trong năm của cấp có thẩm quyền: đề xuất “Không hoàn thành nhiệm vụ” "
        "(Quy định 366-QĐ/TW Điều 11 k4.1, k4.2).",
    ),
    EventKind.SUSPENSION: QT_TRANSLATE_NOOP(
        "PersonEventDialog",
        "Bị đình chỉ sinh hoạt đảng vào thời điểm kiểm điểm: không đánh giá, xếp loại "
        "(Quy định 366-QĐ/TW Điều 5 k2.1).",
    ),
    EventKind.LEAVE: QT_TRANSLATE_NOOP(
        "PersonEventDialog",
        "Nghỉ ốm từ 03 tháng trở lên trong năm, hoặc nghỉ thai sản: xếp loại căn cứ kết quả "
        "làm việc thực tế (Hướng dẫn 43-HD/BTCTW mục 7.5).",
    ),
    EventKind.TEMPORARY: QT_TRANSLATE_NOOP(
        "PersonEventDialog",
        "Đánh giá, xếp loại tại chi bộ chính thức, căn cứ nhận xét của chi bộ nơi sinh hoạt "
        "tạm thời; chưa có nhận xét thì chưa đề xuất mức xếp loại (Hướng dẫn 43-HD/BTCTW "
        "mục 7.6).",
    ),
}
_TEXTS = ("document", "authority", "place")
_NOTES = ("comments", "notes")


class PersonEventDialog(EditorDialog):
    def __init__(self, session: Session, event: PersonEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record = event
        self.saved: PersonEvent | None = None
        self.form: Any = load_form("person_event_dialog", self)
        self.setWindowTitle(self.tr("Sửa hồ sơ") if event.id is not None else self.tr("Thêm hồ sơ"))
        self.setStyleSheet(FIELD_STYLE)
        self.setMinimumWidth(560)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đồng ý"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        f = self.form
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(core_label(label), str(kind))
        f.scope.addItem("", None)
        for scope, label in SCOPE_LABELS.items():
            f.scope.addItem(core_label(label), scope)
        f.kind.setCurrentIndex(max(0, f.kind.findData(str(event.kind))))
        f.kind.setEnabled(event.id is None)  # a record keeps its kind; delete and add instead
        self._fill_forms()
        self._show(event)
        self.errors = FieldErrors(
            f.fieldsLayout,
            {
                "form": f.form,
                "scope": f.scope,
                "start_date": f.startDate,
                "end_date": f.endDate,
                "place": f.place,
            },
            f.errorSummary,
            FIELD_LABELS,
        )
        f.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.mark_filled()

    # Showing -------------------------------------------------------------------------------

    def _kind(self) -> EventKind:
        return EventKind(self.form.kind.currentData())

    def _fill_forms(self) -> None:
        combo = self.form.form
        wanted = combo.currentData() or self.record.form
        combo.clear()
        combo.addItem("", None)
        for code, label in FORMS.get(self._kind(), {}).items():
            combo.addItem(core_label(label), code)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _show(self, event: PersonEvent) -> None:
        f = self.form
        f.form.setCurrentIndex(max(0, f.form.findData(event.form)))
        f.scope.setCurrentIndex(max(0, f.scope.findData(event.scope)))
        set_date(f.startDate, event.start_date)
        set_date(f.endDate, event.end_date)
        f.document.setText(event.document)
        f.authority.setText(event.authority)
        f.place.setText(event.place)
        f.comments.setPlainText(event.comments)
        f.notes.setPlainText(event.notes)

    def _kind_changed(self) -> None:
        kind = self._kind()
        self._fill_forms()
        f = self.form
        rows = {
            f.form: kind in FORMS,
            f.scope: kind == EventKind.DISCIPLINE,
            f.endDate: kind in PERIODS,
            f.place: kind == EventKind.TEMPORARY,
            f.comments: kind == EventKind.TEMPORARY,
        }
        for widget, shown in rows.items():
            f.fieldsLayout.setRowVisible(widget, shown)
        f.startLabel.setText(
            self.tr("&Từ ngày:") if kind in PERIODS else self.tr("Ngày &quyết định, kết luận:")
        )
        f.ruleNote.setText(QCoreApplication.translate("PersonEventDialog", RULE_NOTES[kind]))

    # Reading and saving --------------------------------------------------------------------

    def typed(self) -> tuple[PersonEvent, dict[str, str]]:
        f = self.form
        problems: dict[str, str] = {}
        dates: dict[str, str | None] = {}
        for key, widget in (("start_date", f.startDate), ("end_date", f.endDate)):
            dates[key], problem = read_date(widget)
            if problem:
                problems[key] = problem
        event = self.record.with_changes(
            kind=self._kind(),
            form=f.form.currentData(),
            scope=f.scope.currentData(),
            start_date=dates["start_date"],
            end_date=dates["end_date"],
            document=f.document.text(),
            authority=f.authority.text(),
            place=f.place.text(),
            comments=f.comments.toPlainText(),
            notes=f.notes.toPlainText(),
        )
        return event, problems

    def save(self) -> bool:
        event, problems = self.typed()
        if problems:  # say what else is wrong too, writing nothing
            others = checked(event.with_changes(start_date=None, end_date=None))[1]
            others = {k: v for k, v in others.items() if k not in ("start_date", "end_date")}
            self.errors.show({**others, **problems}, self.tr("Chưa lưu được. Hãy sửa:"))
            return False
        try:
            self.saved = person_events.save_event(self.session, event)
        except ValidationError as error:
            self.errors.show(error.messages, self.tr("Chưa lưu được. Hãy sửa:"))
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.accept()
        return True

    def save_changes(self) -> None:
        self.save()
