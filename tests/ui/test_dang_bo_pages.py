"""One level up in the window: a chi bộ's “Gửi cấp trên…”, a đảng bộ's “Chi bộ trực
thuộc” page with its deadline cards, the import preview and the combined documents."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from chibo_app.services import level
from chibo_app.services.session import open_session
from chibo_app.storage.package_file import read_package
from chibo_app.ui.dialogs.dang_bo_print_dialog import DangBoPrintDialog
from chibo_app.ui.dialogs.first_start import FirstStartDialog
from chibo_app.ui.dialogs.package_import_dialog import PackageImportDialog
from chibo_app.ui.dialogs.send_package_dialog import SendPackageDialog
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.widgets.deadline_card import DeadlineCard
from tests.package_helpers import YEAR, chibo, copy_cells, make_cells, make_committee


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_cells(tmp_path_factory.mktemp("cells"))[:2]


@pytest.fixture
def cells(made, tmp_path):
    return copy_cells(made, tmp_path)


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda *a, said=said, **k: said.append(a[2]) or QMessageBox.Ok
        )
    return said


def sidebar_keys(window):
    from chibo_app.ui.pages import PAGES

    return [s.key for row, s in enumerate(PAGES) if not window.sidebar.item(row).isHidden()]


def test_a_cell_sends_its_package_from_the_window(qtbot, cells, tmp_path, quiet_boxes):
    session = open_session(cells[0])
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert "sub_cells" not in sidebar_keys(window) and "people" in sidebar_keys(window)
    assert window.send_action.isVisible() and not window.receive_action.isVisible()
    dialog = SendPackageDialog(session, YEAR, window)
    qtbot.addWidget(dialog)
    assert "Kế hoạch cá nhân:" in dialog.form.contents.text()
    dialog.form.part.setCurrentIndex(dialog.form.part.findData("plans"))
    assert "Danh sách đăng ký" not in dialog.form.contents.text()
    target = tmp_path / "goi.chibo"
    dialog.form.fileEdit.setText(str(target))
    dialog.accept()
    assert dialog.written == target
    package = read_package(target)
    assert [str(p) for p in package.parts] == ["plans"]
    assert "Đã tạo gói gửi cấp trên" in quiet_boxes[-1]
    session.close()


def test_a_short_password_is_refused_before_anything_is_written(qtbot, cells, tmp_path):
    session = open_session(cells[0])
    dialog = SendPackageDialog(session, YEAR)
    qtbot.addWidget(dialog)
    target = tmp_path / "goi.chibo"
    dialog.form.fileEdit.setText(str(target))
    dialog.form.passwordBox.setChecked(True)
    dialog.password_fields.new.setText("ngan")
    dialog.password_fields.repeat.setText("ngan")
    dialog.accept()
    assert dialog.written is None and not target.exists()
    session.close()


@pytest.fixture
def packages(cells, tmp_path):
    files = []
    for cell in cells:
        target = tmp_path / f"{cell.stem}.chibo"
        assert chibo(cell, "package", "export", "--year", YEAR, "-o", target) == 0
        files.append(target)
    return files


def test_the_committee_window_receives_and_shows_each_cell(qtbot, packages, tmp_path, quiet_boxes):
    path = make_committee(tmp_path / "dang-bo.sqlite")
    session = open_session(path)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert sidebar_keys(window) == ["sub_cells", "documents", "settings", "history"]
    assert window.stack.currentWidget().objectName() == "sub_cellsPage"
    assert not window.send_action.isVisible() and window.receive_action.isVisible()
    bad = tmp_path / "hong.chibo"
    bad.write_bytes(packages[0].read_bytes()[:3000])
    dialog = PackageImportDialog(session, [*packages, bad], window)
    qtbot.addWidget(dialog)
    tree = dialog.form.preview
    assert tree.topLevelItemCount() == 3
    refused = tree.topLevelItem(2)
    assert refused.text(0) == "hong.chibo" and "hong.chibo" in refused.text(1)
    assert dialog.ok.text() == "Nhận 2 gói" and dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.applied is not None and dialog.applied.parts == 8
    page = window.page("sub_cells")
    page.reload()
    assert page.model.rowCount() == 2
    assert page.model.item(0, 0).text() == "Chi bộ Phòng Lãnh sự"
    assert page.model.item(0, 2).text().endswith("(lần 1)")
    cards = page.findChildren(DeadlineCard)
    assert [c.title.text() for c in cards] == [
        "<b>Đăng ký điển hình</b>",
        "<b>Kế hoạch cá nhân</b>",
        "<b>Báo cáo kết quả năm</b>",
        "<b>Đánh giá, xếp loại cuối năm</b>",
    ]
    assert all(c.missing.text().startswith("Đã nhận gói lập ngày") for c in cards)
    page.form.cellsTable.selectRow(1)
    assert "Chi bộ Sở Ngoại vụ" in page.form.cardsTitle.text()
    window.grab().save(str(tmp_path / "chi-bo-truc-thuoc.png"))
    session.close()


def test_the_print_dialog_writes_a_numbered_combined_document(qtbot, packages, tmp_path):
    path = make_committee(tmp_path / "dang-bo.sqlite")
    assert chibo(path, "package", "import", *packages) == 0
    session = open_session(path)
    dialog = DangBoPrintDialog(session, YEAR)
    qtbot.addWidget(dialog)
    dialog.form.document.setCurrentIndex(dialog.form.document.findData("classification"))
    assert dialog.form.number.value() == 1
    target = tmp_path / "xep-loai.pdf"
    dialog.form.fileEdit.setText(str(target))
    dialog.accept()
    assert dialog.printed is not None and dialog.printed.number == 1
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Số 01-BC/ĐU" in text and "Chi bộ Phòng Lãnh sự" in text
    session.close()


def test_the_print_dialog_previews_first_and_records_when_saved(
    qtbot, packages, tmp_path, monkeypatch
):
    from chibo_app.storage import documents_repo
    from chibo_app.ui.pages.sub_cells_page import SubCellsPage

    path = make_committee(tmp_path / "dang-bo.sqlite")
    assert chibo(path, "package", "import", *packages) == 0
    session = open_session(path)
    page = SubCellsPage(session, YEAR)
    qtbot.addWidget(page)

    def exec_(dialog):
        button = dialog.findChild(object, "previewPrint")
        assert button.isDefault()
        dialog.form.document.setCurrentIndex(dialog.form.document.findData("nominations"))
        button.click()  # "Xem trước và in…": nothing written yet
        return dialog.result()

    monkeypatch.setattr(DangBoPrintDialog, "exec", exec_)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _t, start, _f: (str(tmp_path / Path(start).name), ""),
    )
    page.print_documents()
    run = page.printing
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=60000) as blocker:
        pass
    assert blocker.args[0] is True
    preview = run.preview_dialog
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    assert documents_repo.list_documents(session.db, doc_type="DS") == []
    saved = preview.save_pdf()
    assert saved is not None and saved.suffix == ".pdf"
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True).stdout
    assert "Số 01-DS/ĐU" in text and "1. CHI BỘ PHÒNG LÃNH SỰ" in text
    assert [r.number for r in documents_repo.list_documents(session.db, doc_type="DS")] == [1]
    session.close()


def test_first_start_makes_a_committee_file(qtbot, tmp_path):
    session = open_session(tmp_path / "moi.sqlite")
    dialog = FirstStartDialog(session)
    qtbot.addWidget(dialog)
    dialog.committee_level.setChecked(True)
    assert dialog.form.edits["symbol"].text() == "ĐU"
    for key, text in {
        "cell_name": "Đảng ủy Sở Ngoại vụ",
        "superior": "Đảng bộ tỉnh Hà Tĩnh",
        "place": "Hà Tĩnh",
        "secretary": "Trần Văn Công",
    }.items():
        dialog.form.edits[key].setText(text)
    dialog.accept()
    assert level.is_committee(session)
    session.close()


def test_the_page_on_a_cell_file_says_it_is_for_the_committee(qtbot, cells):
    from chibo_app.ui.pages.sub_cells_page import SubCellsPage

    session = open_session(Path(cells[1]))
    page = SubCellsPage(session, YEAR)
    qtbot.addWidget(page)
    assert "dành cho đảng ủy" in page.form.summary.text()
    session.close()
