"""The signature block never stands alone on the last page of a document: the last
paragraph (and a heading kept with it) go with it; a table is never pulled over."""

from reportlab.platypus import KeepTogether, Spacer

from chibo_app.documents.party_document import _with_closing
from chibo_app.documents.text_blocks import GridTable, TextBlock, TextStyle

STYLE = TextStyle("LiberationSerif", 14, 16)


def test_last_paragraph_and_its_heading_keep_with_the_closing():
    intro, heading, item = TextBlock("a", STYLE), TextBlock("3.", STYLE), TextBlock("- b", STYLE)
    heading.keepWithNext = True
    closing = [Spacer(1, 7), Spacer(1, 80)]
    story = _with_closing([intro, heading, item], closing)
    assert story[0] is intro and len(story) == 2
    assert isinstance(story[1], KeepTogether)
    assert story[1]._content == [heading, item, *closing]


def test_a_table_is_not_pulled_onto_the_next_page():
    table = GridTable(["STT"], [["1"]], [], STYLE)
    closing = [Spacer(1, 80)]
    assert _with_closing([table], closing) == [table, *closing]
    assert _with_closing([], closing) == closing


def test_a_list_table_and_its_totals_go_with_the_closing_as_one_flowable():
    from reportlab.platypus import Table

    from chibo_app.documents.table_end import TableThenClosing

    table = Table([["STT"], ["1"], ["2"], ["3"]], repeatRows=1)
    totals = TextBlock("Tổng số: 3", STYLE)
    closing = [Spacer(1, 80)]
    (kept,) = _with_closing([table, totals], closing)
    assert isinstance(kept, TableThenClosing)
    assert kept.table is table and kept.closing == [totals, *closing]
