"""A child process for the crash-safety test: a stream of real edits through the
services, each announced before it commits and acknowledged after.

    python tests/crash_writer.py DB SEED FIRST_CARD      one writer, lines on stdout
    python tests/crash_writer.py --fork-server           many writers, see serve()

Protocol, one line each, written straight to the file descriptor (no buffer left
behind when the process is killed):
    ready
    begin <seq> <json {key: digest}>   the state the edit will leave (before COMMIT)
    ack <seq>                          COMMIT returned: the edit is acknowledged
    mismatch <seq> …                   the written state differs from the announced one

Keys are "P<party card>" for a person (the people row and all their positions) and
"U<unit id>" for a unit. The parent kills this process with SIGKILL at a random
moment and checks the file: every acknowledged state is there exactly, and the edit
in flight is there entirely or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chibo_app.core.people import Kind, Person, Position, PositionKind  # noqa: E402

UNIT_NAMES = ["Văn phòng", "Phòng Lãnh sự", "Thanh tra Sở", "Phòng Hợp tác quốc tế"]
TITLES = ["Bí thư", "Phó Bí thư", "Chi ủy viên", "Trưởng phòng", "Chuyên viên", "Kế toán"]
LETTERS = "abcdeghiklmnopqrstuvxy"


def card_of(number: int) -> str:
    return f"K{number:08d}"


def name_of(number: int) -> str:
    word = ""
    for _ in range(4):
        number, digit = divmod(number, len(LETTERS))
        word += LETTERS[digit]
    return f"Người Thử {word.capitalize()}"


def _digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def person_states(db: Any, cards: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The logical state of people (all, or those with these cards), keyed "P<card>"."""
    sql = (
        "SELECT id, full_name, birth_date, party_card, phone, notes, unit_id, kind"
        " FROM people WHERE party_card IS NOT NULL"
    )
    params: list[object] = []
    if cards is not None:
        sql += f" AND party_card IN ({', '.join('?' for _ in cards)})"
        params = list(cards)
    states: dict[str, dict[str, Any]] = {}
    by_id: dict[int, dict[str, Any]] = {}
    for pid, name, birth, card, phone, notes, unit_id, kind in db.execute(sql, params).fetchall():
        state = {
            "full_name": name,
            "birth_date": birth,
            "phone": phone,
            "notes": notes,
            "unit_id": unit_id,
            "kind": kind,
            "positions": [],
        }
        states["P" + card] = by_id[pid] = state
    if by_id:
        rows = db.execute(
            "SELECT person_id, kind, title, start_date, end_date FROM positions"
            f" WHERE person_id IN ({', '.join('?' for _ in by_id)}) ORDER BY id",
            list(by_id),
        ).fetchall()
        for pid, kind, title, start, end in rows:
            by_id[pid]["positions"].append([kind, title, start, end])
    return states


def unit_states(db: Any) -> dict[str, dict[str, Any]]:
    rows = db.execute("SELECT id, name, active FROM units").fetchall()
    return {f"U{i}": {"name": n, "active": a} for i, n, a in rows}


def snapshot(db: Any) -> dict[str, str]:
    """Digest of every person and unit: what the parent compares."""
    return {k: _digest(v) for k, v in {**person_states(db), **unit_states(db)}.items()}


class Writer:
    def __init__(self, path: str, seed: int, first_card: int) -> None:
        from chibo_app.services.session import open_session  # noqa: PLC0415

        self.session = open_session(path)
        self.db = self.session.db
        self.rng = random.Random(seed)
        self.next_card = first_card
        self.run_id = first_card  # unique per run: unit names never collide
        self.seq = 0
        self.cards = [k[1:] for k in person_states(self.db)]

    # One edit --------------------------------------------------------------------

    def run(self) -> None:
        # Everything imported before "ready": the kill lands among edits, not imports.
        import chibo_app.services.cell  # noqa: F401, PLC0415
        import chibo_app.services.members_import  # noqa: F401, PLC0415
        import chibo_app.services.people  # noqa: F401, PLC0415

        say("ready")
        ops = [
            (self.insert_person, 4),
            (self.update_person, 5),
            (self.add_position, 2),
            (self.change_position, 2),
            (self.editor_save, 2),
            (self.several_people, 2),
            (self.import_batch, 1),
            (self.rename_unit, 1),
        ]
        choices = [op for op, weight in ops for _ in range(weight)]
        while True:
            self.seq += 1
            self.rng.choice(choices)()

    def predicted(self, cards: list[str], change: Any, call: Any) -> None:
        """A single service call commits on its own: announce the state predicted
        from the current one, call, then check the prediction held."""
        before = person_states(self.db, cards)
        announced = {}
        for card in cards:
            old = before.get("P" + card, {"positions": []})
            announced["P" + card] = _digest(change({**old, "positions": list(old["positions"])}))
        say(f"begin {self.seq} {json.dumps(announced)}")
        call()
        written = {k: _digest(v) for k, v in person_states(self.db, cards).items()}
        if written != announced:
            say(f"mismatch {self.seq} {json.dumps(written)} != {json.dumps(announced)}")
            sys.exit(3)
        say(f"ack {self.seq}")

    def in_transaction(self, cards: list[str], work: Any) -> None:
        """A multi-row edit: announce the state read inside the transaction, then COMMIT."""
        with self.db.atomic():
            units_before = unit_states(self.db)
            work()
            states = {**person_states(self.db, cards)}
            units = unit_states(self.db)
            states.update({k: v for k, v in units.items() if units_before.get(k) != v})
            announced = {k: _digest(v) for k, v in states.items()}
            say(f"begin {self.seq} {json.dumps(announced)}")
        say(f"ack {self.seq}")

    # The edits ---------------------------------------------------------------------

    def _new_person(self, unit_id: int | None = None) -> Person:
        number, rng = self.next_card, self.rng
        self.next_card += 1
        return Person(
            full_name=name_of(number),
            birth_date=f"19{rng.randint(60, 89)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            kind=Kind.FULL,
            party_card=card_of(number),
            admitted_on="2015-05-19",
            unit_id=unit_id,
            notes=f"tạo ở lệnh {self.seq}",
        )

    def insert_person(self) -> None:
        from chibo_app.services import people  # noqa: PLC0415

        person = self._new_person()
        assert person.party_card is not None
        card = person.party_card

        def state(_old: dict[str, Any]) -> dict[str, Any]:
            return {
                "full_name": person.full_name,
                "birth_date": person.birth_date,
                "phone": None,
                "notes": person.notes,
                "unit_id": None,
                "kind": "full",
                "positions": [],
            }

        self.predicted([card], state, lambda: people.save_person(self.session, person))
        self.cards.append(card)

    def _some_card(self) -> str | None:
        return self.rng.choice(self.cards) if self.cards else None

    def _id_of(self, card: str) -> int:
        row = self.db.execute("SELECT id FROM people WHERE party_card = ?", [card]).fetchone()
        return int(row[0])

    def update_person(self) -> None:
        from chibo_app.services import people  # noqa: PLC0415

        card = self._some_card()
        if card is None:
            return self.insert_person()
        notes = f"sửa ở lệnh {self.seq} " + "x" * self.rng.randint(1, 400)
        phone = f"09{self.rng.randint(10_000_000, 99_999_999)}"
        person_id = self._id_of(card)

        def state(old: dict[str, Any]) -> dict[str, Any]:
            return {**old, "notes": notes, "phone": phone}

        def call() -> None:
            current = people.get_person(self.session, person_id)
            people.save_person(self.session, current.with_changes(notes=notes, phone=phone))

        self.predicted([card], state, call)

    def add_position(self) -> None:
        from chibo_app.services import people  # noqa: PLC0415

        card = self._some_card()
        if card is None:
            return self.insert_person()
        title = self.rng.choice(TITLES)
        start = f"20{self.rng.randint(10, 25)}-0{self.rng.randint(1, 9)}-01"
        person_id = self._id_of(card)

        def state(old: dict[str, Any]) -> dict[str, Any]:
            return {**old, "positions": [*old["positions"], ["government", title, start, None]]}

        position = Position(person_id, PositionKind.GOVERNMENT, title, start_date=start)
        self.predicted([card], state, lambda: people.save_position(self.session, position))

    def change_position(self) -> None:
        """Ends the current party position and starts a new one: several rows."""
        from chibo_app.services import people  # noqa: PLC0415

        card = self._some_card()
        if card is None:
            return self.insert_person()
        person_id = self._id_of(card)
        title = self.rng.choice(TITLES[:3]) + f" {self.seq}"
        self.in_transaction(
            [card],
            lambda: people.change_position(
                self.session, person_id, PositionKind.PARTY, title, None
            ),
        )

    def editor_save(self) -> None:
        """The person editor's save: a new unit, the person and two positions at once."""
        from chibo_app.services import people  # noqa: PLC0415

        person = self._new_person()
        assert person.party_card is not None
        positions = [
            Position(0, PositionKind.PARTY, "Chi ủy viên", start_date="2020-01-01"),
            Position(0, PositionKind.GOVERNMENT, self.rng.choice(TITLES), start_date="2021-02-03"),
        ]
        unit = f"Tổ công tác {self.run_id}-{self.seq}"
        self.in_transaction(
            [person.party_card],
            lambda: people.save_with_positions(self.session, person, positions, unit),
        )
        self.cards.append(person.party_card)

    def several_people(self) -> None:
        from chibo_app.services import people  # noqa: PLC0415

        batch = [self._new_person() for _ in range(self.rng.randint(2, 12))]
        cards = [p.party_card for p in batch if p.party_card]

        def work() -> None:
            for person in batch:
                people.save_person(self.session, person)

        self.in_transaction(cards, work)
        self.cards += cards

    def import_batch(self) -> None:
        """apply_import of a generated preview: people, their units and positions."""
        from chibo_app.core.member_import import (  # noqa: PLC0415
            ImportPreview,
            ImportRow,
            RowStatus,
        )
        from chibo_app.services.members_import import apply_import  # noqa: PLC0415

        rows = []
        for n in range(self.rng.randint(3, 25)):
            person = self._new_person()
            rows.append(
                ImportRow(
                    row_number=n + 2,
                    status=RowStatus.NEW,
                    reasons=[],
                    person=person,
                    unit=self.rng.choice(UNIT_NAMES),
                    party_position=self.rng.choice([None, "Chi ủy viên"]),
                    government_position=self.rng.choice([None, "Chuyên viên"]),
                )
            )
        preview = ImportPreview("gen.xlsx", "Danh sách", 1, None, {}, {}, "gen", rows)
        cards = [r.person.party_card for r in rows if r.person.party_card]
        self.in_transaction(cards, lambda: apply_import(self.session, preview))
        self.cards += cards

    def rename_unit(self) -> None:
        from chibo_app.services import cell  # noqa: PLC0415

        units = self.db.execute("SELECT id FROM units").fetchall()
        if not units:
            return self.editor_save()
        unit_id = self.rng.choice(units)[0]
        self.in_transaction(
            [],
            lambda: cell.rename_unit(
                self.session, unit_id, f"Đơn vị đổi tên {self.run_id}-{self.seq}"
            ),
        )


_OUT = 1  # the file descriptor "say" writes to


def say(line: str) -> None:
    data = (line + "\n").encode()
    while data:
        data = data[os.write(_OUT, data) :]


def serve() -> None:
    """Import once, then fork one writer per request (Python and the app take 0.35 s
    to start; a fork takes milliseconds, so a hundred kills fit in seconds).

    stdin:  "DB SEED FIRST_CARD OUTPUT_FILE" per writer
    stdout: "pid <pid>" once forked, "exit <pid> <wait status>" once it is dead.
    Each writer is a real process: the test kills it with SIGKILL by its pid.
    """
    global _OUT
    import chibo_app.services.members_import  # noqa: F401, PLC0415

    for request in sys.stdin:
        db, seed, first_card, output = request.split()
        pid = os.fork()
        if pid == 0:  # the writer
            _OUT = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
            try:
                Writer(db, int(seed), int(first_card)).run()
            finally:
                os._exit(4)
        print(f"pid {pid}", flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(f"exit {pid} {status}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--fork-server"]:
        serve()
    else:
        Writer(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])).run()
