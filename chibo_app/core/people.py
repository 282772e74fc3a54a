"""People of the register: kinds, statuses, positions and the validation rules."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import NamedTuple

from chibo_app.core.dates import FIRST_YEAR, LAST_YEAR, add_years, earliest, in_range, latest
from chibo_app.core.messages import Problems, msg


class Kind(StrEnum):
    FULL = "full"
    PROBATIONARY = "probationary"
    NON_PARTY = "non_party"


class Status(StrEnum):
    ACTIVE = "active"
    TRANSFERRED = "transferred"
    EXEMPTED = "exempted"
    DECEASED = "deceased"


class PositionKind(StrEnum):
    PARTY = "party"
    GOVERNMENT = "government"


SEXES = ("Nam", "Nữ")
KIND_LABELS = {
    Kind.FULL: "Đảng viên chính thức",
    Kind.PROBATIONARY: "Đảng viên dự bị",
    Kind.NON_PARTY: "Quần chúng",
}
STATUS_LABELS = {
    Status.ACTIVE: "Đang sinh hoạt",
    Status.TRANSFERRED: "Đã chuyển sinh hoạt",
    Status.EXEMPTED: "Miễn công tác và sinh hoạt đảng",
    Status.DECEASED: "Đã từ trần",
}
# "Đã chuyển sinh hoạt" is said of party members; a colleague outside the party who
# leaves the agency has changed jobs.
NON_PARTY_STATUS_LABELS = {Status.TRANSFERRED: "Đã chuyển công tác"}
POSITION_KIND_LABELS = {
    PositionKind.PARTY: "Chức vụ đảng",
    PositionKind.GOVERNMENT: "Chức vụ chính quyền, đoàn thể",
}
PARTY_POSITIONS = ("Bí thư", "Phó Bí thư", "Chi ủy viên")
# What a person is, as a document's counts and titles name them.
PARTY_KINDS = (Kind.FULL, Kind.PROBATIONARY)
FIELD_LABELS = {
    "full_name": "Họ và tên",
    "sex": "Giới tính",
    "birth_date": "Ngày sinh",
    "kind": "Loại",
    "party_card": "Số thẻ đảng viên",
    "admitted_on": "Ngày vào Đảng",
    "full_member_on": "Ngày chính thức",
    "unit_id": "Đơn vị",
    "phone": "Điện thoại",
    "email": "Email",
    "status": "Trạng thái",
    "status_date": "Ngày thay đổi trạng thái",
    "status_note": "Ghi chú trạng thái",
    "notes": "Ghi chú",
}

_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*\.?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d .\-()]{8,20}$")
_CARD = re.compile(r"^[0-9A-Za-z.\-/]{4,20}$")
_ADULT_AGE = 18
_OLDEST_AGE = 120


@dataclass(frozen=True)
class Person:
    full_name: str
    sex: str | None = None
    birth_date: str | None = None
    kind: Kind = Kind.FULL
    party_card: str | None = None
    admitted_on: str | None = None
    full_member_on: str | None = None
    unit_id: int | None = None
    phone: str | None = None
    email: str | None = None
    status: Status = Status.ACTIVE
    status_date: str | None = None
    status_note: str | None = None
    notes: str | None = None
    id: int | None = None

    def to_row(self) -> dict[str, object]:
        """Storage form (without id)."""
        row = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}
        row["kind"] = str(self.kind)
        row["status"] = str(self.status)
        return row

    @classmethod
    def from_row(cls, row: dict[str, object]) -> Person:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        values["kind"] = Kind(str(values.get("kind") or Kind.FULL))
        values["status"] = Status(str(values.get("status") or Status.ACTIVE))
        return cls(**values)  # type: ignore[arg-type]

    def with_changes(self, **changes: object) -> Person:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Position:
    person_id: int
    kind: PositionKind
    title: str
    start_date: str | None = None
    end_date: str | None = None
    id: int | None = None

    def is_current(self, today: dt.date) -> bool:
        started = self.start_date is None or earliest(self.start_date) <= today
        return started and (self.end_date is None or latest(self.end_date) >= today)


@dataclass
class PersonRowView:
    """One line of the people list: the person with names resolved for display."""

    id: int
    full_name: str
    sex: str | None
    birth_date: str | None
    kind: Kind
    party_card: str | None
    admitted_on: str | None
    full_member_on: str | None
    unit: str | None
    party_position: str | None
    government_position: str | None
    status: Status
    phone: str | None = None
    email: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


# Dates old records often give without a day ("01/2019", "quý I/2019", "2019"): kept with
# the precision they were written with (core.dates, parse_date(partial=True)).
PARTIAL_DATE_FIELDS = frozenset({"admitted_on", "full_member_on"})


def validate_person(person: Person, today: dt.date) -> Problems:
    """Return {field: Vietnamese message} for every rule the person breaks."""
    problems: Problems = {}
    if not person.full_name:
        problems["full_name"] = msg("Chưa nhập họ và tên.")
    elif len(person.full_name) > 100 or not _NAME.match(person.full_name):
        problems["full_name"] = msg("Họ và tên chỉ gồm chữ cái (tối đa 100 ký tự).")
    elif " " not in person.full_name:
        problems["full_name"] = msg("Cần nhập đủ họ và tên (ít nhất hai chữ).")
    if person.sex is not None and person.sex not in SEXES:
        problems["sex"] = msg("Giới tính phải là “Nam” hoặc “Nữ”.")
    _check_dates(person, today, problems)
    if person.kind == Kind.NON_PARTY:
        if person.party_card:
            problems["party_card"] = msg("Quần chúng không có số thẻ đảng viên.")
        if person.admitted_on:
            problems["admitted_on"] = msg("Quần chúng không có ngày vào Đảng.")
    if person.kind == Kind.PROBATIONARY and person.full_member_on:
        problems["full_member_on"] = msg("Đảng viên dự bị chưa có ngày chính thức.")
    if person.party_card and not _CARD.match(person.party_card):
        problems["party_card"] = msg("Số thẻ đảng viên chỉ gồm chữ số (và dấu chấm), 4–20 ký tự.")
    if person.email and not _EMAIL.match(person.email):
        problems["email"] = msg("Địa chỉ email không hợp lệ.")
    if person.phone and not _PHONE.match(person.phone):
        problems["phone"] = msg("Số điện thoại không hợp lệ.")
    if person.status != Status.ACTIVE and not person.status_date:
        problems["status_date"] = msg(
            "Cần ghi ngày chuyển đi, miễn công tác và sinh hoạt đảng hoặc từ trần."
        )
    return problems


def _check_dates(person: Person, today: dt.date, problems: Problems) -> None:
    born = None  # each date parsed once: an import checks 5,000 people
    for name, value in (
        ("birth_date", person.birth_date),
        ("admitted_on", person.admitted_on),
        ("full_member_on", person.full_member_on),
        ("status_date", person.status_date),
    ):
        if not value:
            continue
        if not in_range(value):  # checked first: the arithmetic below stays in range
            problems[name] = msg(
                "{label}: năm phải trong khoảng {first}–{last}.",
                label=FIELD_LABELS[name],
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
            continue
        day = earliest(value)
        if name == "birth_date":
            born = day
        if day > today:
            problems[name] = msg("{label} không thể ở tương lai.", label=FIELD_LABELS[name])
    if born and "birth_date" not in problems and born < _oldest_birth(today):
        problems["birth_date"] = msg("Ngày sinh quá xa (trên 120 tuổi).")
    admitted = person.admitted_on
    if born and admitted and not {"birth_date", "admitted_on"} & problems.keys():
        if latest(admitted) < add_years(born, _ADULT_AGE):
            problems["admitted_on"] = msg("Ngày vào Đảng phải sau khi đủ 18 tuổi.")
    full = person.full_member_on
    if admitted and full and "full_member_on" not in problems:
        if latest(full) <= earliest(admitted):
            problems["full_member_on"] = msg("Ngày chính thức phải sau ngày vào Đảng.")
    if person.kind == Kind.FULL and full and not admitted:
        problems["admitted_on"] = msg("Đã có ngày chính thức thì cần có ngày vào Đảng.")


def without_problems(
    today: dt.date,
    full_names: Sequence[str],
    sexes: Sequence[str | None],
    births: Sequence[str | None],
    kinds: Sequence[Kind],
    cards: Sequence[str | None],
    admissions: Sequence[str | None],
    full_members: Sequence[str | None],
    phones: Sequence[str | None],
    emails: Sequence[str | None],
) -> list[bool]:
    """For people given a column per field, as an import makes them (active, no status
    date): whether validate_person finds nothing wrong with each. Each distinct name,
    date, card, phone and email is checked once (a list of 5,000 repeats them), and only
    the rules between fields are looked at per person. The rules are validate_person's:
    the same answer, tested on every combination of their edge cases."""
    names_ok = {
        n: bool(n) and len(n) <= 100 and _NAME.match(n) is not None and " " in n
        for n in set(full_names)
    }
    # Each date -> its first and last day when in range and not in the future, else None.
    spans: dict[str, tuple[dt.date, dt.date] | None] = {}
    for iso in {*births, *admissions, *full_members}:
        if not iso:
            continue
        if len(iso) == 10:  # a day, the common case: its own first and last day
            first = last = dt.date.fromisoformat(iso)
            if not FIRST_YEAR <= first.year <= LAST_YEAR:
                spans[iso] = None
                continue
        elif in_range(iso):
            first, last = earliest(iso), latest(iso)
        else:
            spans[iso] = None
            continue
        spans[iso] = None if first > today else (first, last)
    oldest = _oldest_birth(today)
    # Each birth date -> the day it turns 18 when it is a birth date that can be, else None.
    adult: dict[str, dt.date | None] = {}
    for iso in set(births):
        if iso:
            span = spans[iso]
            born_ok = span is not None and span[0] >= oldest
            adult[iso] = add_years(span[0], _ADULT_AGE) if span and born_ok else None
    # Each card, phone and email -> whether it may be written; an empty one may.
    cards_ok = {c: not c or _CARD.match(c) is not None for c in set(cards)}
    phones_ok = {p: not p or _PHONE.match(p) is not None for p in set(phones)}
    emails_ok = {e: not e or _EMAIL.match(e) is not None for e in set(emails)}
    sexes_ok = {s: s is None or s in SEXES for s in set(sexes)}
    probationary, full_kind, non_party = Kind.PROBATIONARY, Kind.FULL, Kind.NON_PARTY
    found: list[bool] = []
    add = found.append
    for name, sex, birth, kind, card, admitted, full, phone, email in zip(
        full_names, sexes, births, kinds, cards, admissions, full_members, phones, emails,
        strict=True,
    ):  # fmt: skip
        ok = names_ok[name] and sexes_ok[sex]
        admitted_span: tuple[dt.date, dt.date] | None = None
        grown = None  # the day of 18 years of a birth date given
        if ok and birth:
            grown = adult[birth]
            ok = grown is not None
        if ok and admitted:
            admitted_span = spans[admitted]
            ok = admitted_span is not None and (grown is None or admitted_span[1] >= grown)
        if ok and full:
            full_span = spans[full]
            ok = (
                full_span is not None
                and kind != probationary
                and (full_span[1] > admitted_span[0] if admitted_span else kind != full_kind)
            )
        if ok and kind == non_party:
            ok = not card and not admitted
        add(ok and cards_ok[card] and phones_ok[phone] and emails_ok[email])
    return found


@functools.lru_cache(maxsize=8)
def _oldest_birth(today: dt.date) -> dt.date:
    """The earliest birth date of someone alive today (_OLDEST_AGE years back)."""
    return add_years(today, -_OLDEST_AGE)


def validate_position(position: Position) -> Problems:
    problems: Problems = {}
    if not position.title:
        problems["title"] = msg("Chưa nhập tên chức vụ.")
    if position.start_date and position.end_date:
        if latest(position.end_date) < earliest(position.start_date):
            problems["end_date"] = msg("Ngày thôi giữ chức vụ phải sau ngày bắt đầu.")
    return problems


def status_label(status: Status, kind: Kind) -> str:
    """'Đã chuyển sinh hoạt' for a party member, 'Đã chuyển công tác' for quần chúng."""
    if kind == Kind.NON_PARTY and status in NON_PARTY_STATUS_LABELS:
        return NON_PARTY_STATUS_LABELS[status]
    return STATUS_LABELS[status]


# Membership on a date ---------------------------------------------------------------------


class PersonFact(NamedTuple):
    """What decides a person's membership on a date: today's kind and status with the
    dates that replay them (admission, full membership, leaving)."""

    id: int
    kind: str
    status: str
    status_date: str | None
    admitted_on: str | None
    full_member_on: str | None


_GONE = (Status.TRANSFERRED, Status.DECEASED)


def _dated_by(iso: str | None, day: dt.date) -> bool:
    return bool(iso) and earliest(iso or "") <= day


def kind_at(person: PersonFact, day: dt.date) -> Kind:
    """What the person was on `day`: a full member before the full-membership date was
    probationary, and before the admission date not yet a member."""
    kind = Kind(person.kind)
    if kind == Kind.NON_PARTY:
        return kind
    if person.admitted_on and not _dated_by(person.admitted_on, day):
        return Kind.NON_PARTY
    if kind == Kind.FULL and person.full_member_on and not _dated_by(person.full_member_on, day):
        return Kind.PROBATIONARY
    return kind


def in_cell(person: PersonFact, day: dt.date) -> bool:
    """Still in the cell on `day`: not transferred out or deceased by then (an undated
    departure counts as before)."""
    if person.status not in _GONE:
        return True
    return bool(person.status_date) and not _dated_by(person.status_date, day)


def on_roll(person: PersonFact, day: dt.date) -> bool:
    """On the roll of a cell meeting held on `day`: a party member that day (admitted on
    or before it; full or probationary) who had not left by then — transferred out,
    deceased or exempted from party activities on or before the day (an undated change
    counts as before). Non-party staff are on no roll: the minutes count "đồng chí"
    party members."""
    first, until = roll_span(person)
    return first <= day < until


@functools.lru_cache(maxsize=1 << 16)
def roll_span(person: PersonFact) -> tuple[dt.date, dt.date]:
    """The days `person` is on meeting rolls, first ≤ day < until (empty when first ≥
    until): worked out once per person, as a year's meetings ask it of every line."""
    if Kind(person.kind) == Kind.NON_PARTY:
        return dt.date.max, dt.date.min
    # Before the admission date not yet a member (kind_at); full or probationary after.
    first = earliest(person.admitted_on) if person.admitted_on else dt.date.min
    if person.status == Status.ACTIVE:
        return first, dt.date.max
    # Gone, or exempted, from the status date on; an undated change counts as before.
    return first, earliest(person.status_date) if person.status_date else dt.date.min
