"""The fields of one rule set (core.rule_editing.RuleSetFields): name, regulation and
date, points, the task-points formula, each level's floor and extra conditions, the
cap on "xuất sắc"; problems shown under their fields; worked examples from the engine,
recomputed on every edit."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.rule_editing import (
    BOUND_KINDS,
    FLAG_KINDS,
    RESULT_NAMES,
    SHARE_KINDS,
    BandFields,
    RuleSetFields,
    band_key,
    check,
    definition_of,
    formula_text,
)
from chibo_app.core.rule_examples import examples
from chibo_app.core.rules import RESULTS
from chibo_app.ui.core_text import core_label, core_message
from chibo_app.ui.widgets.date_field import set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors


def _tr(text: str) -> str:
    """A source text of the tables below in the interface language."""
    return QCoreApplication.translate("RuleSetForm", text)


FLAG_LABELS = {
    "all_tasks_done": QT_TRANSLATE_NOOP("RuleSetForm", "Mọi nhiệm vụ hoàn thành"),
    "all_on_time": QT_TRANSLATE_NOOP("RuleSetForm", "Mọi nhiệm vụ đúng hạn"),
    "all_remedied": QT_TRANSLATE_NOOP("RuleSetForm", "Mọi hạn chế được khắc phục"),
}
BOUND_LABELS = {
    "exceeded_share": QT_TRANSLATE_NOOP("RuleSetForm", "Tỷ lệ nhiệm vụ vượt mức ít nhất:"),
    "done_share": QT_TRANSLATE_NOOP("RuleSetForm", "Tỷ lệ nhiệm vụ hoàn thành ít nhất:"),
    "general_min": QT_TRANSLATE_NOOP("RuleSetForm", "Điểm tiêu chí chung ít nhất:"),
}


def _spin(top: float, decimals: int = 1, suffix: str = "", step: float = 1.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, top)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setFixedWidth(110)
    return spin


class BandBox(QGroupBox):
    """One level: its floor and its extra conditions (the last level: what is left)."""

    def __init__(self, band: BandFields, points: bool, last: bool, parent: QWidget | None = None):
        super().__init__(core_label(band.label), parent)
        self.band = band
        self.setObjectName(f"band_{band.code}")
        self.last = last and band.min_score is None and not band.flags and not band.bounds
        layout = QFormLayout(self)
        self.min_score: QDoubleSpinBox | None = None
        self.flags: dict[str, QCheckBox] = {}
        self.bound_boxes: dict[str, QCheckBox] = {}
        self.bounds: dict[str, QDoubleSpinBox] = {}
        fields: dict[str, QWidget] = {}
        if self.last:
            note = QLabel(
                QCoreApplication.translate(
                    "RuleSetForm", "Các trường hợp còn lại (không đạt các mức trên)."
                )
            )
            note.setStyleSheet("color: palette(placeholder-text);")
            layout.addRow(note)
            self.errors = FieldErrors(layout, {})
            return
        if points:
            self.min_score = _spin(100, suffix=QCoreApplication.translate("RuleSetForm", " điểm"))
            self.min_score.setObjectName(band_key(band.code, "min"))
            layout.addRow(
                QCoreApplication.translate("RuleSetForm", "Điểm tổng từ:"), self.min_score
            )
            fields[band_key(band.code, "min")] = self.min_score
        flag_row = QHBoxLayout()
        for kind in FLAG_KINDS:
            box = QCheckBox(_tr(FLAG_LABELS[kind]))
            box.setObjectName(band_key(band.code, kind))
            self.flags[kind] = box
            flag_row.addWidget(box)
        flag_row.addStretch(1)
        layout.addRow(QCoreApplication.translate("RuleSetForm", "Và:"), flag_row)
        for kind in BOUND_KINDS:
            if kind == "general_min" and not points:
                continue
            box = QCheckBox(_tr(BOUND_LABELS[kind]))
            share = kind in SHARE_KINDS
            spin = _spin(
                100,
                0 if share else 1,
                " %" if share else QCoreApplication.translate("RuleSetForm", " điểm"),
            )
            spin.setObjectName(band_key(band.code, kind))
            box.toggled.connect(spin.setEnabled)
            layout.addRow(box, spin)
            self.bound_boxes[kind] = box
            self.bounds[kind] = spin
            fields[band_key(band.code, kind)] = spin
        self.errors = FieldErrors(layout, fields)

    def show_band(self, band: BandFields) -> None:
        self.band = band
        if self.min_score is not None:
            self.min_score.setValue(band.min_score or 0.0)
        for kind, box in self.flags.items():
            box.setChecked(kind in band.flags)
        for kind, spin in self.bounds.items():
            bound = band.bounds.get(kind)
            self.bound_boxes[kind].setChecked(bound is not None)
            spin.setEnabled(bound is not None)
            shown = (bound or 0.0) * 100 if kind in SHARE_KINDS else bound or 0.0
            spin.setValue(shown)

    def typed(self) -> BandFields:
        if self.last:
            return self.band
        bounds = {}
        for kind, spin in self.bounds.items():
            if self.bound_boxes[kind].isChecked():
                value = spin.value()
                bounds[kind] = value / 100 if kind in SHARE_KINDS else value
        return BandFields(
            self.band.code,
            self.band.label,
            self.min_score.value() if self.min_score is not None else self.band.min_score,
            frozenset(k for k, box in self.flags.items() if box.isChecked()),
            bounds,
            self.band.order,
        )

    def inputs(self) -> list[QWidget]:
        return [
            *self.flags.values(),
            *self.bound_boxes.values(),
            *[s for k, s in self.bounds.items() if self.bound_boxes[k].isChecked()],
            *([self.min_score] if self.min_score is not None else []),
        ]


class RuleSetForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FIELD_STYLE)
        self.fields: RuleSetFields | None = None
        self._loading = False
        self.summary = QLabel()
        self.summary.setObjectName("ruleSetSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.hide()

        self.code = QLineEdit()
        self.code.setObjectName("ruleSetCode")
        self.code.setPlaceholderText(self.tr("Ví dụ: 366-QĐ/TW (chi bộ)"))
        self.name = QLineEdit()
        self.name.setObjectName("ruleSetName")
        self.regulation = QLineEdit()
        self.regulation.setObjectName("ruleSetRegulation")
        self.regulation.setPlaceholderText(self.tr("Số, ngày và trích yếu văn bản quy định"))
        self.issued_on = QLineEdit()
        self.issued_on.setObjectName("ruleSetIssuedOn")
        self.issued_on.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.issued_on.setFixedWidth(120)
        self.kind = QLabel()
        self.kind.setObjectName("ruleSetKind")
        self.kind.setWordWrap(True)
        self.general_max = _spin(100, suffix=self.tr(" điểm"))
        self.general_max.setObjectName("generalMax")
        self.task_max = _spin(100, suffix=self.tr(" điểm"))
        self.task_max.setObjectName("taskMax")
        self.weights: dict[str, QDoubleSpinBox] = {}
        weights = QWidget()
        weights.setObjectName("weights")
        weight_grid = QGridLayout(weights)
        weight_grid.setContentsMargins(0, 0, 0, 0)
        for position, result in enumerate(RESULTS):
            spin = _spin(2, 2, step=0.1)
            spin.setFixedWidth(80)
            spin.setObjectName(f"weight_{result}")
            name = core_label(RESULT_NAMES[result])
            spin.setToolTip(self.tr("Hệ số của nhiệm vụ %1").replace("%1", name))
            row, column = divmod(position, 2)
            label = QLabel(self.tr("Nhiệm vụ %1 ×").replace("%1", name))
            weight_grid.addWidget(label, row, column * 2)
            weight_grid.addWidget(spin, row, column * 2 + 1)
            self.weights[result] = spin
        weight_grid.setColumnStretch(4, 1)
        self.formula = QLabel()
        self.formula.setObjectName("ruleSetFormula")
        self.formula.setStyleSheet("color: palette(placeholder-text);")
        self.cap_box = QCheckBox(self.tr("Lưu ý khi tỷ lệ “xuất sắc” vượt quá"))
        self.cap_box.setObjectName("capEnabled")
        self.cap = _spin(100, 0, " %")
        self.cap.setObjectName("excellentCap")
        self.cap_box.toggled.connect(self.cap.setEnabled)
        cap_row = QWidget()
        cap_layout = QHBoxLayout(cap_row)
        cap_layout.setContentsMargins(0, 0, 0, 0)
        cap_layout.addWidget(self.cap_box)
        cap_layout.addWidget(self.cap)
        cap_layout.addWidget(
            QLabel(self.tr("số người được xếp loại (chỉ cảnh báo, không bắt buộc)"))
        )
        cap_layout.addStretch(1)
        self.cap_row = cap_row

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên:"), self.name)
        form.addRow(self.tr("Mã (ngắn, không trùng):"), self.code)
        form.addRow(self.tr("Văn bản quy định:"), self.regulation)
        form.addRow(self.tr("Ngày ban hành:"), self.issued_on)
        form.addRow(self.tr("Cách xếp loại:"), self.kind)
        self.general_label = QLabel(self.tr("Tiêu chí chung, tối đa:"))
        self.task_label = QLabel(self.tr("Kết quả nhiệm vụ, tối đa:"))
        self.weights_label = QLabel(self.tr("Cách tính điểm nhiệm vụ:"))
        form.addRow(self.general_label, self.general_max)
        form.addRow(self.task_label, self.task_max)
        form.addRow(self.weights_label, weights)
        form.addRow("", self.formula)
        form.addRow(self.tr("Tỷ lệ xuất sắc:"), cap_row)
        self.form = form
        self.points_widgets = (
            self.general_label,
            self.general_max,
            self.task_label,
            self.task_max,
            self.weights_label,
            weights,
        )
        labels = {
            "code": self.tr("Mã"),
            "name": self.tr("Tên"),
            "issued_on": self.tr("Ngày ban hành"),
            "general_max": self.tr("Điểm tiêu chí chung"),
            "task_max": self.tr("Điểm kết quả nhiệm vụ"),
            "weights": self.tr("Cách tính điểm nhiệm vụ"),
            "excellent_cap": self.tr("Tỷ lệ xuất sắc"),
        }
        self.labels = labels
        self.errors = FieldErrors(
            form,
            {
                "code": self.code,
                "name": self.name,
                "issued_on": self.issued_on,
                "general_max": self.general_max,
                "task_max": self.task_max,
                "weights": weights,
                "excellent_cap": cap_row,
            },
            self.summary,
            labels,
        )
        self.bands_box = QWidget()
        self.bands_layout = QVBoxLayout(self.bands_box)
        self.bands_layout.setContentsMargins(0, 0, 0, 0)
        self.band_boxes: list[BandBox] = []
        self._points = False
        self._shape: list[tuple[str, str]] = []

        self.examples = QLabel()
        self.examples.setObjectName("ruleSetExamples")
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.RichText)
        examples_box = QGroupBox(self.tr("Ví dụ: quy định này đề xuất"))
        examples_box.setObjectName("ruleSetPreview")
        examples_note = QLabel(
            self.tr(
                "Kế hoạch 10 nhiệm vụ, 2 hạn chế cần khắc phục; tính bằng chính quy tắc "
                "đánh giá của ứng dụng, cập nhật ngay khi sửa."
            )
        )
        examples_note.setWordWrap(True)
        examples_note.setStyleSheet("color: palette(placeholder-text);")
        examples_layout = QVBoxLayout(examples_box)
        examples_layout.addWidget(examples_note)
        examples_layout.addWidget(self.examples)

        levels = QVBoxLayout()
        levels.addWidget(
            QLabel(self.tr("Mức xếp loại (xét từ trên xuống, đạt mức nào trước lấy mức đó):"))
        )
        levels.addWidget(self.bands_box)
        levels.addStretch(1)
        examples_box.setMinimumWidth(300)
        columns = QHBoxLayout()
        columns.addLayout(levels, 3)
        columns.addWidget(examples_box, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addLayout(columns)

        for edit in (self.code, self.name, self.regulation, self.issued_on):
            edit.textEdited.connect(self._changed)
        for spin in (self.general_max, self.task_max, self.cap, *self.weights.values()):
            spin.valueChanged.connect(self._changed)
        self.cap_box.toggled.connect(self._changed)

    # Showing ----------------------------------------------------------------------------

    def show_fields(self, fields: RuleSetFields, *, editable: bool, rules_editable: bool) -> None:
        """Show a rule set; `editable`: its name and regulation may change;
        `rules_editable`: its points, levels and conditions may change too."""
        self._loading = True
        self.fields = fields
        self.code.setText(fields.code)
        self.name.setText(fields.name)
        self.regulation.setText(fields.regulation)
        self.regulation.setCursorPosition(0)  # the start of a long title
        self.regulation.setToolTip(fields.regulation)
        set_date(self.issued_on, fields.issued_on)
        self.kind.setText(
            self.tr("Chấm điểm (tối đa 100) và xét điều kiện của từng mức")
            if fields.points
            else self.tr("Không chấm điểm: xét điều kiện của từng mức")
        )
        for widget in self.points_widgets:
            widget.setVisible(fields.points)
        self.form.setRowVisible(self.formula, fields.points)
        self.general_max.setValue(fields.general_max)
        self.task_max.setValue(fields.task_max)
        for result, spin in self.weights.items():
            spin.setValue(fields.weights.get(result, 0.0))
        self.cap_box.setChecked(fields.excellent_cap is not None)
        self.cap.setEnabled(fields.excellent_cap is not None)
        self.cap.setValue(round((fields.excellent_cap or 0.2) * 100))
        self._show_bands(fields)
        for edit in (self.code, self.name, self.regulation, self.issued_on):
            edit.setReadOnly(not editable)
        rule_inputs: list[QWidget] = [
            self.general_max,
            self.task_max,
            *self.weights.values(),
            self.cap_box,
        ]
        for box in self.band_boxes:
            rule_inputs += box.inputs()
        for widget in rule_inputs:
            widget.setEnabled(editable and rules_editable)
        self.cap.setEnabled(editable and rules_editable and self.cap_box.isChecked())
        self.clear_problems()
        self._loading = False
        self._update_preview()

    def _show_bands(self, fields: RuleSetFields) -> None:
        shape = [(b.code, b.label) for b in fields.bands]
        if self.band_boxes and self._points == fields.points and shape == self._shape:
            for box, band in zip(self.band_boxes, fields.bands, strict=True):
                box.show_band(band)
            return
        self._points, self._shape = fields.points, shape
        for box in self.band_boxes:
            self.bands_layout.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.band_boxes = []
        last = len(fields.bands) - 1
        for position, band in enumerate(fields.bands):
            box = BandBox(band, fields.points, position == last)
            box.show_band(band)
            if box.min_score is not None:
                box.min_score.valueChanged.connect(self._changed)
            for check_box in (*box.flags.values(), *box.bound_boxes.values()):
                check_box.toggled.connect(self._changed)
            for spin in box.bounds.values():
                spin.valueChanged.connect(self._changed)
            self.bands_layout.addWidget(box)
            self.band_boxes.append(box)

    # Reading ----------------------------------------------------------------------------

    def typed(self) -> RuleSetFields:
        assert self.fields is not None
        shown = self.fields
        return shown.with_changes(
            code=self.code.text(),
            name=self.name.text(),
            regulation=self.regulation.text(),
            issued_on=self.issued_on.text().strip() or None,
            general_max=self.general_max.value(),
            task_max=self.task_max.value(),
            weights={r: s.value() for r, s in self.weights.items()} if shown.points else {},
            bands=tuple(box.typed() for box in self.band_boxes),
            excellent_cap=self.cap.value() / 100 if self.cap_box.isChecked() else None,
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self._update_preview()
        self.edited.emit()

    def _update_preview(self) -> None:
        if self.fields is None:
            return
        typed = self.typed()
        self.formula.setText(core_message(formula_text(typed)))
        problems = check(typed)
        if problems:
            self.examples.setText(
                self.tr("Sửa các ô báo đỏ để xem quy định này đề xuất thế nào.")
                if not self.summary.isHidden()
                else self.tr("Số liệu chưa hợp lệ: %1").replace(
                    "%1", _escape(core_message(next(iter(problems.values()))))
                )
            )
            return
        before = [core_label(e.proposal.label) for e in examples(definition_of(self.fields))]
        lines = []
        for example, old in zip(examples(definition_of(typed)), before, strict=True):
            label = core_label(example.proposal.label)
            line = f"• {_escape(core_message(example.text))} → <b>{_escape(label)}</b>"
            if label != old:
                was = self.tr("trước khi sửa: %1").replace("%1", _escape(old))
                line += f' <span style="color:#a15c00">({was})</span>'
            lines.append(f'<p style="margin:0 0 6px 0">{line}</p>')
        self.examples.setText("".join(lines))

    # Problems ---------------------------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        titles: dict[str, str] = {}
        for box in self.band_boxes:
            own = {k: v for k, v in problems.items() if k.startswith(f"band:{box.band.code}:")}
            box.errors.show(own, "")
            for key in own:
                titles[key] = box.band.label
        self.labels.update(titles)  # the summary names a level's field by the level
        self.errors.show(problems, self.tr("Chưa lưu được. Hãy sửa:"))
        self._update_preview()

    def clear_problems(self) -> None:
        self.errors.clear()
        for box in self.band_boxes:
            box.errors.clear()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
