"""Đổi loại: make a selection of people chính thức, dự bị or quần chúng at once, with the
dates the change needs."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from chibo_app.core.people import KIND_LABELS, Kind, Person
from chibo_app.errors import ChiboError
from chibo_app.services import member_kinds, people
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.dialogs.editor_dialog import EditorDialog
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.date_field import read_date

_SHOWN_NAMES = 8


class KindChangeDialog(EditorDialog):
    """Nothing is written until “Đổi loại”; then everyone or no one (one transaction)."""

    def __init__(self, session: Session, person_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.person_ids = list(person_ids)
        self.chosen: list[Person] = [people.get_person(session, i) for i in self.person_ids]
        self.changed = 0
        self.form: Any = load_form("kind_change_dialog", self)
        self.setWindowTitle(self.tr("Đổi loại đảng viên, quần chúng"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        ok = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Đổi loại"))
        self.form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        for kind, label in KIND_LABELS.items():
            self.form.kind.addItem(core_label(label), kind)
        self.form.kind.currentIndexChanged.connect(self._update)
        self._show_people()
        kinds = {p.kind for p in self.chosen}
        first_other = next((k for k in KIND_LABELS if k not in kinds), Kind.FULL)
        self.form.kind.setCurrentIndex(self.form.kind.findData(first_other))
        self._update()

    def _show_people(self) -> None:
        names = [html.escape(p.full_name) for p in self.chosen[:_SHOWN_NAMES]]
        more = len(self.chosen) - len(names)
        if more > 0:
            names.append(self.tr("và %1 người khác").replace("%1", str(more)))
        self.form.people.setText(
            self.tr("Đổi loại cho %1 người: %2")
            .replace("%1", str(len(self.chosen)))
            .replace("%2", "<b>" + ", ".join(names) + "</b>")
        )

    def kind(self) -> Kind:
        return Kind(self.form.kind.currentData())

    def _update(self) -> None:
        needs = member_kinds.needs(self.chosen, self.kind())
        self.form.formLayout.setRowVisible(self.form.admittedOn, needs.admitted_on > 0)
        self.form.formLayout.setRowVisible(self.form.fullMemberOn, needs.full_member_on > 0)
        hints = []
        if needs.admitted_on:
            hints.append(
                self.tr("%1 người chưa có ngày vào Đảng: ngày ghi ở đây dùng cho họ.").replace(
                    "%1", str(needs.admitted_on)
                )
            )
        if needs.full_member_on:
            hints.append(
                self.tr(
                    "%1 người chưa có ngày chính thức (ngày của quyết định công nhận đảng viên "
                    "chính thức): ngày ghi ở đây dùng cho họ."
                ).replace("%1", str(needs.full_member_on))
            )
        if needs.party_data_dropped:
            hints.append(
                self.tr(
                    "%1 người có số thẻ hoặc ngày vào Đảng: quần chúng không giữ các thông tin "
                    "này, chúng được xóa (vẫn còn trong lịch sử thay đổi)."
                ).replace("%1", str(needs.party_data_dropped))
            )
        if self.kind() == Kind.PROBATIONARY:
            hints.append(self.tr("Đảng viên dự bị chưa có ngày chính thức: ngày đó được bỏ trống."))
        unchanged = sum(1 for p in self.chosen if p.kind == self.kind())
        if unchanged:
            hints.append(
                self.tr("%1 người đã là loại này, giữ nguyên.").replace("%1", str(unchanged))
            )
        self.form.hint.setText("\n".join(hints))
        self.form.hint.setVisible(bool(hints))
        self.form.error.hide()

    def save_changes(self) -> None:
        self.accept()

    def accept(self) -> None:
        dates: dict[str, str | None] = {}
        for name, widget in (
            ("admitted_on", self.form.admittedOn),
            ("full_member_on", self.form.fullMemberOn),
        ):
            dates[name], problem = read_date(widget) if not widget.isHidden() else (None, None)
            if problem:
                self._error(problem)
                widget.setFocus()
                return
        try:
            self.changed = member_kinds.change_kind(
                self.session, self.person_ids, self.kind(), **dates
            )
        except ChiboError as error:
            self._error(error_text(error))
            return
        except storage_errors() as error:  # disk full, read-only file: nothing written
            show_save_failure(self, error)
            return
        super().accept()

    def _error(self, text: str) -> None:
        self.form.error.setText(text)
        self.form.error.show()
