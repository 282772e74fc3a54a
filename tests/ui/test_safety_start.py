"""A damaged file at start: explained, kept unchanged, the newest good backup offered."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from chibo_app.services import backups
from chibo_app.services.session import open_session
from chibo_app.ui import app
from tests.storage.sqlite_damage import (
    break_index_page,
    crash_copy,
    digest,
    populated,
    truncate_to_half,
)
from tests.ui.safety_helpers import click_in_next_box, fake_event_loop

OLD = dt.datetime(2026, 11, 20, 9, 30)


@pytest.fixture
def damaged(session):
    """An initialised file with a good backup from 20/11, then damaged in an index."""
    session.close()
    populated(session.path, people=3000)
    reopened = open_session(session.path)
    backups.make_backup(reopened, now=OLD)
    reopened.db.execute("INSERT INTO people (full_name) VALUES ('Sau bản sao lưu')")
    reopened.close()
    break_index_page(session.path)
    assert backups.diagnose_file(session.path).damaged
    return session.path


def test_damaged_file_offers_and_opens_the_newest_backup(qtbot, damaged, monkeypatch):
    before = digest(damaged)
    seen: list[str] = []
    titles = []
    fake_event_loop(monkeypatch, lambda w: titles.append((w.windowTitle(), w.statusBar())))
    click_in_next_box("restoreNewest", seen)
    assert app.main(["chibo-app", "--db", str(damaged)]) == 0
    assert "bị hỏng bên trong" in seen[0] and "20/11/2026 09:30" in seen[0]
    assert "Mở bản sao lưu mới nhất (20/11/2026 09:30)" in seen[1] and "Thoát" in seen[1]
    assert titles[0][0] == "Chi bộ — Chi bộ Sở Ngoại vụ"
    aside = [p for p in damaged.parent.glob("chibo.sqlite.hong-*") if p.name[-4:] != "-shm"]
    assert [p.name[-4:] for p in aside if p.name.endswith("-wal")] in ([], ["-wal"])
    kept = [p for p in aside if not p.name.endswith("-wal")]
    assert len(kept) == 1 and digest(kept[0]) == before  # kept beside, bytes unchanged
    restored = open_session(damaged)
    names = {r[0] for r in restored.db.execute("SELECT full_name FROM people")}
    assert "Sau bản sao lưu" not in names and len(names) == 3000
    assert restored.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restored.close()


def test_quit_leaves_the_damaged_file_exactly_as_it_was(qtbot, damaged, monkeypatch):
    before = digest(damaged)
    shown = fake_event_loop(monkeypatch)
    seen: list[str] = []
    click_in_next_box("quit", seen)
    assert app.main(["chibo-app", "--db", str(damaged)]) == 2
    assert shown == [] and seen
    assert digest(damaged) == before
    assert not list(damaged.parent.glob("*.hong-*"))


def test_damaged_without_backup_says_so_and_keeps_the_file(qtbot, session, monkeypatch):
    session.close()
    truncate_to_half(session.path)
    before = digest(session.path)
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: messages.append(a[2]))
    assert app.main(["chibo-app", "--db", str(session.path)]) == 2
    assert "bị cắt cụt" in messages[0] and "Không tìm thấy bản sao lưu nào còn tốt" in messages[0]
    assert digest(session.path) == before


def test_a_good_file_starts_with_a_backup_and_closes_with_one(qtbot, session, monkeypatch):
    session.close()
    fake_event_loop(monkeypatch)
    assert app.main(["chibo-app", "--db", str(session.path)]) == 0
    reasons = sorted(b.reason for b in backups.list_backups(session.path))
    # The fake event loop closes the window before the queued start-up backup runs.
    assert reasons == ["dong"]


def test_a_crash_left_wal_gets_the_full_check_and_opens_with_its_rows(
    qtbot, session, tmp_path, monkeypatch
):
    """Committed rows still only in the -wal (a crash): checked in full, nothing lost."""
    session.close()
    target = tmp_path / "sau-su-co" / "chibo.sqlite"
    target.parent.mkdir()
    crash_copy(session.path, target, people=50)
    diagnosis = backups.diagnose_file(target)
    assert diagnosis.ok and diagnosis.leftover_wal and diagnosis.full_check
    counts = []
    fake_event_loop(monkeypatch, lambda w: counts.append(w.count_label.text()))
    assert app.main(["chibo-app", "--db", str(target)]) == 0
    assert counts == ["50 người"]
