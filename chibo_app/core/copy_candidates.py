"""Candidate pairs of a large year's plans (a đảng bộ's: thousands): MinHash LSH whole
arrays at a time with numpy, the same pairs as one plan at a time in Python, in a
fraction of the time (20,000 plans: 2.8 s → a few tenths).

One-permutation MinHash with densification: a shingle's hash, mixed, goes to the bin its
top bits name; a bin keeps its smallest value, and an empty bin borrows the next filled
bin's (wrapping round to the first), whose top bits say where it came from, so a
borrowed value never equals a bin's own. The sketch is cut into bands of `rows` bins; two
plans agreeing on at least `min_bands` bands are a candidate pair.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio): spreads the hash bits
# Pairs made at once (codes of 8 bytes and their sort): bounds the memory when a year
# holds a plan copied by hundreds (a bucket of n plans makes n²/2 pairs).
_CHUNK = 1_000_000
_PLANS = 2048  # plans sketched at once (their shingles, a few arrays of each)

Ints = npt.NDArray[np.int64]


class Settings(NamedTuple):
    """copy_detection's constants (it imports this module, not the other way round)."""

    bins: int
    rows: int
    min_bands: int
    min_words: int
    common_share: float
    common_min: int
    rare_enough: int


def lsh_pairs(
    shingles: Sequence[array[int]], sizes: Sequence[int], settings: Settings
) -> Iterator[tuple[int, int]]:
    """copy_detection's candidate pairs of a year: index pairs (i < j), in order."""
    count = len(shingles)
    values = np.frombuffer(b"".join(shingles), dtype=np.int64)
    ends = np.cumsum(np.fromiter(map(len, shingles), dtype=np.int64, count=count))
    distinct, frequency = np.unique(values, return_counts=True)
    stock = distinct[frequency > max(settings.common_min, int(count * settings.common_share))]
    del distinct, frequency
    sketch = np.zeros((count, settings.bins), dtype=np.int64)
    for first in range(0, count, _PLANS):  # a few MiB at a time, not a few hundred
        last = min(first + _PLANS, count)
        start = int(ends[first - 1]) if first else 0
        lengths = np.diff(ends[first:last], prepend=start)
        sketch[first:last] = _sketches(values[start : ends[last - 1]], lengths, stock, settings)
    plans = np.flatnonzero(np.asarray(sizes) >= settings.min_words)
    return band_pairs(sketch, plans, settings.rows, settings.min_bands)


def _sketches(values: Ints, lengths: Ints, stock: Ints, settings: Settings) -> Ints:
    """The sketches of consecutive plans (`lengths`: how many of `values` each holds).

    Stock phrases every plan uses would put most plans in one bucket: a plan is
    sketched on its rarer shingles, unless it is made of little else (a plan copied by
    many)."""
    count = len(lengths)
    owner = np.repeat(np.arange(count, dtype=np.int64), lengths)
    # (a search in the few stock shingles: np.unique's inverse sorts the lot stably, 2× slower)
    at = np.minimum(np.searchsorted(stock, values), max(len(stock) - 1, 0))
    common = stock[at] == values if len(stock) else np.zeros(len(values), dtype=bool)
    rare = np.bincount(owner[~common], minlength=count)
    chosen = ~common | (rare < settings.rare_enough)[owner]
    return _minhash(values[chosen], owner[chosen], count, settings.bins)


def _minhash(values: Ints, owner: Ints, count: int, bins: int) -> Ints:
    """Each of `count` plans' MinHash sketch (a row of `bins` values) over the shingle
    hashes `values`, each of the plan `owner` names."""
    mixed = values.view(np.uint64) * _MIX  # wraps round as the 64-bit product should
    shift = np.uint64(64 - (bins.bit_length() - 1))
    slot = owner * bins + (mixed >> shift).astype(np.int64)
    smallest = np.full(count * bins, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(smallest, slot, mixed)
    taken = np.zeros(count * bins, dtype=bool)
    taken[slot] = True
    table, filled = smallest.reshape(count, bins), taken.reshape(count, bins)
    # The bin each bin takes its value from: itself when filled, else the next filled one.
    source = np.where(filled, np.arange(bins), bins)
    source = np.minimum.accumulate(source[:, ::-1], axis=1)[:, ::-1]
    source = np.where(source == bins, source[:, :1], source)  # past the last: the first
    empty = source[:, 0] == bins  # no shingle at all
    found = np.take_along_axis(table, np.minimum(source, bins - 1), axis=1)
    found[empty] = 0
    return found.view(np.int64)


def band_pairs(sketch: Ints, plans: Ints, rows: int, min_bands: int) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, of `plans` (rows of `sketch`, by index) whose sketches agree
    on at least `min_bands` bands of `rows` bins, in order."""
    count = int(plans.max()) + 1 if len(plans) else 0
    bands = [_band(sketch[plans, start : start + rows], plans) for start in _starts(sketch, rows)]
    # The pairs each plan starts (its later partners, summed over the bands), so the
    # pairs are made a range of first plans at a time.
    work = np.zeros(count + 1, dtype=np.int64)
    for members, later, _after in bands:
        np.add.at(work, members + 1, later)
    work = np.cumsum(work)
    first = 0
    while first < count:
        last = int(np.searchsorted(work, work[first] + _CHUNK, side="right")) - 1
        last = min(max(last, first + 1), count)
        codes = np.concatenate(
            [_pair_codes(*band, first, last, count) for band in bands] or [np.zeros(0, np.int64)]
        )
        found, agree = np.unique(codes, return_counts=True)
        found = found[agree >= min_bands]
        yield from zip((found // count).tolist(), (found % count).tolist(), strict=True)
        first = last


def _starts(sketch: Ints, rows: int) -> range:
    return range(0, sketch.shape[1] - rows + 1, rows)


def _band(keys: Ints, plans: Ints) -> tuple[Ints, Ints, Ints]:
    """One band's buckets: its plans in bucket order (each bucket's by index), how many
    later plans share each one's bucket, and where each one's later partners start."""
    order = np.lexsort((plans, *keys.T[::-1]))
    members = plans[order]
    keys = keys[order]
    starts = np.ones(len(members), dtype=bool)
    starts[1:] = np.any(keys[1:] != keys[:-1], axis=1)
    bucket = np.cumsum(starts) - 1
    ends = np.flatnonzero(np.append(starts[1:], True)) + 1  # each bucket's end
    position = np.arange(len(members))
    later = ends[bucket] - position - 1
    return members, later, position + 1


def _pair_codes(members: Ints, later: Ints, after: Ints, first: int, last: int, count: int) -> Ints:
    """first * count + second of one band's pairs whose first plan is in [first, last)."""
    mine = (members >= first) & (members < last) & (later > 0)
    later, after, starting = later[mine], after[mine], members[mine]
    total = int(later.sum())
    offsets = np.cumsum(later) - later
    second = members[np.arange(total) - np.repeat(offsets - after, later)]
    return np.repeat(starting, later) * count + second
