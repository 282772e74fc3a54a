"""The report page warns when the figures changed since the narrative was saved (or
drafted): a yellow banner naming them, a question before printing, and a way out —
redraft, or say the numbers were corrected by hand. Editing a word is not that."""

# ruff: noqa: F811 - fixtures imported from tests.ui.report_helpers are parameters here

import pytest

from chibo_app.services import evaluation, year_report
from chibo_app.ui.dialogs.report_print_dialog import ReportPrintDialog
from chibo_app.ui.pages import report_page
from tests.ui.report_helpers import page, seeded  # noqa: F401 - fixtures


def lock_c(session):
    found = evaluation.get_evaluation(session, session.ids["C"], 2026)
    evaluation.finish(session, found.id, "good")  # 2 → 3 classified


@pytest.fixture
def asked(monkeypatch):
    """The questions asked (confirm), answered with answer['value']."""
    seen = {"texts": [], "value": False}

    def fake_confirm(parent, title, text, action):
        seen["texts"].append((title, text, action))
        return seen["value"]

    monkeypatch.setattr(report_page, "confirm", fake_confirm)
    return seen


def test_no_banner_while_the_text_matches_the_figures(page):
    assert page.stale_banner.isHidden()
    assert page.save() and page.state_label.text() == "Đã lưu."
    page.reload()
    assert page.stale_banner.isHidden()


def test_figures_changed_after_saving_show_a_banner(page, seeded):
    assert page.save()
    lock_c(seeded)
    page.reload()
    assert not page.stale_banner.isHidden()
    text = page.stale_text.text()
    assert text.startswith("Số liệu đã thay đổi từ khi lưu phần nhận định (lưu lúc ")
    assert "Đảng viên được xếp loại: 2 → 3" in text
    assert "Xếp loại “Hoàn thành tốt nhiệm vụ”: 0 → 1" in text
    assert text.endswith("Soạn lại bản nháp hoặc sửa lại các con số trước khi in.")
    assert "background" in page.stale_banner.styleSheet()  # yellow, not a plain line
    assert "xếp loại 2 đảng viên" in page.editors[0].toPlainText()  # the text is kept


def test_an_unsaved_draft_left_behind_by_the_figures_is_named_too(page, seeded):
    page.editors[2].setPlainText("Bài học.")  # edited, not saved
    lock_c(seeded)
    page.reload()  # the edits are kept, so is the draft's old figures
    assert page.editors[2].toPlainText() == "Bài học."
    assert page.stale_text.text().startswith("Số liệu đã thay đổi từ khi soạn bản nháp:")
    assert "Đảng viên được xếp loại: 2 → 3" in page.stale_text.text()


def test_saving_an_edit_does_not_hide_the_warning(page, seeded):
    assert page.save()
    lock_c(seeded)
    page.reload()
    page.editors[2].setPlainText("Bài học mới.")
    assert page.save()
    page.reload()
    assert not page.stale_banner.isHidden()
    assert len(year_report.stale_figures(seeded, page.period)) == 2


def test_numbers_corrected_by_hand(page, seeded):
    assert page.save()
    lock_c(seeded)
    page.reload()
    text = page.editors[0].toPlainText().replace("xếp loại 2 đảng viên", "xếp loại 3 đảng viên")
    page.editors[0].setPlainText(text)
    page.stale_done_button.click()  # "the numbers are corrected": saved with today's figures
    assert page.stale_banner.isHidden() and page.state_label.text() == "Đã lưu."
    assert year_report.stale_figures(seeded, page.period) == ()
    assert "xếp loại 3 đảng viên" in year_report.saved_narrative(seeded, page.period).results


def test_a_redraft_brings_the_text_up_to_date(page, seeded, asked):
    assert page.save()
    lock_c(seeded)
    page.reload()
    asked["value"] = True  # replace the edited sections
    assert page.redraft()
    assert page.stale_banner.isHidden()
    assert "xếp loại 3 đảng viên" in page.editors[0].toPlainText()
    assert page.save()
    assert year_report.stale_figures(seeded, page.period) == ()


def test_printing_a_stale_report_asks_first(page, seeded, asked, monkeypatch):
    opened = []
    monkeypatch.setattr(ReportPrintDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page.print_report()  # up to date: no question
    assert asked["texts"] == [] and len(opened) == 1
    assert page.save()
    lock_c(seeded)
    page.reload()
    page.print_report()  # answered "no": nothing printed
    title, text, action = asked["texts"][0]
    assert "Đảng viên được xếp loại: 2 → 3" in text
    assert "không khớp" in text and action == "Vẫn in"
    assert len(opened) == 1
    asked["value"] = True
    page.print_report()
    assert len(opened) == 2
