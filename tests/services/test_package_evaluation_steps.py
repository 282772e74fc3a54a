"""A cell's evaluation package carries the three steps of Quy định 366-QĐ/TW Điều 12 —
the member's self-assessment, the chi bộ's proposal with its vote, the competent level's
decision — and the đảng ủy's combined classification counts the decided level where one
is recorded, the chi bộ's proposal elsewhere (issue 19's check left for issue 13)."""

from __future__ import annotations

import sqlite3

from openpyxl import load_workbook

from chibo_app.core.cell import CellSettings
from chibo_app.core.evaluation import EvaluationStatus
from chibo_app.core.package import Part
from chibo_app.services import cell, dang_bo_packages, demo, evaluation, evaluation_lists
from chibo_app.services.session import open_session
from tests.package_helpers import CELLS, chibo, make_committee

LEVELS = ("excellent", "good", "completed", "not_completed")


def _one_cell(path):
    """The first of the package tests' demo cells (tests/package_helpers.make_cells)."""
    name, people, seed = CELLS[0]
    session = open_session(path)
    try:
        demo.fill_demo(session, people_count=people, seed=seed)
        settings = cell.load_settings(session)
        cell.save_settings(session, CellSettings(**{**settings.__dict__, "cell_name": name}))
    finally:
        session.close()
    return path


def _decide_one(cell_path):
    """In the demo's past year (voted and decided at the level above): records a decision
    at a level other than the chi bộ's for one member and clears another's, so both kinds
    of final level travel. Returns the year, (person, chi bộ's level, decided level) and
    the year's rows."""
    session = open_session(cell_path)
    try:
        year = session.today().year - 1
        rows = evaluation_lists.list_year(session, year)
        voted = [
            r
            for r in rows
            if r.party_member
            and not r.exempt_reason
            and r.cell_level
            and r.vote
            and r.status == EvaluationStatus.EVALUATED
        ]
        assert len(voted) >= 2, "the demo votes on every member of its past year"
        chosen, cleared = voted[0], voted[1]
        decided = "completed" if chosen.cell_level != "completed" else "good"
        evaluation.record_decision(
            session,
            chosen.evaluation_id,
            decided,
            by="Ban Thường vụ Đảng ủy",
            number="30-QĐ/ĐU",
            on=f"{year + 1}-01-15",
        )
        evaluation.record_decision(session, cleared.evaluation_id, None)
        after = evaluation_lists.list_year(session, year)
    finally:
        session.close()
    return year, (chosen.person_id, chosen.cell_level, decided), after


def test_the_package_carries_the_three_steps_and_the_summary_counts_the_decision(tmp_path):
    cell = _one_cell(tmp_path / "chi-bo.sqlite")
    year, (person_id, cell_level, decided), rows = _decide_one(cell)
    package = tmp_path / "xep loai.chibo"
    assert (
        chibo(cell, "package", "export", "--year", year, "--part", "evaluation", "-o", package) == 0
    )

    # What the package holds, read by any SQL tool: each person's three steps.
    with sqlite3.connect(package) as plain:
        plain.row_factory = sqlite3.Row
        sent = {r["person_id"]: dict(r) for r in plain.execute("SELECT * FROM evaluations")}
    listed = {r.person_id: r for r in rows}
    assert set(sent) == set(listed)
    for pid, row in sent.items():
        mine = listed[pid]
        assert row["self_level"] == mine.self_classification  # step 1
        assert row["self_score"] == mine.self_score
        assert row["cell_level"] == mine.cell_level  # step 2, with its vote
        vote = (row["votes_for"], row["votes_against"], row["voters"])
        assert vote == (mine.vote or (None, None, None))
        assert row["decided_level"] == mine.decided_level  # step 3
        assert row["final_level"] == (mine.decided_level or mine.cell_level)
    one = sent[person_id]
    assert (one["cell_level"], one["decided_level"], one["final_level"]) == (
        cell_level,
        decided,
        decided,
    )
    assert one["decided_by"] == "Ban Thường vụ Đảng ủy"
    assert one["voters"] and one["votes_for"] is not None
    undecided = [r for r in sent.values() if r["cell_level"] and not r["decided_level"]]
    assert undecided and all(r["final_level"] == r["cell_level"] for r in undecided)

    # The đảng ủy: the combined counts read the decided level, not the chi bộ's.
    committee = make_committee(tmp_path / "dang-bo.sqlite")
    assert chibo(committee, "package", "import", package) == 0
    members = [
        r
        for r in rows
        if r.party_member and not r.exempt_reason and (r.decided_level or r.cell_level)
    ]
    expected = {
        c: sum(1 for r in members if (r.decided_level or r.cell_level) == c) for c in LEVELS
    }
    proposed_only = {c: sum(1 for r in members if r.cell_level == c) for c in LEVELS}
    assert expected != proposed_only  # the decision moved one member between levels
    session = open_session(committee)
    try:
        cells = dang_bo_packages.gather(session, year, [Part.EVALUATION])
        (line,) = [x for x in dang_bo_packages.classification_lines(cells, LEVELS) if x.received]
    finally:
        session.close()
    assert {c: line.counts.get(c, 0) for c in LEVELS} == expected
    # …and so does the printed summary.
    xlsx = tmp_path / "tong hop.xlsx"
    assert chibo(committee, "dang-bo", "export", "classification", "--year", year, "-o", xlsx) == 0
    sheet = [r for r in load_workbook(xlsx).active.iter_rows(values_only=True) if r[1]]
    (printed,) = [r for r in sheet if r[1] == line.name]
    assert [int(str(printed[6 + n]).split(" ")[0]) for n in range(4)] == [
        expected[c] for c in LEVELS
    ]
