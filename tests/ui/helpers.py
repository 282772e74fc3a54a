"""Small helpers for the interface tests."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text):
    """Type text key by key. QTest.keyClicks asserts on non-ASCII characters, so each
    character goes as a key event carrying its text, as an input method sends it."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def wait_loaded(qtbot, page, timeout=10_000):
    """The page shows its data: pages the main window creates, and the page on screen
    after a year switch or a change made elsewhere, read off the GUI thread."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=timeout)
    return page
