"""Copied plans: near-identical text between two people's plans, or a plan and last year's.

Method (measured on the corpus in tests/core/plan_corpus.py):
1. Each item of a plan (a remedy, a task with its target, a commitment) is folded
   (core.text.fold: no diacritics, lower case) and split into words.
2. Candidates: every pair when there are few plans (a cell has 5–60); above
   EXACT_LIMIT, MinHash LSH (one-permutation hashing, BINS bins, bands of ROWS) over
   the word 3-shingles that are not stock phrases (in more than COMMON_SHARE of the
   plans), a pair agreeing on MIN_BANDS bands, so 20,000 plans cost one pass plus the
   likely pairs (honest plans of one job agree on a band now and then, copies on many).
3. A cheap filter: the pair must share PREFILTER of the smaller plan's 3-shingles;
   only then are the items aligned. A year's plans wait compact (one character a
   word, shingles in an array), so 20,000 plans fit in little memory.
4. The score: items of one plan are aligned with their best partner in the other
   (rapidfuzz Indel similarity over words, so reordered tasks still pair up); inside
   each pair, runs of at least MIN_RUN identical words (rapidfuzz Indel opcodes over
   the word lists) are "shared passages".
   score = words in shared passages on both sides / all words of both plans.
   A plan is flagged at COPY_THRESHOLD: honest plans on the same job share stock
   phrases ("chấp hành nghiêm…") but rarely a third of their text; an edited copy
   (names swapped, a few words changed, tasks reordered) keeps most of it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from threading import Lock
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Indel

from chibo_app.core.text import fold

SHINGLE = 3  # words per shingle
MIN_RUN = 4  # words: a shorter common run is a stock phrase, not a shared passage
COPY_THRESHOLD = 0.5  # share of the text in shared passages that flags a copy
PREFILTER = 0.2  # share of the smaller plan's shingles the pair must have in common
MIN_WORDS = 8  # plans shorter than this are "too short", not compared
ALIGN_CUTOFF = 0.3  # word-level similarity below which two items are not a pair
EXACT_LIMIT = 400  # up to this many plans every pair is compared
BINS = 64
ROWS = 3
COMMON_SHARE = 0.01  # a shingle in more than this share of the plans is a stock phrase…
COMMON_MIN = 20  # …and in more than this many plans
RARE_ENOUGH = 8  # rarer shingles a plan needs for its sketch to skip the common ones
MIN_BANDS = 3  # bands two sketches agree on to make a candidate pair (above EXACT_LIMIT)

_WORD = re.compile(r"\w+")


Items = Sequence[Sequence[int] | str]  # a plan's items: word ids, or characters


@dataclass(frozen=True)
class Match:
    a: int  # keys of the two fingerprints
    b: int
    score: float


@dataclass(frozen=True)
class Passages:
    """Shared passages of two plans, as character ranges inside each item's text."""

    score: float
    a: tuple[tuple[tuple[int, int], ...], ...]  # per item of a: (start, end) ranges
    b: tuple[tuple[tuple[int, int], ...], ...]
    pairs: tuple[tuple[int, int], ...]  # (item of a, item of b) that share a passage


class _WordIds(dict[str, int]):
    """A lower-case word → the crc32 of its folded form: the same number in every run for
    "Nguyễn", "nguyen" and "NGUYEN". Vietnamese has a few thousand syllables, so folding
    each distinct word once is much cheaper than folding every plan's text."""

    def __missing__(self, word: str) -> int:
        number = self[word] = zlib.crc32(fold(word).encode())
        return number


class _WordChars(dict[int, str]):
    """A word's crc32 → one character standing for the word in this process.

    An item becomes a string with one character a word: rapidfuzz aligns strings
    fastest, and Python keeps them in 2 bytes a word (a tuple takes 8, its numbers
    more), so a year of 20,000 plans waits in a few MiB. Only equality of characters
    matters to the alignment, so the order in which words got theirs does not."""

    _FIRST = 0x100  # the separator ("\n") and other control characters never stand for a word
    _SKIPPED = range(0xD800, 0xE000)  # surrogates cannot be in a str on their own

    def __init__(self) -> None:
        super().__init__()
        self._lock = Lock()  # the editor's checks and a background search may meet here

    def __missing__(self, number: int) -> str:
        with self._lock:
            found = self.get(number)
            if found is None:
                code = self._FIRST + len(self)
                if code >= self._SKIPPED.start:
                    code += len(self._SKIPPED)
                if code > sys.maxunicode:  # over a million words: two rare ones may share
                    code = self._FIRST + number % (self._SKIPPED.start - self._FIRST)
                found = self[number] = chr(code)
            return found


_word_ids = _WordIds()
_word_chars = _WordChars()
_SEPARATOR = "\n"


@dataclass(frozen=True)
class Fingerprint:
    key: int
    items: tuple[str, ...]  # each item's words, one character a word (see _WordChars)
    shingles: frozenset[int]
    words: int


class Compact(NamedTuple):
    """A plan as copy detection keeps it while a year is searched: ~2 KB, not ~13 KB."""

    key: int
    text: str  # the items' word characters, items separated by _SEPARATOR
    size: int  # words
    shingles: array[int]  # distinct shingle hashes


# A line of a plan -> (its words as characters, its shingles)
_Line = tuple[str, tuple[int, ...]]


class Compactor:
    """Compacts plans one after another, reading each distinct line once: a year's
    plans repeat many lines word for word (stock remedies, copied tasks). The lines
    remembered are bounded, so the memory is too."""

    LIMIT = 20_000

    def __init__(self) -> None:
        self._lines: dict[str, _Line] = {}

    def __call__(self, key: int, items: Iterable[str]) -> Compact:
        lines = self._lines
        texts: list[str] = []
        shingles: set[int] = set()
        for line in _SEPARATOR.join(items).split(_SEPARATOR):
            found = lines.get(line)
            if found is None:
                if len(lines) >= self.LIMIT:
                    lines.clear()
                found = lines[line] = _line(line)
            if found[0]:
                texts.append(found[0])
                shingles.update(found[1])
        return Compact(key, _SEPARATOR.join(texts), sum(map(len, texts)), array("q", shingles))


def _line(line: str) -> _Line:
    if not unicodedata.is_normalized("NFC", line):
        line = unicodedata.normalize("NFC", line)
    numbers = tuple(map(_word_ids.__getitem__, _WORD.findall(line.lower())))
    words = "".join(map(_word_chars.__getitem__, numbers))
    if not numbers:
        return words, ()
    if len(numbers) < SHINGLE:
        return words, (hash(numbers),)  # the hash of a tuple of ints is the same in every run
    return words, tuple(map(hash, zip(numbers, numbers[1:], numbers[2:], strict=False)))


def compact(key: int, items: Iterable[str]) -> Compact:
    return Compactor()(key, items)


def fingerprint(key: int, items: Iterable[str]) -> Fingerprint:
    return expand(compact(key, items))


def expand(plan: Compact) -> Fingerprint:
    """The fingerprint a compact plan stands for."""
    return Fingerprint(
        key=plan.key, items=_items(plan), shingles=frozenset(plan.shingles), words=plan.size
    )


def _items(plan: Compact) -> tuple[str, ...]:
    return tuple(plan.text.split(_SEPARATOR)) if plan.text else ()


def containment(a: Fingerprint, b: Fingerprint) -> float:
    smaller = min(len(a.shingles), len(b.shingles))
    return len(a.shingles & b.shingles) / smaller if smaller else 0.0


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Share of both plans' words that lie in passages they share (0–1)."""
    return _similarity(a.items, b.items, a.words, b.words)


def _similarity(
    a_items: Items, b_items: Items, a_words: int, b_words: int, threshold: float = 0.0
) -> float:
    """The score; below `threshold` it may stop early and return a lower bound's worth.

    b's covered words are never more than a's (each shared run is as long on both
    sides), so the score is at most 2 × a's covered words / all words. First each item
    of a meets its best partner: it can cover no more of its words than their longest
    common subsequence (Indel similarity = 2 × LCS / both lengths), often too few for
    the threshold, and then no run is looked for at all."""
    if not a_words or not b_words:
        return 0.0
    total = a_words + b_words
    need = threshold * total / 2  # a's covered words the score needs
    reachable = a_words  # a's words that may still be covered
    partners = []
    for a_text in a_items:
        if reachable < need:
            return 2 * reachable / total  # cannot reach the threshold
        found = _partner(a_text, b_items)
        if found is None:
            reachable -= len(a_text)
            continue
        j, common = found
        reachable -= len(a_text) - common
        partners.append((a_text, j, common))
    covered_a = 0
    covered_b: dict[int, set[int]] = defaultdict(set)
    for a_text, j, common in partners:
        if covered_a + reachable < need:
            return 2 * (covered_a + reachable) / total
        reachable -= common
        for _start_a, start_b, size in _runs(a_text, b_items[j]):
            covered_a += size
            covered_b[j].update(range(start_b, start_b + size))
    return (covered_a + sum(map(len, covered_b.values()))) / total


def _aligned(
    a_items: Items, b_items: Items
) -> Iterator[tuple[int, int, list[tuple[int, int, int]]]]:
    """Each item of a with its most similar item of b, and their shared runs of words."""
    for i, a_words in enumerate(a_items):
        found = _partner(a_words, b_items)
        if found is not None:
            blocks = _runs(a_words, b_items[found[0]])
            if blocks:
                yield i, found[0], blocks


def _partner(a_words: Sequence[int] | str, b_items: Items) -> tuple[int, int] | None:
    """The item of b most similar to `a_words` (the first of equals) and the length of
    their longest common subsequence, or None when no item is similar enough."""
    best = process.extractOne(
        a_words, b_items, scorer=Indel.normalized_similarity, score_cutoff=ALIGN_CUTOFF
    )
    if best is None:
        return None
    j = best[2]
    both = len(a_words) + len(b_items[j])
    return j, round(best[1] * both / 2)  # the score is 2 × LCS / both, to a rounding


def _runs(a_words: Sequence[int] | str, b_words: Sequence[int] | str) -> list[tuple[int, int, int]]:
    """The shared runs of two items (start in a, start in b, length): their common
    blocks of at least MIN_RUN words (or all of the shorter item)."""
    shortest = min(MIN_RUN, len(a_words), len(b_words))
    return [
        (block.a, block.b, block.size)
        for block in Indel.opcodes(a_words, b_words).as_matching_blocks()
        if block.size and block.size >= shortest
    ]


# Finding the pairs --------------------------------------------------------------


def find_similar(prints: Sequence[Fingerprint], threshold: float = COPY_THRESHOLD) -> list[Match]:
    """Every pair of plans (by key) whose similarity reaches `threshold`, best first."""
    return _search(
        [p.key for p in prints],
        [_shingles(p) for p in prints],
        [p.words for p in prints],
        lambda i: prints[i].items,
        threshold,
    )


def find_copies(plans: Sequence[Compact], threshold: float = COPY_THRESHOLD) -> list[Match]:
    """find_similar over a whole year's plans, kept compact while searched."""
    return _search(
        [p.key for p in plans],
        [p.shingles for p in plans],
        [p.size for p in plans],
        lambda i: _items(plans[i]),
        threshold,
    )


def _shingles(plan: Fingerprint) -> array[int]:
    return array("q", plan.shingles)


def _search(
    keys: Sequence[int],
    shingles: Sequence[array[int]],
    sizes: Sequence[int],
    items_of: Callable[[int], Items],
    threshold: float,
) -> list[Match]:
    """Each candidate pair must share PREFILTER of the smaller plan's shingles before its
    items are aligned. Candidates come grouped by their first plan: its set is built once
    and met with each partner's array (no set built for the partner: at 20,000 plans a
    bounded cache of partners' sets missed on most of 190,000 candidates)."""
    found = []
    current = -1
    mine: frozenset[int] = frozenset()
    my_items: Items = ()
    for i, j in _candidates(shingles, sizes):
        if sizes[i] < MIN_WORDS or sizes[j] < MIN_WORDS:
            continue
        if i != current:
            current, mine, my_items = i, frozenset(shingles[i]), items_of(i)
        other = shingles[j]
        if len(mine.intersection(other)) < PREFILTER * min(len(mine), len(other)):
            continue
        if keys[i] > keys[j]:  # the same answer whichever way round the pair is asked
            score = _similarity(items_of(j), my_items, sizes[j], sizes[i], threshold)
            a, b = keys[j], keys[i]
        else:
            score = _similarity(my_items, items_of(j), sizes[i], sizes[j], threshold)
            a, b = keys[i], keys[j]
        if score >= threshold:
            found.append(Match(a, b, round(score, 3)))
    return sorted(found, key=lambda m: (-m.score, m.a, m.b))


def sharing_enough(plan: Fingerprint, others: Iterable[Compact]) -> Iterator[Compact]:
    """The plans of `others` that pass compare's cheap filter with `plan` (a set met
    with each one's shingle array: no set built for each of thousands of plans)."""
    if plan.words < MIN_WORDS:
        return
    shared = plan.shingles.intersection
    for other in others:
        if other.size < MIN_WORDS:
            continue
        smaller = min(len(plan.shingles), len(other.shingles))
        if smaller and len(shared(other.shingles)) >= PREFILTER * smaller:
            yield other


def compare(a: Fingerprint, b: Fingerprint, threshold: float = COPY_THRESHOLD) -> Match | None:
    if a.words < MIN_WORDS or b.words < MIN_WORDS:
        return None
    if containment(a, b) < PREFILTER:
        return None
    if a.key > b.key:
        a, b = b, a  # the same answer whichever way round the pair is asked
    score = _similarity(a.items, b.items, a.words, b.words, threshold)
    return Match(a.key, b.key, round(score, 3)) if score >= threshold else None


def candidate_pairs(prints: Sequence[Fingerprint]) -> Iterator[tuple[int, int]]:
    """Index pairs worth comparing: all of them for a cell, LSH buckets above that."""
    return _candidates([_shingles(p) for p in prints], [p.words for p in prints])


def copy_candidates(plans: Sequence[Compact]) -> Iterator[tuple[int, int]]:
    """candidate_pairs of a year kept compact."""
    return _candidates([p.shingles for p in plans], [p.size for p in plans])


def _candidates(
    shingles: Sequence[array[int]],
    sizes: Sequence[int],
) -> Iterator[tuple[int, int]]:
    count = len(shingles)
    if count <= EXACT_LIMIT:
        for i in range(count):
            for j in range(i + 1, count):
                yield i, j
        return
    # numpy only for a đảng bộ's year: a cell's few plans never pay for its import.
    from chibo_app.core.copy_candidates import Settings, lsh_pairs  # noqa: PLC0415

    settings = Settings(BINS, ROWS, MIN_BANDS, MIN_WORDS, COMMON_SHARE, COMMON_MIN, RARE_ENOUGH)
    yield from lsh_pairs(shingles, sizes, settings)


# Showing the passages -----------------------------------------------------------


def shared_passages(a_items: Sequence[str], b_items: Sequence[str]) -> Passages:
    """Where the two plans' items share text, as character ranges for highlighting."""
    a_tokens = [_tokens(t) for t in a_items]
    b_tokens = [_tokens(t) for t in b_items]
    a_words = [tuple(w for _s, _e, w in tokens) for tokens in a_tokens]
    b_words = [tuple(w for _s, _e, w in tokens) for tokens in b_tokens]
    a_ranges: list[list[tuple[int, int]]] = [[] for _ in a_items]
    b_ranges: list[set[tuple[int, int]]] = [set() for _ in b_items]
    pairs = []
    covered_a = 0
    covered_b: dict[int, set[int]] = defaultdict(set)
    for i, j, blocks in _aligned(a_words, b_words):
        pairs.append((i, j))
        for start_a, start_b, size in blocks:
            covered_a += size
            covered_b[j].update(range(start_b, start_b + size))
            a_ranges[i].append(_span(a_tokens[i], start_a, size))
            b_ranges[j].add(_span(b_tokens[j], start_b, size))
    total = sum(map(len, a_words)) + sum(map(len, b_words))
    covered = covered_a + sum(map(len, covered_b.values()))
    return Passages(
        score=round(covered / total, 3) if total else 0.0,
        a=tuple(tuple(sorted(r)) for r in a_ranges),
        b=tuple(tuple(sorted(r)) for r in b_ranges),
        pairs=tuple(pairs),
    )


def _tokens(text: str) -> list[tuple[int, int, int]]:
    """(start, end, word number) of each word of the text as it is shown."""
    return [(m.start(), m.end(), _word_ids[m.group().lower()]) for m in _WORD.finditer(text)]


def _span(tokens: list[tuple[int, int, int]], start: int, size: int) -> tuple[int, int]:
    return tokens[start][0], tokens[start + size - 1][1]
