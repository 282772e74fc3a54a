"""Import a member list from Excel: read, preview, then write all rows or none."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from chibo_app.core.dates import FIRST_YEAR, LAST_YEAR, BadDate, parse_date, to_display
from chibo_app.core.member_import import (
    IMPORT_FIELDS,
    ROW_STATUS_LABELS,
    Decision,
    ImportPreview,
    ImportResult,
    ImportRow,
    PreviewRows,
    RowStatus,
)
from chibo_app.core.member_kinds import (
    FROM_ADMISSION,
    FROM_CARD,
    FROM_REGISTER,
    FROM_USER,
    KindGuess,
    KindGuesser,
    is_status_not_post,
    person_warnings,
)
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.people import (
    FIELD_LABELS,
    KIND_LABELS,
    PARTIAL_DATE_FIELDS,
    Kind,
    Person,
    PositionKind,
    validate_person,
    without_problems,
)
from chibo_app.core.text import clean, clean_or_none, fold, title_case_words
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell, people
from chibo_app.services.session import Session
from chibo_app.spreadsheets.member_sheet import SheetReading, cell_text, read_member_sheet
from chibo_app.spreadsheets.problem_rows import column_label, write_problem_rows
from chibo_app.spreadsheets.read_rows import ReadRows
from chibo_app.storage import cell_repo, people_repo, settings_repo, transactions

_DATE_FIELDS = ("birth_date", "admitted_on", "full_member_on")
# The fields the import reads as text (the dates are parsed from their values).
_TEXT_FIELDS = frozenset(
    {"full_name", "sex", "party_card", "unit", "party_position", "government_position", "phone",
     "email", "notes"}
)  # fmt: skip
_PARTY_FIELDS = ("party_card", "admitted_on", "full_member_on")


def preview_file(
    session: Session, path: str | Path, mapping: dict[str, int] | None = None
) -> ImportPreview:
    """Read the file and classify every row; nothing is written.

    A mapping the user corrected earlier for the same header shape is reused; one given
    here is remembered when the import is written.
    """
    path = Path(path)
    if mapping:
        _check_mapping(mapping)
    reading = read_member_sheet(
        path, mapping, remembered=lambda sig: settings_repo.import_mapping(session.db, sig)
    )
    matcher = _Matcher(session)
    columns = reading.rows.columns()
    sheet = _Sheet(
        title_text=reading.title_text,
        has_party_data=any(v not in (None, "") for f in _PARTY_FIELDS for v in columns.get(f, ())),
        today=session.today(),
        excel_epoch=reading.excel_epoch,
    )
    rows = matcher.classify_all(_convert_all(reading.rows, columns, sheet))
    return ImportPreview(
        file_name=path.name,
        sheet_name=reading.sheet_name,
        header_row=reading.header_row,
        encoding=reading.encoding,
        columns=dict(reading.columns),
        labels=dict(reading.labels),
        signature=reading.signature,
        rows=rows,
        chosen_mapping=dict(mapping) if mapping else None,
    )


def with_kinds(session: Session, preview: ImportPreview, kinds: dict[int, Kind]) -> ImportPreview:
    """The preview with the kinds the secretary chose for some rows (by row number),
    every row checked again: a quần chúng with a party card becomes invalid, a conflict
    may go away. Nothing is written."""
    rows: list[ImportRow] = []
    for row in preview.rows:
        row = replace(
            row,
            reasons=list(row.parse_reasons),
            match_id=None,
            match_name=None,
            changes=[],
            warnings=[],
            status=RowStatus.NEW,
        )
        chosen = kinds.get(row.row_number)
        if chosen is not None:
            row.person = row.person.with_changes(kind=chosen)
            row.kind_source, row.kind_sure = FROM_USER, True
        rows.append(row)
    matcher = _Matcher(session)
    return replace(preview, rows=[matcher.classify(row) for row in rows])


def apply_import(
    session: Session,
    preview: ImportPreview,
    decisions: dict[int, Decision] | None = None,
    skip_problem_rows: bool = False,
) -> ImportResult:
    """Write the previewed rows in one transaction; any failure writes nothing.

    The rows are matched again inside the transaction, which holds the write lock from
    its start: if anyone changed the people since the preview (another import of the
    same rows, say), nothing is written and the preview must be made again.
    """
    decisions = decisions or {}
    added = updated = skipped = 0
    with transactions.immediate(session.db):
        _still_as_previewed(session, preview)
        if preview.chosen_mapping:
            settings_repo.remember_import_mapping(
                session.db, session.editor, preview.signature, preview.chosen_mapping
            )
        for row in preview.rows:
            action = _action(row, decisions.get(row.row_number), skip_problem_rows)
            if action is None:
                skipped += 1
                continue
            try:
                _write_row(session, row, merge_into=row.match_id if action == "merge" else None)
            except ValidationError as error:
                raise ChiboError(
                    msg(
                        "Dòng {row_number}: {error}",
                        row_number=row.row_number,
                        error=list(error.messages.values()),
                    )
                ) from None
            if action == "merge":
                updated += 1
            else:
                added += 1
    return ImportResult(added=added, updated=updated, skipped=skipped)


def _still_as_previewed(session: Session, preview: ImportPreview) -> None:
    matcher = _Matcher(session)
    for row in preview.rows:
        if row.status == RowStatus.INVALID:
            continue  # never written, and it left no trace in the matcher
        again = matcher.classify(
            replace(row, reasons=list(row.parse_reasons), changes=[], warnings=[])
        )
        if (again.status, again.match_id) != (row.status, row.match_id):
            raise ChiboError(
                msg(
                    "Danh sách đảng viên đã thay đổi từ lúc xem trước (dòng {row_number} – "
                    "{full_name}: nay là “{status}”, có thể do một lần nhập khác vừa ghi). "
                    "Hãy xem trước lại; chưa có gì được ghi.",
                    row_number=row.row_number,
                    full_name=row.person.full_name,
                    status=Label(ROW_STATUS_LABELS[again.status], lower=True),
                )
            )


def _repeats(earlier: int) -> Message:
    return msg("Trùng với dòng {row} trong tệp", row=earlier)


def _said(problem: Exception) -> Message | str:
    """What an unreadable cell's error says: its message, translated where it is shown."""
    message = getattr(problem, "message", None)
    return message if isinstance(message, Message) else str(problem)


def save_problem_rows(preview: ImportPreview, path: str | Path) -> int:
    """Write the invalid and conflicting rows, with their reasons, to fix and re-import:
    every column as read (labelled as in the file), and the unit a group heading gave
    the rows when the list has no unit column of its own."""
    rows = preview.blocking_rows
    width = max([len(r.cells) for r in rows] + list(preview.labels), default=0)
    labels = [preview.labels.get(c) or column_label(c) for c in range(1, width + 1)]
    unit_column = preview.columns.get("unit")
    headed = unit_column is None and any(r.unit for r in rows)
    header = ["Dòng trong tệp gốc", "Lý do", *labels]
    if headed:
        header.append("Đơn vị (theo dòng tiêu đề nhóm)")
    problem_rows = []
    fields = {c: f for f, c in preview.columns.items()}
    for row in rows:
        if row.cells:
            cells = [cell_text(v, preview.encoding) for v in row.cells]
        else:  # a row made without its cells: what was read of each mapped column
            cells = [row.raw.get(fields.get(c, ""), "") or None for c in range(1, width + 1)]
        cells += [None] * (width - len(cells))
        problem_rows.append([row.row_number, row.reason, *cells, *([row.unit] if headed else [])])
    write_problem_rows(Path(path), header, problem_rows)
    return len(problem_rows)


def _action(row: ImportRow, decision: Decision | None, skip_problem_rows: bool) -> str | None:
    if row.status == RowStatus.NEW:
        return "add"
    if row.status == RowStatus.MATCHED:
        return "merge"
    if row.status == RowStatus.CONFLICT and decision is not None:
        if decision == Decision.SKIP:
            return None
        if decision == Decision.MERGE and row.match_id is not None:
            return "merge"
        if decision == Decision.ADD_NEW:
            return "add"
    if skip_problem_rows:
        return None
    state = "không hợp lệ" if row.status == RowStatus.INVALID else "cần xem lại"
    raise ChiboError(
        msg(
            "Dòng {row_number} {state}: {reason}. Không có gì được ghi.",
            row_number=row.row_number,
            state=state,
            reason=row.reason,
        )
    )


def _write_row(session: Session, row: ImportRow, merge_into: int | None) -> None:
    person = row.person
    unit_id = cell.unit_id_for_name(session, row.unit, create=True) if row.unit else None
    if merge_into is not None:
        existing = people.get_person(session, merge_into)
        person = _merged(existing, row)
    person = person.with_changes(unit_id=unit_id or person.unit_id, id=merge_into)
    person_id = people.save_person(session, person)
    for kind, title in (
        (PositionKind.PARTY, row.party_position),
        (PositionKind.GOVERNMENT, row.government_position),
    ):
        if title:
            people.change_position(session, person_id, kind, title, None)


def _merged(existing: Person, row: ImportRow) -> Person:
    """The existing person with every non-empty imported value taken over; the kind only
    when the file says it: a guess, or "chính thức" read from an admission date or a
    card alone, never changes what the register knows."""
    imported = row.person
    taken = {k: v for k, v in imported.to_row().items() if v not in (None, "") and k != "unit_id"}
    promoted_by_date = (
        imported.kind == Kind.FULL
        and existing.kind != Kind.FULL
        and row.kind_source in (FROM_ADMISSION, FROM_CARD)
    )
    if not row.kind_sure or promoted_by_date:
        taken.pop("kind", None)
    taken.pop("status", None)
    return Person.from_row({**existing.to_row(), **taken, "id": existing.id})


_DATE_KEYS = frozenset({"birth_date", "admitted_on", "full_member_on", "status_date"})


def _change(label: str, old: object, new: object, key: str = "") -> Message:
    """One field's change as shown in the preview: dates as typed, kinds by their name."""
    return msg(
        "{field}: {old} → {new}", field=label, old=_as_typed(key, old), new=_as_typed(key, new)
    )


def _as_typed(key: str, value: object) -> str:
    """A field's value in a change line: dates as typed, the kind by its name."""
    if value in (None, ""):
        return "—"
    if key in _DATE_KEYS:
        return to_display(str(value))
    if key == "kind":
        return KIND_LABELS[Kind(str(value))]
    return str(value)


@dataclass(frozen=True)
class _Sheet:
    """What the whole sheet says about the kind of its rows."""

    title_text: str
    has_party_data: bool
    today: dt.date
    excel_epoch: dt.date  # day 0 of the file's serial dates


@dataclass
class _Columns:
    """The rows of a sheet as the import understands them, a list per field (what a
    Person and an ImportRow are made of), and what reading each row found wrong."""

    raws: ReadRows
    names: list[str]
    sexes: list[str | None]
    births: list[str | None]
    guesses: list[KindGuess]
    kinds: list[Kind]
    cards: list[str | None]
    admissions: list[str | None]
    full_members: list[str | None]
    phones: list[str | None]
    emails: list[str | None]
    notes: list[str | None]
    units: list[str | None]
    party_positions: list[str | None]
    government_positions: list[str | None]
    reasons: dict[int, list[Message | str]]  # row index -> why its cells cannot be read as they are

    def person(self, i: int) -> Person:
        return Person(
            full_name=self.names[i],
            sex=self.sexes[i],
            birth_date=self.births[i],
            kind=self.kinds[i],
            party_card=self.cards[i],
            admitted_on=self.admissions[i],
            full_member_on=self.full_members[i],
            phone=self.phones[i],
            email=self.emails[i],
            notes=self.notes[i],
        )

    def row(self, i: int) -> ImportRow:
        """Row i as read, before it is classified (status NEW)."""
        guess = self.guesses[i]
        reasons = self.reasons.get(i, [])
        return ImportRow(
            row_number=self.raws.row_numbers[i],
            status=RowStatus.NEW,
            reasons=list(reasons),
            person=self.person(i),
            unit=self.units[i],
            party_position=self.party_positions[i],
            government_position=self.government_positions[i],
            raw={name: _shown(value) for name, value in self.raws.values(i).items()},
            cells=self.raws.cells[i],
            kind_source=guess.source,
            kind_sure=guess.sure,
            parse_reasons=list(reasons),
        )


def _convert_all(raws: ReadRows, columns: dict[str, list[object]], sheet: _Sheet) -> _Columns:
    """Every row of the sheet as the import understands it, a column at a time
    (`columns`: raws.columns()): each column's values are turned into text (or a date) in
    one pass, a text repeated down the list (sexes, positions, units, kinds) worked out
    once. Same values and reasons (in column order) as one row at a time."""
    count = len(raws)
    keys = columns.keys()
    blank: list[object] = [None] * count

    def column(name: str) -> list[object]:
        return columns.get(name, blank)

    texts = {name: _text_column(columns[name]) for name in _TEXT_FIELDS & keys}
    no_text = [""] * count

    def text(name: str) -> list[str]:
        return texts.get(name, no_text)

    date_columns = {
        name: _date_column(column(name), sheet.excel_epoch, name in PARTIAL_DATE_FIELDS)
        for name in _DATE_FIELDS
    }
    births, admissions, full_members = (date_columns[name][0] for name in _DATE_FIELDS)
    reasons: dict[int, list[Message | str]] = {}
    for name in _DATE_FIELDS:  # in the order of the fields, as a row's reasons read
        for i, problem in date_columns[name][1].items():
            reasons.setdefault(i, []).append(
                msg("{field}: {problem}", field=FIELD_LABELS[name], problem=_said(problem))
            )
    sexes = [
        sex or from_layout
        for sex, from_layout in zip(_mapped(text("sex"), _sex), raws.layout_sexes(), strict=True)
    ]
    for i, (sex, value) in enumerate(zip(sexes, column("sex"), strict=True)):
        if sex is None and value not in (None, ""):
            reasons.setdefault(i, []).append(
                msg("Giới tính “{value}” không rõ (cần Nam hoặc Nữ)", value=_shown(value))
            )
    for i, value in enumerate(column("party_card")):
        if type(value) is not str and _beyond_excel_precision(value):
            reasons.setdefault(i, []).append(
                msg(
                    "Số thẻ “{value}” được lưu dạng số có hơn 15 chữ số: Excel chỉ giữ đúng 15 "
                    "chữ số nên các chữ số cuối có thể đã bị đổi. Hãy định dạng cột số thẻ là "
                    "Văn bản (Text), gõ lại số thẻ đúng rồi nhập lại",
                    value=_shown(value),
                )
            )
    party_positions = _mapped(text("party_position"), _position)
    # "Đảng viên", "Quần chúng" in the "Chức vụ đảng" column say the kind, not a post.
    statuses_as_posts = [p if is_status_not_post(p) else None for p in party_positions]
    cards = _mapped(text("party_card"), _card)
    guesser = KindGuesser(sheet.today, sheet.has_party_data, sheet.title_text)
    guesses = guesser.guess_all(
        column("kind"), column("notes"), statuses_as_posts, raws.headings, cards, admissions,
        full_members,
    )  # fmt: skip
    return _Columns(
        raws=raws,
        names=_mapped(text("full_name"), title_case_words),  # text() is clean
        sexes=sexes,
        births=births,
        guesses=guesses,
        kinds=[guess.kind for guess in guesses],
        cards=cards,
        admissions=admissions,
        full_members=full_members,
        phones=_mapped(text("phone"), _phone),
        emails=[t or None for t in text("email")],
        notes=[t or None for t in text("notes")],
        units=[t or None for t in text("unit")],
        party_positions=[
            None if status else post
            for post, status in zip(party_positions, statuses_as_posts, strict=True)
        ],
        government_positions=_mapped(text("government_position"), _position),
        reasons=reasons,
    )


def _shown(value: object) -> str:
    """A value as the preview shows it: the reader's text as it is (cleaned already:
    RawRow.values), a date as dd/mm/yyyy, anything else as _text."""
    if type(value) is str:
        return value
    return _day_text(value) if isinstance(value, dt.date) else _text(value)


def _text_column(values: list[object]) -> list[str]:
    """_text of each value of a column (the reader's text is clean already)."""
    return ["" if v is None else v if type(v) is str else _text(v) for v in values]


_T = TypeVar("_T")


def _mapped(texts: list[str], work: Callable[[str], _T]) -> list[_T]:
    """work(text) for each text of a column, once per distinct text."""
    done = {text: work(text) for text in set(texts)}
    return [done[text] for text in texts]


def _date_column(
    values: list[object], excel_epoch: dt.date, partial: bool
) -> tuple[list[str | None], dict[int, BadDate]]:
    """The ISO date of each value (None when empty or unreadable) and, by row index,
    why each unreadable one is not a date."""
    datetime = dt.datetime
    # A day in range is parse_date's answer without its call; the others are parsed after.
    found: list[str | None] = [
        value.date().isoformat()
        if type(value) is datetime and FIRST_YEAR <= value.year <= LAST_YEAR
        else _UNPARSED
        if value is not None
        else None
        for value in values
    ]
    problems: dict[int, BadDate] = {}
    for i, iso in enumerate(found):
        if iso is _UNPARSED:
            try:
                found[i] = parse_date(values[i], excel_epoch, partial=partial)
            except BadDate as error:
                problems[i] = error
                found[i] = None
    return found, problems


_UNPARSED = "unparsed"  # a value still to parse (by identity: no date is this text)


class _Matcher:
    """Finds who a row already is: by party card, else by name + date of birth."""

    def __init__(self, session: Session):
        self.session = session
        self.today = session.today()
        self.by_card: dict[str, tuple[int, str, str | None]] = {}
        self.by_name: dict[str, list[tuple[int, str, str | None, str | None]]] = {}
        for person_id, name, birth, card in people_repo.match_keys(session.db):
            if card:
                self.by_card[card] = (person_id, name, birth)
            self.by_name.setdefault(fold(name), []).append((person_id, name, birth, card))
        self.seen_cards: dict[str, int] = {}
        self.seen_people: dict[tuple[str, str | None], int] = {}
        self._units: dict[int, str] | None = None  # read when a matched row names a unit
        self._folded: dict[str, str] = {}  # each name's search form (names repeat)

    def classify_all(self, columns: _Columns) -> PreviewRows:
        """Every row classified as `classify` would, in order, without building its
        objects: a row the column-wise checks find valid (core.people.without_problems)
        and whose name and card the register does not hold needs only the duplicate
        check. The others — invalid, or maybe someone already registered — go through
        `classify` whole and are kept built."""
        valid = without_problems(
            self.today, columns.names, columns.sexes, columns.births, columns.kinds,
            columns.cards, columns.admissions, columns.full_members, columns.phones,
            columns.emails,
        )  # fmt: skip
        statuses: list[RowStatus] = []
        duplicates: dict[int, list[Message | str]] = {}  # row index -> the reason
        built: dict[int, ImportRow] = {}
        folds = {name: self._fold(name) for name in set(columns.names)}
        by_name, by_card, unread = self.by_name, self.by_card, columns.reasons
        seen_cards, seen_people = self.seen_cards, self.seen_people
        for i, (row_number, name, card, birth, ok) in enumerate(
            zip(columns.raws.row_numbers, columns.names, columns.cards, columns.births, valid,
                strict=True)
        ):  # fmt: skip
            folded = folds[name]
            if not ok or i in unread or folded in by_name or (card and card in by_card):
                row = built[i] = self.classify(columns.row(i))
                statuses.append(row.status)
                continue
            # _earlier, without its call
            key = (folded, birth)
            earlier = seen_cards.get(card or "") or seen_people.get(key) or 0
            if card:
                seen_cards.setdefault(card, row_number)
            seen_people.setdefault(key, row_number)
            if earlier:
                duplicates[i] = [_repeats(earlier)]
            statuses.append(RowStatus.CONFLICT if earlier else RowStatus.NEW)
        today = self.today

        def build(i: int) -> ImportRow:  # as classify leaves a valid row in no register
            row = columns.row(i)
            row.warnings = _warnings(row.person, today)
            row.status, row.reasons = statuses[i], list(duplicates.get(i, []))
            return row

        return PreviewRows(statuses, columns.kinds, build, built)

    def _fold(self, name: str) -> str:
        folded = self._folded.get(name)
        if folded is None:
            folded = self._folded[name] = fold(name)
        return folded

    def _earlier(self, row_number: int, folded: str, birth: str | None, card: str | None) -> int:
        """The row of the file this one repeats (same card, or same name and birth date),
        0 when none; the row is remembered for those after it."""
        key = (folded, birth)
        earlier = self.seen_cards.get(card or "") or self.seen_people.get(key)
        if card:
            self.seen_cards.setdefault(card, row_number)
        self.seen_people.setdefault(key, row_number)
        return earlier or 0

    def classify(self, row: ImportRow) -> ImportRow:
        person = row.person
        row.warnings = _warnings(person, self.today)
        problems = validate_person(person, self.today)
        if problems or row.reasons:
            return self._set(row, RowStatus.INVALID, [*row.reasons, *problems.values()])
        folded = self._fold(person.full_name)
        key = (folded, person.birth_date)
        earlier = self._earlier(row.row_number, folded, person.birth_date, person.party_card)
        if earlier:
            return self._set(row, RowStatus.CONFLICT, [_repeats(earlier)])
        if person.party_card and person.party_card in self.by_card:
            match_id, name, _birth = self.by_card[person.party_card]
            if fold(name) != key[0]:
                return self._set(
                    row,
                    RowStatus.CONFLICT,
                    [
                        msg(
                            "Số thẻ {card} đã thuộc về {name} (khác tên)",
                            card=person.party_card,
                            name=name,
                        )
                    ],
                    match_id,
                    name,
                )
            return self._matched(row, match_id, name)
        same_name = self.by_name.get(key[0], [])
        for match_id, name, birth, card in same_name:
            if birth and person.birth_date and birth == person.birth_date:
                if card and person.party_card and card != person.party_card:
                    return self._set(
                        row,
                        RowStatus.CONFLICT,
                        [
                            msg(
                                "Trùng họ tên, ngày sinh với {name} nhưng khác số thẻ ({card})",
                                name=name,
                                card=card,
                            )
                        ],
                        match_id,
                        name,
                    )
                return self._matched(row, match_id, name)
        unsure = [m for m in same_name if not (m[2] and person.birth_date)]
        if unsure:
            match_id, name, birth, _card = unsure[0]
            return self._set(
                row,
                RowStatus.CONFLICT,
                [
                    msg(
                        "Trùng tên với {name} (đã có, ngày sinh {birth}): cần xác nhận là cùng "
                        "một người hay người mới",
                        name=name,
                        birth=birth or msg("chưa rõ"),
                    )
                ],
                match_id,
                name,
            )
        return self._set(row, RowStatus.NEW, [])

    def _matched(self, row: ImportRow, match_id: int, name: str) -> ImportRow:
        existing = people.get_person(self.session, match_id)
        merged = _merged(existing, row)
        if merged.kind != row.person.kind:  # the guess gives way: show what will be kept
            row.person = row.person.with_changes(kind=merged.kind)
            row.kind_source, row.kind_sure = FROM_REGISTER, False
        changes = self._changes(existing, merged, row)
        problems = validate_person(merged, self.today)
        if problems:
            return self._set(row, RowStatus.INVALID, [*map(str, problems.values())], match_id, name)
        row = self._set(row, RowStatus.MATCHED, [], match_id, name)
        row.changes = changes
        row.warnings = _warnings(merged, self.today)
        return row

    def _changes(self, existing: Person, merged: Person, row: ImportRow) -> list[Message]:
        """What writing the row changes in the register, field by field as the secretary
        reads them ("Đơn vị: Văn phòng → Phòng Kế hoạch"): the person's fields, the unit
        and the current positions the import replaces (_write_row)."""
        found = [
            _change(FIELD_LABELS[k], getattr(existing, k), getattr(merged, k), k)
            for k in FIELD_LABELS
            if k != "unit_id" and getattr(existing, k) != getattr(merged, k)
        ]
        unit = clean(row.unit or "")
        if unit:
            if self._units is None:
                self._units = cell_repo.unit_names(self.session.db)
            before = self._units.get(existing.unit_id or -1)
            if (before or "").casefold() != unit.casefold():
                found.append(_change(FIELD_LABELS["unit_id"], before, unit))
        titles = ((PositionKind.PARTY, row.party_position), (PositionKind.GOVERNMENT,
                  row.government_position))  # fmt: skip
        if any(title for _kind, title in titles) and existing.id is not None:
            positions = people.list_positions(self.session, existing.id)
            for kind, title in titles:
                held = [p.title for p in positions if p.kind == kind and p.is_current(self.today)]
                if title and not any(t.casefold() == title.casefold() for t in held):
                    label = IMPORT_FIELDS[f"{kind}_position"]
                    found.append(_change(label, "; ".join(held), title))
        return found

    @staticmethod
    def _set(
        row: ImportRow,
        status: RowStatus,
        reasons: list[Message | str],
        match_id: int | None = None,
        match_name: str | None = None,
    ) -> ImportRow:
        row.status, row.reasons, row.match_id, row.match_name = (
            status,
            reasons,
            match_id,
            match_name,
        )
        return row


def _warnings(person: Person, today: dt.date) -> list[Message | str]:
    found = person_warnings(person.kind, person.admitted_on, person.full_member_on, today)
    return list(found.values())


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(None if value is None else str(value))


def _day_text(value: dt.date) -> str:
    if value.year >= 1000:  # as strftime writes it, without its cost per call
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return value.strftime("%d/%m/%Y")


# The values below repeat down a list (a few sexes, positions): each is worked out once.


@functools.lru_cache(maxsize=4096)
def _sex(text: str) -> str | None:
    folded = fold(text)
    if folded in ("nam", "m", "male", "trai"):
        return "Nam"
    if folded in ("nu", "f", "female", "gai"):
        return "Nữ"
    return None


def _beyond_excel_precision(value: object) -> bool:
    """A number with more than 15 significant digits: Excel (IEEE doubles) keeps only
    15, so 12345678901234567890 comes back as 12345678901234567168 — a card number to
    be typed again as text, not one to store."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if isinstance(value, float) and not value.is_integer():
        return False
    return len(str(abs(int(value)))) > 15


def _card(text: str) -> str | None:
    return clean_or_none(text.replace(" ", ""))


def _phone(text: str) -> str | None:
    if text.isdigit() and len(text) == 9:  # Excel dropped the leading zero
        text = "0" + text
    return text or None


@functools.lru_cache(maxsize=4096)
def _position(text: str) -> str | None:
    return text[:1].upper() + text[1:] if text else None


def _check_mapping(mapping: dict[str, int]) -> None:
    unknown = set(mapping) - set(IMPORT_FIELDS)
    if unknown:
        raise ChiboError(msg("Cột không hợp lệ: {columns}", columns=", ".join(sorted(unknown))))


__all__ = ["preview_file", "with_kinds", "apply_import", "save_problem_rows", "SheetReading"]
