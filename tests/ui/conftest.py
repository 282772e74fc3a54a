"""Fixtures for the interface tests: QSettings in a temp folder, people in the database."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from chibo_app.core.people import Kind, Person, Position, PositionKind, Status
from chibo_app.services import cell, people
from chibo_app.ui import gc_policy


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "needs_import_service: runs the real members_import service (skips until it works)",
    )


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes the test's widgets: an editor left open with changes
    would ask “Lưu thay đổi?” and wait for a click that never comes. Tests of that
    question answer it themselves (test_unsaved_changes.py)."""
    from PySide6.QtWidgets import QApplication, QDialog

    from chibo_app.ui.dialogs.editor_dialog import open_editors
    from chibo_app.ui.main_window import MainWindow

    for editor in open_editors():
        editor.done(QDialog.DialogCode.Rejected)  # closed as pytest-qt would, unasked
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)  # a dialog a test left open would be
            # the next test's active modal window (the lock screen puts its form there)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            for page in widget._pages.values():
                page.discard_changes()
    yield


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, qapp):
    """Window geometry and the like go to a temporary folder, never the user's."""
    QCoreApplication.setOrganizationName("ChiBoTest")
    QCoreApplication.setApplicationName("Chi bộ (kiểm thử)")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    # app.main turns the session freeze on (ui/gc_policy.py): not for the next test, whose
    # windows come and go; what it froze is collected again.
    gc_policy.disable()
    gc.unfreeze()


NAMES = [
    ("Nguyễn Văn An", "Nam", "1980-09-05", Kind.FULL, "12000001", "Văn phòng Sở"),
    ("Trần Thị Bình", "Nữ", "1985", Kind.FULL, "12000002", "Phòng Lãnh sự"),
    ("Lê Văn Ân", "Nam", "1990-01-02", Kind.PROBATIONARY, "12000003", "Văn phòng Sở"),
    ("Phạm Thị Ánh", "Nữ", "1992-03-04", Kind.NON_PARTY, None, "Phòng Lãnh sự"),
    ("Đỗ Minh Đức", "Nam", "1975-06-07", Kind.FULL, "12000005", "Thanh tra Sở"),
    ("Hoàng Thu Anh", "Nữ", "1988-11-12", Kind.FULL, "12000006", "Văn phòng Sở"),
    ("Vũ Quốc Dũng", "Nam", "1979-12-30", Kind.FULL, "12000007", "Thanh tra Sở"),
]


@pytest.fixture
def people_session(session):
    """The test session with seven people in three units; Dũng has left."""
    units = {
        name: cell.add_unit(session, name)
        for name in ("Văn phòng Sở", "Phòng Lãnh sự", "Thanh tra Sở")
    }
    ids = {}
    for name, sex, birth, kind, card, unit in NAMES:
        admitted = "2010-05-19" if kind != Kind.NON_PARTY else None
        full = "2011-05-19" if kind == Kind.FULL else None
        ids[name] = people.save_person(
            session,
            Person(
                full_name=name,
                sex=sex,
                birth_date=birth,
                kind=kind,
                party_card=card,
                admitted_on=admitted,
                full_member_on=full,
                unit_id=units[unit],
            ),
        )
    people.save_position(
        session,
        Position(ids["Nguyễn Văn An"], PositionKind.PARTY, "Bí thư", start_date="2025-06-15"),
    )
    people.leave(
        session, ids["Vũ Quốc Dũng"], Status.TRANSFERRED, "2026-10-01", "Đảng bộ Sở Tư pháp"
    )
    session.ids = ids  # type: ignore[attr-defined]
    return session
