"""The package a chi bộ sends up: a SQLite file any SQL tool opens, holding only what the
đảng ủy needs, checksummed, optionally encrypted; every damaged, altered, foreign or newer
file is refused with one sentence and nothing written."""

from __future__ import annotations

import json
import sqlite3

import pytest

from chibo_app.core import package as core
from chibo_app.services import package_export, package_import
from chibo_app.services.session import open_session
from chibo_app.storage.package_file import (
    PackagePasswordRequired,
    PackageWrongPassword,
    read_package,
)
from tests.package_helpers import YEAR, chibo, copy_cells, make_cells, make_committee


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_cells(tmp_path_factory.mktemp("cells"))


@pytest.fixture
def cells(made, tmp_path):
    return copy_cells(made, tmp_path)


def export(cell_path, target, *extra):
    assert chibo(cell_path, "package", "export", "--year", YEAR, "-o", target, *extra) == 0
    return target


def members(cell_path, capsys):
    capsys.readouterr()
    assert chibo(cell_path, "members", "list", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_any_sql_tool_reads_the_package_and_it_holds_no_private_fields(cells, tmp_path, capsys):
    target = export(cells[0], tmp_path / "a.chibo")
    assert "Đã tạo gói gửi cấp trên năm 2026" in capsys.readouterr().out
    with sqlite3.connect(target) as plain:  # the standard library, not our engine
        meta = dict(plain.execute("SELECT key, value FROM meta"))
        columns = {
            (table, row[1])
            for (table,) in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")
            for row in plain.execute(f"PRAGMA table_info({table})")
        }
        plans = plain.execute("SELECT count(*), count(DISTINCT kind) FROM plans").fetchone()
        figures = json.loads(
            plain.execute("SELECT value FROM report WHERE key = 'figures'").fetchone()[0]
        )
    assert meta["format"] == "chibo-package" and meta["schema_version"] == "2"
    assert meta["cell_name"] == "Chi bộ Sở Ngoại vụ" and meta["year"] == "2026"
    assert meta["parts"] == "nominations,plans,evaluation,report"
    assert len(meta["checksum"]) == 64
    assert not {c for _t, c in columns} & {"birth_date", "party_card", "phone", "email", "sex"}
    assert plans[0] > 0 and plans[1] >= 2  # đảng viên and quần chúng told apart by kind
    # The report's figures are exactly what the cell's own `chibo report --json` says.
    capsys.readouterr()
    assert chibo(cells[0], "report", "--year", YEAR, "--json") == 0
    assert figures == json.loads(capsys.readouterr().out)
    # No birth date, card or phone number of anyone appears anywhere in the file.
    raw = target.read_bytes().decode("utf-8", "replace")
    for person in members(cells[0], capsys):
        assert person["birth_date"] not in raw
        if person["party_card"]:
            assert person["party_card"] not in raw


def test_one_part_holds_only_that_part(cells, tmp_path):
    target = export(cells[1], tmp_path / "n.chibo", "--part", "nominations")
    package = read_package(target)
    assert package.parts == (core.Part.NOMINATIONS,)
    assert package.rows("nominations")
    for table in ("plans", "evaluations", "levels", "report"):
        assert package.rows(table) == []
    assert {d["part"] for d in package.rows("documents")} <= {"nominations"}


def test_register_numbers_and_codes_of_printed_documents_travel(cells, tmp_path, capsys):
    pdf = tmp_path / "ds.pdf"
    assert chibo(cells[0], "nominations", "export", "--year", YEAR, "-o", pdf) == 0
    printed = capsys.readouterr().out
    package = read_package(export(cells[0], tmp_path / "a.chibo"))
    documents = package.rows("documents")
    assert [d["part"] for d in documents] == ["nominations"]
    assert documents[0]["number_text"].startswith("Số 01-DS/CB")
    assert documents[0]["code"][:5] in printed


def test_the_checksum_covers_every_value(cells, tmp_path):
    target = export(cells[0], tmp_path / "a.chibo")
    package = read_package(target)
    assert core.checksum(package.meta, package.tables) == package.checksum
    tables = dict(package.tables)
    first = list(tables["plans"][0])
    first[1] = first[1] + " "
    tables["plans"] = [tuple(first), *tables["plans"][1:]]
    assert core.checksum(package.meta, tables) != package.checksum


def refused(committee, package_file, capsys, *extra):
    """Import `package_file`: refused (status 2), one sentence, nothing written."""
    before = committee.read_bytes()
    capsys.readouterr()
    assert chibo(committee, "package", "import", package_file, *extra) == 2
    err = capsys.readouterr().err.strip().splitlines()
    session = open_session(committee)
    try:
        count = session.db.execute("SELECT count(*) FROM received_packages").fetchone()[0]
    finally:
        session.close()
    assert count == 0
    assert committee.read_bytes() == before or count == 0
    return err[0]


@pytest.fixture
def committee(tmp_path):
    return make_committee(tmp_path / "dang-bo.sqlite")


def test_a_tampered_package_is_refused(cells, committee, tmp_path, capsys):
    target = export(cells[0], tmp_path / "a.chibo")
    with sqlite3.connect(target) as plain:
        plain.execute("UPDATE plans SET status = 'confirmed'")
    message = refused(committee, target, capsys)
    assert message == (
        "Lỗi: Gói “a.chibo” đã bị sửa hoặc hỏng sau khi tạo (mã kiểm tra không khớp nội "
        "dung); hãy xin chi bộ gửi lại."
    )


def test_a_package_with_a_trigger_added_is_refused(cells, committee, tmp_path, capsys):
    target = export(cells[0], tmp_path / "a.chibo")
    with sqlite3.connect(target) as plain:
        plain.execute("CREATE VIEW people AS SELECT * FROM plans")
    assert "không phải gói dữ liệu" in refused(committee, target, capsys)


def test_a_truncated_package_is_refused(cells, committee, tmp_path, capsys):
    target = export(cells[0], tmp_path / "a.chibo")
    data = target.read_bytes()
    for size in (len(data) // 2, len(data) - 4096, 100):
        cut = tmp_path / f"cut-{size}.chibo"
        cut.write_bytes(data[:size])
        message = refused(committee, cut, capsys)
        assert message.startswith("Lỗi: ") and f"“cut-{size}.chibo”" in message
        assert "hỏng" in message or "không phải gói" in message


def test_foreign_files_are_refused(cells, committee, tmp_path, capsys):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as plain:
        plain.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    text = tmp_path / "notes.chibo"
    text.write_text("Danh sách đăng ký điển hình", encoding="utf-8")
    empty = tmp_path / "empty.chibo"
    empty.write_bytes(b"")
    assert refused(committee, other, capsys) == (
        "Lỗi: Tệp “other.sqlite” không phải gói dữ liệu gửi cấp trên của Chi bộ."
    )
    assert "không phải gói" in refused(committee, text, capsys)
    assert "rỗng" in refused(committee, empty, capsys)
    assert "là tệp dữ liệu của một chi bộ" in refused(committee, cells[0], capsys)


def test_a_package_of_a_newer_format_is_refused(cells, committee, tmp_path, capsys):
    target = export(cells[0], tmp_path / "a.chibo")
    package = read_package(target)
    newer = core.SCHEMA_VERSION + 1
    meta = {**package.meta, "schema_version": str(newer), "app_version": "9.0.0"}
    meta["checksum"] = core.checksum(meta, package.tables)
    with sqlite3.connect(target) as plain:
        plain.execute(f"PRAGMA user_version = {newer}")
        plain.executemany(
            "UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in meta.items()]
        )
    assert refused(committee, target, capsys) == (
        f"Lỗi: Gói “a.chibo” được tạo bởi Chi bộ phiên bản 9.0.0 (định dạng gói {newer}), mới "
        f"hơn phiên bản này (đọc được đến định dạng {core.SCHEMA_VERSION}): hãy cập nhật ứng "
        "dụng rồi nhập lại."
    )


def test_values_of_the_wrong_kind_are_refused_even_with_a_good_checksum(cells, tmp_path):
    target = export(cells[0], tmp_path / "a.chibo")
    package = read_package(target)
    tables = dict(package.tables)
    row = list(tables["plans"][0])
    row[2] = "member"  # no such kind
    tables["plans"] = [tuple(row), *tables["plans"][1:]]
    meta = dict(package.meta)
    meta["checksum"] = core.checksum(meta, tables)
    with sqlite3.connect(target) as plain:
        plain.execute("UPDATE plans SET kind = 'member' WHERE person_id = ?", [row[0]])
        plain.execute("UPDATE meta SET value = ? WHERE key = 'checksum'", [meta["checksum"]])
    with pytest.raises(core.PackageError, match="loại người không hợp lệ"):
        read_package(target)


def test_a_password_protected_package_opens_only_with_its_password(
    cells, committee, tmp_path, capsys, fast_kdf
):
    secret = tmp_path / "secret.txt"
    secret.write_text("Mật khẩu đảng ủy 2026\n", encoding="utf-8")
    target = export(cells[0], tmp_path / "a.chibo", "--password-file", secret)
    assert "(có mật khẩu)" in capsys.readouterr().out
    raw = target.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "Sở Ngoại vụ".encode() not in raw and b"chibo-package" not in raw
    with pytest.raises(PackagePasswordRequired):
        read_package(target)
    with pytest.raises(PackageWrongPassword, match="Sai mật khẩu của gói “a.chibo”"):
        read_package(target, "mat khau sai")
    assert read_package(target, "Mật khẩu đảng ủy 2026").cell_name == "Chi bộ Sở Ngoại vụ"
    assert "có mật khẩu" in refused(committee, target, capsys)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("sai\n", encoding="utf-8")
    assert "Sai mật khẩu" in refused(committee, target, capsys, "--password-file", wrong)
    for size in (len(raw) - 4096, len(raw) // 2 + 7):  # cut short, encrypted
        cut = tmp_path / f"cut-{size}.chibo"
        cut.write_bytes(raw[:size])
        message = refused(committee, cut, capsys, "--password-file", secret)
        assert "hỏng" in message or "không phải gói" in message
    capsys.readouterr()
    assert chibo(committee, "package", "import", target, "--password-file", secret) == 0
    assert "Đã nhận 4 phần của 1 chi bộ" in capsys.readouterr().out


def test_the_levels_are_kept_apart(cells, committee, tmp_path, capsys):
    target = export(cells[0], tmp_path / "a.chibo")
    capsys.readouterr()
    assert chibo(cells[1], "package", "import", target) == 2
    assert "chỉ nhập vào tệp dữ liệu của đảng bộ" in capsys.readouterr().err
    assert chibo(committee, "package", "export", "-o", tmp_path / "x.chibo") == 2
    assert "gói gửi cấp trên được tạo từ tệp dữ liệu của từng chi bộ" in capsys.readouterr().err
    assert not (tmp_path / "x.chibo").exists()


def test_each_package_of_a_cell_has_the_next_number(cells, tmp_path):
    first = read_package(export(cells[0], tmp_path / "a.chibo", "--part", "plans"))
    second = read_package(export(cells[0], tmp_path / "b.chibo", "--part", "report"))
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.cell_uid == second.cell_uid
    assert read_package(export(cells[1], tmp_path / "c.chibo")).cell_uid != first.cell_uid


def test_describe_names_each_part(cells, tmp_path):
    package = read_package(export(cells[2], tmp_path / "c.chibo"))
    lines = [str(line) for line in package_export.describe(package)]
    assert [line.split(":")[0] for line in lines] == [
        "Danh sách đăng ký điển hình",
        "Kế hoạch cá nhân",
        "Kết quả đánh giá, xếp loại",
        "Báo cáo kết quả năm",
    ]
    assert lines[1] == "Kế hoạch cá nhân: 5/8 kế hoạch đã xác nhận"
    assert package_import.CHANGE_LABELS  # the import side names its changes too


def test_the_command_line_speaks_english_too(cells, committee, tmp_path, capsys, monkeypatch):
    target = export(cells[0], tmp_path / "a.chibo")
    with sqlite3.connect(target) as plain:
        plain.execute("UPDATE plans SET status = 'confirmed'")
    monkeypatch.setenv("CHIBO_LANGUAGE", "en")
    capsys.readouterr()
    assert chibo(committee, "package", "import", target) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        "Error: Package “a.chibo” was changed or damaged after it was made (its checksum does "
        "not match its content); ask the cell to send it again."
    )
