"""Who a row of a member list already is in the register (by party card, else by
name and date of birth), whether it repeats a row above it, and what writing it would
change."""

from __future__ import annotations

import datetime as dt

from chibo_app.core.dates import to_display
from chibo_app.core.member_import import IMPORT_FIELDS, ImportRow, PreviewRows, RowStatus
from chibo_app.core.member_kinds import FROM_ADMISSION, FROM_CARD, FROM_REGISTER, person_warnings
from chibo_app.core.messages import Message, msg
from chibo_app.core.people import (
    FIELD_LABELS,
    KIND_LABELS,
    Kind,
    Person,
    PositionKind,
    validate_person,
    without_problems,
)
from chibo_app.core.text import clean, fold
from chibo_app.services import people
from chibo_app.services.members_import_columns import Columns
from chibo_app.services.session import Session
from chibo_app.storage import cell_repo, people_repo


def _repeats(earlier: int) -> Message:
    return msg("Trùng với dòng {row} trong tệp", row=earlier)


def merged_person(existing: Person, row: ImportRow) -> Person:
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


class Matcher:
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

    def classify_all(self, columns: Columns) -> PreviewRows:
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
        merged = merged_person(existing, row)
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
