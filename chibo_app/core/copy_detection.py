"""Copied plans: near-identical text between two people's plans, or a plan and last year's.

Method (measured on the corpus in tests/core/plan_corpus.py):
1. Each item of a plan (a remedy, a task with its target, a commitment) is folded
   (core.text.fold: no diacritics, lower case) and split into words.
2. Candidates: every pair when there are few plans (a cell has 5–60); above
   EXACT_LIMIT, MinHash LSH (one-permutation hashing, BINS bins, bands of ROWS) over
   the word 3-shingles that are not stock phrases (in more than COMMON_SHARE of the
   plans), so 5,000 plans cost one pass plus the likely pairs.
3. A cheap filter: the pair must share PREFILTER of the smaller plan's 3-shingles.
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
import unicodedata
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, compress

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

_WORD = re.compile(r"\w+")
_MASK = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15  # odd 64-bit constant (golden ratio): spreads the hash bits
_BIN_SHIFT = 64 - (BINS.bit_length() - 1)
_STARTS = [slot << _BIN_SHIFT for slot in range(BINS)]


@dataclass(frozen=True)
class Fingerprint:
    key: int
    items: tuple[tuple[int, ...], ...]  # the words of each item, as numbers (see _WordIds)
    shingles: frozenset[int]
    words: int


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


_word_ids = _WordIds()
_SEPARATOR = "\n"


def fingerprint(key: int, items: Iterable[str]) -> Fingerprint:
    text = _SEPARATOR.join(items)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    number_of = _word_ids.__getitem__
    words = tuple(
        numbers
        for numbers in (
            tuple(map(number_of, _WORD.findall(part))) for part in text.lower().split("\n")
        )
        if numbers
    )
    shingles: set[int] = set()
    for numbers in words:
        if len(numbers) < SHINGLE:
            shingles.add(hash(numbers))  # the hash of a tuple of ints is the same in every run
        else:
            shingles.update(map(hash, zip(numbers, numbers[1:], numbers[2:], strict=False)))
    return Fingerprint(
        key=key, items=words, shingles=frozenset(shingles), words=sum(map(len, words))
    )


def containment(a: Fingerprint, b: Fingerprint) -> float:
    smaller = min(len(a.shingles), len(b.shingles))
    return len(a.shingles & b.shingles) / smaller if smaller else 0.0


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Share of both plans' words that lie in passages they share (0–1)."""
    if not a.words or not b.words:
        return 0.0
    covered_a = 0
    covered_b: dict[int, set[int]] = defaultdict(set)
    for _i, j, blocks in _aligned(a.items, b.items):
        for _start_a, start_b, size in blocks:
            covered_a += size
            covered_b[j].update(range(start_b, start_b + size))
    return (covered_a + sum(map(len, covered_b.values()))) / (a.words + b.words)


def _aligned(
    a_items: Sequence[Sequence[int]], b_items: Sequence[Sequence[int]]
) -> Iterator[tuple[int, int, list[tuple[int, int, int]]]]:
    """Each item of a with its most similar item of b, and their shared runs of words."""
    for i, a_words in enumerate(a_items):
        best = process.extractOne(
            a_words, b_items, scorer=Indel.normalized_similarity, score_cutoff=ALIGN_CUTOFF
        )
        if best is None:
            continue
        j = best[2]
        b_words = b_items[j]
        whole = min(len(a_words), len(b_words))
        blocks = [
            (block.a, block.b, block.size)
            for block in Indel.opcodes(a_words, b_words).as_matching_blocks()
            if block.size and block.size >= min(MIN_RUN, whole)
        ]
        if blocks:
            yield i, j, blocks


# Finding the pairs --------------------------------------------------------------


def find_similar(prints: Sequence[Fingerprint], threshold: float = COPY_THRESHOLD) -> list[Match]:
    """Every pair of plans (by key) whose similarity reaches `threshold`, best first."""
    found = []
    for i, j in candidate_pairs(prints):
        match = compare(prints[i], prints[j], threshold)
        if match:
            found.append(match)
    return sorted(found, key=lambda m: (-m.score, m.a, m.b))


def compare(a: Fingerprint, b: Fingerprint, threshold: float = COPY_THRESHOLD) -> Match | None:
    if a.words < MIN_WORDS or b.words < MIN_WORDS:
        return None
    if containment(a, b) < PREFILTER:
        return None
    if a.key > b.key:
        a, b = b, a  # the same answer whichever way round the pair is asked
    score = similarity(a, b)
    return Match(a.key, b.key, round(score, 3)) if score >= threshold else None


def candidate_pairs(prints: Sequence[Fingerprint]) -> Iterator[tuple[int, int]]:
    """Index pairs worth comparing: all of them for a cell, LSH buckets above that."""
    count = len(prints)
    if count <= EXACT_LIMIT:
        for i in range(count):
            for j in range(i + 1, count):
                yield i, j
        return
    buckets: dict[tuple[int, ...], list[int]] = defaultdict(list)
    frequency = Counter(chain.from_iterable(p.shingles for p in prints))
    most = max(COMMON_MIN, int(count * COMMON_SHARE))
    common = set(compress(frequency.keys(), map(most.__lt__, frequency.values())))
    for index, item in enumerate(prints):
        if item.words < MIN_WORDS:
            continue
        # Stock phrases every plan uses would put most plans in one bucket: sketch the
        # rarer shingles, unless a plan is made of little else (a plan copied by many).
        rare = item.shingles - common
        sketch = _sketch(rare if len(rare) >= RARE_ENOUGH else item.shingles)
        for band in range(0, BINS - ROWS + 1, ROWS):
            buckets[(band, *sketch[band : band + ROWS])].append(index)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


def _sketch(shingles: frozenset[int]) -> list[int]:
    """One-permutation MinHash with densification, read off one sorted list.

    The bin is the top bits of the mixed hash, so sorting groups the values by bin with
    each bin's minimum first: the first value at or after a bin's start is that bin's
    minimum or, for an empty bin, the next filled bin's (whose top bits say which bin
    it came from, so a borrowed value never equals a bin's own minimum).
    """
    if not shingles:
        return [0] * BINS
    mixed = sorted([(value * _MIX) & _MASK for value in shingles])
    mixed.append(mixed[0])  # past the last bin: wrap round to the first filled one
    return [mixed[at] for at in map(partial(bisect_left, mixed, hi=len(mixed) - 1), _STARTS)]


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
