"""Copy detection in both directions: honest plans on the same job are left alone,
edited copies are caught; the shared passages are located in the text."""

import random
from collections import Counter, defaultdict
from itertools import chain, combinations

import pytest

from chibo_app.core import copy_candidates
from chibo_app.core import copy_detection as cd
from chibo_app.services.demo_plans import edited_copy, honest_plan
from tests.core.plan_corpus import EDITS, HONEST, STOCK_HONEST, half_copy, last_year


def fp(key, plan):
    return cd.fingerprint(key, plan.items())


ALL_HONEST = {**HONEST, **STOCK_HONEST}


def test_no_two_honest_plans_are_flagged():
    prints = [fp(i, plan) for i, plan in enumerate(ALL_HONEST.values())]
    assert cd.find_similar(prints) == []
    worst = max(cd.similarity(a, b) for a, b in combinations(prints, 2))
    assert worst < cd.COPY_THRESHOLD - 0.15  # a clear margin, not a near miss


def test_stock_phrases_alone_do_not_make_a_copy():
    a, b = STOCK_HONEST.values()
    assert cd.compare(fp(1, a), fp(2, b)) is None


@pytest.mark.parametrize("edit", list(EDITS))
@pytest.mark.parametrize("original", list(HONEST))
def test_every_edited_copy_is_caught(edit, original):
    plan = HONEST[original]
    copy = EDITS[edit](plan, 99)
    match = cd.compare(fp(1, plan), fp(99, copy))
    assert match is not None and match.score >= 0.8, (original, edit)


@pytest.mark.parametrize("original", list(HONEST))
def test_copied_tasks_under_own_remedies_are_caught(original):
    plan = HONEST[original]
    assert cd.compare(fp(1, plan), fp(2, half_copy(plan, 2)))


@pytest.mark.parametrize("original", list(HONEST))
def test_last_years_plan_with_new_dates_is_caught(original):
    plan = HONEST[original]
    assert cd.compare(fp(1, plan), fp(2, last_year(plan)))


def test_copy_among_the_honest_plans_is_found_and_only_it():
    prints = [fp(i, plan) for i, plan in enumerate(ALL_HONEST.values())]
    prints.append(fp(100, EDITS["everything at once"](HONEST["ke_toan_2"], 100)))
    source = list(ALL_HONEST).index("ke_toan_2")
    assert [(m.a, m.b) for m in cd.find_similar(prints)] == [(source, 100)]


def test_diacritics_and_case_do_not_hide_a_copy():
    plan = HONEST["lanh_su_1"]
    stripped = [cd.fold(item).upper() for item in plan.items()]
    assert cd.similarity(fp(1, plan), cd.fingerprint(2, stripped)) > 0.99


def test_score_is_the_same_whichever_way_round():
    a, b = (
        fp(1, HONEST["thanh_tra_1"]),
        fp(2, EDITS["everything at once"](HONEST["thanh_tra_1"], 2)),
    )
    assert cd.compare(a, b) == cd.compare(b, a)


def test_large_year_uses_lsh_and_still_finds_the_copies():
    rng = random.Random(3)
    plans = [honest_plan(rng, i, 2026, fillers=True) for i in range(cd.EXACT_LIMIT + 200)]
    planted = set()
    for n, source in enumerate(rng.sample(range(len(plans)), 12)):
        key = len(plans) + n
        planted.add((source, key))
        plans.append(edited_copy(rng, plans[source], key))
    plans += [half_copy(plans[s], 2000 + s) for s in (5, 6)]
    planted |= {(5, 2005), (6, 2006)}
    prints = [fp(p.person_id, p) for p in plans]
    matches = cd.find_similar(prints)
    found = {(m.a, m.b) for m in matches}
    assert planted <= found
    assert len(found - planted) <= 2  # copies of one plan are copies of each other
    # A year kept compact (lines read once, shared between plans) finds the same.
    compact = cd.Compactor()
    assert cd.find_copies([compact(p.person_id, p.items()) for p in plans]) == matches


def test_a_word_is_one_character_whatever_its_case_and_marks():
    compact = cd.Compactor()
    a = compact(1, ["Nguyễn Văn An học tập nghị quyết", "Hoàn thành"])
    b = compact(2, ["NGUYEN van an HOC tap Nghi Quyet", "hoàn   thành!"])
    assert a.text == b.text and a.size == b.size == 9
    assert len(a.text.split("\n")) == 2 and len(set(a.text) - {"\n"}) == 9
    assert sorted(a.shingles) == sorted(b.shingles)


def test_shared_passages_point_into_the_text():
    plan = HONEST["van_thu_2"]
    copy = EDITS["tasks reordered"](plan, 2)
    passages = cd.shared_passages(plan.items(), copy.items())
    assert passages.score > 0.95
    first_item = plan.items()[0]
    ((start, end),) = passages.a[0]
    assert first_item[start:end] == first_item.rstrip(".")
    honest = cd.shared_passages(HONEST["van_thu_1"].items(), HONEST["van_thu_2"].items())
    assert honest.score < 0.2


def test_the_plans_sharing_enough_are_those_compare_looks_at():
    rng = random.Random(11)
    plans = [honest_plan(rng, i, 2026, fillers=True) for i in range(60)]
    plans += [edited_copy(rng, plans[n], 100 + n) for n in range(5)]
    compact = cd.Compactor()
    kept = [compact(p.person_id, p.items()) for p in plans]
    mine = fp(999, EDITS["a few words changed"](plans[3], 999))
    passing = [k.key for k in cd.sharing_enough(mine, kept)]
    assert passing == [
        k.key
        for k in kept
        if k.size >= cd.MIN_WORDS and cd.containment(mine, cd.expand(k)) >= cd.PREFILTER
    ]
    assert 3 in passing and 103 in passing


def test_stopping_early_never_changes_which_pairs_reach_the_threshold():
    """The search stops aligning a pair once its score cannot reach the threshold; the
    pairs that reach it, and their scores, are the full alignment's."""
    rng = random.Random(11)
    plans = [honest_plan(rng, i, 2026, job="văn thư" if i % 2 else None) for i in range(40)]
    plans += [edited_copy(rng, plans[i], 100 + i) for i in range(0, 40, 5)]
    prints = [fp(i, plan) for i, plan in enumerate(plans)]
    reached = stopped_low = 0
    for a, b in combinations(prints, 2):
        full = cd.similarity(a, b)
        for threshold in (0.3, cd.COPY_THRESHOLD, 0.8):
            early = cd._similarity(a.items, b.items, a.words, b.words, threshold)
            assert (early >= threshold) == (full >= threshold)
            if full >= threshold:
                assert early == full
                reached += 1
            elif early != full:
                stopped_low += 1
    assert reached >= 8 and stopped_low > 100  # both paths were taken


def _candidates_one_plan_at_a_time(shingles, sizes):
    """The LSH candidates as the method states them, plan by plan in plain Python."""
    count = len(shingles)
    frequency = Counter(chain.from_iterable(shingles))
    most = max(cd.COMMON_MIN, int(count * cd.COMMON_SHARE))
    buckets = defaultdict(list)
    for index, item in enumerate(shingles):
        if sizes[index] < cd.MIN_WORDS:
            continue
        rare = [value for value in item if frequency[value] <= most]
        chosen = rare if len(rare) >= cd.RARE_ENOUGH else list(item)
        bins = {}
        for value in chosen:
            mixed = (value * int(copy_candidates._MIX)) % 2**64
            slot = mixed >> (64 - 6)  # 64 bins: the top 6 bits
            bins[slot] = min(bins.get(slot, mixed), mixed)
        filled = sorted(bins)  # an empty bin takes the next filled one's, round to the first
        sketch = [bins[next((f for f in filled if f >= b), filled[0])] for b in range(cd.BINS)]
        for start in range(0, cd.BINS - cd.ROWS + 1, cd.ROWS):
            buckets[start, tuple(sketch[start : start + cd.ROWS])].append(index)
    agree = Counter(pair for members in buckets.values() for pair in combinations(members, 2))
    return sorted(pair for pair, bands in agree.items() if bands >= cd.MIN_BANDS)


@pytest.mark.parametrize("chunk", [copy_candidates._CHUNK, 97])
def test_lsh_candidates_are_those_of_the_method_plan_by_plan(monkeypatch, chunk):
    """numpy makes the candidate pairs of a large year a whole array at a time (and in
    chunks of first plans when there are many): the same pairs, in the same order."""
    monkeypatch.setattr(copy_candidates, "_CHUNK", chunk)
    rng = random.Random(7)
    plans = [honest_plan(rng, i, 2026, fillers=True) for i in range(cd.EXACT_LIMIT + 150)]
    plans += [edited_copy(rng, plans[n], 1000 + n) for n in range(0, 100, 7)]
    plans += [edited_copy(rng, plans[3], 2000 + n) for n in range(25)]  # one big bucket
    compact = cd.Compactor()
    kept = [compact(p.person_id, p.items()) for p in plans]
    kept += [compact(3000, ["Học tập"]), compact(3001, [])]  # too short, never a candidate
    shingles, sizes = [k.shingles for k in kept], [k.size for k in kept]
    expected = _candidates_one_plan_at_a_time(shingles, sizes)
    assert len(expected) > 300  # plan 3 and its 25 copies: up to 26 × 25 / 2 pairs
    assert list(cd.copy_candidates(kept)) == expected
