"""The user guide's pictures, in Vietnamese and English, from a demo database (offscreen).

python packaging/guide_screenshots.py [vi|en …]     (default: both; into docs/images/<lang>/)

Each language runs in its own process: Qt translators are installed once, before the
first widget is made, as when the app starts. The names match docs/huong-dan-su-dung.md
and docs/user-guide.md; a picture that could not be made is reported and the run fails,
so the guide never points at a stale or missing image.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The secretary's laptop: 1280×720 logical pixels (Full HD at 150 %, 1600×900 at 125 %).
from tests.offscreen import offscreen_platform  # noqa: E402

os.environ.setdefault(
    "QT_QPA_PLATFORM", offscreen_platform(1280, 720, Path(tempfile.mkdtemp(prefix="chibo-")))
)
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tests"))

LANGUAGES = ("vi", "en")
YEAR = 2026
TODAY = dt.date(2026, 11, 25)


def main() -> int:
    languages = [a for a in sys.argv[1:] if a in LANGUAGES] or list(LANGUAGES)
    if len(languages) > 1:  # one process per language
        failed = [
            lang
            for lang in languages
            if subprocess.run([sys.executable, __file__, lang], check=False).returncode
        ]
        return 1 if failed else 0
    return shoot(languages[0])


def shoot(lang: str) -> int:
    from PySide6.QtWidgets import QWidget
    from screenshots import settle, use_font

    import chibo_app.ui  # noqa: F401 - applies the PySide6/Python 3.11 None guard
    from chibo_app.core.clock import FixedClock
    from chibo_app.services import demo
    from chibo_app.services.session import open_session
    from chibo_app.ui import translations
    from chibo_app.ui.app import make_application

    translations.set_language_for_this_run(lang)
    app = make_application(["chibo-app"])
    use_font(app)
    folder = ROOT / "docs" / "images" / lang
    folder.mkdir(parents=True, exist_ok=True)
    missing: list[str] = []

    def save(widget: QWidget, name: str) -> None:
        wait_for_background(app)
        settle(app, widget)
        widget.grab().save(str(folder / name))
        print(folder / name, flush=True)

    def attempt(name: str, make: Callable[[], None]) -> None:
        try:
            make()
        except Exception as error:  # noqa: BLE001 - report every missing picture at the end
            missing.append(f"{name}: {error!r}")

    from chibo_app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as temp_name:
        temp = Path(temp_name)
        attempt("01-chao-mung.png", lambda: first_start(temp, save))
        session = open_session(temp / "demo.sqlite", clock=FixedClock.on(TODAY))
        demo.fill_demo(session, people_count=40, seed=2026)
        window = MainWindow(session)
        window.showMaximized()
        shots = Shots(app, session, window, temp, folder, save)
        for name, make in shots.all():
            attempt(name, make)
        window.close()
        session.close()
    for line in missing:
        print(f"MISSING {line}", file=sys.stderr)
    return 1 if missing else 0


def wait_for_background(app: Any) -> None:
    """Pages and editors read their data off the GUI thread: picture them once it is in."""
    import time

    from chibo_app.ui import background

    deadline = time.monotonic() + 60
    while not background.idle() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def dismiss(dialog: Any) -> None:
    """Close a dialog as its caller would after the picture, without its "Lưu thay đổi?"
    or "Thoát?" question: offscreen nobody answers a modal box, and the run would hang."""
    from PySide6.QtWidgets import QDialog

    dialog.done(QDialog.DialogCode.Rejected)


def first_start(temp: Path, save: Callable[..., None]) -> None:
    from chibo_app.services.session import open_session
    from chibo_app.ui.dialogs.first_start import FirstStartDialog

    session = open_session(temp / "new.sqlite")
    dialog = FirstStartDialog(session)
    dialog.show()
    save(dialog, "01-chao-mung.png")
    dismiss(dialog)
    session.close()


class Shots:
    """Every picture of the guide, in the guide's order of pages."""

    def __init__(
        self, app: Any, session: Any, window: Any, temp: Path, folder: Path, save: Any
    ) -> None:
        self.app = app
        self.folder = folder
        self.session = session
        self.window = window
        self.temp = temp
        self.save = save

    def all(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("02-tong-quan.png", self.overview),
            ("03-dang-vien.png", lambda: self.page("people", "03-dang-vien.png")),
            ("04-nhap-excel.png", self.import_preview),
            ("05-sua-nguoi.png", self.person),
            ("06-ke-hoach.png", lambda: self.page("plans", "06-ke-hoach.png")),
            ("07-in-ke-hoach.png", self.print_dialog),
            ("08-mau-ke-hoach.png", self.blank_form),
            ("09-sua-ke-hoach.png", self.plan_editor),
            ("10-guong-dien-hinh.png", lambda: self.page("nominations", "10-guong-dien-hinh.png")),
            ("11-sinh-hoat.png", lambda: self.page("meetings", "11-sinh-hoat.png")),
            ("12-buoi-sinh-hoat.png", self.meeting),
            ("13-danh-gia.png", lambda: self.page("evaluations", "13-danh-gia.png")),
            ("14-sua-danh-gia.png", self.evaluation),
            ("15-bao-cao.png", lambda: self.page("report", "15-bao-cao.png")),
            ("16-van-ban-da-in.png", self.register),
            ("17-cai-dat.png", lambda: self.settings("cell", "17-cai-dat.png")),
            ("18-cai-dat-nam.png", lambda: self.settings("years", "18-cai-dat-nam.png")),
            ("19-quy-dinh.png", lambda: self.settings("rules", "19-quy-dinh.png")),
            ("20-trinh-bay.png", lambda: self.settings("page_setup", "20-trinh-bay.png")),
            ("21-mat-khau.png", lambda: self.settings("password", "21-mat-khau.png")),
            ("22-giao-dien.png", lambda: self.settings("interface", "22-giao-dien.png")),
            ("23-lich-su.png", lambda: self.page("history", "23-lich-su.png")),
            ("24-khoi-phuc.png", self.restore),
            ("25-gioi-thieu.png", self.about),
            ("26-gui-cap-tren.png", self.send_package),
            ("27-chi-bo-truc-thuoc.png", self.committee),  # and 28-nhan-goi.png
        ]

    def send_package(self) -> None:
        from chibo_app.ui.dialogs.send_package_dialog import SendPackageDialog

        dialog = SendPackageDialog(self.session, YEAR, self.window)
        dialog.form.fileEdit.setText(str(Path.home() / "chi-bo-so-ngoai-vu-2026-tat-ca.chibo"))
        dialog.form.passwordBox.setChecked(True)
        dialog.show()
        self.save(dialog, "26-gui-cap-tren.png")
        dismiss(dialog)

    def committee(self) -> None:
        """A đảng bộ file that received the demo cell's package and two more cells';
        its page (27) and the preview of packages sent again (28)."""
        from chibo_app.core.cell import CellSettings
        from chibo_app.core.package import PARTS, Part
        from chibo_app.services import cell, demo, level, package_export, package_import
        from chibo_app.services.session import open_session
        from chibo_app.ui.dialogs.package_import_dialog import PackageImportDialog
        from chibo_app.ui.main_window import MainWindow

        sent = [package_export.export(self.session, YEAR, PARTS, self.temp / "so-ngoai-vu.chibo")]
        for seed, name in ((3, "Chi bộ Phòng Lãnh sự"), (4, "Chi bộ Thanh tra Sở")):
            other = open_session(self.temp / f"cell-{seed}.sqlite", clock=self.session.clock)
            demo.fill_demo(other, people_count=14, seed=seed)
            settings = cell.load_settings(other)
            cell.save_settings(other, CellSettings(**{**settings.__dict__, "cell_name": name}))
            parts = PARTS if seed == 3 else (Part.NOMINATIONS, Part.PLANS)
            sent.append(package_export.export(other, YEAR, parts, self.temp / f"cell-{seed}.chibo"))
            other.close()
        session = open_session(self.temp / "dang-bo.sqlite", clock=self.session.clock)
        cell.save_settings(
            session,
            CellSettings(
                cell_name="Đảng ủy Sở Ngoại vụ",
                superior="Đảng bộ Khối các cơ quan tỉnh",
                place="Hà Tĩnh",
                secretary="Trần Văn Công",
                symbol="ĐU",
            ),
        )
        level.set_level(session, level.Level.COMMITTEE)
        files = [r.path for r in sent]
        package_import.apply(session, package_import.inspect(session, files))
        window = MainWindow(session)
        window.showMaximized()
        window.show_page("sub_cells")
        self.save(window, "27-chi-bo-truc-thuoc.png")
        again = package_export.export(self.session, YEAR, PARTS, self.temp / "lan-2.chibo")
        damaged = self.temp / "hong.chibo"
        damaged.write_bytes(files[1].read_bytes()[:3000])
        dialog = PackageImportDialog(session, [again.path, files[2], damaged], window)
        dialog.show()
        self.save(dialog, "28-nhan-goi.png")
        dismiss(dialog)
        window.close()
        session.close()

    def page(self, key: str, name: str) -> None:
        self.window.show_page(key)
        self.save(self.window, name)

    def settings(self, tab: str, name: str) -> None:
        page = self.window.show_page("settings")
        page.show_tab(tab)
        self.save(self.window, name)
        page.show_tab("cell")

    def overview(self) -> None:
        page = self.window.show_page("overview")
        page.build_charts()
        self.save(self.window, "02-tong-quan.png")

    def import_preview(self) -> None:
        from xlsx_shapes import make_tcvn3_list

        from chibo_app.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self.window)
        dialog.resize(1100, 640)
        dialog.show()
        dialog.load(make_tcvn3_list(self.temp / "Danh sach cu TCVN3.xlsx"))
        while dialog.working:
            self.app.processEvents()
        if dialog.preview is None:
            raise RuntimeError("the import preview could not read the file")
        self.save(dialog, "04-nhap-excel.png")
        dismiss(dialog)

    def person(self) -> None:
        from chibo_app.ui.dialogs.person_dialog import PersonDialog

        page = self.window.show_page("people")
        editor = PersonDialog(self.session, page.model.rows()[0].id, self.window)
        editor.show()
        self.save(editor, "05-sua-nguoi.png")
        dismiss(editor)

    def print_dialog(self) -> None:
        from chibo_app.ui.dialogs.print_dialogs import PrintPlansDialog

        dialog = PrintPlansDialog(YEAR, 40, True, self.window)
        dialog.blank.setChecked(True)
        dialog.show()
        self.save(dialog, "07-in-ke-hoach.png")
        dismiss(dialog)

    def blank_form(self) -> None:
        """The first page of a blank form, rendered by QtPdf from the real PDF."""
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument

        from chibo_app.services import plan_printing

        path = self.temp / "mau-trong.pdf"
        person = self.window.page("people").model.rows()[0].id
        plan_printing.print_plans(self.session, YEAR, [person], path, blank=True)
        document = QPdfDocument()
        document.load(str(path))
        size = document.pagePointSize(0)
        scale = 1000 / size.height()
        image = document.render(0, QSize(round(size.width() * scale), 1000))
        image.save(str(self.folder / "08-mau-ke-hoach.png"))
        print(self.folder / "08-mau-ke-hoach.png")

    def plan_editor(self) -> None:
        from chibo_app.ui.dialogs.plan_dialog import PlanDialog

        page = self.window.show_page("plans")
        rows = [r for r in page.model.rows() if r.plan_id]
        # A plan still under review with advice and a suspected copy shows the most.
        row = max(
            rows, key=lambda r: (r.status in ("draft", "submitted"), bool(r.similar_to), r.checks)
        )
        dialog = PlanDialog(self.session, row.person_id, YEAR, row.full_name, self.window)
        dialog.resize(1100, 720)
        dialog.show()
        self.save(dialog, "09-sua-ke-hoach.png")
        dismiss(dialog)

    def meeting(self) -> None:
        from chibo_app.services import meetings
        from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog

        held = meetings.meetings_of_year(self.session, YEAR)
        thematic = [m for m in held if m.kind == "thematic"] or held
        editor = MeetingDialog(self.session, YEAR, thematic[0], self.window)
        editor.show()
        self.save(editor, "12-buoi-sinh-hoat.png")
        dismiss(editor)

    def evaluation(self) -> None:
        from chibo_app.services import evaluation
        from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog

        page = self.window.show_page("evaluations")
        row = next(r for r in page.model.rows() if r.evaluation_id and r.party_member)
        found = evaluation.get_evaluation_by_id(self.session, row.evaluation_id)
        editor = EvaluationDialog(
            self.session, found.person_id, found.year, row.full_name, self.window
        )
        editor.show()
        self.save(editor, "14-sua-danh-gia.png")
        dismiss(editor)

    def register(self) -> None:
        from chibo_app.services import plan_printing

        plan_printing.print_plans(self.session, YEAR, None, self.temp / "ke-hoach.pdf")
        plan_printing.print_signed_off(self.session, YEAR, self.temp / "danh-sach.pdf")
        page = self.window.show_page("documents")
        page.reload()
        page.check(page.model.entries()[0].code)
        self.save(self.window, "16-van-ban-da-in.png")

    def restore(self) -> None:
        from chibo_app.services.backups import make_backup
        from chibo_app.ui.dialogs.restore_dialog import RestoreDialog

        for when, reason in [
            (dt.datetime(2026, 10, 31, 16, 45), "dong"),
            (dt.datetime(2026, 11, 18, 15, 20), "thu-cong"),
            (dt.datetime(2026, 11, 24, 10, 32), "tu-dong"),
            (dt.datetime(2026, 11, 25, 7, 58), "khoi-dong"),
        ]:
            make_backup(self.session, reason, now=when)
        dialog = RestoreDialog(self.session, self.window)
        dialog.resize(640, 420)
        dialog.show()
        self.save(dialog, "24-khoi-phuc.png")
        dismiss(dialog)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from chibo_app.ui.about import about_text

        box = QMessageBox(self.window)  # what show_about() shows, without waiting
        box.setWindowTitle(box.tr("Giới thiệu"))
        box.setText(about_text(self.session.path))
        box.setIconPixmap(self.app.windowIcon().pixmap(64))
        box.show()
        self.save(box, "25-gioi-thieu.png")
        box.close()


if __name__ == "__main__":
    raise SystemExit(main())
