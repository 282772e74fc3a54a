"""The base of every dialog that edits something: closed with changes by any means —
Đóng / Hủy, Escape, the window's ×, quitting the application — it asks “Lưu thay đổi?”
(Lưu / Không lưu / Hủy). An auto-lock only covers it: the dialog and its text stay."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from chibo_app.ui.unsaved import Choice, UnsavedGuard, ask_to_save


class EditorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved = UnsavedGuard(self)
        self._shown_once = False

    def save_changes(self) -> None:
        """Write what is typed and close as the dialog's “Lưu” does; when it cannot be
        saved, say why and stay open."""
        raise NotImplementedError

    def has_changes(self) -> bool:
        return self.unsaved.changed()

    def mark_filled(self) -> None:
        """What the dialog shows now is what is stored, even before it is first shown (a
        caller may type into it before showing it)."""
        self.unsaved.mark_saved()
        self._shown_once = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:  # filled in __init__: what is stored
            self._shown_once = True
            self.unsaved.mark_saved()

    def reject(self) -> None:
        """Đóng, Hủy, Escape and the window's × all come here."""
        if self.may_close():
            super().reject()

    def may_close(self) -> bool:
        """True to close without saving; False when the dialog stays (kept editing, or
        saved and already closed by its own “Lưu”)."""
        if not self.isVisible() or not self.has_changes():
            return True
        choice = ask_to_save(self)
        if choice is Choice.SAVE:
            self.save_changes()
            return False
        return choice is Choice.DISCARD


def open_editors() -> list[EditorDialog]:
    """The editors open now, the topmost (last opened) first."""
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, EditorDialog) and w.isVisible()
    ]
    return list(reversed(found))


def close_all_editors() -> bool:
    """Before quitting: each open editor with changes asks; False if one stays open."""
    for editor in open_editors():
        editor.raise_()
        editor.activateWindow()
        if not editor.may_close():
            if editor.isVisible():
                return False
            continue  # saved and closed by its own “Lưu”
        editor.done(QDialog.DialogCode.Rejected)
    return True
