"""Reading a personal plan (seed 003's form) back from what a Word file holds.

The file reader (documents/plan_docx) gives the document as blocks in order:
paragraphs (with Word's own list numbering noted, since automatic numbers and bullets
are not in the text) and tables. `read_plan` finds the parts of the form in them,
whatever shape they were typed in:

- the fields ("Họ và tên: …", "Chức vụ đảng: …"), the title's year and the date line,
  also when the header is a borderless two-column table;
- section 1 (remedies), section 2 (tasks) and section 3 (role-model commitments), each
  item a paragraph, a line, a numbered or bulleted list entry;
- tasks as a table with any of the columns STT | Nội dung | Chỉ tiêu, sản phẩm | Thời
  gian hoàn thành, or as paragraphs with the target and due date inline ("(Sản phẩm:
  …; thời gian hoàn thành: quý II/2026)", "Chỉ tiêu: …. Thời gian: …"), after tabs, or
  on their own lines under the task;
- dotted leaders and tabs of the printed form, "Không" for a part left empty.

Nothing is guessed silently: what was not found or not understood is said in `notes`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from chibo_app.core import plan_text as pt
from chibo_app.core.plan_due import BadDue, parse_due
from chibo_app.core.plans import Plan, PlanTask, Source
from chibo_app.core.text import clean, fold


@dataclass(frozen=True)
class DocParagraph:
    text: str
    list_kind: str = ""  # "bullet" or "number" when Word numbers the paragraph itself
    level: int = 0


@dataclass(frozen=True)
class DocTable:
    rows: tuple[tuple[str, ...], ...]  # cell texts; a cell's paragraphs joined by "\n"


Block = DocParagraph | DocTable


@dataclass(frozen=True)
class ReadTask:
    text: str
    target: str = ""
    due_text: str = ""  # as typed
    due: str | None = None  # stored form (core.plan_due); None when none or not understood


@dataclass(frozen=True)
class ReadPlan:
    full_name: str = ""  # from "Họ và tên"
    signer: str = ""  # the name under "NGƯỜI XÂY DỰNG KẾ HOẠCH"
    party_position: str = ""
    government_position: str = ""
    year: int | None = None  # the year in the title
    dated: dt.date | None = None  # the date line
    remedies: tuple[str, ...] = ()
    tasks: tuple[ReadTask, ...] = ()
    commitments: tuple[str, ...] = ()
    sections: frozenset[int] = frozenset()  # the headings found (1, 2, 3)
    notes: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.full_name or self.signer

    @property
    def is_empty(self) -> bool:
        return not (self.remedies or self.tasks or self.commitments)

    def to_plan(self, person_id: int, year: int) -> Plan:
        return Plan(
            person_id=person_id,
            year=year,
            remedies=self.remedies,
            tasks=tuple(PlanTask(t.text, t.target, t.due) for t in self.tasks),
            commitments=self.commitments,
            source=Source.PAPER,
        )


def read_plan(blocks: Sequence[Block], year: int) -> ReadPlan:
    """The plan in `blocks`; `year` fills in due dates typed without one."""
    reader = _Reader(year)
    for line in _lines(blocks):
        reader.take(line)
    return reader.result()


# --- blocks → lines -------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    text: str  # NFC, leaders and tabs kept (tabs may separate columns)
    list_kind: str = ""
    level: int = 0
    tasks: tuple[ReadTask, ...] | None = None  # a task table, read whole


def _lines(blocks: Iterable[Block]) -> Iterator[_Line]:
    for block in blocks:
        if isinstance(block, DocParagraph):
            text = pt.nfc(block.text)
            parts = text.split("\n")
            if len(parts) > 1 and sum(1 for p in parts if pt.marker(p)[0]) >= 2:
                # Items typed with Shift+Enter, each with its own dash.
                yield from (_Line(p, "", block.level) for p in parts if p.strip())
            else:
                yield _Line(" ".join(p.strip() for p in parts), block.list_kind, block.level)
            continue
        table = _task_table(block.rows)
        if table is not None:
            yield _Line("", tasks=tuple(table))
            continue
        for row in block.rows:  # a layout table (the header, the signatures): its lines
            seen: set[str] = set()
            for cell in row:
                if cell in seen:  # a merged cell repeats across the columns it spans
                    continue
                seen.add(cell)
                for part in pt.nfc(cell).split("\n"):
                    if part.strip():
                        yield _Line(part)


# --- task tables ------------------------------------------------------------------------

_COLUMN_WORDS = (
    ("number", re.compile(r"^(?:stt|tt|so tt|so thu tu)$")),
    ("target", re.compile(r"chi tieu|san pham|ket qua")),
    ("due", re.compile(r"thoi gian|thoi han|tien do|hoan thanh")),
    ("text", re.compile(r"noi dung|nhiem vu|cong viec|viec lam|giai phap|ten viec")),
)
_COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")


def _columns(row: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        folded = fold(cell)
        if index and cell == row[index - 1]:
            continue  # the same merged cell again
        for name, pattern in _COLUMN_WORDS:
            if name not in columns and pattern.search(folded):
                columns[name] = index
                break
    return columns


def _task_table(rows: Sequence[Sequence[str]]) -> list[ReadTask] | None:
    """The tasks of a table with a header naming its columns (or, without one, 3–4
    columns numbered down the first); None for any other table."""
    for head in range(min(3, len(rows))):
        columns = _columns(rows[head])
        if "text" in columns and len(columns) >= 2:
            return _table_rows(rows[head + 1 :], columns, rows[head])
    width = max((len(r) for r in rows), default=0)
    numbered = [r for r in rows if r and _COLUMN_NUMBERS.match(clean(r[0]))]
    if width in (3, 4) and rows and len(numbered) >= max(1, len(rows) // 2):
        names = ["number", "text", "target", "due"][4 - width :] if width == 3 else None
        columns = {n: i for i, n in enumerate(names or ["number", "text", "target", "due"])}
        return _table_rows(rows, columns, ())
    return None


def _table_rows(
    rows: Sequence[Sequence[str]], columns: dict[str, int], header: Sequence[str]
) -> list[ReadTask]:
    tasks: list[ReadTask] = []
    for row in rows:
        if list(row) == list(header):
            continue  # the header again (a table pasted from several pages)

        def cell(name: str, row: Sequence[str] = row) -> str:
            index = columns.get(name)
            if index is None or index >= len(row):
                return ""
            if name != "text" and row[index] == row[columns["text"]]:
                return ""  # the task's own cell, merged across this column
            return pt.without_leaders(row[index].replace("\n", " "))

        values = [pt.without_leaders(c) for c in row]
        if all(not v or _COLUMN_NUMBERS.match(v) for v in values):
            continue  # an empty row, or the row of column numbers (1) (2) (3)
        text = pt.marker(cell("text"))[1]
        target, due = cell("target"), cell("due")
        if not target or not due:  # what a missing column holds may be in the text
            text, targets, dues = pt.inline_parts(text)
            target = target or "; ".join(targets)
            due = due or "; ".join(dues)
        if text or target:
            tasks.append(ReadTask(text, target, due))
    return tasks


# --- the reader -----------------------------------------------------------------------

_NAME = re.compile(r"^ho (?:va )?ten\s*[:\-]?\s*")
_NAME_END = re.compile(r"\s(?:chuc vu|ngay sinh|don vi|sinh hoat|dang vien)\b")
_PARTY_POSITION = re.compile(r"chuc vu dang\s*:\s*")
_GOVERNMENT_POSITION = re.compile(r"chuc vu chinh quyen(?:\s*,\s*doan the)?\s*:\s*")
_TITLE_YEAR = re.compile(r"(?:phong cach ho chi minh|ke hoach)\D*nam\s+(\d{4})")
_DATE_LINE = re.compile(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")
_PERSON_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][^\d:;,()/]*$")

PREAMBLE, INTRO, END = 0, 5, 4


@dataclass
class _Reader:
    year: int
    state: int = PREAMBLE
    full_name: str = ""
    signer: str = ""
    party_position: str = ""
    government_position: str = ""
    title_year: int | None = None
    dated: dt.date | None = None
    remedies: list[str] = field(default_factory=list)
    tasks: list[ReadTask] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)
    sections: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    intro_items: bool = False  # items came after "Tôi xây dựng…" with no heading 1

    def take(self, line: _Line) -> None:
        if line.tasks is not None:
            self.tasks.extend(line.tasks)
            if self.state in (PREAMBLE, INTRO, 1):
                self.state = 2
            return
        clean_text = pt.without_leaders(line.text)
        if not clean_text:
            return
        folded = fold(clean_text)
        self._date(folded)
        kind, body = pt.marker(clean_text)
        heading = None if kind == "bullet" else pt.heading_of(fold(body))
        if heading is not None and heading not in self.sections and heading > self._section():
            self._open(heading, body)
            return
        if self.state == PREAMBLE:
            self._field(clean_text, folded)
            return
        if self.state == END:
            self._signature(clean_text)
            return
        if pt.is_boilerplate(folded):
            return
        item = body
        if not item or pt.is_nothing(item):
            return
        if self.state in (INTRO, 1):
            self.intro_items = self.intro_items or self.state == INTRO
            self.remedies.append(item)
        elif self.state == 2:
            self._task(item, line.text)
        elif self.state == 3:
            self.commitments.append(item)

    def _section(self) -> int:
        return 0 if self.state in (PREAMBLE, INTRO) else self.state

    def _open(self, heading: int, body: str) -> None:
        self.state = heading
        if heading == END:
            return
        self.sections.add(heading)
        if heading == 3:  # "3. Nội dung nêu gương (nếu có): Không" — content on its line
            rest = pt.after_colon(body)
            if rest and not pt.is_nothing(rest):
                self.commitments.append(rest)

    def _field(self, text: str, folded: str) -> None:
        if pt.is_intro(folded):
            self.state = INTRO
            return
        if match := _NAME.match(folded):
            rest = text[match.end() :]
            end = _NAME_END.search(folded, match.end())
            if end:
                rest = text[match.end() : end.start()]
            self.full_name = self.full_name or clean(rest.strip(" :;,.-"))
        if match := _PARTY_POSITION.search(folded):
            value = text[match.end() :]
            other = _GOVERNMENT_POSITION.search(folded, match.end())
            if other:
                value = text[match.end() : other.start()]
            self.party_position = clean(value.strip(" ;,.:"))
        if match := _GOVERNMENT_POSITION.search(folded):
            self.government_position = clean(text[match.end() :].strip(" ;,.:"))
        if self.title_year is None and (match := _TITLE_YEAR.search(folded)):
            self.title_year = int(match.group(1))

    def _date(self, folded: str) -> None:
        if self.dated is not None:
            return
        match = _DATE_LINE.search(folded)
        if match:
            day, month, year = map(int, match.groups())
            try:
                self.dated = dt.date(year, month, day)
            except ValueError:
                self.notes.append(f"Ngày ghi trên kế hoạch ({day}/{month}/{year}) không có thật.")

    def _signature(self, text: str) -> None:
        if pt.heading_of(fold(text)) == END or _DATE_LINE.search(fold(text)):
            return
        words = text.split()
        if 2 <= len(words) <= 6 and _PERSON_NAME.match(text) and not text.isupper():
            self.signer = text

    def _task(self, item: str, raw: str) -> None:
        columns = [pt.without_leaders(c) for c in pt.nfc(raw).split("\t")]
        columns = [c for c in columns if c]
        if len(columns) >= 2 and pt.inline_parts(item)[1:] == ([], []):
            if _is_number(columns[0]):
                columns = columns[1:]
            if len(columns) >= 2:
                text = pt.marker(columns[0])[1]
                due = columns[-1] if len(columns) >= 3 or self._due_ok(columns[-1]) else ""
                target = " ".join(columns[1:-1] if due else columns[1:])
                self.tasks.append(ReadTask(text, target, due))
                return
        text, targets, dues = pt.inline_parts(item)
        if not text and self.tasks and (targets or dues):  # "Sản phẩm: …" under its task
            last = self.tasks[-1]
            self.tasks[-1] = ReadTask(
                last.text,
                "; ".join(t for t in (last.target, *targets) if t),
                "; ".join(d for d in (last.due_text, *dues) if d),
            )
            return
        if not dues:
            bracket = pt.trailing_bracket(text)
            if bracket is not None and self._due_ok(bracket[1]):
                text, dues = bracket[0], [bracket[1]]
        self.tasks.append(ReadTask(text, "; ".join(targets), "; ".join(dues)))

    def _due_ok(self, text: str) -> bool:
        try:
            return parse_due(text, self.year) is not None
        except BadDue:
            return False

    def result(self) -> ReadPlan:
        notes = list(self.notes)
        tasks = [self._with_due(n, t, notes) for n, t in enumerate(self.tasks, start=1)]
        if self.intro_items and 1 not in self.sections:
            notes.append("Không thấy tiêu đề mục 1; các dòng trước mục 2 được coi là mục 1.")
        if not self.sections and not tasks:
            notes.append(
                "Không nhận ra mẫu kế hoạch (không thấy các mục 1, 2, 3 của mẫu kế hoạch cá nhân)."
            )
        elif 2 not in self.sections and not tasks:
            notes.append("Không thấy mục 2 (nội dung “làm theo”).")
        if self.title_year is not None and self.title_year != self.year:
            notes.append(f"Kế hoạch ghi năm {self.title_year}, không phải năm {self.year}.")
        return ReadPlan(
            full_name=self.full_name,
            signer=self.signer,
            party_position=self.party_position,
            government_position=self.government_position,
            year=self.title_year,
            dated=self.dated,
            remedies=tuple(self.remedies),
            tasks=tuple(tasks),
            commitments=tuple(self.commitments),
            sections=frozenset(self.sections),
            notes=tuple(notes),
        )

    def _with_due(self, number: int, task: ReadTask, notes: list[str]) -> ReadTask:
        if not task.due_text:
            return task
        try:
            due = parse_due(task.due_text, self.year)
        except BadDue:
            due = None
        if due is not None:
            return ReadTask(task.text, task.target, task.due_text, due)
        notes.append(
            f"Nhiệm vụ {number}: không hiểu thời hạn “{task.due_text}”; "
            "đã ghi vào cột chỉ tiêu để sửa tay."
        )
        target = "; ".join(x for x in (task.target, f"thời gian: {task.due_text}") if x)
        return ReadTask(task.text, target, task.due_text, None)


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"\(?\d{1,2}[.)]?", text.strip()))
