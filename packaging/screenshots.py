"""Screenshots of the main screens on a demo database, rendered offscreen.

python packaging/screenshots.py [FOLDER]      (default resources/screenshots/)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The secretary's laptop: 1280×720 logical pixels (Full HD at 150 %, 1600×900 at 125 %).
from tests.offscreen import offscreen_platform  # noqa: E402

os.environ.setdefault(
    "QT_QPA_PLATFORM", offscreen_platform(1280, 720, Path(tempfile.mkdtemp(prefix="chibo-")))
)

from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

import chibo_app.ui  # noqa: E402,F401 - applies the PySide6/Python 3.11 None guard
from chibo_app.core.clock import FixedClock  # noqa: E402
from chibo_app.services import demo  # noqa: E402
from chibo_app.services.session import open_session  # noqa: E402


def settle(app: QApplication, widget: QWidget) -> None:
    """Pages and editors read their data off the GUI thread: wait for it, then paint."""
    from chibo_app.ui import background

    deadline = time.monotonic() + 60
    while not background.idle() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
    widget.repaint()


def dismiss(dialog: QWidget) -> None:
    """Close a dialog as a finished exec() does, without its "Lưu thay đổi?" question:
    offscreen nobody answers a modal box, and the run would hang."""
    dialog.done(0)  # type: ignore[attr-defined]


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / name
    widget.grab().save(str(path))
    print(path)


def use_font(app: QApplication) -> None:
    """A font with every Vietnamese glyph: ours if shipped, else DejaVu Sans."""
    fonts = sorted((ROOT / "resources" / "fonts").glob("*.ttf"))
    families = [
        f
        for path in fonts
        for f in QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
    ]
    sans = [f for f in families if "serif" not in f.lower() or "sans" in f.lower()]
    app.setFont(QFont(sans[0] if sans else "DejaVu Sans", 10))


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    from chibo_app.ui.app import make_application

    app = make_application(["chibo-app"])
    use_font(app)
    from chibo_app.ui.dialogs.person_dialog import PersonDialog
    from chibo_app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as temp:
        day = dt.date(2026, 11, 25)
        session = open_session(Path(temp) / "demo.sqlite", clock=FixedClock.on(day))
        demo.fill_demo(session, people_count=40, seed=2026)
        window = MainWindow(session)
        window.showMaximized()
        overview(app, window, folder)
        window.show_page("people")
        settle(app, window)
        save(window, folder, "01-dang-vien.png")

        page = window.page("people")
        page.search.setText("nguyen thi")  # type: ignore[attr-defined]
        settle(app, window)
        save(window, folder, "02-tim-kiem.png")
        page.search.clear()  # type: ignore[attr-defined]

        first = page.model.rows()[0].id  # type: ignore[attr-defined]
        editor = PersonDialog(session, first, window)
        editor.show()
        settle(app, editor)
        save(editor, folder, "03-sua-nguoi.png")
        editor.form.birthDate.setText("31/02/1980")
        editor.form.email.setText("an@")
        editor.save()
        settle(app, editor)
        save(editor, folder, "04-loi-nhap.png")
        editor.form.tabs.setCurrentIndex(1)
        settle(app, editor)
        save(editor, folder, "05-chuc-vu.png")
        dismiss(editor)

        window.show_page("settings")
        settle(app, window)
        save(window, folder, "06-cai-dat.png")

        evaluations(app, session, window, folder)
        nominations_page(app, window, folder)
        meetings_page(app, session, window, folder)
        settings_tabs(app, window, folder)
        register(app, session, window, folder, Path(temp))
        import_preview(app, session, window, folder, Path(temp))
        passwords(app, session, window, folder)
        safety(app, session, window, folder)
        window.close()
        session.close()


def evaluations(app: QApplication, session: object, window: QWidget, folder: Path) -> None:
    """Đánh giá, xếp loại: the year's list and the editor of one evaluation."""
    from chibo_app.services import evaluation
    from chibo_app.ui.dialogs.evaluation_dialog import EvaluationDialog

    window.show_page("evaluations")  # type: ignore[attr-defined]
    settle(app, window)
    save(window, folder, "22-danh-gia-xep-loai.png")
    page = window.page("evaluations")  # type: ignore[attr-defined]
    row = next(r for r in page.model.rows() if r.evaluation_id and r.party_member)
    found = evaluation.get_evaluation_by_id(session, row.evaluation_id)  # type: ignore[arg-type]
    editor = EvaluationDialog(session, found.person_id, found.year, row.full_name, window)  # type: ignore[arg-type]
    editor.show()
    settle(app, editor)
    save(editor, folder, "23-sua-danh-gia.png")
    dismiss(editor)


def overview(app: QApplication, window: QWidget, folder: Path) -> None:
    """Tổng quan, the first page: deadlines, progress and the charts (drawn after the
    first paint), scrolled to the top and then to the charts."""
    page = window.show_page("overview")  # type: ignore[attr-defined]
    settle(app, window)
    page.build_charts()
    settle(app, window)
    save(window, folder, "00-tong-quan.png")
    scroll = page.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    settle(app, window)
    save(window, folder, "00-tong-quan-bieu-do.png")
    scroll.verticalScrollBar().setValue(0)


def nominations_page(app: QApplication, window: QWidget, folder: Path) -> None:
    """Gương điển hình: the grouped list, the quota per unit and the countdown."""
    window.show_page("nominations")  # type: ignore[attr-defined]
    settle(app, window)
    save(window, folder, "17-guong-dien-hinh.png")


def meetings_page(app: QApplication, session: object, window: QWidget, folder: Path) -> None:
    """Sinh hoạt: the months with their meetings, the topics, and the meeting editor."""
    from chibo_app.services import meetings
    from chibo_app.ui.dialogs.meeting_dialog import MeetingDialog

    window.show_page("meetings")  # type: ignore[attr-defined]
    settle(app, window)
    save(window, folder, "20-sinh-hoat.png")
    thematic = [m for m in meetings.meetings_of_year(session, 2026) if m.kind == "thematic"]  # type: ignore[arg-type]
    editor = MeetingDialog(session, 2026, thematic[0], window)  # type: ignore[arg-type]
    editor.show()
    settle(app, editor)
    save(editor, folder, "21-buoi-sinh-hoat.png")
    dismiss(editor)


def import_preview(
    app: QApplication, session: object, window: QWidget, folder: Path, temp: Path
) -> None:
    try:
        sys.path.insert(0, str(ROOT / "tests"))
        from xlsx_shapes import make_tcvn3_list  # type: ignore[import-not-found]

        from chibo_app.ui.dialogs.import_dialog import ImportDialog
    except ImportError as error:
        print(f"import preview skipped: {error}")
        return
    from PySide6.QtWidgets import QMessageBox

    # A message box would wait for a click that never comes offscreen.
    QMessageBox.warning = lambda _parent, _title, text, *a: print(  # type: ignore[method-assign]
        f"import preview: {text}"
    )
    dialog = ImportDialog(session, window)  # type: ignore[arg-type]
    dialog.show()
    dialog.load(make_tcvn3_list(temp / "Danh sach cu TCVN3.xlsx"))
    while dialog.working:
        app.processEvents()
    settle(app, dialog)
    if dialog.preview is None:
        print("import preview skipped: the service could not read the file")
    save(dialog, folder, "07-nhap-excel.png")
    dismiss(dialog)


def settings_tabs(app: QApplication, window: QWidget, folder: Path) -> None:
    """Cài đặt → Năm và thời hạn (with a message by a field) and → Trình bày văn bản."""
    page = window.show_page("settings")  # type: ignore[attr-defined]
    page.show_tab("years")
    editor = page.years
    editor.plan_number.setText("03-KH/CB")
    editor.plan_date.setText("15/01/2026")
    editor.save()
    editor.edits["midyear_to"].setText("31/5/2026")
    editor.save()  # refused: the end of the six-month review is before its start
    settle(app, window)
    save(window, folder, "14-cai-dat-nam.png")
    editor.reload(editor.shown_year)
    editor.dirty = False
    editor.reload(editor.shown_year)

    page.show_tab("page_setup")
    page.page_setup.spins["left_mm"].setValue(35)
    page.page_setup.spins["body_size"].setValue(13)
    settle(app, window)
    save(window, folder, "15-trinh-bay-van-ban.png")
    page.page_setup.use_defaults()
    page.show_tab("cell")


def register(app: QApplication, session: object, window: QWidget, folder: Path, temp: Path) -> None:
    """Văn bản đã in after printing the year's forms and the signed-off list, with a
    code checked."""
    try:
        from chibo_app.services import plan_printing
    except ImportError as error:
        print(f"register skipped: {error}")
        return
    year = window.current_year()  # type: ignore[attr-defined]
    plan_printing.print_plans(session, year, None, temp / "ke-hoach.pdf")  # type: ignore[arg-type]
    try:
        plan_printing.print_signed_off(session, year, temp / "danh-sach.pdf")  # type: ignore[arg-type]
    except Exception as error:  # noqa: BLE001 - a screenshot without the list is still useful
        print(f"signed-off list skipped: {error}")
    page = window.show_page("documents")  # type: ignore[attr-defined]
    page.reload()
    page.check(page.model.entries()[0].code)
    settle(app, window)
    save(window, folder, "16-van-ban-da-in.png")


def passwords(app: QApplication, session: object, window: QWidget, folder: Path) -> None:
    """The password asked at start, Cài đặt → Mật khẩu, and the lock screen."""
    from chibo_app.services.password import set_password
    from chibo_app.storage.connection import WrongPassword
    from chibo_app.ui.dialogs.password_prompt import PasswordPromptDialog

    password = "Chi bộ Sở Ngoại vụ 2026"

    def wrong(_typed: str) -> None:
        raise WrongPassword()

    prompt = PasswordPromptDialog(session.path, wrong, window)  # type: ignore[attr-defined]
    prompt.show()
    prompt.form.field.setText("chi bo so ngoai vu")
    prompt.form.submit()
    prompt.form.field.setText("chi bo so ngoai vu 2026")
    settle(app, prompt)
    save(prompt, folder, "11-mat-khau-khi-mo.png")
    dismiss(prompt)

    set_password(session, password)  # type: ignore[arg-type]
    page = window.show_page("settings")  # type: ignore[attr-defined]
    page.reload()
    page.show_tab("password")
    settle(app, window)
    save(window, folder, "12-cai-dat-mat-khau.png")
    page.show_tab("cell")

    window.show_page("people")  # type: ignore[attr-defined]
    window.lock_now()  # type: ignore[attr-defined]
    settle(app, window)
    save(window, folder, "13-da-khoa.png")
    form = window.auto_lock.screen.form  # type: ignore[attr-defined]
    form.field.setText(password)
    form.submit()
    window.auto_lock.stop()  # type: ignore[attr-defined]
    settle(app, window)


def safety(app: QApplication, session: object, window: QWidget, folder: Path) -> None:
    """The restore dialog, the check report and the read-only banner."""
    from chibo_app.services.backups import make_backup
    from chibo_app.services.db_check import check_database
    from chibo_app.ui.dialogs.check_report import CheckReportDialog
    from chibo_app.ui.dialogs.restore_dialog import RestoreDialog

    for when, reason in [
        (dt.datetime(2026, 9, 30, 17, 2), "dong"),
        (dt.datetime(2026, 10, 31, 16, 45), "dong"),
        (dt.datetime(2026, 11, 17, 8, 1), "truoc-nang-cap-v3"),
        (dt.datetime(2026, 11, 18, 15, 20), "thu-cong"),
        (dt.datetime(2026, 11, 24, 10, 32), "tu-dong"),
        (dt.datetime(2026, 11, 24, 17, 5), "dong"),
        (dt.datetime(2026, 11, 25, 7, 58), "khoi-dong"),
    ]:
        make_backup(session, reason, now=when)  # type: ignore[arg-type]
    dialog = RestoreDialog(session, window)  # type: ignore[arg-type]
    dialog.resize(640, 420)
    dialog.show()
    settle(app, dialog)
    save(dialog, folder, "08-khoi-phuc.png")
    dismiss(dialog)

    report = check_database(session, now=dt.datetime(2026, 11, 25, 8, 30))  # type: ignore[arg-type]
    dialog = CheckReportDialog(report, window)
    dialog.show()
    settle(app, dialog)
    save(dialog, folder, "09-kiem-tra.png")
    dismiss(dialog)

    window.set_read_only(True)  # type: ignore[attr-defined]
    window.show_page("people")  # type: ignore[attr-defined]
    settle(app, window)
    save(window, folder, "10-chi-doc.png")


if __name__ == "__main__":
    main()
