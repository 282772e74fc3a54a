"""Import dialog: preview in the background, mapping, decisions, all-or-nothing import.

The first tests use a fake service (the dialog's own behaviour); the last ones,
marked `needs_import_service`, run the real chibo_app.services.members_import.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from chibo_app.core.member_import import (
    Decision,
    ImportPreview,
    ImportResult,
    ImportRow,
    RowStatus,
)
from chibo_app.core.people import Person
from chibo_app.services import people
from chibo_app.ui.dialogs import import_dialog
from chibo_app.ui.dialogs.import_dialog import ImportDialog
from chibo_app.ui.models.import_rows_model import DECISION, DECISION_ROLE, STATUS


def fake_preview(path, mapping=None):
    rows = [
        ImportRow(
            2,
            RowStatus.NEW,
            [],
            Person("Bùi Thị Yến", birth_date="1995-02-03"),
            unit="Văn phòng Sở",
        ),
        ImportRow(
            3,
            RowStatus.MATCHED,
            [],
            Person("Nguyễn Văn An"),
            match_id=1,
            match_name="Nguyễn Văn An",
            changes=["Điện thoại"],
        ),
        ImportRow(
            4,
            RowStatus.CONFLICT,
            ["cùng họ tên và ngày sinh, khác số thẻ"],
            Person("Trần Thị Bình"),
            match_id=2,
            match_name="Trần Thị Bình",
        ),
        ImportRow(
            5,
            RowStatus.INVALID,
            ["Ngày sinh “31/02/1990” không phải là ngày có thật"],
            Person(""),
            raw={"full_name": "Lê Văn Sai", "birth_date": "31/02/1990"},
        ),
    ]
    columns = mapping or {"full_name": 1, "birth_date": 2, "unit": 3}
    return ImportPreview(
        file_name=Path(path).name,
        sheet_name="DS",
        header_row=5,
        encoding="TCVN3",
        columns=columns,
        labels={1: "Họ và tên", 2: "Ngày sinh", 3: "Đơn vị", 4: "Ghi chú"},
        signature="sig",
        rows=rows,
    )


class FakeService:
    def __init__(self):
        self.previews = []
        self.applied = []

    def preview_file(self, session, path, mapping=None):
        self.previews.append(mapping)
        return fake_preview(path, mapping)

    def apply_import(self, session, preview, decisions=None, skip_problem_rows=False):
        self.applied.append((decisions, skip_problem_rows))
        return ImportResult(added=1, updated=1, skipped=2)

    def save_problem_rows(self, preview, path):
        return len(preview.blocking_rows)


@pytest.fixture
def fake(monkeypatch):
    service = FakeService()
    monkeypatch.setattr(import_dialog, "_members_import", lambda: service)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    return service


@pytest.fixture
def dialog(qtbot, people_session):
    widget = ImportDialog(people_session)
    qtbot.addWidget(widget)
    return widget


def load(qtbot, dialog, path, mapping=None):
    dialog.preview = None
    dialog.load(Path(path), mapping)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.working, timeout=10000)


def test_preview_shows_rows_counts_and_encoding(qtbot, dialog, fake, tmp_path):
    assert not dialog.import_button.isEnabled()
    load(qtbot, dialog, tmp_path / "ds.xlsx")
    assert dialog.rows.rowCount() == 4
    assert dialog.rows.index(0, STATUS).data() == "Thêm mới"
    assert dialog.rows.index(3, 2).data() == "Lê Văn Sai"  # raw text for an invalid row
    assert "TCVN3" in dialog.info.text() and "dòng tiêu đề: 5" in dialog.info.text()
    assert "Không hợp lệ: <b>1</b>" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # an invalid row blocks
    assert dialog.save_problems_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_decision_defaults_to_skip_and_can_change(qtbot, dialog, fake, tmp_path):
    load(qtbot, dialog, tmp_path / "ds.xlsx")
    index = dialog.rows.index(2, DECISION)
    assert index.data() == "Bỏ qua"
    assert not dialog.rows.setData(
        dialog.rows.index(0, DECISION), Decision.ADD_NEW, DECISION_ROLE
    )  # only conflicts have a choice
    assert dialog.rows.setData(index, Decision.MERGE, DECISION_ROLE)
    assert index.data() == "Cập nhật người đã có"
    dialog.skip_invalid.setChecked(True)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    assert fake.applied == [({4: Decision.MERGE}, True)]


def test_mapping_change_reruns_preview(qtbot, dialog, fake, tmp_path):
    load(qtbot, dialog, tmp_path / "ds.xlsx")
    box = dialog.mapping.cellWidget(3, 1)  # the "Ghi chú" column, skipped so far
    assert box.currentData() is None
    box.setCurrentIndex(box.findData("notes"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: len(fake.previews) == 2 and not dialog.working, timeout=10000)
    assert fake.previews[-1] == {"full_name": 1, "birth_date": 2, "unit": 3, "notes": 4}


# --- with the real service --------------------------------------------------------------


def _service_ready(tmp_path, session):
    try:
        from chibo_app.services import members_import
        from tests.xlsx_shapes import make_simple_list

        members_import.preview_file(session, make_simple_list(tmp_path / "probe.xlsx"))
    except Exception as error:  # noqa: BLE001 - the service is being written in parallel
        return repr(error)
    return None


@pytest.mark.needs_import_service
def test_real_import_writes_people(qtbot, people_session, tmp_path, monkeypatch):
    problem = _service_ready(tmp_path, people_session)
    if problem:
        pytest.skip(f"members_import not ready: {problem}")
    from tests.xlsx_shapes import NAMES, make_titled_list

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog = ImportDialog(people_session)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, make_titled_list(tmp_path / "ds.xlsx"))
    assert dialog.rows.rowCount() == len(NAMES)
    before = len(people.list_rows(people_session))
    dialog.skip_invalid.setChecked(dialog.skip_invalid.isEnabled())
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    names = {r.full_name for r in people.list_rows(people_session)}
    assert len(names) >= before and {"Đỗ Thị Ánh", "Trần Ngọc Ơn"} <= names


def test_the_kind_is_shown_and_corrected_per_row_and_for_a_selection(
    qtbot, session, tmp_path, monkeypatch
):
    import kind_shapes

    from chibo_app.core.people import Kind
    from chibo_app.ui.models.import_rows_model import KIND, KIND_ROLE, NAME

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, kind_shapes.make_by_notes(tmp_path / "ds.xlsx"))
    shown = {
        dialog.rows.index(r, NAME).data(): dialog.rows.index(r, KIND).data()
        for r in range(dialog.rows.rowCount())
    }
    assert shown["Lê Thị Hoa"] == "Quần chúng"
    assert shown["Hoàng Thị Thu Hương"] == "Đảng viên dự bị"
    assert shown["Nguyễn Văn An"] == "Đảng viên chính thức ?"  # a guess, to be checked
    assert "chưa có ngày vào Đảng" in dialog.rows.index(0, dialog.rows.columnCount() - 1).data()

    def rechecked(action):
        before = dialog.preview
        action()
        qtbot.waitUntil(lambda: dialog.preview is not before and not dialog.working, timeout=10000)

    # One row, through the combo box's role.
    assert not dialog.rows.setData(dialog.rows.index(4, KIND), Kind.NON_PARTY, KIND_ROLE)  # same
    rechecked(lambda: dialog.rows.setData(dialog.rows.index(3, KIND), Kind.NON_PARTY, KIND_ROLE))
    assert dialog.rows.index(3, KIND).data() == "Quần chúng"
    # A selection, at once.
    model = dialog.table.selectionModel()
    for row in (0, 2):
        flags = model.SelectionFlag.Select | model.SelectionFlag.Rows
        model.select(dialog.rows.index(row, 0), flags)
    rechecked(lambda: dialog.set_selected_kind(Kind.PROBATIONARY))
    assert [dialog.rows.index(r, KIND).data() for r in (0, 2)] == ["Đảng viên dự bị"] * 2
    assert dialog.selected_rows() == [0, 2]
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    kinds = {r.full_name: r.kind for r in people.list_rows(session)}
    assert kinds == {
        "Nguyễn Văn An": Kind.PROBATIONARY,
        "Lê Thị Hoa": Kind.NON_PARTY,
        "Trần Thị Bình": Kind.PROBATIONARY,
        "Hoàng Thị Thu Hương": Kind.NON_PARTY,
        "Phan Văn Tài": Kind.NON_PARTY,
    }


def test_a_matched_row_says_what_will_change_field_by_field(qtbot, session, tmp_path):
    """The real preview: a row matched with someone in the register says, in its column
    and under the table when chosen, each field the import will change (old → new)."""
    from openpyxl import Workbook

    from chibo_app.services import cell
    from chibo_app.ui.models.import_rows_model import KIND, REASON

    office = cell.add_unit(session, "Văn phòng")
    people.save_person(
        session, Person(full_name="Lê Thị Ánh", party_card="10000002", unit_id=office)
    )
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Số thẻ đảng viên", "Đơn vị"])
    sheet.append([1, "Lê Thị Ánh", "10000002", "Phòng Kế hoạch"])
    sheet.append([2, "Trần Văn Bình", "10000003", "Văn phòng"])
    path = tmp_path / "ds.xlsx"
    workbook.save(path)
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    load(qtbot, dialog, path)
    reason = dialog.rows.index(0, REASON).data()
    assert reason == (
        "Đảng viên chính thức chưa có ngày vào Đảng; trùng với Lê Thị Ánh;"
        " sẽ cập nhật: Đơn vị: Văn phòng → Phòng Kế hoạch"
    )
    assert dialog.rows.headerData(KIND, Qt.Orientation.Horizontal) == "Loại"
    assert not dialog.changes.isVisible()
    dialog.table.setCurrentIndex(dialog.rows.index(0, 0))
    assert dialog.changes.isVisible()
    assert dialog.changes.text() == (
        "Dòng 2 trùng với Lê Thị Ánh; khi nhập sẽ cập nhật:\n• Đơn vị: Văn phòng → Phòng Kế hoạch"
    )
    dialog.table.setCurrentIndex(dialog.rows.index(1, 0))  # a new person: nothing to compare
    assert not dialog.changes.isVisible()
    dialog.grab().save(str(tmp_path / "import.png"))


def test_the_reasons_are_in_view_beside_the_name_and_kind(qtbot, session, tmp_path):
    """At its size in a 1280×720 screen the dialog shows each row's reasons and notes
    without scrolling sideways (they came last, after 990 px of other columns, in a
    table 630 px wide); the decision takes room for its choices only for a conflict."""
    from openpyxl import Workbook

    from chibo_app.ui.dialogs.import_dialog import REASON_WIDTH
    from chibo_app.ui.models.import_rows_model import NAME, REASON

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Ngày vào Đảng",
                  "Ngày chính thức", "Đơn vị", "Chức vụ đảng", "Chức vụ chính quyền"])  # fmt: skip
    sheet.append([1, "Hoàng Thị Thu Hương", "05/09/1980", "99", None, None, "Phòng Lãnh sự"])
    sheet.append([2, "Lê Văn An", "05/09/1980", "83000001", None, None, "Văn phòng Sở"])
    workbook.save(tmp_path / "ds.xlsx")
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1280 - 16 and dialog.height() <= 720 - 40
    load(qtbot, dialog, tmp_path / "ds.xlsx")
    table = dialog.table
    assert dialog.rows.index(0, REASON).data()  # the card is refused, the admission missing
    left = table.columnViewportPosition(REASON)
    assert left > table.columnViewportPosition(NAME)
    assert table.columnWidth(REASON) >= REASON_WIDTH
    assert left + REASON_WIDTH <= table.viewport().width()
    assert table.columnWidth(DECISION) < 190  # no conflict to decide
    dialog.grab().save(str(tmp_path / "import.png"))
