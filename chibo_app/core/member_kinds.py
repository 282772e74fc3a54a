"""What kind of person a row of an imported list is: chính thức, dự bị or quần chúng.

A secretary's list says it in many ways, none of them always present: a "Loại" column,
a note ("Quần chúng", "ĐV dự bị"), a status typed in the "Chức vụ đảng" column, a
heading over a group of rows ("II. QUẦN CHÚNG"), the party fields (card, admission and
full-membership dates) filled or left empty while other rows have them, the list's
title. `infer_kind` weighs them in that order and says which one decided, so the
preview can show it and a weak guess never overwrites what the register already knows.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from chibo_app.core.dates import add_years, earliest
from chibo_app.core.messages import Message, Problems, msg
from chibo_app.core.people import Kind, PersonRowView
from chibo_app.core.text import fold

# Điều lệ Đảng Điều 5 k1: thời kỳ dự bị mười hai tháng, from the admission date.
PROBATION_MONTHS = 12


class KindWord(StrEnum):
    """What a piece of text says of a person's kind."""

    FULL = "full"
    PROBATIONARY = "probationary"
    NON_PARTY = "non_party"
    PARTY = "party"  # a party member, chính thức or dự bị not said


# Checked in this order: "không phải đảng viên" must not read as "đảng viên".
_WORDS: tuple[tuple[re.Pattern[str], KindWord], ...] = tuple(
    (re.compile(pattern), word)
    for pattern, word in (
        (r"\bquan chung\b", KindWord.NON_PARTY),
        (r"\b(khong|chua|ngoai)( phai| la| vao| duoc ket nap)* dang\b", KindWord.NON_PARTY),
        (r"^qc$", KindWord.NON_PARTY),
        (r"\bdu bi\b|^(dvdb|dv db)$", KindWord.PROBATIONARY),
        (r"\bchinh thuc\b|^(dvct|dv ct)$", KindWord.FULL),
        (r"\bdang vien\b|^(dv|dang)$", KindWord.PARTY),
    )
)


def kind_word(text: object, *, kind_column: bool = False) -> KindWord | None:
    """The kind a text names ("Quần chúng", "ĐV dự bị", "II. ĐẢNG VIÊN CHÍNH THỨC"),
    or None when it names none. In a "Loại"/"Đảng viên" column a bare "Không" means
    not a member (in a note it means nothing)."""
    if text is None:
        return None
    return _kind_word(str(text), kind_column)


_NOT_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r" +")


@functools.lru_cache(maxsize=4096)  # a list repeats a few values down 5,000 rows
def _kind_word(text: str, kind_column: bool) -> KindWord | None:
    folded = _SPACES.sub(" ", _NOT_WORD.sub(" ", fold(text))).strip()
    if not folded:
        return None
    if kind_column and folded == "khong":
        return KindWord.NON_PARTY
    for pattern, word in _WORDS:
        if pattern.search(folded):
            return word
    return None


@functools.lru_cache(maxsize=4096)
def is_status_not_post(title: str | None) -> bool:
    """A "Chức vụ đảng" value that is a kind ("Đảng viên", "Quần chúng", "Đảng viên dự
    bị"), not a post such as Bí thư or Chi ủy viên."""
    return bool(title) and kind_word(title) is not None and not _names_a_post(str(title))


def _names_a_post(title: str) -> bool:
    folded = fold(title)
    return any(word in folded for word in ("bi thu", "cap uy", "chi uy", "uy vien", "to truong"))


def party_post(person: PersonRowView) -> str:
    """The current party post (Bí thư, Chi ủy viên…), '' when none: being a member is a
    kind, not a post ("Đảng viên", "Quần chúng" stored as a post by an older import are
    not posts either)."""
    title = person.party_position or ""
    if not title or person.kind == Kind.NON_PARTY or is_status_not_post(title):
        return ""
    return title


def list_subject(kinds: Iterable[Kind]) -> str:
    """Who a list holds, as its title names them: "đảng viên" (party members only),
    "cán bộ, đảng viên" (both, as the seeds say), "quần chúng" (none of them members)."""
    found = set(kinds)
    party = bool(found & {Kind.FULL, Kind.PROBATIONARY})
    if party and Kind.NON_PARTY in found:
        return "cán bộ, đảng viên"
    return "đảng viên" if party or not found else "quần chúng"


def mixed_title(title_text: str) -> bool:
    """A list titled for both ("cán bộ, đảng viên", "đảng viên và quần chúng")."""
    folded = fold(title_text)
    return "dang vien" in folded and any(
        w in folded
        for w in ("can bo", "quan chung", "cong chuc", "vien chuc", "nguoi lao dong", "cbccvc")
    )


def party_list_title(title_text: str) -> bool:
    """A list titled for party members only ("DANH SÁCH ĐẢNG VIÊN")."""
    return "dang vien" in fold(title_text) and not mixed_title(title_text)


@dataclass(frozen=True)
class KindSignals:
    """Everything one row and its sheet say about the row's kind."""

    column: object = None  # the "Loại" column's value
    notes: object = None  # the "Ghi chú" column's value
    party_position: object = None  # "Chức vụ đảng", when it holds a status
    heading: str | None = None  # the section heading over the row
    card: str | None = None
    admitted_on: str | None = None  # ISO
    full_member_on: str | None = None  # ISO
    sheet_has_party_data: bool = False  # some row of the sheet fills a party field
    title_text: str = ""


@dataclass(frozen=True)
class KindGuess:
    kind: Kind
    source: Message | str  # where the kind comes from, shown in the preview
    sure: bool  # said by the file (column, note, heading, dates), not guessed


# Sources, shown in the preview next to the kind.
FROM_COLUMN = "theo cột Loại"
FROM_NOTES = "theo cột Ghi chú"
FROM_POSITION = "theo cột Chức vụ đảng"
FROM_FULL_DATE = "có ngày chính thức"
FROM_RECENT_ADMISSION = "vào Đảng chưa đủ 12 tháng"
FROM_ADMISSION = "có ngày vào Đảng"
FROM_CARD = "có số thẻ đảng viên"
FROM_NO_PARTY_DATA = "không có số thẻ, ngày vào Đảng như các dòng khác"
FROM_LIST_TITLE = "theo tên danh sách"
FROM_NOTHING = "danh sách không ghi là đảng viên"
FROM_USER = "đồng chí đã chọn"
FROM_REGISTER = "giữ như đã ghi trong danh sách của chi bộ"
# The fixed sources, shown as labels (a heading is told by a message naming it).
KIND_SOURCES = (
    FROM_COLUMN,
    FROM_NOTES,
    FROM_POSITION,
    FROM_FULL_DATE,
    FROM_RECENT_ADMISSION,
    FROM_ADMISSION,
    FROM_CARD,
    FROM_NO_PARTY_DATA,
    FROM_LIST_TITLE,
    FROM_NOTHING,
    FROM_USER,
    FROM_REGISTER,
)


def infer_kind(signals: KindSignals, today: dt.date) -> KindGuess:
    """The row's kind from the strongest signal it has.

    The words of the file come first (its "Loại" column, a note, a status in the "Chức
    vụ đảng" column, the heading over the row); then the party fields (a full-membership
    date, an admission date less or more than 12 months ago, a card); then the sheet: a
    row without any party field in a list whose other rows have them is quần chúng;
    last the title ("DANH SÁCH ĐẢNG VIÊN": chính thức, to be checked).
    """
    said: tuple[KindWord, Message | str] | None = None
    word = kind_word(signals.column, kind_column=True)
    if word is not None:
        said = (word, FROM_COLUMN)
    elif (word := kind_word(signals.notes)) is not None:
        said = (word, FROM_NOTES)
    elif (word := kind_word(signals.party_position)) is not None:
        said = (word, FROM_POSITION)
    elif (word := kind_word(signals.heading)) is not None:
        said = (word, msg("theo tiêu đề mục “{heading}”", heading=signals.heading or ""))
    if said is not None and said[0] != KindWord.PARTY:
        return KindGuess(Kind(str(said[0])), said[1], True)
    by_dates = _kind_by_party_fields(signals, today)
    if by_dates is not None:
        kind, source = by_dates
        return KindGuess(kind, source, True)
    if said is not None:  # "Đảng viên", no dates: chính thức until the secretary says
        return KindGuess(Kind.FULL, said[1], True)
    if signals.sheet_has_party_data:
        return KindGuess(Kind.NON_PARTY, FROM_NO_PARTY_DATA, False)
    if party_list_title(signals.title_text):
        return KindGuess(Kind.FULL, FROM_LIST_TITLE, False)
    return KindGuess(Kind.NON_PARTY, FROM_NOTHING, False)


class KindGuesser:
    """infer_kind for the rows of one sheet, each distinct combination worked out once.

    A guess depends on a row's words, on whether it has a card and a full-membership
    date, and on its admission date only through being under twelve months old on
    `today` (_kind_by_party_fields): 5,000 rows share a few dozen such keys.
    """

    def __init__(self, today: dt.date, sheet_has_party_data: bool, title_text: str) -> None:
        self.today = today
        self.sheet_has_party_data = sheet_has_party_data
        self.title_text = title_text
        self._recent_after = add_years(today, -PROBATION_MONTHS // 12)
        self._found: dict[tuple[object, ...], KindGuess] = {}
        self._recent: dict[str, bool] = {}  # admission date -> under twelve months

    def guess(
        self,
        column: object,
        notes: object,
        party_position: object,
        heading: str | None,
        card: str | None,
        admitted_on: str | None,
        full_member_on: str | None,
    ) -> KindGuess:
        recent = False
        if admitted_on:
            known = self._recent.get(admitted_on)
            if known is None:
                known = self._recent[admitted_on] = earliest(admitted_on) > self._recent_after
            recent = known
        key = (column, notes, party_position, heading, bool(card), bool(admitted_on), recent,
               bool(full_member_on))  # fmt: skip
        found = self._found.get(key)
        if found is None:
            signals = KindSignals(
                column=column,
                notes=notes,
                party_position=party_position,
                heading=heading,
                card=card,
                admitted_on=admitted_on,
                full_member_on=full_member_on,
                sheet_has_party_data=self.sheet_has_party_data,
                title_text=self.title_text,
            )
            found = self._found[key] = infer_kind(signals, self.today)
        return found

    def guess_all(
        self,
        columns: Sequence[object],
        notes: Sequence[object],
        party_positions: Sequence[object],
        headings: Sequence[str | None],
        cards: Sequence[str | None],
        admissions: Sequence[str | None],
        full_members: Sequence[str | None],
    ) -> list[KindGuess]:
        """guess() of each row, given a column per signal: the keys are made a column at a
        time, and a row calls guess() only when its key is new."""
        recent = self._recent
        for admitted_on in set(admissions):
            if admitted_on and admitted_on not in recent:
                recent[admitted_on] = earliest(admitted_on) > self._recent_after
        keys = zip(
            columns, notes, party_positions, headings, map(bool, cards), map(bool, admissions),
            [recent[a] if a else False for a in admissions], map(bool, full_members), strict=True,
        )  # fmt: skip
        found, guess = self._found, self.guess
        return [
            known
            if (known := found.get(key)) is not None
            else guess(column, note, post, heading, card, admitted_on, full_member_on)
            for key, column, note, post, heading, card, admitted_on, full_member_on in zip(
                keys, columns, notes, party_positions, headings, cards, admissions, full_members,
                strict=True,
            )
        ]  # fmt: skip


def _kind_by_party_fields(signals: KindSignals, today: dt.date) -> tuple[Kind, str] | None:
    if signals.full_member_on:
        return Kind.FULL, FROM_FULL_DATE
    admitted = signals.admitted_on
    if admitted:
        if earliest(admitted) > add_years(today, -PROBATION_MONTHS // 12):
            return Kind.PROBATIONARY, FROM_RECENT_ADMISSION
        return Kind.FULL, FROM_ADMISSION
    if signals.card:
        return Kind.FULL, FROM_CARD
    return None


def person_warnings(
    kind: Kind, admitted_on: str | None, full_member_on: str | None, today: dt.date
) -> Problems:
    """{field: warning} for what a secretary should check, never blocking:
    a full member without admission date, a probationary member without one, or past the
    twelve months of probation (Điều lệ Đảng Điều 5 k1) with no full-membership date."""
    warnings: Problems = {}
    if kind == Kind.FULL and not admitted_on:
        warnings["admitted_on"] = msg("Đảng viên chính thức chưa có ngày vào Đảng.")
    elif kind == Kind.PROBATIONARY and not admitted_on:
        warnings["admitted_on"] = msg("Đảng viên dự bị chưa có ngày vào Đảng.")
    elif (
        kind == Kind.PROBATIONARY
        and admitted_on
        and not full_member_on
        and earliest(admitted_on) <= add_years(today, -PROBATION_MONTHS // 12)
    ):
        warnings["full_member_on"] = msg(
            "Đã quá 12 tháng dự bị: cần xét công nhận đảng viên chính thức."
        )
    return warnings
