"""Validation messages shown under the field they concern, plus a summary."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from chibo_app.core.messages import Message
from chibo_app.ui.core_text import core_label, core_message

_ERROR_STYLE = "color: #b3261e;"
# Marks the field itself; the style sheet below draws the red frame.
_INVALID = "invalid"
FIELD_STYLE = '*[invalid="true"] { border: 1px solid #b3261e; border-radius: 3px; }'


class FieldErrors:
    """Owns one hidden red label under each field of a form layout."""

    def __init__(
        self,
        layout: QFormLayout,
        fields: dict[str, QWidget],
        summary: QLabel | None = None,
        labels: dict[str, str] | None = None,
    ) -> None:
        self._fields = fields
        self._summary = summary
        self._names = labels or {}
        self._labels: dict[str, QLabel] = {}
        for name, widget in fields.items():
            row, _role = layout.getWidgetPosition(widget)
            label = QLabel(layout.parentWidget())
            label.setObjectName(f"{name}Error")
            label.setStyleSheet(_ERROR_STYLE)
            label.setWordWrap(True)
            layout.insertRow(row + 1, "", label)
            # Hide the whole row: a row with a hidden label still takes spacing.
            layout.setRowVisible(label, False)
            self._labels[name] = label
        self._layout = layout

    def show(self, problems: Mapping[str, str | Message], intro: str) -> None:
        """Show each known field's message; anything else goes to the summary only.
        Messages from core and services are shown in the interface language."""
        self.clear()
        lines = []
        for name, text in problems.items():
            message = core_message(text)
            label = self._labels.get(name)
            if label is not None:
                label.setText(message)
                self._layout.setRowVisible(label, True)
                _mark(self._fields[name], True)
            title = core_label(self._names[name]) if name in self._names else None
            lines.append(f"• {title}: {message}" if title else f"• {message}")
        if self._summary is not None:
            self._summary.setText(intro + "\n" + "\n".join(lines))
            self._summary.show()
        first = next((self._fields[n] for n in problems if n in self._fields), None)
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        for name, label in self._labels.items():
            self._layout.setRowVisible(label, False)
            label.clear()
            _mark(self._fields[name], False)
        if self._summary is not None:
            self._summary.hide()

    def message(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None else ""


def _mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property(_INVALID)) == invalid:
        return  # restyled only when it changes: a page of fields is cleared when it opens
    widget.setProperty(_INVALID, invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
