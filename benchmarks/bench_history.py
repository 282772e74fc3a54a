"""The change history at 100,000 entries: each question the history window asks, beside
the bare SQLite read of one page by primary key (the floor). Moved here from a timed
test: speed is measured, not asserted in the suite."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import median_of, report
from services.test_history import add_entries

from chibo_app.core.people import Kind, Person
from chibo_app.services import history, people
from chibo_app.services.history import HistoryFilter
from chibo_app.services.session import open_session

RUNS = 5
ENTRIES = 100_000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        session = open_session(Path(folder) / "history.sqlite")
        person_id = people.save_person(
            session, Person(full_name="Nguyễn Văn An", sex="Nam", kind=Kind.NON_PARTY)
        )
        add_entries(session.db, person_id, ENTRIES)

        def floor() -> object:
            return session.db.execute(
                "SELECT * FROM change_history ORDER BY id DESC LIMIT 50"
            ).fetchall()

        baseline = median_of(RUNS, floor)
        questions = {
            "first page": lambda: history.entries(session, HistoryFilter()),
            "deep page": lambda: history.entries(session, HistoryFilter(), offset=90_000),
            "one person": lambda: history.entries(session, HistoryFilter(person_id=person_id)),
            "by user": lambda: history.entries(session, HistoryFilter(user="Văn thư")),
            "folded text": lambda: history.entries(session, HistoryFilter(text="ghi chu 99")),
            "count": lambda: history.count(session, HistoryFilter()),
        }
        print(f"{ENTRIES:,} history entries; floor: one page of raw rows by primary key")
        for name, question in questions.items():
            report(
                f"history: {name}",
                median_of(RUNS, question),
                baseline=baseline,
                baseline_name="one page by primary key",
                at_most=0.2,
            )
        session.close()


if __name__ == "__main__":
    main()
