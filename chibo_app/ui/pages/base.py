"""What every side-bar page offers the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the window frame is built before the storage layer is imported
    from chibo_app.services.session import Session


class Page(QWidget):
    """A page gets the session and the selected year; it says when the data changed."""

    # Something other pages or the status bar should know about changed.
    data_changed = Signal()

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = year

    def set_year(self, year: int) -> None:
        self.year = year

    def reload(self) -> None:
        """Re-read from the database (after an import, or another page's change)."""
