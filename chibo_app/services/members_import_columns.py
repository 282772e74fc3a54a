"""The rows of a member list as the import understands them, a column per field:
text, dates, sexes, cards and phones made from what the reader read, the kind guessed,
and why a cell cannot be read as it is."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from chibo_app.core.dates import FIRST_YEAR, LAST_YEAR, BadDate, parse_date
from chibo_app.core.member_import import ImportRow, RowStatus
from chibo_app.core.member_kinds import KindGuess, KindGuesser, is_status_not_post
from chibo_app.core.messages import Message, msg
from chibo_app.core.people import FIELD_LABELS, PARTIAL_DATE_FIELDS, Kind, Person
from chibo_app.core.text import clean, clean_or_none, fold, title_case_words
from chibo_app.spreadsheets.read_rows import ReadRows

_DATE_FIELDS = ("birth_date", "admitted_on", "full_member_on")
# The fields the import reads as text (the dates are parsed from their values).
_TEXT_FIELDS = frozenset(
    {"full_name", "sex", "party_card", "unit", "party_position", "government_position", "phone",
     "email", "notes"}
)  # fmt: skip


def _said(problem: Exception) -> Message | str:
    """What an unreadable cell's error says: its message, translated where it is shown."""
    message = getattr(problem, "message", None)
    return message if isinstance(message, Message) else str(problem)


@dataclass(frozen=True)
class SheetFacts:
    """What the whole sheet says about the kind of its rows."""

    title_text: str
    has_party_data: bool
    today: dt.date
    excel_epoch: dt.date  # day 0 of the file's serial dates


@dataclass
class Columns:
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
            raw={name: shown(value) for name, value in self.raws.values(i).items()},
            cells=self.raws.cells[i],
            kind_source=guess.source,
            kind_sure=guess.sure,
            parse_reasons=list(reasons),
        )


def convert_all(raws: ReadRows, columns: dict[str, list[object]], sheet: SheetFacts) -> Columns:
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
                msg("Giới tính “{value}” không rõ (cần Nam hoặc Nữ)", value=shown(value))
            )
    for i, value in enumerate(column("party_card")):
        if type(value) is not str and _beyond_excel_precision(value):
            reasons.setdefault(i, []).append(
                msg(
                    "Số thẻ “{value}” được lưu dạng số có hơn 15 chữ số: Excel chỉ giữ đúng 15 "
                    "chữ số nên các chữ số cuối có thể đã bị đổi. Hãy định dạng cột số thẻ là "
                    "Văn bản (Text), gõ lại số thẻ đúng rồi nhập lại",
                    value=shown(value),
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
    return Columns(
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


def shown(value: object) -> str:
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
