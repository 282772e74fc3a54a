"""Encrypted means encrypted, whatever moment a command is killed at (real processes,
SIGKILL at random moments, sampled).

Each case: a `chibo` command run by tests/command_killer.py is killed after a random
delay within the time it takes uninterrupted; then the next start (a writing command,
which takes the lock and deals with what the crash left) runs, and the folder is
checked: integrity ok, nothing lost, and — once the file is encrypted — no plain-text
copy of its members anywhere under the data folder or the temporary folder (TMPDIR).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from chibo_app import cli
from chibo_app.services import backups, demo
from chibo_app.services.session import open_session
from chibo_app.storage import connection
from chibo_app.storage.connection import ENCRYPTED, PLAIN, file_kind
from chibo_app.storage.database import backups_folder
from tests.plaintext_scan import files_under, plaintext_hits

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
    pytest.mark.usefixtures("fast_kdf"),
]

ROOT = Path(__file__).resolve().parents[2]
KILLER = ROOT / "tests" / "command_killer.py"
PASSWORD = "Mật khẩu chi bộ 2026"
KILLS = {"password set": 20, "members export": 10, "backup": 10}


@dataclass
class Killer:
    """tests/command_killer.py: forks one `chibo` command per request."""

    folder: Path
    process: subprocess.Popen = field(init=False)

    def __post_init__(self) -> None:
        self.errors = self.folder / "killer.stderr"
        with open(self.errors, "wb") as errors:
            self.process = subprocess.Popen(
                [sys.executable, str(KILLER), str(connection.KDF_ITERATIONS)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                cwd=ROOT,
                text=True,
            )

    def run(self, argv: list[str], env: dict[str, str], kill_after: float | None) -> str:
        """Run `chibo argv`; SIGKILL it after `kill_after` s (None: let it finish).
        Returns "killed", or "exit <code>" when it ended by itself."""
        assert self.process.stdin is not None and self.process.stdout is not None
        output = self.folder / "command.out"
        request = {"argv": argv, "env": env, "output": str(output)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().split()
        assert answer[:1] == ["pid"], (answer, self.errors.read_text())
        pid = int(answer[1])
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it had finished already: the case of a kill just too late
        answer = self.process.stdout.readline().split()
        assert answer[:2] == ["exit", str(pid)], answer
        status = int(answer[2])
        if os.WIFSIGNALED(status):
            return "killed"
        return f"exit {os.WEXITSTATUS(status)}: {output.read_text()}"

    def timed(self, argv: list[str], env: dict[str, str]) -> float:
        started = time.monotonic()
        result = self.run(argv, env, None)
        assert result.startswith("exit 0"), result
        return time.monotonic() - started

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(10)


@pytest.fixture
def killer(tmp_path):
    server = Killer(tmp_path)
    yield server
    server.close()


def _template(folder: Path, people: int, password: str | None, backup_count: int) -> list[str]:
    """A cell file with `people` people and `backup_count` backups; their names."""
    db = folder / "chibo.sqlite"
    session = open_session(db, password)
    try:
        demo.fill_demo(session, people_count=people, seed=people, people_only=True)
        for minute in range(backup_count):
            backups.make_backup(session, "thu-cong", now=session.now().replace(minute=minute))
        return [r[0] for r in session.db.execute("SELECT full_name FROM people")]
    finally:
        session.close()


def _fresh_copy(template: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    return folder / "chibo.sqlite"


def _next_start(db: Path, monkeypatch, capsys) -> None:
    """What the next start does first: a writing command takes the lock, finishes or
    cleans what the crash left, then works."""
    monkeypatch.setenv("CHIBO_PASSWORD", PASSWORD)
    assert cli.main(["--db", str(db), "backups"]) == 0  # a reader changes nothing
    assert cli.main(["--db", str(db), "backup"]) == 0, capsys.readouterr().err
    capsys.readouterr()


def _leftovers(folder: Path) -> list[str]:
    names = [p.name for p in files_under(folder)] + [p.name for p in folder.rglob("*")]
    return sorted(
        {n for n in names if n.endswith((".tmp", "-journal")) or "mat-khau" in n or "tam" in n}
    )


def _whole(db: Path, people: int, password: str | None) -> list[str]:
    problems = []
    session = open_session(db, password)
    try:
        if session.db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check")
        if session.db.execute("SELECT count(*) FROM people").fetchone()[0] != people:
            problems.append("people lost")
    finally:
        session.close()
    return problems


def test_password_set_killed_at_any_moment_leaves_no_plain_copy(
    tmp_path, killer, monkeypatch, capsys
):
    template = tmp_path / "template"
    names = _template(template, 30, None, 3)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {"CHIBO_NEW_PASSWORD": PASSWORD, "TMPDIR": str(temporary)}
    db = _fresh_copy(template, tmp_path / "data")
    duration = killer.timed(["--db", str(db), "password", "set"], env)
    rng = random.Random(18)
    outcomes: dict[str, int] = {PLAIN: 0, ENCRYPTED: 0}
    failures = []
    for run in range(KILLS["password set"]):
        db = _fresh_copy(template, tmp_path / "data")
        result = killer.run(["--db", str(db), "password", "set"], env, rng.uniform(0, duration))
        _next_start(db, monkeypatch, capsys)
        kind = file_kind(db)
        outcomes[kind] += 1
        problems = _whole(db, 30, PASSWORD if kind == ENCRYPTED else None)
        problems += [f"left over: {n}" for n in _leftovers(db.parent)]
        kinds = {file_kind(b.path) for b in backups.list_backups(db)}
        if kinds != {kind}:
            problems.append(f"backups {kinds} beside a {kind} file")
        if kind == ENCRYPTED:
            hits = plaintext_hits(names, db.parent, temporary)
            problems += [f"plain text: {hit}" for hit in hits[:3]]
        failures += [f"run {run} ({result}): {p}" for p in problems]
    print(f"password set: {sum(outcomes.values())} kills, {outcomes}")
    assert failures == []


def test_an_export_of_an_encrypted_file_killed_leaves_nothing_readable(
    tmp_path, killer, monkeypatch, capsys
):
    data = tmp_path / "data"
    names = _template(data, 1500, PASSWORD, 0)
    db = data / "chibo.sqlite"
    out = tmp_path / "out"
    out.mkdir()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {"CHIBO_PASSWORD": PASSWORD, "TMPDIR": str(temporary)}
    argv = ["--db", str(db), "members", "export", str(out / "ds.xlsx")]
    duration = killer.timed(argv, env)
    rng = random.Random(15)
    failures = []
    for run in range(KILLS["members export"]):
        result = killer.run(argv, env, rng.uniform(0, duration))
        hits = plaintext_hits(names[:50], data, temporary)
        failures += [f"run {run} ({result}): plain text {hit}" for hit in hits[:3]]
    # The next export into that folder sweeps what the killed ones left beside it.
    assert killer.run(argv, env, None).startswith("exit 0")
    assert [p.name for p in out.iterdir()] == ["ds.xlsx"] or not [
        p for p in out.iterdir() if p.name.startswith(".chibo-tam-")
    ]
    assert failures == []
    print(f"members export: {KILLS['members export']} kills, nothing readable left")


def test_a_killed_backup_leaves_no_temporary_copy_after_the_next_start(
    tmp_path, killer, monkeypatch, capsys
):
    data = tmp_path / "data"
    _template(data, 800, None, 0)
    db = data / "chibo.sqlite"
    argv = ["--db", str(db), "backup"]
    duration = killer.timed(argv, {})
    rng = random.Random(7)
    failures = []
    for run in range(KILLS["backup"]):
        killer.run(argv, {}, rng.uniform(0, duration))
        _next_start(db, monkeypatch, capsys)
        failures += [f"run {run}: left over {n}" for n in _leftovers(backups_folder(db))]
        for info in backups.list_backups(db):
            backups.verify_backup(info.path)  # every backup listed is whole
    assert failures == []
    assert _whole(db, 800, None) == []
