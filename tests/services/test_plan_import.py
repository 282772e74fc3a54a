"""Importing plans typed in Word: matching, preview, one transaction, never overwriting."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from docx import Document

sys.path.insert(0, str(Path(__file__).parents[1]))
from plan_docx_shapes import COMMITMENTS, NAME, REMEDIES, TASKS, expected_tasks, write_for  # noqa: E402

from chibo_app.core.people import Person  # noqa: E402
from chibo_app.core.plan_checks import CheckKind  # noqa: E402
from chibo_app.core.plans import PlanStatus, PlanTask, Step  # noqa: E402
from chibo_app.errors import ChiboError  # noqa: E402
from chibo_app.services import people, plan_import, plans  # noqa: E402
from chibo_app.services.plan_import import Action  # noqa: E402
from chibo_app.services.plan_word_export import export_forms  # noqa: E402

OTHERS = ["Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung"]


@pytest.fixture
def crew(session):
    session.ids = {
        name: people.save_person(session, Person(full_name=name)) for name in [NAME, *OTHERS]
    }
    return session


def content(plan):
    return (
        list(plan.remedies),
        [(t.text, t.target, t.due) for t in plan.tasks],
        list(plan.commitments),
    )


EXPECTED = (REMEDIES, expected_tasks(), COMMITMENTS)


def test_a_folder_imports_every_readable_file_and_says_why_one_is_not(crew, tmp_path):
    folder = tmp_path / "ke hoach"
    folder.mkdir()
    write_for(NAME, folder / "nhung.docx", "plain_paragraphs")
    write_for("Trần Văn Bình", folder / "binh.docx", "word_numbering")
    write_for("Phạm Thị Dung", folder / "dung.docx", "tabs_and_leaders")
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 this is not a Word file")
    (folder / "~$nhung.docx").write_bytes(b"owner file of an open document")
    (folder / "ghi chu.txt").write_text("không phải kế hoạch")
    previews = plan_import.preview_files(crew, [folder], 2026)
    assert [p.name for p in previews] == ["binh.docx", "dung.docx", "hong.docx", "nhung.docx"]
    broken = previews[2]
    error = str(broken.error)
    assert error == "Tệp “hong.docx” không phải là văn bản Word (.docx) hoặc đã bị hỏng."
    assert not broken.ready
    ready = [p for p in previews if p.ready]
    assert [p.person.full_name for p in ready] == ["Trần Văn Bình", "Phạm Thị Dung", NAME]
    assert all(p.action == Action.CREATE for p in ready)
    assert all(p.dated == dt.date(2026, 3, 12) for p in ready)
    result = plan_import.import_plans(crew, previews, 2026)
    assert len(result.imported) == 3 and [p.name for p in result.skipped] == ["hong.docx"]
    for name in ("Trần Văn Bình", "Phạm Thị Dung", NAME):
        plan = plans.get_plan(crew, crew.ids[name], 2026)
        assert plan.status == PlanStatus.SUBMITTED
        assert plan.submitted_on == "2026-03-12"
        assert content(plan) == EXPECTED
        submitted = plans.events(crew, plan.id)[-1]
        assert submitted.step == Step.SUBMITTED and submitted.reason.startswith("nộp bằng tệp “")


def test_previews_show_checks_and_copies_between_the_files(crew, tmp_path):
    write_for(NAME, tmp_path / "a.docx")
    write_for("Trần Văn Bình", tmp_path / "b.docx")  # the very same text
    typed = f"1. {TASKS[0][0]} (Sản phẩm: {TASKS[0][1]}; thời gian hoàn thành: {TASKS[0][2]})"
    vague = write_for(
        "Lê Văn Cường",
        tmp_path / "c.docx",
        "plain_paragraphs",
        **{typed: "1. Thực hiện tốt nhiệm vụ được giao"},
    )
    previews = {p.name: p for p in plan_import.preview_files(crew, [tmp_path], 2026)}
    copied = [c for c in previews["a.docx"].checks if c.kind == CheckKind.SIMILAR_PEER]
    assert len(copied) == 1 and "Trần Văn Bình (tệp b.docx)" in str(copied[0].message)
    kinds = [c.kind for c in previews[vague.name].checks]
    assert CheckKind.NO_TARGET in kinds and CheckKind.NO_DUE in kinds


def test_a_confirmed_plan_is_never_overwritten_and_a_draft_only_when_told(crew, tmp_path):
    nhung, binh = crew.ids[NAME], crew.ids["Trần Văn Bình"]
    confirmed = plans.save_plan(
        crew, plans.start_plan(crew, nhung, 2026).with_changes(remedies=("cũ",))
    )
    plans.submit(crew, confirmed.id, on="2026-02-01")
    plans.confirm(crew, confirmed.id, on="2026-02-02")
    draft = plans.save_plan(
        crew, plans.start_plan(crew, binh, 2026).with_changes(remedies=("nháp",))
    )
    write_for(NAME, tmp_path / "nhung.docx")
    write_for("Trần Văn Bình", tmp_path / "binh.docx")

    previews = {p.name: p for p in plan_import.preview_files(crew, [tmp_path], 2026)}
    assert previews["nhung.docx"].action == Action.SKIP
    assert "xác nhận; không ghi đè" in str(previews["nhung.docx"].reason)
    assert previews["binh.docx"].action == Action.SKIP
    assert "Thay kế hoạch chưa nộp" in str(previews["binh.docx"].reason)
    plan_import.import_plans(crew, list(previews.values()), 2026)
    assert plans.get_plan(crew, binh, 2026).remedies == ("nháp",)

    told = plan_import.preview_files(crew, [tmp_path], 2026, replace_drafts=True)
    told = {p.name: p for p in told}
    assert told["binh.docx"].action == Action.REPLACE
    assert told["nhung.docx"].action == Action.SKIP  # confirmed: never, even when told
    plan_import.import_plans(crew, list(told.values()), 2026, on=dt.date(2026, 4, 1))
    replaced = plans.get_plan(crew, binh, 2026)
    assert replaced.id == draft.id and content(replaced) == EXPECTED
    assert replaced.submitted_on == "2026-04-01"  # the date the secretary gave
    assert plans.get_plan(crew, nhung, 2026).remedies == ("cũ",)


def test_a_file_for_either_of_two_people_waits_for_a_choice(crew, tmp_path):
    twin = people.save_person(crew, Person(full_name="Lê Văn Cường"))
    write_for("Lê Văn Cường", tmp_path / "cuong.docx")
    preview = plan_import.preview_files(crew, [tmp_path], 2026)[0]
    assert preview.person is None and not preview.ready
    assert {p.id for p in preview.candidates} == {crew.ids["Lê Văn Cường"], twin}
    assert "Có 2 người tên “Lê Văn Cường”" in str(preview.problems[0])
    chosen = plan_import.preview_files(crew, [tmp_path], 2026, chosen={preview.path: twin})[0]
    assert chosen.person.id == twin and chosen.ready


def test_the_name_comes_from_the_file_name_when_the_form_has_none(crew, tmp_path):
    write_for(None, tmp_path / "KH 2026 - Tran Van Binh.docx")
    write_for(None, tmp_path / "ke hoach.docx")
    previews = {p.name: p for p in plan_import.preview_files(crew, [tmp_path], 2026)}
    by_file = previews["KH 2026 - Tran Van Binh.docx"]
    assert by_file.person.full_name == "Trần Văn Bình"
    assert str(by_file.matched_by).startswith("theo tên tệp")
    unknown = previews["ke hoach.docx"]
    assert unknown.person is None and not unknown.ready


def test_an_unknown_name_is_asked_with_the_likely_people(crew, tmp_path):
    write_for("Trần Văn Binh Minh", tmp_path / "x.docx")
    preview = plan_import.preview_files(crew, [tmp_path], 2026)[0]
    assert preview.person is None
    assert "Không có ai tên “Trần Văn Binh Minh”" in str(preview.problems[-1])


def test_two_files_for_one_person_are_both_held(crew, tmp_path):
    write_for(NAME, tmp_path / "a.docx")
    write_for(NAME, tmp_path / "b.docx")
    previews = plan_import.preview_files(crew, [tmp_path], 2026)
    assert not any(p.ready for p in previews)
    assert "cũng là kế hoạch của" in str(previews[0].problems[-1])


def test_everything_or_nothing(crew, tmp_path):
    write_for(NAME, tmp_path / "a.docx")
    write_for("Trần Văn Bình", tmp_path / "b.docx")
    previews = plan_import.preview_files(crew, [tmp_path], 2026)
    # Between the preview and the import, Bình's plan is confirmed by someone else.
    plan = plans.start_plan(crew, crew.ids["Trần Văn Bình"], 2026)
    plans.submit(crew, plan.id, on="2026-02-01")
    plans.confirm(crew, plan.id, on="2026-02-02")
    with pytest.raises(ChiboError, match="b.docx"):
        plan_import.import_plans(crew, previews, 2026)
    assert plans.get_plan(crew, crew.ids[NAME], 2026) is None


def _fill_export(path: Path, edits: dict[int, tuple[str, str, str]], day: str) -> None:
    """What a member does in Word with the exported form: types the date, edits rows."""
    doc = Document(str(path))
    header = doc.tables[0].rows[0].cells[1].paragraphs[1]
    for run in header.runs[1:]:
        run._r.getparent().remove(run._r)
    header.runs[0].text = day
    tasks = doc.tables[1]
    for row_number, values in edits.items():
        for cell, value in zip(tasks.rows[row_number].cells[1:], values, strict=True):
            cell.paragraphs[0].text = value
    doc.save(str(path))


def test_round_trip_changes_only_what_was_edited(crew, tmp_path):
    nhung = crew.ids[NAME]
    last = plans.save_plan(
        crew,
        plans.start_plan(crew, nhung, 2025).with_changes(
            remedies=tuple(REMEDIES),
            tasks=tuple(PlanTask(t, g, s.replace("2026", "2025")) for t, g, _d, s in TASKS),
            commitments=tuple(COMMITMENTS),
        ),
    )
    out = tmp_path / "out"
    out.mkdir()
    result = export_forms(crew, 2026, [nhung], out, last_year=True)
    (path,) = result.files
    assert path.name == f"Kế hoạch 2026 - {NAME}.docx"
    edited_target = "100% đoàn được thẩm định trước 05 ngày làm việc"
    _fill_export(
        path,
        {1: (TASKS[0][0], edited_target, "Quý II/2026")},
        "Hà Tĩnh, ngày 10 tháng 3 năm 2026",
    )
    preview = plan_import.preview_files(crew, [path], 2026)[0]
    assert preview.person.id == nhung and preview.ready
    plan_import.import_plans(crew, [preview], 2026)
    imported = plans.get_plan(crew, nhung, 2026)
    expected_tasks_now = expected_tasks()
    expected_tasks_now[0] = (TASKS[0][0], edited_target, "2026-Q2")
    assert content(imported) == (REMEDIES, expected_tasks_now, COMMITMENTS)
    assert imported.submitted_on == "2026-03-10"
    assert last.year == 2025


def test_an_untouched_export_reads_back_as_nothing_typed(crew, tmp_path):
    result = export_forms(crew, 2026, None, tmp_path / "forms.zip")
    assert result.zip_path is not None and len(result.files) == 4
    import zipfile

    with zipfile.ZipFile(result.zip_path) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "x")
    assert f"Kế hoạch 2026 - {NAME}.docx" in names
    previews = plan_import.preview_files(crew, [tmp_path / "x"], 2026)
    assert all(p.person is not None for p in previews)
    assert all(str(p.reason) == "Kế hoạch chưa có nội dung." for p in previews)
