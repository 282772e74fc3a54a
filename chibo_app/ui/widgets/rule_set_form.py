"""The fields of one rule set (core.rule_editing.RuleSetFields): name, regulation and
date, points, the task-points formula, each level's floor and extra conditions, the
cap on "xuất sắc"; problems shown under their fields; worked examples from the engine,
recomputed on every edit. The form's layout is forms/rule_set_form.ui; each level's and
forcing case's box (BandBox, ForcingBox) is made from the rule set shown."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chibo_app.core.messages import Message
from chibo_app.core.rule_editing import (
    RESULT_NAMES,
    FrameFields,
    RuleSetFields,
    check,
    definition_of,
    formula_text,
)
from chibo_app.core.rule_examples import NO_LEVEL, examples
from chibo_app.core.rules import (
    RESULTS,
    STAFF,
)
from chibo_app.ui.core_text import core_label, core_message
from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.date_field import set_date
from chibo_app.ui.widgets.field_errors import FIELD_STYLE, FieldErrors
from chibo_app.ui.widgets.rule_set_boxes import BandBox, ForcingBox, spin_box


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
            spin = spin_box(2, 2, step=0.1)
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
