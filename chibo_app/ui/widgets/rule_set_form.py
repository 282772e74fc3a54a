"""The fields of one rule set (core.rule_editing.RuleSetFields): name, regulation and
date, points, the task-points formula, each level's floor and extra conditions, the
cap on "xuất sắc"; problems shown under their fields; worked examples from the engine,
recomputed on every edit. The form's layout is forms/rule_set_form.ui; each level's and
forcing case's box (BandBox, ForcingBox) is made from the rule set shown."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.messages import Message
from chibo_app.core.rule_editing import (
    RESULT_NAMES,
    SHARE_KINDS,
    BandFields,
    ForcingFields,
    FrameFields,
    RuleSetFields,
    band_key,
    check,
    definition_of,
    forcing_key,
    formula_text,
    offered_kinds,
)
from chibo_app.core.rule_examples import NO_LEVEL, examples
from chibo_app.core.rules import (
    CONCLUSION_KINDS,
    CONCLUSION_LABELS,
    CONDITIONS,
    DISCIPLINE_FORMS,
    DISCIPLINE_LABELS,
    RESULTS,
    STAFF,
)
from chibo_app.ui.core_text import core_label, core_message
from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.date_field import set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors


def _tr(text: str) -> str:
    """A source text of the tables below in the interface language."""
    return QCoreApplication.translate("RuleSetForm", text)


BOUND_LABELS = {
    "done_share": QT_TRANSLATE_NOOP("RuleSetForm", "Tỷ lệ nhiệm vụ hoàn thành ít nhất:"),
    "on_time_share": QT_TRANSLATE_NOOP(
        "RuleSetForm", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn ít nhất:"
    ),
    "late_share": QT_TRANSLATE_NOOP("RuleSetForm", "Tỷ lệ nhiệm vụ chậm tiến độ nhiều nhất:"),
    "exceeded_share": QT_TRANSLATE_NOOP("RuleSetForm", "Tỷ lệ nhiệm vụ vượt mức ít nhất:"),
    "remedied_share": QT_TRANSLATE_NOOP("RuleSetForm", "Tỷ lệ hạn chế đã khắc phục ít nhất:"),
    "general_min": QT_TRANSLATE_NOOP("RuleSetForm", "Điểm tiêu chí chung ít nhất:"),
    "unit_done_share": QT_TRANSLATE_NOOP("RuleSetForm", "Đơn vị: hoàn thành ít nhất:"),
    "unit_exceeded_share": QT_TRANSLATE_NOOP("RuleSetForm", "Đơn vị: vượt mức ít nhất:"),
    "unit_on_time_share": QT_TRANSLATE_NOOP("RuleSetForm", "Đơn vị: đúng hạn ít nhất:"),
    "unit_late_share": QT_TRANSLATE_NOOP("RuleSetForm", "Đơn vị: chậm tiến độ nhiều nhất:"),
}


def _spin(top: float, decimals: int = 1, suffix: str = "", step: float = 1.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, top)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setFixedWidth(110)
    return spin


def _percent(value: float | None) -> float:
    return round((value or 0.0) * 100, 1)


class BandBox(QGroupBox):
    """One level of one frame: its floor, its ceiling and its conditions (a last level
    without any: what is left)."""

    def __init__(
        self,
        frame: str,
        band: BandFields,
        points: bool,
        last: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(core_label(band.label), parent)
        self.frame = frame
        self.band = band
        self.setObjectName(f"band_{band.code}")
        plain = band.min_score is None and band.below is None and not band.bounds
        self.last = last and (plain or not points) and not band.bounds
        layout = QFormLayout(self)
        self.min_score: QDoubleSpinBox | None = None
        self.below_box: QCheckBox | None = None
        self.below: QDoubleSpinBox | None = None
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
        points_suffix = QCoreApplication.translate("RuleSetForm", " điểm")
        if points:
            self.min_score = _spin(100, suffix=points_suffix)
            self.min_score.setObjectName(band_key(frame, band.code, "min"))
            self.min_score.setSpecialValueText(QCoreApplication.translate("RuleSetForm", "—"))
            layout.addRow(
                QCoreApplication.translate("RuleSetForm", "Điểm tổng từ:"), self.min_score
            )
            fields[band_key(frame, band.code, "min")] = self.min_score
            self.below_box = QCheckBox(QCoreApplication.translate("RuleSetForm", "Điểm tổng dưới:"))
            self.below = _spin(100, suffix=points_suffix)
            self.below.setObjectName(band_key(frame, band.code, "below"))
            self.below_box.toggled.connect(self.below.setEnabled)
            layout.addRow(self.below_box, self.below)
            fields[band_key(frame, band.code, "below")] = self.below
        for kind in offered_kinds(frame):
            if kind == "general_min" and not points:
                continue
            box = QCheckBox(_tr(BOUND_LABELS[kind]))
            box.setToolTip(core_label(CONDITIONS[kind].name))
            share = kind in SHARE_KINDS
            spin = _spin(100, 0 if share else 1, " %" if share else points_suffix)
            spin.setObjectName(band_key(frame, band.code, kind))
            box.toggled.connect(spin.setEnabled)
            layout.addRow(box, spin)
            self.bound_boxes[kind] = box
            self.bounds[kind] = spin
            fields[band_key(frame, band.code, kind)] = spin
        self.errors = FieldErrors(layout, fields)

    def show_band(self, band: BandFields) -> None:
        self.band = band
        if self.min_score is not None:
            self.min_score.setValue(band.min_score or 0.0)
        if self.below_box is not None and self.below is not None:
            self.below_box.setChecked(band.below is not None)
            self.below.setEnabled(band.below is not None)
            self.below.setValue(band.below or 0.0)
        for kind, spin in self.bounds.items():
            bound = band.bounds.get(kind)
            self.bound_boxes[kind].setChecked(bound is not None)
            spin.setEnabled(bound is not None)
            spin.setValue(_percent(bound) if kind in SHARE_KINDS else bound or 0.0)

    def typed(self) -> BandFields:
        if self.last:
            return self.band
        bounds = {}
        for kind, spin in self.bounds.items():
            if self.bound_boxes[kind].isChecked():
                value = spin.value()
                bounds[kind] = value / 100 if kind in SHARE_KINDS else value
        floor = self.band.min_score
        if self.min_score is not None:
            # A level that had no floor keeps none until one is typed.
            floor = self.min_score.value() if floor is not None or self.min_score.value() else None
        below = self.band.below
        if self.below_box is not None and self.below is not None:
            below = self.below.value() if self.below_box.isChecked() else None
        return self.band.__class__(
            self.band.code,
            self.band.label,
            floor,
            bounds,
            self.band.order,
            below,
            self.band.cite,
        )

    def inputs(self) -> list[QWidget]:
        found: list[QWidget] = [*self.bound_boxes.values()]
        found += [s for k, s in self.bounds.items() if self.bound_boxes[k].isChecked()]
        if self.min_score is not None:
            found.append(self.min_score)
        if self.below_box is not None and self.below is not None:
            found.append(self.below_box)
            if self.below_box.isChecked():
                found.append(self.below)
        return found

    def toggles(self) -> list[QCheckBox]:
        return [*self.bound_boxes.values(), *([self.below_box] if self.below_box else [])]

    def spins(self) -> list[QDoubleSpinBox]:
        found = [*self.bounds.values()]
        found += [s for s in (self.min_score, self.below) if s is not None]
        return found


class ForcingBox(QGroupBox):
    """The cases that force the lowest level in a frame, whatever the score (366 Điều
    11 k4.1, k4.2)."""

    def __init__(self, frame: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RuleSetForm", "Xếp loại “%1” bất kể điểm khi:").replace(
                "%1", core_label(label)
            ),
            parent,
        )
        self.frame = frame
        self.setObjectName("forcing")
        self.forcing = ForcingFields()
        layout = QFormLayout(self)
        # A field under its label when both do not fit side by side: the long legal
        # phrases of these cases would otherwise widen the settings page past the screen.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.discipline_box = QCheckBox(
            QCoreApplication.translate("RuleSetForm", "Bị kỷ luật trong năm, từ hình thức:")
        )
        self.discipline = QComboBox()
        self.discipline.setObjectName(forcing_key(frame, "discipline"))
        for form in DISCIPLINE_FORMS:
            self.discipline.addItem(core_label(DISCIPLINE_LABELS[form]), form)
        self.discipline_box.toggled.connect(self.discipline.setEnabled)
        layout.addRow(self.discipline_box, self.discipline)
        self.conclusion_boxes: dict[str, QCheckBox] = {}
        conclusions = QWidget()
        column = QVBoxLayout(conclusions)
        column.setContentsMargins(0, 0, 0, 0)
        for kind in CONCLUSION_KINDS:
            box = QCheckBox(core_label(CONCLUSION_LABELS[kind]))
            box.setObjectName(f"conclusion_{kind}")
            column.addWidget(box)
            self.conclusion_boxes[kind] = box
        layout.addRow(
            QCoreApplication.translate("RuleSetForm", "Cấp có thẩm quyền kết luận:"), conclusions
        )
        self.not_done_box = QCheckBox(
            QCoreApplication.translate("RuleSetForm", "Tỷ lệ nhiệm vụ không hoàn thành trên:")
        )
        self.not_done = _spin(100, 0, " %")
        self.not_done.setObjectName(forcing_key(frame, "not_done_share"))
        self.not_done_box.toggled.connect(self.not_done.setEnabled)
        layout.addRow(self.not_done_box, self.not_done)
        self.unit_box = QCheckBox(
            QCoreApplication.translate(
                "RuleSetForm", "Đơn vị phụ trách hoàn thành dưới (tỷ lệ nhiệm vụ):"
            )
        )
        self.unit = _spin(100, 0, " %")
        self.unit.setObjectName(forcing_key(frame, "unit_done_share"))
        self.unit_box.toggled.connect(self.unit.setEnabled)
        layout.addRow(self.unit_box, self.unit)
        self.errors = FieldErrors(
            layout,
            {
                forcing_key(frame, "not_done_share"): self.not_done,
                forcing_key(frame, "unit_done_share"): self.unit,
            },
        )

    def show_forcing(self, forcing: ForcingFields) -> None:
        self.forcing = forcing
        self.discipline_box.setChecked(forcing.discipline is not None)
        self.discipline.setCurrentIndex(
            max(0, self.discipline.findData(forcing.discipline or DISCIPLINE_FORMS[0]))
        )
        self.discipline.setEnabled(forcing.discipline is not None)
        for kind, box in self.conclusion_boxes.items():
            box.setChecked(kind in forcing.conclusions)
        for box, spin, value in (
            (self.not_done_box, self.not_done, forcing.not_done_over),
            (self.unit_box, self.unit, forcing.unit_done_under),
        ):
            box.setChecked(value is not None)
            spin.setEnabled(value is not None)
            spin.setValue(_percent(value))

    def typed(self) -> ForcingFields:
        return self.forcing.__class__(
            discipline=self.discipline.currentData() if self.discipline_box.isChecked() else None,
            conclusions=frozenset(k for k, b in self.conclusion_boxes.items() if b.isChecked()),
            not_done_over=self.not_done.value() / 100 if self.not_done_box.isChecked() else None,
            unit_done_under=self.unit.value() / 100 if self.unit_box.isChecked() else None,
            cites=self.forcing.cites,
            order=self.forcing.order,
        )

    def inputs(self) -> list[QWidget]:
        found: list[QWidget] = [
            self.discipline_box,
            self.not_done_box,
            self.unit_box,
            *self.conclusion_boxes.values(),
        ]
        for box, widget in (
            (self.discipline_box, self.discipline),
            (self.not_done_box, self.not_done),
            (self.unit_box, self.unit),
        ):
            if box.isChecked():
                found.append(widget)
        return found


class RuleSetForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FIELD_STYLE)
        self.fields: RuleSetFields | None = None
        self._loading = False
        ui = self.ui = load_form("rule_set_form", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ui)
        self.summary = ui.ruleSetSummary
        self.code, self.name = ui.ruleSetCode, ui.ruleSetName
        self.regulation, self.issued_on = ui.ruleSetRegulation, ui.ruleSetIssuedOn
        self.kind = ui.ruleSetKind
        self.general_max, self.task_max = ui.generalMax, ui.taskMax
        weights = ui.weights
        self.weights: dict[str, QDoubleSpinBox] = {}
        chain: list[QWidget] = [self.task_max]
        for position, result in enumerate(RESULTS):  # one factor per task result
            spin = _spin(2, 2, step=0.1)
            spin.setFixedWidth(80)
            spin.setObjectName(f"weight_{result}")
            name = core_label(RESULT_NAMES[result])
            spin.setToolTip(self.tr("Hệ số của nhiệm vụ %1").replace("%1", name))
            row, column = divmod(position, 2)
            label = QLabel(self.tr("Nhiệm vụ %1 ×").replace("%1", name))
            ui.weightsGrid.addWidget(label, row, column * 2)
            ui.weightsGrid.addWidget(spin, row, column * 2 + 1)
            self.weights[result] = spin
            chain.append(spin)
        ui.weightsGrid.setColumnStretch(4, 1)
        self.late_factor = ui.lateFactor
        chain.append(self.late_factor)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.late_row = late_row = ui.lateRow
        self.formula = ui.ruleSetFormula
        self.cap_box = ui.capEnabled
        self.cap, self.exceptional_cap = ui.excellentCap, ui.exceptionalCap
        self.cap_box.toggled.connect(self.cap.setEnabled)
        self.cap_box.toggled.connect(self.exceptional_cap.setEnabled)
        self.cap_row = cap_row = ui.capRow
        self.form = form = ui.fieldsLayout
        self.general_label, self.task_label = ui.generalLabel, ui.taskLabel
        self.weights_label = ui.weightsLabel
        self.points_widgets = (
            self.general_label,
            self.general_max,
            self.task_label,
            self.task_max,
            self.weights_label,
            weights,
            late_row,
        )
        labels = {
            "code": self.tr("Mã"),
            "name": self.tr("Tên"),
            "issued_on": self.tr("Ngày ban hành"),
            "general_max": self.tr("Điểm tiêu chí chung"),
            "task_max": self.tr("Điểm kết quả nhiệm vụ"),
            "weights": self.tr("Cách tính điểm nhiệm vụ"),
            "late_factor": self.tr("Nhiệm vụ trễ hạn"),
            "excellent_cap": self.tr("Tỷ lệ xuất sắc"),
            "exceptional_cap": self.tr("Tỷ lệ xuất sắc, trường hợp đặc biệt"),
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
                "late_factor": late_row,
                "excellent_cap": cap_row,
                "exceptional_cap": self.exceptional_cap,
            },
            self.summary,
            labels,
        )
        self.bands_box, self.bands_layout = ui.bandsBox, ui.bandsLayout
        self.band_boxes: list[BandBox] = []
        self.forcing_box: ForcingBox | None = None
        self._frames: dict[str, FrameFields] = {}  # each frame as last typed
        self._frame_code = ""
        self._loading_frames = False
        self._editable = False
        self.frame_combo = ui.ruleSetFrame
        self.frame_combo.currentIndexChanged.connect(self._frame_chosen)
        self.frame_label = ui.frameLabel
        self.examples = ui.ruleSetExamples

        for edit in (self.code, self.name, self.regulation, self.issued_on):
            edit.textEdited.connect(self._changed)
        for spin in (
            self.general_max,
            self.task_max,
            self.cap,
            self.exceptional_cap,
            self.late_factor,
            *self.weights.values(),
        ):
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
        self.late_factor.setValue(fields.late_factor)
        self.cap_box.setChecked(fields.excellent_cap is not None)
        self.cap.setValue(round((fields.excellent_cap or 0.2) * 100))
        self.exceptional_cap.setValue(
            round((fields.exceptional_cap or fields.excellent_cap or 0.2) * 100)
        )
        self._editable = editable and rules_editable
        self._frames = {f.code: f for f in fields.frames}
        self._loading_frames = True
        self.frame_combo.clear()
        for frame in fields.frames:
            self.frame_combo.addItem(core_label(frame.label), frame.code)
        keep = self.frame_combo.findData(self._frame_code)
        if keep < 0:  # first the frame of most members (the examples' frame)
            keep = max(0, self.frame_combo.findData(STAFF))
        self.frame_combo.setCurrentIndex(keep)
        self._loading_frames = False
        framed = len(fields.frames) > 1
        self.frame_combo.setVisible(framed)
        self.frame_label.setVisible(framed)
        self._show_frame(fields.frames[max(0, keep)], fields.points)
        for edit in (self.code, self.name, self.regulation, self.issued_on):
            edit.setReadOnly(not editable)
        for widget in (
            self.general_max,
            self.task_max,
            self.late_factor,
            *self.weights.values(),
            self.cap_box,
        ):
            widget.setEnabled(self._editable)
        for spin in (self.cap, self.exceptional_cap):
            spin.setEnabled(self._editable and self.cap_box.isChecked())
        self.clear_problems()
        self._loading = False
        self._update_preview()

    def _frame_chosen(self) -> None:
        if self._loading_frames or self.fields is None:
            return
        self._keep_frame()
        code = self.frame_combo.currentData()
        if code in self._frames:
            loading, self._loading = self._loading, True
            self._show_frame(self._frames[code], self.fields.points)
            self._loading = loading

    def _keep_frame(self) -> None:
        """The shown frame's boxes, as typed, kept for typed() and the next showing."""
        if self._frame_code in self._frames and self.band_boxes:
            shown = self._frames[self._frame_code]
            self._frames[self._frame_code] = FrameFields(
                shown.code,
                shown.label,
                tuple(box.typed() for box in self.band_boxes),
                self.forcing_box.typed() if self.forcing_box else shown.forcing,
                shown.forced,
                shown.form,
            )

    def _show_frame(self, frame: FrameFields, points: bool) -> None:
        for box in [*self.band_boxes, *([self.forcing_box] if self.forcing_box else [])]:
            self.bands_layout.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.band_boxes = []
        self._frame_code = frame.code
        last = len(frame.bands) - 1
        for position, band in enumerate(frame.bands):
            box = BandBox(frame.code, band, points, position == last)
            box.show_band(band)
            for toggle in box.toggles():
                toggle.toggled.connect(self._changed)
            for spin in box.spins():
                spin.valueChanged.connect(self._changed)
            self.bands_layout.addWidget(box)
            self.band_boxes.append(box)
        forced = next((b.label for b in frame.bands if b.code == frame.forced), None)
        self.forcing_box = None
        if frame.forcing.order or frame.forced:
            self.forcing_box = ForcingBox(frame.code, forced or frame.bands[-1].label)
            self.forcing_box.show_forcing(frame.forcing)
            for toggle in (
                self.forcing_box.discipline_box,
                self.forcing_box.not_done_box,
                self.forcing_box.unit_box,
                *self.forcing_box.conclusion_boxes.values(),
            ):
                toggle.toggled.connect(self._changed)
            self.forcing_box.discipline.currentIndexChanged.connect(self._changed)
            self.forcing_box.not_done.valueChanged.connect(self._changed)
            self.forcing_box.unit.valueChanged.connect(self._changed)
            self.bands_layout.addWidget(self.forcing_box)
        inputs: list[QWidget] = []
        for box in self.band_boxes:
            inputs += box.inputs()
        if self.forcing_box:
            inputs += self.forcing_box.inputs()
        for widget in inputs:
            widget.setEnabled(self._editable)

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
            late_factor=self.late_factor.value() if shown.points else shown.late_factor,
            frames=self._typed_frames(),
            excellent_cap=self.cap.value() / 100 if self.cap_box.isChecked() else None,
            exceptional_cap=self._typed_exceptional(shown),
        )

    def _typed_exceptional(self, shown: RuleSetFields) -> float | None:
        """The exceptional share; none when the cap is off, or when a rule set that had
        none still shows the ordinary share."""
        if not self.cap_box.isChecked():
            return None
        value = self.exceptional_cap.value()
        if shown.exceptional_cap is None and value == self.cap.value():
            return None
        return value / 100

    def _typed_frames(self) -> tuple[FrameFields, ...]:
        assert self.fields is not None
        self._keep_frame()
        return tuple(self._frames.get(f.code, f) for f in self.fields.frames)

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
                    "%1", escape(core_message(next(iter(problems.values()))))
                )
            )
            return
        before = [_level(e.proposal.label) for e in examples(definition_of(self.fields))]
        lines = []
        for example, old in zip(examples(definition_of(typed)), before, strict=True):
            label = _level(example.proposal.label)
            line = f"• {escape(core_message(example.text))} → <b>{escape(label)}</b>"
            if label != old:
                was = self.tr("trước khi sửa: %1").replace("%1", escape(old))
                line += f' <span style="color:#a15c00">({was})</span>'
            lines.append(f'<p style="margin:0 0 6px 0">{line}</p>')
        self.examples.setText("".join(lines))

    # Problems ---------------------------------------------------------------------------

    def show_problems(self, problems: Mapping[str, str | Message]) -> None:
        assert self.fields is not None
        wanted = next(
            (f.code for f in self.fields.frames for k in problems if f":{f.code}:" in k), None
        )
        if wanted is not None and wanted != self._frame_code:  # show the frame at fault
            self.frame_combo.setCurrentIndex(self.frame_combo.findData(wanted))
        titles: dict[str, str] = {}
        for box in self.band_boxes:
            prefix = f"band:{box.frame}:{box.band.code}:"
            own = {k: v for k, v in problems.items() if k.startswith(prefix)}
            box.errors.show(own, "")
            for key in own:
                titles[key] = box.band.label
        if self.forcing_box is not None:
            own = {
                k: v
                for k, v in problems.items()
                if k.startswith(f"forcing:{self.forcing_box.frame}:")
            }
            self.forcing_box.errors.show(own, "")
            for key in own:
                titles[key] = self.forcing_box.title()
        framed = len(self.fields.frames) > 1
        for frame in self.fields.frames if framed else ():
            for key in problems:
                if f":{frame.code}:" in key and key in titles:
                    titles[key] = f"{core_label(frame.label)} — {titles[key]}"
        self.labels.update(titles)  # the summary names a level's field by the level
        self.errors.show(problems, self.tr("Chưa lưu được. Hãy sửa:"))
        self._update_preview()

    def clear_problems(self) -> None:
        self.errors.clear()
        for box in self.band_boxes:
            box.errors.clear()
        if self.forcing_box is not None:
            self.forcing_box.errors.clear()


def _level(label: str) -> str:
    """A level's label, or that no level holds, in the interface language."""
    return core_label(label) if label else core_message(NO_LEVEL)
