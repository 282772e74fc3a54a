"""What every side-bar page offers the main window, and how a page keeps up with changes.

A page that can load off the GUI thread says what to read in `loader()` (decided on the
GUI thread from what the page shows: year, filters) and shows the result in
`show_data()`. Then:
- `reload()` reads and shows at once, on the GUI thread (the page's own steps, tests);
- `refresh()` reads on a worker ("load" lane) and shows the newest result when it
  arrives; the window uses it for a page's first data, a year switch and the changes
  made elsewhere, so the GUI thread only ever shows rows, never reads them;
- a change made elsewhere marks the page stale; the window refreshes it at once when it
  is on screen, else when it is next shown. `apply_changes` may patch the rows the
  change touched instead of reading everything again.
A page without `loader()` reloads on the GUI thread, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from chibo_app.core.changes import Changes
from chibo_app.ui.forms import load_form
from chibo_app.ui.gc_policy import keep_for_the_session

if TYPE_CHECKING:  # the window frame is built before the storage layer is imported
    from chibo_app.services.session import Session
    from chibo_app.ui.background import Operation

Loader = Callable[["Session"], Any]


class Page(QWidget):
    """A page gets the session and the selected year; it says when the data changed."""

    # Something other pages or the status bar should know about changed.
    data_changed = Signal()
    # The data of the latest load is on screen.
    loaded = Signal()
    # The tables this page shows: a change elsewhere that touches none of them leaves
    # the page as it is. None: any change may concern it.
    watches: ClassVar[frozenset[str] | None] = None
    # Set by the main window while it creates a page: the first data is read off the
    # GUI thread (a page made directly, as in tests, reads it at once).
    first_load_in_background: ClassVar[bool] = False

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = year
        self._deferred_first = Page.first_load_in_background
        self._loading: Operation | None = None
        self._kept = False
        self._stale: Changes | None = None
        # While show_data runs: the data came from a background read (else from reload).
        self.in_background = False

    def use_form(
        self,
        name: str,
        custom: Iterable[type[QWidget]] = (),
        margins: tuple[int, int, int, int] | None = None,
    ) -> Any:
        """Show the Designer form forms/<name>.ui as the page: its widgets are the form's
        attributes, named by objectName. Around it the style's margins, or `margins`
        (left, top, right, bottom)."""
        form = load_form(name, self, custom)
        form.layout().setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        if margins is not None:
            layout.setContentsMargins(*margins)
        layout.addWidget(form)
        return form

    # Loading --------------------------------------------------------------------------

    def loader(self) -> Loader | None:
        """What to read for the page as it stands (None: the page reloads by itself)."""
        return None

    def show_data(self, data: Any) -> None:
        """Show what `loader()` read (GUI thread)."""

    def reload(self) -> None:
        """Read and show now. A page the window created reads its first data off the GUI
        thread instead."""
        load = self.loader()
        if load is None:
            return
        if self._deferred_first:
            self._deferred_first = False
            self.refresh()
            return
        self._loading = None  # a load still running would show older data
        self.in_background = False
        self.show_data(load(self.session))
        self._first_data_shown()
        self.loaded.emit()

    def refresh(self) -> None:
        """Read off the GUI thread and show the result when it arrives (newest wins)."""
        load = self.loader()
        if load is None:
            self.reload()
            return
        from chibo_app.ui.background import Operation  # noqa: PLC0415 - storage loads later

        operation = Operation.of(self.session, load, lane="load", key=("page", id(self)))
        self._loading = operation
        operation.succeeded.connect(lambda data: self._on_loaded(operation, data))
        operation.failed.connect(lambda error: self._on_load_failed(operation, error))
        operation.start()

    def is_loading(self) -> bool:
        deferred = self._deferred_first and self.loader() is not None
        return self._loading is not None or deferred

    def _on_loaded(self, operation: Operation, data: Any) -> None:
        if operation is not self._loading:
            return  # a newer load was started (or the page reloaded at once) meanwhile
        self._loading = None
        self.in_background = True
        try:
            self.show_data(data)
        finally:
            self.in_background = False
        self._first_data_shown()
        self.loaded.emit()

    def _first_data_shown(self) -> None:
        if not self._kept:  # the page and its rows stay for the session (ui/gc_policy.py)
            self._kept = True
            keep_for_the_session()

    def _on_load_failed(self, operation: Operation, error: BaseException) -> None:
        from chibo_app.ui.background import JobCancelled  # noqa: PLC0415

        if operation is not self._loading:
            return
        self._loading = None
        if isinstance(error, JobCancelled):
            return
        raise error  # a page that cannot read its data is a bug: the error reporter shows it

    # Year -----------------------------------------------------------------------------

    def year_will_change(self, year: int) -> None:
        """Before the year changes (the report page saves its texts here)."""

    def year_changed(self) -> None:
        """After `self.year` changed, before the new year is read (its default period)."""

    def set_year(self, year: int) -> None:
        """Show `year` now."""
        self.year_will_change(year)
        self.year = year
        self.year_changed()
        self.reload()

    def change_year(self, year: int) -> None:
        """The window's year switch: shown again off the GUI thread (the window refreshes
        the page on screen; the others when they are shown)."""
        if self.loader() is None:
            self.set_year(year)
            return
        if year == self.year:
            return
        self.year_will_change(year)
        self.year = year
        self.year_changed()
        self.mark_stale(Changes.all())

    # Changes made elsewhere -------------------------------------------------------------

    def shows(self, changes: Changes) -> bool:
        return self.watches is None or changes.touches(self.watches)

    def mark_stale(self, changes: Changes) -> None:
        self._stale = changes if self._stale is None else self._stale | changes

    @property
    def stale(self) -> bool:
        return self._stale is not None

    def catch_up(self) -> None:
        """Bring the page up to date with what changed since it was last shown."""
        changes, self._stale = self._stale, None
        if changes is not None:
            self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        """Show `changes` made elsewhere: by default everything is read again, off the
        GUI thread."""
        self.refresh()

    def close_allowed(self) -> bool:
        """Before the window closes: False to keep it open (a page with unsaved edits asks
        “Lưu thay đổi?” and the user chose Hủy, or the save failed)."""
        return True

    def discard_changes(self) -> None:
        """Forget unsaved edits: the window closes without asking about them."""
