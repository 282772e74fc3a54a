"""The boxes of the rule set form made from the rule set shown: one per level of a frame
(BandBox: its floor of points, the bounds on task shares, the conditions that bar it) and
the forcing cases (ForcingBox: what forces a level whatever the points)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

from chibo_app.core.rule_editing import (
    SHARE_KINDS,
    BandFields,
    ForcingFields,
    band_key,
    forcing_key,
    offered_kinds,
)
from chibo_app.core.rules import (
    CONCLUSION_KINDS,
    CONCLUSION_LABELS,
    CONDITIONS,
    DISCIPLINE_FORMS,
    DISCIPLINE_LABELS,
)
from chibo_app.ui.core_text import core_label
from chibo_app.ui.widgets.field_errors import FieldErrors


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


def spin_box(top: float, decimals: int = 1, suffix: str = "", step: float = 1.0) -> QDoubleSpinBox:
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
            self.min_score = spin_box(100, suffix=points_suffix)
            self.min_score.setObjectName(band_key(frame, band.code, "min"))
            self.min_score.setSpecialValueText(QCoreApplication.translate("RuleSetForm", "—"))
            layout.addRow(
                QCoreApplication.translate("RuleSetForm", "Điểm tổng từ:"), self.min_score
            )
            fields[band_key(frame, band.code, "min")] = self.min_score
            self.below_box = QCheckBox(QCoreApplication.translate("RuleSetForm", "Điểm tổng dưới:"))
            self.below = spin_box(100, suffix=points_suffix)
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
            spin = spin_box(100, 0 if share else 1, " %" if share else points_suffix)
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
        self.not_done = spin_box(100, 0, " %")
        self.not_done.setObjectName(forcing_key(frame, "not_done_share"))
        self.not_done_box.toggled.connect(self.not_done.setEnabled)
        layout.addRow(self.not_done_box, self.not_done)
        self.unit_box = QCheckBox(
            QCoreApplication.translate(
                "RuleSetForm", "Đơn vị phụ trách hoàn thành dưới (tỷ lệ nhiệm vụ):"
            )
        )
        self.unit = spin_box(100, 0, " %")
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
