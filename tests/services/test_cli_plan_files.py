"""`chibo plans export-docx | import | show` end to end on a real database and real files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from plan_docx_shapes import COMMITMENTS, NAME, REMEDIES, TASKS, write_for  # noqa: E402
from services.test_cli_plans import run  # noqa: E402

from chibo_app.core.people import Person  # noqa: E402
from chibo_app.services import people, plans  # noqa: E402


@pytest.fixture
def crew(session):
    session.ids = {
        name: people.save_person(session, Person(full_name=name))
        for name in [NAME, "Trần Văn Bình", "Lê Văn Cường"]
    }
    return session


def test_export_one_file_per_person_named_after_them(crew, capsys, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, out = run(crew, capsys, "plans", "export-docx", "--year", "2026", "-o", str(tmp_path))
    assert code == 0 and "Đã tạo 3 mẫu kế hoạch năm 2026" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Kế hoạch 2026 - Lê Văn Cường.docx",
        f"Kế hoạch 2026 - {NAME}.docx",
        "Kế hoạch 2026 - Trần Văn Bình.docx",
    ]
    code, _out = run(
        crew, capsys, "plans", "export-docx", "--year", "2026", "--person",
        str(crew.ids[NAME]), "-o", str(tmp_path / "mot.zip"),
    )  # fmt: skip
    assert code == 0 and (tmp_path / "mot.zip").is_file()


def test_import_dry_run_json_then_for_real_then_show(crew, capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_for(NAME, folder / "nhung.docx", "own_lines")
    write_for("Trần Văn Bình", folder / "binh.docx", "header_table")
    (folder / "hong.docx").write_text("không phải Word")
    args = ["plans", "import", str(folder), "--year", "2026"]
    code, out = run(crew, capsys, *args, "--dry-run", "--json")
    assert code == 1  # one file is skipped
    items = {item["file"]: item for item in json.loads(out)}
    assert items["hong.docx"]["result"] == "skipped"
    assert items["hong.docx"]["problems"] == [
        "Tệp “hong.docx” không phải là văn bản Word (.docx) hoặc đã bị hỏng."
    ]
    nhung = items["nhung.docx"]
    assert nhung["person"] == {"id": crew.ids[NAME], "full_name": NAME}
    assert nhung["result"] == "would import" and nhung["date"] == "2026-03-12"
    assert nhung["sections"]["remedies"] == REMEDIES
    assert nhung["sections"]["tasks"][0] == {
        "text": TASKS[0][0], "target": TASKS[0][1], "due": "2026-Q2"
    }  # fmt: skip
    assert plans.get_plan(crew, crew.ids[NAME], 2026) is None  # a dry run writes nothing

    code, out = run(crew, capsys, *args, "--on", "20/03/2026")
    assert code == 1
    assert "hong.docx: bỏ qua — Tệp “hong.docx” không phải là văn bản Word" in out
    assert "Đã nhập 2/3 kế hoạch năm 2026." in out

    code, out = run(crew, capsys, "plans", "show", "--year", "2026", "--json")
    shown = {item["full_name"]: item for item in json.loads(out)}
    assert set(shown) == {NAME, "Trần Văn Bình"}
    for item in shown.values():
        assert item["status"] == "submitted" and item["submitted_on"] == "2026-03-20"
        assert item["remedies"] == REMEDIES
        assert [(t["text"], t["target"], t["due"]) for t in item["tasks"]] == [
            (t, g, s) for t, g, _d, s in TASKS
        ]
        assert item["commitments"] == COMMITMENTS


def test_choose_names_the_person_of_a_file_nobody_could_tell(crew, capsys, tmp_path):
    path = write_for(None, tmp_path / "ke hoach.docx")
    code, out = run(crew, capsys, "plans", "import", str(path), "--year", "2026")
    assert code == 1 and "hãy chọn người" in out
    choice = f"{path}={crew.ids['Lê Văn Cường']}"
    code, out = run(
        crew, capsys, "plans", "import", str(path), "--year", "2026", "--choose", choice
    )
    assert code == 0 and "→ Lê Văn Cường" in out


def test_through_the_chibo_command_import_writes_and_show_reads(crew, capsys, tmp_path):
    from chibo_app import cli

    path = write_for(NAME, tmp_path / "nhung.docx", "inline_sentences")
    db = str(crew.path)
    crew.close()
    assert cli.main(["--db", db, "plans", "import", str(path), "--year", "2026"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db, "plans", "show", "--year", "2026", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["full_name"] == NAME and len(item["tasks"]) == 3
