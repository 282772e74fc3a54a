"""The user guide inside the app (F1, Trợ giúp → Hướng dẫn sử dụng): docs/ rendered by
Qt's own Markdown reader, offline, with its pictures, opened at the chapter of the page
the secretary is on. Vietnamese or English as the interface."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from chibo_app.ui import translations
from chibo_app.ui.forms import load_form
from chibo_app.ui.resources import root

GUIDES = {"vi": "huong-dan-su-dung.md", "en": "user-guide.md"}
# The chapter (heading's number) that tells about each side-bar page.
CHAPTERS = {
    "vi": {
        "overview": "1.",
        "sub_cells": "13.",
        "people": "2.",
        "plans": "4.",
        "evaluations": "8.",
        "nominations": "5.",
        "meetings": "6.",
        "report": "9.",
        "documents": "10.",
        "settings": "3.",
        "history": "12.",
    },
    "en": {
        "overview": "1.",
        "sub_cells": "9.",
        "people": "2.",
        "plans": "4.",
        "evaluations": "7.",
        "nominations": "5.",
        "meetings": "6.",
        "report": "8.",
        "documents": "10.",
        "settings": "3.",
        "history": "10.",
    },
}


PICTURE_WIDTH = 720  # the screenshots are 1280 px wide: shown smaller, sharp when enlarged


def _fit_pictures(document: QTextDocument, width: int) -> None:
    """Every picture `width` pixels wide (its height follows)."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            picture = fragment.charFormat().toImageFormat()
            if picture.isValid():
                picture.setWidth(width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(picture)
            it += 1
        block = block.next()


def guide_path(language: str) -> Path:
    return root() / "docs" / GUIDES.get(language, GUIDES["vi"])


def headings(markdown: str) -> list[str]:
    """The chapters (level-2 headings), as written."""
    return [line[3:].strip() for line in markdown.splitlines() if line.startswith("## ")]


def chapter_of(page: str, language: str, markdown: str) -> str | None:
    """The heading of the chapter about `page`, if the guide has it."""
    number = CHAPTERS.get(language, CHAPTERS["vi"]).get(page)
    return next((h for h in headings(markdown) if number and h.startswith(number + " ")), None)


class GuideWindow(QDialog):
    """Not modal: the guide stays open beside the window it explains."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.language = language or translations.interface_language()
        self.form: Any = load_form("guide_window", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(1000, 700)  # the screen-fit filter shrinks it to a smaller screen
        self.form.splitter.setSizes([220, 780])
        self.form.splitter.setStretchFactor(1, 1)
        path = guide_path(self.language)
        self.markdown = path.read_text(encoding="utf-8") if path.exists() else ""
        text: QTextDocument = self.form.text.document()
        text.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))  # images/vi/…png
        text.setMarkdown(self.markdown)
        if not self.markdown:
            self.form.text.setPlainText(
                self.tr("Không tìm thấy tệp hướng dẫn: %1").replace("%1", str(path))
            )
        _fit_pictures(text, PICTURE_WIDTH)
        for heading in headings(self.markdown):
            self.form.chapters.addItem(heading)
        self.form.chapters.currentTextChanged.connect(self.show_chapter)
        self.form.text.setFocus()

    def show_page_chapter(self, page: str) -> None:
        heading = chapter_of(page, self.language, self.markdown)
        if heading is not None:
            items = self.form.chapters.findItems(heading, Qt.MatchFlag.MatchExactly)
            if items:
                self.form.chapters.setCurrentItem(items[0])
            self.show_chapter(heading)

    def show_chapter(self, heading: str) -> bool:
        """Scroll so the chapter's heading is at the top."""
        view = self.form.text
        found = view.document().find(heading)
        if found.isNull():
            return False
        cursor = QTextCursor(found)
        cursor.clearSelection()
        view.setTextCursor(cursor)
        top = view.document().documentLayout().blockBoundingRect(cursor.block()).top()
        view.verticalScrollBar().setValue(round(top))
        return True

    def current_heading(self) -> str:
        """The chapter whose heading is at the top of the view now."""
        view = self.form.text
        cursor = view.cursorForPosition(view.viewport().rect().topLeft())
        block = cursor.block()
        while block.isValid() and block.text() not in headings(self.markdown):
            block = block.previous()
        return block.text() if block.isValid() else ""


_open: GuideWindow | None = None


def show_guide(parent: QWidget, page: str) -> GuideWindow:
    """Open the guide (or bring it back) at the chapter of `page`."""
    global _open  # noqa: PLW0603 - one guide window for the application
    import shiboken6  # noqa: PLC0415

    if _open is None or not shiboken6.isValid(_open):
        _open = GuideWindow(parent=parent)
    _open.show()
    _open.raise_()
    _open.activateWindow()
    _open.show_page_chapter(page)
    return _open
