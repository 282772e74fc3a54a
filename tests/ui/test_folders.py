"""Every file dialog starts in the folder last used for its kind of file and remembers
the one chosen (ui/folders.py); none calls QFileDialog on its own."""

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import chibo_app
from chibo_app.ui import folders

UI = Path(chibo_app.__file__).parent / "ui"


def test_no_file_dialog_outside_the_folders_module():
    calls = re.compile(r"QFileDialog\.get\w+")
    found = {
        str(path.relative_to(UI)): calls.findall(path.read_text(encoding="utf-8"))
        for path in UI.rglob("*.py")
        if path.name != "folders.py"
    }
    assert {name: hits for name, hits in found.items() if hits} == {}


class _Dialogs:
    """Qt's file dialogs answered as a user would: what they were opened on, and the
    answer given."""

    def __init__(self, monkeypatch):
        self.started: list[str] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, self._one)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._many)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _one(self, _parent, _title, start, filters="", *args):
        self.started.append(start)
        return self.answer, filters

    def _many(self, _parent, _title, start, filters="", *args):
        self.started.append(start)
        return ([self.answer] if self.answer else []), filters

    def _folder(self, _parent, _title, start, *args):
        self.started.append(start)
        return self.answer


def test_each_kind_starts_where_it_was_last_used(qapp, tmp_path, monkeypatch):
    dialogs = _Dialogs(monkeypatch)
    lists, minutes = tmp_path / "ds", tmp_path / "bb"
    lists.mkdir()
    minutes.mkdir()
    first = folders.last_folder("member-lists")  # nothing used yet: the Documents folder
    dialogs.answer = str(lists / "ds.xlsx")
    assert folders.ask_open(None, "member-lists", "Mở") == lists / "ds.xlsx"
    dialogs.answer = str(minutes / "bb.pdf")
    assert folders.ask_save(None, "minutes", "Lưu", "Biên bản 05/03/2026.pdf") == (
        minutes / "bb.pdf",
        "",
    )
    assert dialogs.started == [str(first), str(first / "Biên bản 05-03-2026.pdf")]
    dialogs.answer = ""  # cancelled: nothing remembered, nothing returned
    assert folders.ask_save(None, "member-lists", "Lưu", "Danh sach.xlsx") is None
    assert folders.ask_open_many(None, "minutes", "Mở") == []
    assert folders.ask_folder(None, "minutes", "Thư mục") is None
    assert dialogs.started[2:] == [
        str(lists / "Danh sach.xlsx"),  # where the list was read
        str(minutes),
        str(minutes),
    ]
    typed = str(tmp_path / "khac" / "x.pdf")  # a field's full path is offered as it is
    folders.ask_save(None, "minutes", "Lưu", typed)
    assert dialogs.started[-1] == typed


def test_the_member_list_dialogs_share_their_folder(qtbot, session, tmp_path, monkeypatch):
    """Read a list in the import dialog; the export of the register then starts there,
    and the next import too."""
    from chibo_app.ui import file_actions
    from chibo_app.ui.dialogs.import_dialog import ImportDialog

    dialogs = _Dialogs(monkeypatch)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(file_actions, "confirm_plain_export", lambda window: True)
    received = tmp_path / "nhan"
    received.mkdir()
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    loaded = []
    monkeypatch.setattr(dialog, "load", loaded.append)
    dialogs.answer = str(received / "ds.xlsx")
    dialog.choose_file()
    assert loaded == [received / "ds.xlsx"]
    window = QWidget()  # the main window, as export_members reads it
    window.session = session
    qtbot.addWidget(window)
    dialogs.answer = ""
    file_actions.export_members(window)
    dialog.choose_file()
    exported = received / "Danh sách cán bộ, đảng viên.xlsx"
    assert dialogs.started[1:] == [str(exported), str(received)]
