"""Load a Qt Designer form at run time (no generated code in git)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from chibo_app.ui.resources import form_path


def load_form(
    name: str, parent: QWidget | None = None, custom: Iterable[type[QWidget]] = ()
) -> Any:
    """Return the form's top widget; its children are attributes named by objectName.
    `custom`: our own widget classes the form uses (Designer's promoted widgets, listed
    under <customwidgets> with the class name)."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    loader = QUiLoader()
    for kind in custom:
        loader.registerCustomWidget(kind)
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {path}")
    return widget
