"""Ask for the reason of a return or a reopening (never empty)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from chibo_app.core.text import clean


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The reason typed, or None when cancelled; asks again while it is empty."""
    while True:
        text, accepted = QInputDialog.getMultiLineText(parent, title, prompt)
        if not accepted:
            return None
        if clean(text):
            return clean(text)
        prompt = QCoreApplication.translate("PlanDialog", "Cần ghi lý do.") + "\n" + prompt
