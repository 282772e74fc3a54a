"""Recognising the parts of a member list: header labels, the column-number row under
the header, and the total line / signature block that ends the list.

All comparisons use the folded form (core.text.fold: no diacritics, lower case) with
punctuation turned into spaces, so "Họ và tên:" and "HỌ VÀ TÊN" match alike.
"""

from __future__ import annotations

import re

from chibo_app.core.text import fold

DATE_FIELDS = frozenset({"birth_date", "admitted_on", "full_member_on"})
# A column that numbers the rows; it counts towards finding the header, never mapped.
ROW_NUMBER = "_row_number"

_SYNONYMS: dict[str, tuple[str, ...]] = {
    ROW_NUMBER: ("stt", "tt", "so tt", "so thu tu"),
    "full_name": (
        "ho va ten",
        "ho ten",
        "ho va ten dang vien",
        "ho ten dang vien",
        "ho va ten khai sinh",
    ),
    "sex": ("gioi tinh", "nam nu", "gioi"),
    "birth_date": ("ngay sinh", "ngay thang nam sinh", "nam sinh", "sinh ngay"),
    "kind": (
        "loai",
        "loai dang vien",
        "dang vien chinh thuc du bi",
        "chinh thuc du bi",
        "dang vien chinh thuc dang vien du bi",
    ),
    "party_card": ("so the dang vien", "so the dv", "so the", "the dang vien", "so the dang"),
    "admitted_on": (
        "ngay vao dang",
        "ngay ket nap",
        "ngay ket nap dang",
        "ngay vao dang du bi",
        "ngay ket nap vao dang",
    ),
    "full_member_on": (
        "ngay chinh thuc",
        "ngay cong nhan chinh thuc",
        "ngay chuyen chinh thuc",
        "ngay cong nhan dang vien chinh thuc",
        "ngay dv chinh thuc",
    ),
    "unit": (
        "don vi",
        "phong",
        "don vi cong tac",
        "phong don vi",
        "noi cong tac",
        "phong ban",
        "co quan don vi",
    ),
    "party_position": ("chuc vu dang", "chuc vu trong dang"),
    "government_position": (
        "chuc vu chinh quyen",
        "chuc vu",
        "chuc vu chinh quyen doan the",
        "chuc vu chuyen mon",
        "chuc danh",
        "chuc vu cong tac",
    ),
    "phone": ("dien thoai", "sdt", "so dien thoai", "dt", "dien thoai di dong"),
    "email": ("email", "e mail", "thu dien tu"),
    "notes": ("ghi chu",),
}
_EXACT = {synonym: field for field, synonyms in _SYNONYMS.items() for synonym in synonyms}
# Longest first, so "chuc vu dang" wins over "chuc vu" as a prefix.
_PREFIXES = sorted(_EXACT.items(), key=lambda item: -len(item[0]))

# Second header row under a merged parent: (parent field, folded sub-label) -> meaning.
SEX_SUBLABELS = {"nam": "Nam", "nu": "Nữ"}
_SUB_FIELDS = {
    ("admitted_on", "du bi"): "admitted_on",
    ("admitted_on", "ket nap"): "admitted_on",
    ("admitted_on", "vao dang"): "admitted_on",
    ("admitted_on", "chinh thuc"): "full_member_on",
    ("government_position", "dang"): "party_position",
    ("government_position", "chinh quyen"): "government_position",
    ("government_position", "chinh quyen doan the"): "government_position",
    ("government_position", "doan the"): "government_position",
}

_PUNCTUATION = re.compile(r"[^a-z0-9]+")
_COLUMN_NUMBER = re.compile(r"^\(?\s*(\d{1,2}|[a-z])\s*\)?$")
_PLACE_DATE = re.compile(r"^([a-z .]*,)?\s*ngay\b.*\bthang\b.*\bnam\b")
# "Cộng: 25", "Cộng 25 người" but not the family name "Công Tằng Tôn Nữ …".
_TOTAL = re.compile(r"^(cong|tong)\s*(so|cong)?\s*[:\d]")
_FOOTER_STARTS = (
    "tong so ",
    "tong cong ",
    "t m ",
    "tm ",
    "bi thu ",
    "pho bi thu ",
    "nguoi lap",
    "xac nhan",
    "danh sach nay co",
    "danh sach co ",
)
_FOOTER_EXACT = {
    "cong",
    "tong",
    "tong so",
    "bi thu",
    "pho bi thu",
    "t m chi bo",
    "tm chi bo",
    "t m chi uy",
    "nguoi lap bieu",
    "nguoi lap",
    "ky ten",
    "ky ghi ro ho ten",
    "ky va ghi ro ho ten",
    "chi uy",
}


def label_key(text: str) -> str:
    """'Họ và tên:' -> 'ho va ten'; '(1)' -> '1'."""
    return _PUNCTUATION.sub(" ", fold(text)).strip()


def field_for_label(text: str) -> str | None:
    """The field a header label names, ROW_NUMBER for 'STT', or None."""
    key = label_key(text)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for synonym, field in _PREFIXES:
        # "Họ và tên (ghi chữ in hoa)", "Ngày sinh dd/mm/yyyy"; short synonyms must be exact.
        if len(synonym) > 3 and key.startswith(synonym + " "):
            return field
    return None


def sub_field(parent: str, text: str) -> str | None:
    """Meaning of a sub-label under a merged parent label, e.g. 'Chính thức' under
    'Ngày vào Đảng' -> 'full_member_on'. Sex sub-labels are handled separately."""
    return _SUB_FIELDS.get((parent, label_key(text)))


def is_column_number_row(texts: list[str]) -> bool:
    """'(1) (2) (3)…' or '1 2 3…' or 'A B C…' under the header."""
    keys = [label_key(t) for t in texts if t]
    return len(keys) >= 2 and all(_COLUMN_NUMBER.match(k) for k in keys)


# First words a footer can start with (NFC, lower case, with or without diacritics):
# a cheap test run on every name before the folding one.
_FOOTER_FIRST_WORDS = frozenset(
    "cộng cong tổng tong t tm bí bi phó pho người nguoi xác xac danh ký ky chi".split()
)
_FIRST_WORD = re.compile(r"[^\s/.:,;()]*")
_FOOTER_STARTS_WITH = tuple(_FOOTER_FIRST_WORDS)  # a first word is one only if the text
# starts with it: most names are told apart without the pattern


def is_footer_text(text: str) -> bool:
    """A total line, signature block or place-date line ending the list."""
    lowered = text.lower()
    if "ngày" not in lowered and "ngay" not in lowered:
        if not lowered.startswith(_FOOTER_STARTS_WITH):
            return False
        first = _FIRST_WORD.match(lowered)
        if first is None or first.group(0) not in _FOOTER_FIRST_WORDS:
            return False
    key = label_key(text)
    if not key:
        return False
    folded = fold(text)
    if key in _FOOTER_EXACT or _PLACE_DATE.match(folded) or _TOTAL.match(folded):
        return True
    return any(key.startswith(start) for start in _FOOTER_STARTS)
