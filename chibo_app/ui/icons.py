"""Icons: our SVGs first, Qt's standard pixmaps as the fallback."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from chibo_app.ui.resources import icon_path


def icon(name: str) -> QIcon:
    path = icon_path(name)
    if path.exists():
        return QIcon(str(path))
    standard = getattr(QStyle.StandardPixmap, name, None)
    if standard is not None:
        return QApplication.style().standardIcon(standard)
    return QIcon()
