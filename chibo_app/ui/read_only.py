"""A read-only file: the pages' editing buttons stay disabled, whatever the page does.

A page may offer `set_read_only(True)` and handle it itself; otherwise every push
button on it is disabled and kept so (pages re-enable their buttons on selection
changes). Search boxes and filters stay usable. Any write that still gets through is
refused by the read-only connection with a clear message (ui.save_errors).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QPushButton, QWidget


def read_only_tip() -> str:
    return QCoreApplication.translate("ReadOnly", "Tệp dữ liệu chỉ đọc: không sửa được")


class _KeepDisabled(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def lock_editing(page: QWidget) -> None:
    hook = getattr(page, "set_read_only", None)
    if callable(hook):
        hook(True)
        return
    guard = _KeepDisabled(page)
    for button in page.findChildren(QPushButton):
        if button.property("readOnlySafe"):
            continue
        button.setEnabled(False)
        button.setToolTip(read_only_tip())
        button.installEventFilter(guard)
