"""A saved narrative keeps the figures it was written against (report_texts.basis), so a
change of the figures since (an evaluation locked, a meeting held) is found and named
before a report whose text contradicts its tables goes out."""

import json

import pytest

from chibo_app.core.report_basis import basis_of, changed_figures, changes_text
from chibo_app.core.year_report import Narrative
from chibo_app.services import evaluation, history, year_report
from chibo_app.storage import records
from tests.report_seed import seed


@pytest.fixture
def seeded(session):
    session.ids = seed(session)
    return session


def lock_c(session):
    """C's evaluation (left open by the seed) is finished: one more classified."""
    found = evaluation.get_evaluation(session, session.ids["C"], 2026)
    evaluation.finish(session, found.id, "good")


def test_a_saved_draft_keeps_its_figures(seeded):
    period = year_report.period_of(2026)
    draft = year_report.narrative(seeded, period)
    assert draft.basis == basis_of(year_report.figures(seeded, period))
    assert draft.basis.values()["classification.classified"] == "2"
    saved = year_report.save_narrative(seeded, period, draft)
    assert saved.basis.figures == draft.basis.figures and saved.basis.at  # saved when
    assert year_report.stale_figures(seeded, period) == ()
    stored = seeded.db.execute("SELECT basis FROM report_texts").fetchone()[0]
    assert json.loads(stored)["figures"]["meetings.regular"] == "5/10"  # November not due on 25/11


def test_figures_changed_since_the_save_are_named(seeded):
    period = year_report.period_of(2026)
    year_report.save_narrative(seeded, period, year_report.narrative(seeded, period))
    lock_c(seeded)
    changes = year_report.stale_figures(seeded, period)
    assert [c.text() for c in changes] == [
        "Đảng viên được xếp loại: 2 → 3",
        "Xếp loại “Hoàn thành tốt nhiệm vụ”: 0 → 1",
    ]
    assert "Đảng viên được xếp loại: 2 → 3" in changes_text(changes)
    # The text still says 2: the saved narrative is not touched.
    assert "xếp loại 2 đảng viên" in year_report.saved_narrative(seeded, period).results


def test_saving_an_edited_stale_text_keeps_the_old_basis(seeded):
    """Editing a comma does not make the text agree with new figures: a text saved with
    the basis it was read with stays stale; a redraft or a fresh basis clears it."""
    period = year_report.period_of(2026)
    first = year_report.save_narrative(seeded, period, year_report.narrative(seeded, period))
    lock_c(seeded)
    read = year_report.narrative(seeded, period)
    again = year_report.save_narrative(seeded, period, read.with_changes(lessons="Bài học."))
    assert again.basis == first.basis  # figures and the time they were saved with
    assert len(year_report.stale_figures(seeded, period)) == 2
    redrafted = year_report.draft(year_report.figures(seeded, period))
    year_report.save_narrative(seeded, period, read.with_changes(basis=redrafted.basis))
    assert year_report.stale_figures(seeded, period) == ()


def test_a_text_without_basis_is_saved_against_todays_figures(seeded):
    period = year_report.period_of(2026, half=True)
    saved = year_report.save_narrative(seeded, period, Narrative(results="Kết quả."))
    assert saved.basis.values() == basis_of(year_report.figures(seeded, period)).values()


def test_the_basis_is_not_a_change_in_the_history(seeded):
    period = year_report.period_of(2026)
    saved = year_report.save_narrative(seeded, period, year_report.narrative(seeded, period))
    lock_c(seeded)
    fresh = year_report.narrative(seeded, period).with_changes(basis=None)
    year_report.save_narrative(seeded, period, fresh)  # a new basis only: no entry
    changes = records.history_of(seeded.db, "report_texts", saved.id)
    assert [c["action"] for c in changes] == ["insert"]
    assert "basis" not in changes[0]["new"]
    entry = history.record_history(seeded, "report_texts", saved.id)[0]
    assert "basis" not in {c.field for c in entry.changes}


def test_an_unknown_basis_is_not_compared(seeded):
    period = year_report.period_of(2026)
    year_report.save_narrative(seeded, period, Narrative(results="Kết quả."))
    seeded.db.execute("UPDATE report_texts SET basis = NULL")
    lock_c(seeded)
    assert year_report.saved_narrative(seeded, period).basis is None
    assert year_report.stale_figures(seeded, period) == ()
    seeded.db.execute("UPDATE report_texts SET basis = 'không phải JSON'")
    assert year_report.stale_figures(seeded, period) == ()


def test_a_report_to_a_later_date_names_its_new_end(seeded):
    early = year_report.period_of(2026, until="15/10/2026")
    year_report.save_narrative(seeded, early, year_report.narrative(seeded, early))
    later = year_report.period_of(2026, until="25/10/2026")  # the same saved text
    changes = year_report.stale_figures(seeded, later)
    assert changes[0].text() == "Ngày cuối kỳ báo cáo: 15/10/2026 → 25/10/2026"
    assert "Buổi sinh hoạt chuyên đề: 1 → 2" in changes_text(changes)  # 20/10


def test_a_level_no_longer_counted_is_named(seeded):
    from chibo_app.core.year_report import Basis

    f = year_report.figures(seeded, year_report.period_of(2026))
    saved = Basis((*basis_of(f).figures, ("level.old_band", "3")))
    assert [c.text() for c in changed_figures(saved, f)] == ["Xếp loại “old_band”: 3 → —"]
    assert changed_figures(None, f) == ()
