"""Vietnamese text: normalisation, search folding, name casing and sort order.

The sort key is a pure-Python equivalent of QCollator(vi_VN) for names, so that
exports sort exactly like the screen: letters in Vietnamese alphabet order
(a ă â b c d đ e ê …), tones compared only when the letters are equal.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Runs of whitespace (Unicode \s covers NBSP and the other Zs spaces) and control chars.
_SPACES = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")

# Combining marks that make a different letter (primary difference).
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
# Combining marks that are tones (secondary difference), in ICU's Vietnamese order.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
_COMPOSED = {
    ("a", "breve"): "ă",
    ("a", "circumflex"): "â",
    ("e", "circumflex"): "ê",
    ("o", "circumflex"): "ô",
    ("o", "horn"): "ơ",
    ("u", "horn"): "ư",
}


def clean(text: str | None) -> str:
    """NFC, no control characters, single spaces, trimmed. None becomes ''."""
    if text is None:
        return ""
    text = str(text)
    if (  # already clean, the common case: one check instead of a regex and a copy
        text.isprintable()  # no control characters and no space but the ASCII one
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and (text.isascii() or unicodedata.is_normalized("NFC", text))
    ):
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text).strip()


def clean_or_none(text: str | None) -> str | None:
    return clean(text) or None


def _fold_table() -> dict[int, str | None]:
    """Every Latin letter with diacritics → its bare lower-case letter; marks → nothing."""
    table: dict[int, str | None] = {}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        bare = "".join(
            c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c)
        )
        table[code] = bare.lower().replace("đ", "d")
    for code in range(0x0300, 0x0370):  # combining marks of decomposed (NFD) input
        table[code] = None
    table[ord("Đ")] = table[ord("đ")] = "d"
    return table


_FOLD = _fold_table()


def fold(text: str | None) -> str:
    """Search form: no diacritics, đ→d, lower case, single spaces.

    A translation table rather than NFD + filtering: this runs for every row of a
    5,000-person list at start-up and for every keystroke of a search.
    """
    return clean(text).lower().translate(_FOLD)


def title_case_name(name: str | None) -> str:
    """'NGUYỄN  văn an' → 'Nguyễn Văn An' (each word capitalised, NFC)."""
    return title_case_words(clean(name)) if name else ""


def title_case_words(name: str) -> str:
    """title_case_name of a text clean already (as clean() leaves it), not cleaned again."""
    return " ".join(map(_title_word, name.split(" "))) if name else ""


@functools.lru_cache(maxsize=8192)  # names reuse few words (Nguyễn, Thị, Văn…)
def _title_word(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


@functools.lru_cache(maxsize=4096)  # names reuse few words; lists sort thousands
def _word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    letters: list[int] = []
    tones: list[int] = []
    for base_and_marks in _graphemes(unicodedata.normalize("NFD", word.lower())):
        base, marks = base_and_marks[0], base_and_marks[1:]
        tone = 0
        for mark in marks:
            if mark in _LETTER_MARKS:
                base = _COMPOSED.get((base, _LETTER_MARKS[mark]), base)
            elif mark in _TONES:
                tone = _TONES[mark]
        rank = _LETTER_RANK.get(base)
        letters.append(rank if rank is not None else 100 + ord(base))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def _graphemes(decomposed: str) -> list[str]:
    groups: list[str] = []
    for c in decomposed:
        if groups and unicodedata.combining(c):
            groups[-1] += c
        else:
            groups.append(c)
    return groups


@functools.lru_cache(maxsize=32768)  # a list of thousands is sorted again at every reload
def name_sort_key(full_name: str | None) -> tuple[object, ...]:
    """Vietnamese order: given name (last word) first, then family and middle names."""
    words = clean(full_name).split(" ")
    given, rest = words[-1], " ".join(words[:-1])
    given_letters, given_tones = _word_key(given)
    rest_keys = [_word_key(w) for w in rest.split(" ") if w]
    rest_letters = tuple(k[0] for k in rest_keys)
    rest_tones = tuple(k[1] for k in rest_keys)
    return (given_letters, rest_letters, given_tones, rest_tones, clean(full_name))
