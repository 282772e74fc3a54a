import argparse
import json

import pytest
from openpyxl import load_workbook

from chibo_app.cli import nominations as cli_nominations
from chibo_app.core.nominations import Kind, Nomination, Status
from chibo_app.core.people import Person
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import (
    cell,
    documents,
    nomination_lists,
    nominations,
    people,
    plans,
    verification,
)
from chibo_app.storage import records


@pytest.fixture
def cell_data(session):
    units = {name: cell.add_unit(session, name) for name in ("Văn phòng Sở", "Phòng Lãnh sự")}
    ids = {}
    for name, unit in (("Nguyễn Thị Hoa", "Văn phòng Sở"), ("Trần Văn Bình", "Phòng Lãnh sự")):
        ids[name] = people.save_person(session, Person(full_name=name, unit_id=units[unit]))
    return session, units, ids


def _individual(session, person_id, title="Số hóa 100% hồ sơ lãnh sự"):
    return nominations.save(
        session, Nomination(2026, Kind.INDIVIDUAL, title, person_id=person_id, field="Khác")
    )


def test_save_move_history_and_person_protected(cell_data):
    session, units, ids = cell_data
    item = _individual(session, ids["Nguyễn Thị Hoa"])
    assert item.unit_id == units["Văn phòng Sở"]  # the person's unit by default
    assert item.registered_on == "2026-11-25"
    nominations.move(session, item.id, Status.COMMENDED, on="19/05/2026", occasion="19/5")
    moved = nominations.move(session, item.id, Status.PROPOSED)
    assert moved.status == Status.PROPOSED and moved.commended_on == "2026-05-19"
    history = records.history_of(session.db, "nominations", item.id)
    assert [h["action"] for h in history] == ["insert", "update", "update"]
    assert history[1]["new"]["status"] == "commended"
    with pytest.raises(ChiboError):
        nominations.move(session, item.id, Status.CULTIVATING)
    with pytest.raises(ChiboError, match="đăng ký điển hình"):
        people.delete_person(session, ids["Nguyễn Thị Hoa"])


def test_bulk_move_is_all_or_nothing(cell_data):
    session, units, ids = cell_data
    a = _individual(session, ids["Nguyễn Thị Hoa"])
    b = nominations.save(
        session,
        Nomination(2026, Kind.COLLECTIVE, "Tập thể", unit_id=units["Phòng Lãnh sự"], field="Khác"),
    )
    nominations.move(session, b.id, Status.NOT_SELECTED, reason="Chưa đủ thành tích")
    with pytest.raises(ChiboError):
        nominations.bulk_move(session, [a.id, b.id], Status.CULTIVATING)
    assert nominations.get(session, a.id).status == Status.REGISTERED
    with pytest.raises(ValidationError):
        nominations.save(session, Nomination(2026, Kind.MODEL, "", field="Khác"))


def test_quota_rules_edited_change_report_and_carry_on(cell_data):
    session, units, ids = cell_data
    _individual(session, ids["Nguyễn Thị Hoa"])
    report = {q.unit: q.short_by for q in nomination_lists.quota_report(session, 2026)}
    assert report == {"Văn phòng Sở": 2, "Phòng Lãnh sự": 3, "Toàn chi bộ": 0}
    nominations.set_quota_rules(session, 2026, {"unit_collectives": 0, "unit_individuals": 1})
    report = {q.unit: q.short_by for q in nomination_lists.quota_report(session, 2026)}
    assert report == {"Văn phòng Sở": 0, "Phòng Lãnh sự": 1, "Toàn chi bộ": 0}
    from chibo_app.services import years

    years.create_year(session, 2027)
    assert nominations.quota_rules(session, 2027).unit_individuals == 1
    assert "ngày" in str(nomination_lists.countdown(session, 2026).text)
    assert nomination_lists.countdown(session, 2026).days_left < 0


def test_hints_from_plan_and_seeded_evaluations(cell_data):
    session, _units, ids = cell_data
    hoa = ids["Nguyễn Thị Hoa"]
    _individual(session, hoa)
    rows = nomination_lists.rows(session, 2026)
    warnings = tuple(map(str, rows[0].warnings))
    assert warnings == ("Chưa có kế hoạch cá nhân được chi bộ xác nhận năm 2026.",)
    plan = plans.start_plan(session, hoa, 2026)
    plans.submit(session, plan.id)
    plans.confirm(session, plan.id)
    session.db.execute(
        # The year-end evaluation's table (migration 5) when it exists; its seam otherwise.
        "CREATE TABLE IF NOT EXISTS evaluations"
        " (person_id INTEGER, year INTEGER, classification TEXT)"
    )
    session.db.execute(
        "INSERT INTO evaluations (person_id, year, classification)"
        " VALUES (?, 2025, 'completed'), (?, 2024, 'excellent')",
        [hoa, hoa],
    )
    row = nomination_lists.rows(session, 2026)[0]
    assert tuple(map(str, row.warnings)) == (
        "Năm 2025 được xếp loại “Hoàn thành nhiệm vụ” (dưới mức hoàn thành tốt).",
    )
    assert tuple(map(str, row.hints)) == (
        "Hoàn thành nhiệm vụ 2025",
        "Hoàn thành xuất sắc nhiệm vụ 2024",
    )


def _cli(session, *argv):
    parser = argparse.ArgumentParser()
    cli_nominations.add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    assert args.command in cli_nominations.COMMANDS
    return cli_nominations.run(session, args)


def test_cli_list_quota_export(cell_data, tmp_path, capsys):
    session, units, ids = cell_data
    item = _individual(session, ids["Trần Văn Bình"], title="+ cải cách")
    nominations.save(session, item.with_changes(notes="=HYPERLINK(1)"))
    nominations.save(
        session,
        Nomination(
            2026, Kind.MODEL, "Mô hình “Một cửa”", unit_id=units["Văn phòng Sở"], field="Khác"
        ),
    )
    capsys.readouterr()
    assert _cli(session, "nominations", "list", "--year", "2026", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert {tuple(sorted(r)) for r in listed} == {
        ("field", "id", "kind", "name", "status", "title", "unit")
    }
    assert [r["kind"] for r in listed] == ["individual", "model"]
    assert _cli(session, "nominations", "quota", "--year", "2026", "--json") == 0
    quota = json.loads(capsys.readouterr().out)
    assert quota[0] == {
        "unit": "Văn phòng Sở",
        "collectives": 0,
        "individuals": 0,
        "models": 1,
        "required": {"collectives": 1, "individuals": 2, "models": 0},
        "short_by": 3,
    }
    target = tmp_path / "ds.xlsx"
    assert _cli(session, "nominations", "export", "--year", "2026", "-o", str(target)) == 0
    assert "01-DS" in capsys.readouterr().out
    sheet = load_workbook(target).active
    values = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    risky = [c for c in values if str(c.value).startswith(("=", "+"))]
    assert {c.value for c in risky} == {"=HYPERLINK(1)", "+ cải cách"}
    assert all(c.data_type == "s" for c in risky)


def test_export_is_recorded_and_verified(cell_data, tmp_path):
    # Imported here: importing it registers verify sources, which other tests must not see.
    from chibo_app.services.nomination_printing import export_list

    session, _units, ids = cell_data
    item = _individual(session, ids["Nguyễn Thị Hoa"])
    result = export_list(session, 2026, tmp_path / "ds.pdf", number=7)
    assert verification.verify(session, result.code).status == documents.VerifyStatus.UNCHANGED
    nominations.save(session, item.with_changes(title="Thành tích khác"))
    assert verification.verify(session, result.code).status == documents.VerifyStatus.CHANGED
    with pytest.raises(ChiboError, match="07-DS/CB"):
        export_list(session, 2026, tmp_path / "again.xlsx", number=7)
    with pytest.raises(ChiboError):
        export_list(session, 2025, tmp_path / "none.xlsx")


def test_cli_export_says_what_became_of_the_number(cell_data, tmp_path, capsys):
    """As every printing command: the code as printed (XXXXX-XXXXX), a reprint keeps
    number and code, a changed list says it took the next number, --replace reissues."""
    import chibo_app.services.nomination_printing  # noqa: F401 - registers the DS source

    session, _units, ids = cell_data
    item = _individual(session, ids["Nguyễn Thị Hoa"])
    capsys.readouterr()

    def export(name, *extra):
        argv = ("nominations", "export", "--year", "2026", "-o", str(tmp_path / name), *extra)
        assert _cli(session, *argv) == 0
        return capsys.readouterr().out

    code = export("a.pdf").rsplit("mã xác thực ", 1)[1].strip(" )\n")
    assert len(code) == 11 and code[5] == "-"
    again = export("a.xlsx")
    assert code in again and "Bản in lại của văn bản số 01-DS" in again
    nominations.save(session, item.with_changes(title="Thành tích khác"))
    changed = export("b.pdf")
    assert "số 02-DS" in changed and "đã in số 01-DS" in changed and "--replace" in changed
    nominations.save(session, item.with_changes(title="Thành tích thứ ba"))
    assert "Ban hành lại văn bản số 02-DS" in export("c.pdf", "--replace")


def test_the_export_says_how_many_were_left_out_and_why(cell_data, tmp_path, capsys):
    """The page lists every nomination; the list for the superior committee leaves out
    those "Không được chọn" — and says so, in the window's message and the command line."""
    from pypdf import PdfReader

    from chibo_app.services.nomination_printing import export_list

    session, units, ids = cell_data
    _individual(session, ids["Nguyễn Thị Hoa"])
    left = nominations.save(
        session,
        Nomination(2026, Kind.COLLECTIVE, "Tập thể", unit_id=units["Phòng Lãnh sự"], field="Khác"),
    )
    every = export_list(session, 2026, tmp_path / "all.pdf")
    assert (every.rows, every.left_out, every.left_out_note()) == (2, 0, None)
    nominations.move(session, left.id, Status.NOT_SELECTED, reason="Chưa đủ thành tích")
    assert len(nomination_lists.rows(session, 2026)) == 2
    result = export_list(session, 2026, tmp_path / "ds.pdf")
    assert (result.rows, result.left_out) == (1, 1)
    assert str(result.left_out_note()) == (
        "Không đưa vào danh sách 1 đăng ký “Không được chọn”: danh sách gửi cấp trên chỉ gồm"
        " các đăng ký còn được xét."
    )
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "ds.pdf").pages)
    assert "Nguyễn Thị Hoa" in text and "Phòng Lãnh sự" not in text
    capsys.readouterr()
    target = tmp_path / "ds.xlsx"
    assert _cli(session, "nominations", "export", "--year", "2026", "-o", str(target)) == 0
    assert "Không đưa vào danh sách 1 đăng ký “Không được chọn”" in capsys.readouterr().out
