"""Step 3 of Quy định 366-QĐ/TW Điều 12: the competent level's decision on the chi bộ's
(locked) proposal — the level, who decided, the document and its date
(forms/evaluation_decision_dialog.ui). “Xóa quyết định” clears one recorded by mistake."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from chibo_app.core.evaluation import Evaluation
from chibo_app.core.rules import RuleSet
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import evaluation
from chibo_app.services.cell import load_settings
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, error_text
from chibo_app.ui.forms import load_form
from chibo_app.ui.save_errors import show_save_failure, storage_errors
from chibo_app.ui.widgets.date_field import read_date, set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors


class DecisionDialog(QDialog):
    def __init__(
        self,
        session: Session,
        evaluation_row: Evaluation,
        rule_set: RuleSet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.evaluation = evaluation_row
        self.saved: Evaluation | None = None
        self.form: Any = load_form("evaluation_decision_dialog", self)
        self.setWindowTitle(self.tr("Quyết định của cấp có thẩm quyền"))
        self.setStyleSheet(FIELD_STYLE)
        self.setMinimumWidth(520)
        f = self.form
        definition = rule_set.definition
        for band in definition.bands:
            f.level.addItem(core_label(band.label), band.code)
        wanted = evaluation_row.decided_level or evaluation_row.cell_level
        f.level.setCurrentIndex(max(0, f.level.findData(wanted)))
        f.proposal.setText(
            self.tr("Chi bộ đề nghị: %1.").replace(
                "%1", core_label(definition.label(evaluation_row.cell_level)) or "—"
            )
        )
        superior = load_settings(session).superior
        f.decidedBy.setText(
            evaluation_row.decided_by
            or (self.tr("Ban Thường vụ %1").replace("%1", superior) if superior else "")
        )
        f.number.setText(evaluation_row.decision_number)
        set_date(f.date, evaluation_row.decision_date)
        self.errors = FieldErrors(
            f.fieldsLayout,
            {"decided_level": f.level, "decided_by": f.decidedBy, "decision_date": f.date},
            f.errorSummary,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ghi quyết định"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.clear_button = buttons.addButton(
            self.tr("Xóa quyết định"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.clear_button.setVisible(evaluation_row.decided_level is not None)
        self.clear_button.clicked.connect(self.clear)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> bool:
        f = self.form
        day, problem = read_date(f.date)
        if problem:
            self.errors.show({"decision_date": problem}, self.tr("Chưa ghi được. Hãy sửa:"))
            return False
        return self._record(f.level.currentData(), f.decidedBy.text(), f.number.text(), day)

    def clear(self) -> bool:
        return self._record(None, "", "", None)

    def _record(self, level: str | None, by: str, number: str, day: str | None) -> bool:
        assert self.evaluation.id is not None
        try:
            self.saved = evaluation.record_decision(
                self.session, self.evaluation.id, level, by=by, number=number, on=day
            )
        except ValidationError as error:
            self.errors.show(error.messages, self.tr("Chưa ghi được. Hãy sửa:"))
            return False
        except ChiboError as error:
            QMessageBox.warning(self, self.tr("Chưa ghi được"), error_text(error))
            return False
        except storage_errors() as error:
            show_save_failure(self, error)
            return False
        self.accept()
        return True
