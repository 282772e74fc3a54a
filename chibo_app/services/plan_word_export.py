"""Sending the members their plan form as Word files to type in (seed 003's form).

One .docx per person, named with the person's name ("Kế hoạch 2026 - Nguyễn Văn An.docx"),
into a folder or one zip; pre-filled with what the app knows, and with last year's
plan when asked (due dates moved to this year).
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from chibo_app.core.messages import msg
from chibo_app.core.plans import copy_from
from chibo_app.documents.plan_form import PlanFormData, TaskLine
from chibo_app.documents.plan_form_word import identifier, plan_form_word
from chibo_app.documents.word_document import write_word
from chibo_app.errors import ChiboError
from chibo_app.fileio import atomic_path
from chibo_app.services.page_setup import load_page_settings
from chibo_app.services.plan_print_data import FormSource, due_text
from chibo_app.services.session import Session
from chibo_app.storage import plans_repo

Progress = Callable[[int, int], None]
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class ExportResult:
    files: list[Path]  # the .docx written (inside the zip when `zip_path` is set)
    zip_path: Path | None


def file_name(year: int, full_name: str, taken: set[str]) -> str:
    """'Kế hoạch 2026 - Nguyễn Văn An.docx'; ' (2)' added when the name is taken (two
    people with one name: the import tells them apart by the file's properties)."""
    safe = _NOT_IN_FILE_NAMES.sub(" ", full_name).strip(" .") or "khong ten"
    stem = f"Kế hoạch {year} - {safe}"
    name, n = f"{stem}.docx", 1
    while name.casefold() in taken:
        n += 1
        name = f"{stem} ({n}).docx"
    taken.add(name.casefold())
    return name


def export_forms(
    session: Session,
    year: int,
    person_ids: Sequence[int] | None,
    target: str | os.PathLike[str],
    *,
    last_year: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Forms to fill for `person_ids` (everyone of the year for None): into the folder
    `target`, or into one zip when `target` ends in .zip."""
    target = Path(target)
    as_zip = target.suffix.lower() == ".zip"
    folder = target.parent if as_zip else target
    if not folder.is_dir():
        raise ChiboError(msg("Không có thư mục {folder}.", folder=folder))
    source = FormSource(session, year, session.today(), blank=True)
    ids = source.ordered(person_ids)
    if not ids:
        raise ChiboError(msg("Năm {year} không có ai để gửi mẫu kế hoạch.", year=year))
    settings = load_page_settings(session)
    taken: set[str] = set()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(dir=folder, prefix=".chibo-") as work:
        for done, person_id in enumerate(ids):
            if progress is not None:
                progress(done, len(ids))
            form = source.form(person_id)
            if last_year:
                form = _with_last_year(session, form, person_id, year)
            name = file_name(year, form.full_name, taken)
            document = plan_form_word(form, source.cell, to_fill=True, settings=settings)
            path = Path(work) / name
            write_word(
                path,
                [document],
                title=f"Kế hoạch học tập và làm theo năm {year} — {form.full_name}",
                author=source.cell.cell_name,
                dated=session.today(),
                identifier=identifier(person_id, year),
            )
            written.append(path)
        if as_zip:
            with (
                atomic_path(target) as temporary,
                zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive,
            ):
                for path in written:
                    archive.write(path, path.name)
            files = [Path(p.name) for p in written]
        else:
            files = []
            for path in written:
                final = folder / path.name
                with atomic_path(final) as temporary:
                    os.replace(path, temporary)
                files.append(final)
    if progress is not None:
        progress(len(ids), len(ids))
    return ExportResult(files=files, zip_path=target if as_zip else None)


def _with_last_year(
    session: Session, form: PlanFormData, person_id: int, year: int
) -> PlanFormData:
    previous = plans_repo.find(session.db, person_id, year - 1)
    if previous is None:
        return form
    copied = copy_from(previous, year)
    return replace(
        form,
        remedies=copied.remedies,
        tasks=[TaskLine(t.text, t.target, due_text(t.due)) for t in copied.tasks],
        role_model=copied.commitments,
    )
