"""Importing personal plans typed in Word: many files (a whole folder) at once.

`preview_files` reads every file (a file that cannot be read gets one sentence; the
others go on), finds whose plan it is — the name in the form, else the file name; the
app's own export also says whose form it is — and never picks between two people: a
file that could be either, or nobody, waits for the secretary to choose. Each preview
shows the three parts as understood, the checks (vague tasks, copied from whom, also
between the files being imported) and what will happen to it. `import_plans` then
writes every chosen plan in one transaction, submitted on the file's date or the date
the secretary gives. A confirmed plan is never overwritten; a submitted one is kept;
a draft or returned plan is replaced only when the secretary says so.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from chibo_app.core import copy_detection as copies
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.plan_checks import Check, check_plan, similarity_check
from chibo_app.core.plan_reading import ReadPlan, read_plan
from chibo_app.core.plans import STATUS_LABELS, Plan, PlanStatus
from chibo_app.core.text import clean, fold
from chibo_app.documents.docx_reader import read_docx
from chibo_app.documents.plan_form_word import parse_identifier
from chibo_app.errors import ChiboError
from chibo_app.services import plans as plan_service
from chibo_app.services.session import Session
from chibo_app.storage import plans_repo, transactions

Progress = Callable[[int, int], None]
TEMPLATE_YEAR = 2013  # python-docx's template says it was saved then: not the file's date


class Action(StrEnum):
    CREATE = "create"  # a new plan, submitted
    REPLACE = "replace"  # the person's draft or returned plan replaced, then submitted
    SKIP = "skip"


@dataclass(frozen=True)
class Person:
    id: int
    full_name: str
    unit: str


@dataclass
class FilePreview:
    path: Path
    plan: ReadPlan | None = None
    error: Message | str = ""  # why the file could not be read (then nothing else is set)
    person: Person | None = None
    matched_by: Message | str = ""  # how the person was found, in words
    candidates: list[Person] = field(default_factory=list)  # when unsure: whom it may be
    dated: dt.date | None = None  # the date the plan is submitted on, unless one is given
    dated_from: Message | str = ""
    checks: list[Check] = field(default_factory=list)
    problems: list[Message | str] = field(default_factory=list)  # what stops it or needs an eye
    existing: PlanStatus | None = None
    action: Action = Action.SKIP
    reason: Message | str = ""  # why it is skipped

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ready(self) -> bool:
        return self.action != Action.SKIP


@dataclass(frozen=True)
class ImportResult:
    imported: list[FilePreview]
    skipped: list[FilePreview]


def year_people(session: Session, year: int) -> list[Person]:
    """Everyone a plan of `year` may belong to."""
    return [
        Person(i, name, unit or "") for i, name, unit in plans_repo.year_people(session.db, year)
    ]


def docx_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to read: each file given, and the .docx files of each folder given
    (Word's "~$…" owner files and hidden files left out), in name order per folder."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(
                sorted(
                    (
                        p
                        for p in path.iterdir()
                        if p.is_file()
                        and p.suffix.lower() == ".docx"
                        and not p.name.startswith(("~$", "."))
                    ),
                    key=lambda p: p.name.casefold(),
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def preview_files(
    session: Session,
    paths: Iterable[str | os.PathLike[str]],
    year: int,
    *,
    replace_drafts: bool = False,
    chosen: dict[Path, int] | None = None,
    progress: Progress | None = None,
) -> list[FilePreview]:
    """Read and match every file; `chosen` gives the person of a file the secretary
    picked (it overrides the match)."""
    files = docx_files(paths)
    people = [
        Person(i, name, unit or "") for i, name, unit in plans_repo.year_people(session.db, year)
    ]
    previews: list[FilePreview] = []
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files))
        previews.append(_read(path, year, people, (chosen or {}).get(path)))
    _date(session, previews, year)
    _refuse_twins(previews)
    _decide(session, previews, year, replace_drafts)
    _checks(session, previews, year)
    if progress is not None:
        progress(len(files), len(files))
    return previews


def _read(path: Path, year: int, people: list[Person], chosen: int | None) -> FilePreview:
    preview = FilePreview(path)
    if path.suffix.lower() != ".docx":
        preview.error = msg("Tệp “{name}” không phải là văn bản Word (.docx).", name=path.name)
        return preview
    try:
        content = read_docx(path)
    except ChiboError as error:
        preview.error = error.message
        return preview
    plan = read_plan(content.blocks, year)
    preview.plan = plan
    preview.problems.extend(plan.notes)
    saved = content.modified
    if plan.dated is not None:
        preview.dated, preview.dated_from = plan.dated, msg("ngày ghi trên kế hoạch")
    elif saved is not None and saved.year != TEMPLATE_YEAR:
        preview.dated, preview.dated_from = saved.date(), msg("ngày lưu tệp")
    else:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
        preview.dated, preview.dated_from = mtime.date(), msg("ngày sửa tệp")
    by_id = {p.id: p for p in people}
    if chosen is not None:
        preview.person = by_id.get(chosen)
        preview.matched_by = msg("do người dùng chọn")
        if preview.person is None:
            preview.problems.append(
                msg(
                    "Không có người có mã {chosen} trong danh sách năm {year}.",
                    chosen=chosen,
                    year=year,
                )
            )
        return preview
    hint = parse_identifier(content.identifier)
    exported = by_id.get(hint[0]) if hint and hint[1] == year else None
    _match(preview, plan, people, exported)
    return preview


def name_key(name: str) -> str:
    return clean(name).casefold()


def _match(
    preview: FilePreview, plan: ReadPlan, people: list[Person], exported: Person | None
) -> None:
    name = plan.name
    if name:
        exact = [p for p in people if name_key(p.full_name) == name_key(name)]
        loose = [p for p in people if fold(p.full_name) == fold(name)]
        for found, how in ((exact, msg("theo họ tên trên kế hoạch")),
                           (loose, msg("theo họ tên trên kế hoạch (không kể dấu)"))):  # fmt: skip
            if len(found) == 1:
                preview.person, preview.matched_by = found[0], how
                return
            if len(found) > 1:
                if exported in found:
                    preview.person = exported
                    preview.matched_by = msg("theo họ tên và tệp mẫu gửi cho người này")
                    return
                preview.candidates = found
                preview.problems.append(
                    msg(
                        "Có {count} người tên “{name}”; hãy chọn đúng người.",
                        count=len(found),
                        name=name,
                    )
                )
                return
        preview.candidates = _similar(name, people) + ([exported] if exported else [])
        preview.problems.append(
            msg("Không có ai tên “{name}” trong danh sách; hãy chọn người.", name=name)
        )
        return
    by_file = _from_file_name(preview.path, people)
    if len(by_file) == 1:
        preview.person, preview.matched_by = (
            by_file[0],
            msg("theo tên tệp (kế hoạch không ghi họ tên)"),
        )
    elif exported is not None and (not by_file or exported in by_file):
        preview.person, preview.matched_by = exported, msg("theo tệp mẫu gửi cho người này")
    else:
        preview.candidates = by_file
        preview.problems.append(
            msg("Kế hoạch không ghi họ tên và tên tệp không cho biết của ai; hãy chọn người.")
        )


def _from_file_name(path: Path, people: list[Person]) -> list[Person]:
    words = " " + " ".join(re.split(r"[\W_]+", fold(path.stem))) + " "
    compact = words.replace(" ", "")
    found = [
        p
        for p in people
        if f" {fold(p.full_name)} " in words or fold(p.full_name).replace(" ", "") in compact
    ]
    longest = [
        p
        for p in found
        if not any(fold(p.full_name) in fold(o.full_name) and o != p for o in found)
    ]
    return longest


def _similar(name: str, people: list[Person]) -> list[Person]:
    from rapidfuzz import fuzz, process  # noqa: PLC0415 - only when a name is unknown

    choices = {p.id: fold(p.full_name) for p in people}
    best = process.extract(fold(name), choices, scorer=fuzz.token_sort_ratio, limit=3)
    by_id = {p.id: p for p in people}
    return [by_id[key] for _text, score, key in best if score >= 70]


def _date(session: Session, previews: list[FilePreview], year: int) -> None:
    today = session.today()
    for preview in previews:
        if preview.dated is not None and preview.dated > today:
            preview.problems.append(
                msg(
                    "Ngày trên tệp ({dated}) sau hôm nay; lấy ngày hôm nay.",
                    dated=f"{preview.dated:%d/%m/%Y}",
                )
            )
            preview.dated, preview.dated_from = today, msg("hôm nay")


def _refuse_twins(previews: list[FilePreview]) -> None:
    """Two files for one person: neither is taken until the secretary chooses."""
    filled = [p for p in previews if p.person is not None and p.plan and not p.plan.is_empty]
    counts = Counter(p.person.id for p in filled if p.person is not None)
    for preview in filled:
        if preview.person is not None and counts[preview.person.id] > 1:
            others = [p.name for p in filled if p is not preview and p.person == preview.person]
            preview.problems.append(
                msg(
                    "Tệp {files} cũng là kế hoạch của {full_name}; hãy bỏ chọn một tệp.",
                    files=", ".join(others),
                    full_name=preview.person.full_name,
                )
            )
            preview.candidates = [preview.person]
            preview.person = None


def _decide(session: Session, previews: list[FilePreview], year: int, replace_drafts: bool) -> None:
    for preview in previews:
        if preview.error or preview.plan is None:
            preview.reason = preview.error
            continue
        if preview.person is None:
            preview.reason = msg("Chưa biết là kế hoạch của ai.")
            continue
        if preview.plan.is_empty:
            preview.reason = msg("Kế hoạch chưa có nội dung.")
            preview.problems.append(preview.reason)
            continue
        if preview.plan.year is not None and preview.plan.year != year:
            preview.reason = msg(
                "Kế hoạch ghi năm {written}, không phải năm {year}.",
                written=preview.plan.year,
                year=year,
            )
            continue  # the reader's note already says so
        existing = plans_repo.find(session.db, preview.person.id, year)
        preview.existing = existing.status if existing else None
        preview.action, preview.reason = _action(existing, replace_drafts)
        if preview.action == Action.SKIP:
            preview.problems.append(preview.reason)


def _action(existing: Plan | None, replace_drafts: bool) -> tuple[Action, Message | str]:
    if existing is None:
        return Action.CREATE, ""
    status = existing.status
    if status == PlanStatus.CONFIRMED:
        return Action.SKIP, msg("Đã có kế hoạch được chi bộ xác nhận; không ghi đè.")
    if status == PlanStatus.SUBMITTED:
        day = existing.submitted_on or ""
        if len(day) == 10:
            return Action.SKIP, msg(
                "Đã có kế hoạch nộp ngày {day}; muốn thay, hãy trả lại kế hoạch đó trước.",
                day=f"{dt.date.fromisoformat(day):%d/%m/%Y}",
            )
        return Action.SKIP, msg("Đã có kế hoạch nộp; muốn thay, hãy trả lại kế hoạch đó trước.")
    if replace_drafts:
        return Action.REPLACE, ""
    label = Label(STATUS_LABELS[status], lower=True)
    return Action.SKIP, msg(
        "Đã có kế hoạch ({label}); chọn “Thay kế hoạch chưa nộp” để thay.", label=label
    )


def _checks(session: Session, previews: list[FilePreview], year: int) -> None:
    """Content checks, and copies: against the year's other plans, the person's own plan
    of last year, and the other files of this import."""
    stored = plans_repo.plans_of_year(session.db, year)
    names = plans_repo.person_names(session.db, [p.person_id for p in stored])
    prints = [(copies.fingerprint(p.id or 0, p.items()), p.person_id) for p in stored]
    readable = [p for p in previews if p.plan is not None]
    incoming = {
        id(p): copies.fingerprint(n, _plan(p, year).items()) for n, p in enumerate(readable)
    }
    for preview in readable:
        plan = _plan(preview, year)
        preview.checks = check_plan(plan)
        mine = incoming[id(preview)]
        person_id = preview.person.id if preview.person else None
        found: list[tuple[float, str, bool]] = []
        for other, owner in prints:
            if owner != person_id and (match := copies.compare(mine, other)):
                found.append((match.score, names.get(owner, ""), False))
        for other_preview in readable:
            if other_preview is preview:
                continue
            if match := copies.compare(mine, incoming[id(other_preview)]):
                holder = other_preview.person
                who = f"{holder.full_name} (tệp {other_preview.name})" if holder else ""
                found.append((match.score, who or f"tệp {other_preview.name}", False))
        if person_id is not None and (earlier := plans_repo.find(session.db, person_id, year - 1)):
            earlier_print = copies.fingerprint(earlier.id or 0, earlier.items())
            if match := copies.compare(mine, earlier_print):
                found.append((match.score, "", True))
        if found:
            score, name, last_year = max(found)
            preview.checks.append(similarity_check(name, score, last_year))


def _plan(preview: FilePreview, year: int) -> Plan:
    assert preview.plan is not None
    return preview.plan.to_plan(preview.person.id if preview.person else 0, year)


def import_plans(
    session: Session,
    previews: Sequence[FilePreview],
    year: int,
    *,
    on: dt.date | None = None,
) -> ImportResult:
    """Write every ready preview in one transaction: all or nothing."""
    ready = [p for p in previews if p.ready]
    # Under the write lock from the first read: what the preview decided is checked again
    # and still true when written (another import may have run since the preview).
    with transactions.immediate(session.db):
        for preview in ready:
            assert preview.person is not None and preview.plan is not None
            existing = plans_repo.find(session.db, preview.person.id, year)
            action, reason = _action(existing, preview.action == Action.REPLACE)
            if action == Action.SKIP:  # changed since the preview
                raise ChiboError(msg("{name}: {reason}", name=preview.name, reason=reason))
            plan = preview.plan.to_plan(preview.person.id, year)
            if existing is not None:
                plan = plan.with_changes(id=existing.id)
            saved = plan_service.save_plan(session, plan)
            assert saved.id is not None
            day = on or preview.dated or session.today()
            plan_service.submit_from_file(session, saved.id, day.isoformat(), preview.name)
    return ImportResult(imported=ready, skipped=[p for p in previews if not p.ready])
