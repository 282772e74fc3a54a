"""The nomination editor (Designer form forms/nomination_dialog.ui): kind, the person
or unit chosen from the register, field, what is registered, with eligibility hints."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from chibo_app.core.dates import to_display
from chibo_app.core.nominations import KIND_LABELS, KIND_ORDER, STATUS_LABELS, Kind, Nomination
from chibo_app.core.text import name_sort_key
from chibo_app.errors import ChiboError
from chibo_app.services import cell, nomination_lists, nominations, people
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form


class NominationDialog(EditorDialog):
    def __init__(
        self,
        session: Session,
        year: int,
        nomination: Nomination | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.year = session, year
        self.item = nomination or Nomination(year, Kind.INDIVIDUAL)
        self.saved: Nomination | None = None
        self.form: Any = load_form("nomination_dialog", self)
        title = self.tr("Sửa đăng ký điển hình") if nomination else self.tr("Đăng ký điển hình")
        self.setWindowTitle(f"{title} — {year}")
        self.resize(680, 540)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self._fill_choices()
        self._load()
        self.form.kind.currentIndexChanged.connect(self._kind_changed)
        self.form.person.currentIndexChanged.connect(self._show_hints)
        self._kind_changed()

    def _fill_choices(self) -> None:
        f = self.form
        for kind in KIND_ORDER:
            f.kind.addItem(core_label(KIND_LABELS[kind]), kind)
        kept = [self.item.person_id] if self.item.person_id else []
        chosen = people.names(self.session, kept)  # everyone active, and the one chosen
        f.person.addItem("", None)
        for person_id, name in sorted(chosen.items(), key=lambda p: name_sort_key(p[1])):
            f.person.addItem(name, person_id)
        f.unit.addItem(self.tr("(theo đơn vị của người được đăng ký)"), None)
        for unit in cell.list_units(self.session):
            f.unit.addItem(str(unit["name"]), unit["id"])
        for name in nominations.fields(self.session):
            f.field.addItem(name)

    def _load(self) -> None:
        f, item = self.form, self.item
        f.kind.setCurrentIndex(max(0, f.kind.findData(item.kind)))
        f.person.setCurrentIndex(max(0, f.person.findData(item.person_id)))
        f.unit.setCurrentIndex(max(0, f.unit.findData(item.unit_id)))
        f.field.setCurrentText(item.field or f.field.itemText(0))
        f.title.setText(item.title)
        f.description.setPlainText(item.description)
        f.registeredOn.setText(to_display(item.registered_on))
        f.notes.setText(item.notes)
        status = STATUS_LABELS[item.status]
        f.statusLabel.setText(self.tr("Tình trạng: %1").replace("%1", core_label(status)))

    def _kind_changed(self) -> None:
        kind = self.form.kind.currentData()
        individual = kind == Kind.INDIVIDUAL
        self.form.person.setEnabled(individual)
        self.form.personLabel.setEnabled(individual)
        label = {
            Kind.INDIVIDUAL: self.tr("Đơn vị"),
            Kind.COLLECTIVE: self.tr("Tập thể (đơn vị)"),
            Kind.MODEL: self.tr("Đơn vị đề xuất"),
        }[kind]
        self.form.unitLabel.setText(label)
        title = self.tr("Tên mô hình") if kind == Kind.MODEL else self.tr("Thành tích đăng ký")
        self.form.titleLabel.setText(title)
        self._show_hints()

    def _show_hints(self) -> None:
        lines: list[str] = []
        person_id = self.form.person.currentData()
        if self.form.kind.currentData() == Kind.INDIVIDUAL and person_id is not None:
            for row in nomination_lists.rows(self.session, self.year):
                if row.nomination.person_id == person_id and row.id != (self.item.id or 0):
                    lines.append(self.tr("Người này đã có một đăng ký năm nay."))
                    break
            hints = nomination_lists.person_hints(self.session, self.year, person_id)
            lines += [core_message(hint) for hint in hints]
        self.form.hintsLabel.setText("\n".join(lines))
        self.form.hintsLabel.setVisible(bool(lines))

    def collect(self) -> Nomination:
        f = self.form
        return self.item.with_changes(
            kind=f.kind.currentData(),
            person_id=f.person.currentData(),
            unit_id=f.unit.currentData(),
            field=f.field.currentText(),
            title=f.title.text(),
            description=f.description.toPlainText(),
            registered_on=f.registeredOn.text() or None,
            notes=f.notes.text(),
        )

    def save_changes(self) -> None:
        self.save()

    def save(self) -> None:
        try:
            self.saved = nominations.save(self.session, self.collect())
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), error_text(error))
            return
        self.accept()
