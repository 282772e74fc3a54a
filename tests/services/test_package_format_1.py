"""Packages of format 1, made before the units' shortfalls travelled as messages, are
still read: as they were written (their own schema and checksum), their shortfalls shown
as the Vietnamese sentences they hold. Format 2 carries each shortfall by id and values
too, so the đảng ủy reads it in its own language, plural forms included."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from chibo_app.cli.language import say
from chibo_app.core import package as core
from chibo_app.core.messages import Message
from chibo_app.core.package import PackageError, Part
from chibo_app.core.package_diff import table_changes
from chibo_app.services import dang_bo, demo
from chibo_app.services.session import open_session
from chibo_app.storage.package_file import read_package
from tests.package_helpers import YEAR, chibo, make_committee

FORMAT_1 = Path(__file__).parents[1] / "data" / "package-format-1-nominations.chibo"
SHORT = [
    "Văn phòng Sở: thiếu 1 cá nhân",
    "Phòng Hợp tác quốc tế: thiếu 1 tập thể, 2 cá nhân",
    "Phòng Quản lý biên giới: thiếu 1 tập thể, 2 cá nhân",
    "Trung tâm Dịch vụ đối ngoại: thiếu 1 cá nhân",
]


@pytest.fixture
def old(tmp_path):
    target = tmp_path / FORMAT_1.name
    shutil.copyfile(FORMAT_1, target)
    return target


def test_the_file_is_of_format_1(old):
    with sqlite3.connect(old) as plain:
        assert plain.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = [row[1] for row in plain.execute("PRAGMA table_info(nomination_quotas)")]
    assert columns == ["position", "unit", "short_by", "text"]
    assert core.SCHEMA_VERSION == 2


def test_a_format_1_package_is_read_as_written(old):
    package = read_package(old)
    assert package.meta["schema_version"] == "1" and package.parts == (Part.NOMINATIONS,)
    assert [len(row) for row in package.tables["nomination_quotas"]] == [4] * 4
    rows = package.rows("nomination_quotas")
    assert [r["text"] for r in rows] == SHORT and {r["message"] for r in rows} == {None}
    assert len(package.rows("nominations")) == 14


def test_its_checksum_is_still_checked(old):
    with sqlite3.connect(old) as plain:
        plain.execute("UPDATE nomination_quotas SET short_by = 9 WHERE position = 0")
    with pytest.raises(PackageError, match="mã kiểm tra không khớp nội dung"):
        read_package(old)


def test_the_dang_uy_shows_its_shortfalls_as_written(old, tmp_path, capsys, monkeypatch):
    committee = make_committee(tmp_path / "dang-bo.sqlite")
    assert chibo(committee, "package", "import", old) == 0
    session = open_session(committee)
    try:
        (found,) = dang_bo.status(session, YEAR)
    finally:
        session.close()
    missing = found.part(Part.NOMINATIONS).missing
    assert list(missing) == SHORT  # sentences, not messages: shown as they were written
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    assert [say(line) for line in missing] == SHORT


def test_against_a_format_1_package_no_unit_counts_as_changed(old):
    """A format-2 package with the same shortfalls as the format-1 one received before:
    the message column it adds is no change of the units' rows."""
    package = read_package(old)
    before = package.part_content(Part.NOMINATIONS)
    after = {
        **before,
        "nomination_quotas": [[*row, '{"id": "…"}'] for row in before["nomination_quotas"]],
    }
    assert [c.table for c in table_changes(Part.NOMINATIONS, before, after)] == []
    after["nomination_quotas"][0][2] = 2  # one more lacking: that is a change
    (change,) = table_changes(Part.NOMINATIONS, before, after)
    assert change.changed == ("Văn phòng Sở",)


def test_a_package_of_today_carries_messages(tmp_path, monkeypatch):
    """Today's package (format 2) carries each shortfall as a sentence and as a message
    by id and values: the đảng ủy reads it in its own language, with plural forms."""
    cell_file = tmp_path / "cell.sqlite"
    session = open_session(cell_file)
    demo.fill_demo(session, people_count=9, seed=2)
    session.close()
    target = tmp_path / "today.chibo"
    assert chibo(cell_file, "package", "export", "--year", YEAR, "-o", target) == 0
    with sqlite3.connect(target) as plain:
        assert plain.execute("PRAGMA user_version").fetchone()[0] == 2
        rows = plain.execute("SELECT text, message FROM nomination_quotas").fetchall()
    assert rows and all(": thiếu " in text and '"id": "{unit}: {short}"' in m for text, m in rows)
    committee = make_committee(tmp_path / "dang-bo.sqlite")
    assert chibo(committee, "package", "import", target) == 0
    session = open_session(committee)
    try:
        (found,) = dang_bo.status(session, YEAR)
    finally:
        session.close()
    missing = found.part(Part.NOMINATIONS).missing
    assert all(isinstance(line, Message) for line in missing)
    assert [str(line) for line in missing] == [text for text, _m in rows]
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    english = [say(line) for line in missing]
    assert all(": short of " in line for line in english), english
    assert any(re.search(r"short of 1 individual$", line) for line in english), english
    assert any(re.search(r"\b[2-9] individuals\b", line) for line in english), english
