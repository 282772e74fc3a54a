"""The folder each kind of file was last saved to or read from, remembered on this
computer (QSettings), and the file names the save dialogs suggest."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_KEY = "folders/{kind}"
MEMBER_LISTS = "member-lists"  # read by the import, written by the export
BACKUPS = "backups"  # copies to a USB stick, restored from
PACKAGES = "packages"  # sent up to the đảng ủy, received from the cells
DANG_BO_DOCUMENTS = "dang-bo-documents"  # the đảng ủy's combined documents
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def last_folder(kind: str) -> Path:
    """Where files of `kind` ("plan-word", "minutes", …) went last; else Documents."""
    stored = QSettings().value(_KEY.format(kind=kind))
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def remember_folder(kind: str, path: str | Path) -> None:
    """Remember the folder of `path` (or `path` itself when it is a folder)."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    QSettings().setValue(_KEY.format(kind=kind), str(folder))


def suggested(kind: str, name: str) -> str:
    """A full path to offer in a save dialog: the kind's last folder and `name` made safe
    for every file system ('Biên bản 05-03-2026 - Chi bộ …')."""
    safe = _NOT_IN_FILE_NAMES.sub("-", name).strip(" .")
    return str(last_folder(kind) / safe)


# The file dialogs: each starts in the folder last used for its kind of file and
# remembers the one chosen (every QFileDialog of the window goes through here).


def ask_save(
    parent: QWidget | None, kind: str, title: str, name: str, filters: str = ""
) -> tuple[Path, str] | None:
    """Where to save a file of `kind`: `name` (a bare name goes in the kind's last folder;
    a full path, such as a field's text, is offered as it is). (path, filter) or None."""
    start = name if Path(name).is_absolute() else suggested(kind, name)
    path, chosen_filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not path:
        return None
    remember_folder(kind, path)
    return Path(path), chosen_filter


def ask_open(parent: QWidget | None, kind: str, title: str, filters: str = "") -> Path | None:
    """A file of `kind` to read, from the kind's last folder (remembered again)."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(last_folder(kind)), filters)
    if not path:
        return None
    remember_folder(kind, path)
    return Path(path)


def ask_open_many(parent: QWidget | None, kind: str, title: str, filters: str = "") -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(parent, title, str(last_folder(kind)), filters)
    if names:
        remember_folder(kind, names[0])
    return [Path(name) for name in names]


def ask_folder(parent: QWidget | None, kind: str, title: str) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title, str(last_folder(kind)))
    if not folder:
        return None
    remember_folder(kind, folder)
    return Path(folder)
