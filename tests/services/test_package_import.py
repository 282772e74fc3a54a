"""The đảng ủy imports its cells' packages: many at once, previewed, applied in one
transaction; a newer package of a part replaces the older, which stays in the history."""

from __future__ import annotations

import json

import pytest

from chibo_app.core.people import Kind, Person
from chibo_app.services import people
from chibo_app.services.session import open_session
from tests.package_helpers import YEAR, chibo, copy_cells, make_cells, make_committee


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_cells(tmp_path_factory.mktemp("cells"))


@pytest.fixture
def cells(made, tmp_path):
    return copy_cells(made, tmp_path)


@pytest.fixture
def committee(tmp_path):
    return make_committee(tmp_path / "dang-bo.sqlite")


def export(cell_path, target, *extra):
    assert chibo(cell_path, "package", "export", "--year", YEAR, "-o", target, *extra) == 0
    return target


def import_json(committee, capsys, *files, dry_run=False):
    capsys.readouterr()
    args = ["package", "import", *files, "--json"] + (["--dry-run"] if dry_run else [])
    code = chibo(committee, *args)
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def status(committee, capsys):
    capsys.readouterr()
    assert chibo(committee, "dang-bo", "status", "--year", YEAR, "--json") == 0
    return json.loads(capsys.readouterr().out)


def stored(committee):
    session = open_session(committee)
    try:
        return session.db.execute(
            "SELECT part, replaced_by IS NULL, file_name FROM received_packages ORDER BY id"
        ).fetchall()
    finally:
        session.close()


def test_many_packages_at_once_then_status_per_cell(cells, committee, tmp_path, capsys):
    files = [export(c, tmp_path / f"{c.stem}.chibo") for c in cells]
    code, dry, _err = import_json(committee, capsys, *files, dry_run=True)
    assert code == 0 and not dry["applied"]
    assert [p["change"] for item in dry["packages"] for p in item["parts"]] == ["new"] * 12
    assert stored(committee) == []
    code, result, _err = import_json(committee, capsys, *files)
    assert code == 0 and result["applied"] and result["stored_parts"] == 12
    found = status(committee, capsys)
    assert [c["name"] for c in found["cells"]] == [
        "Chi bộ Phòng Lãnh sự",
        "Chi bộ Sở Ngoại vụ",
        "Chi bộ Trung tâm Dịch vụ đối ngoại",
    ]
    for one in found["cells"]:
        assert set(one["parts"]) == {"nominations", "plans", "evaluation", "report"}
        for part in one["parts"].values():
            assert part["received"] and part["version"] == 1 and part["schema_version"] == 2
            assert part["received_at"].startswith("2026-11-25")
    plans = found["cells"][1]["parts"]["plans"]
    assert plans["deadline"] == "2026-03-31" and plans["overdue"] == bool(plans["missing"])


def test_a_changed_cell_re_exports_and_the_change_is_seen(cells, committee, tmp_path, capsys):
    first = export(cells[0], tmp_path / "first.chibo")
    assert import_json(committee, capsys, first)[0] == 0
    session = open_session(cells[0])
    people.save_person(
        session, Person(full_name="Hoàng Thị Mới", kind=Kind.FULL, admitted_on="2019-05-19")
    )
    session.close()
    second = export(cells[0], tmp_path / "second.chibo")
    code, preview, _err = import_json(committee, capsys, second, dry_run=True)
    parts = {p["part"]: p for p in preview["packages"][0]["parts"]}
    assert parts["plans"]["change"] == "changed"
    assert any("1 mới (Hoàng Thị Mới)" in line for line in parts["plans"]["lines"])
    assert any(line.startswith("Đảng viên chính thức: ") for line in parts["report"]["lines"])
    assert import_json(committee, capsys, second)[0] == 0
    rows = stored(committee)
    assert [(p, current) for p, current, _f in rows] == [
        ("nominations", False), ("plans", False), ("evaluation", False), ("report", False),
        ("nominations", True), ("plans", True), ("evaluation", True), ("report", True),
    ]  # fmt: skip
    found = status(committee, capsys)["cells"][0]["parts"]
    assert found["plans"]["version"] == 2
    capsys.readouterr()
    assert chibo(committee, "dang-bo", "status", "--year", YEAR) == 0
    assert "lần gửi thứ 2" in capsys.readouterr().out


def test_an_older_package_goes_to_the_history_only(cells, committee, tmp_path, capsys):
    old = export(cells[0], tmp_path / "old.chibo", "--part", "report")
    new = export(cells[0], tmp_path / "new.chibo", "--part", "report")
    assert import_json(committee, capsys, new)[0] == 0
    code, result, _err = import_json(committee, capsys, old)
    assert code == 0 and result["packages"][0]["parts"][0]["change"] == "older"
    assert [(p, current, f) for p, current, f in stored(committee)] == [
        ("report", True, "new.chibo"),
        ("report", False, "old.chibo"),
    ]


def test_the_same_package_twice_is_stored_once(cells, committee, tmp_path, capsys):
    one = export(cells[1], tmp_path / "one.chibo", "--part", "plans")
    copy = tmp_path / "copy.chibo"
    copy.write_bytes(one.read_bytes())
    code, result, _err = import_json(committee, capsys, one, copy)
    assert [p["change"] for item in result["packages"] for p in item["parts"]] == ["new", "same"]
    assert len(stored(committee)) == 1
    assert chibo(committee, "package", "import", one) == 0
    assert "các gói này đã được nhận trước đây" in capsys.readouterr().out


def test_one_bad_file_in_a_batch_and_nothing_is_written(cells, committee, tmp_path, capsys):
    good = export(cells[0], tmp_path / "good.chibo")
    bad = tmp_path / "bad.chibo"
    bad.write_bytes(good.read_bytes()[:5000])
    code, result, err = import_json(committee, capsys, good, bad)
    assert code == 2 and not result["applied"]
    assert [r["file"] for r in result["refused"]] == [str(bad)]
    assert err.count("Lỗi:") == 1
    assert stored(committee) == []


def test_a_renamed_cell_is_the_same_cell(cells, committee, tmp_path, capsys):
    first = export(cells[2], tmp_path / "a.chibo", "--part", "nominations")
    assert import_json(committee, capsys, first)[0] == 0
    assert chibo(
        cells[2], "init", "--cell", "Chi bộ Trung tâm Đối ngoại", "--superior",
        "Đảng ủy Ủy ban nhân dân tỉnh", "--place", "Hà Tĩnh", "--secretary", "Lê Thị Hoa",
    ) == 0  # fmt: skip
    second = export(cells[2], tmp_path / "b.chibo", "--part", "nominations")
    code, result, _err = import_json(committee, capsys, second)
    assert result["packages"][0]["known_as"] == "Chi bộ Trung tâm Dịch vụ đối ngoại"
    found = status(committee, capsys)["cells"]
    assert [c["name"] for c in found] == ["Chi bộ Trung tâm Đối ngoại"]
