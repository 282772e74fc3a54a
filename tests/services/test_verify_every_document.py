"""A code from any printed document is checked by a fresh `chibo verify` process, which
has imported none of the printing services: the lists sharing the type DS (signed-off,
evaluation, nomination) each find their own source."""

import os
import subprocess
import sys

import pytest

from chibo_app.services import (
    demo,
    evaluation_printing,
    meeting_printing,
    meetings,
    nomination_printing,
    plan_printing,
)


@pytest.fixture
def printed(session, tmp_path):
    demo.fill_demo(session, people_count=12, seed=7)
    meeting = meetings.meetings_of_year(session, 2026)[0]
    records = {
        "signed-off list": plan_printing.print_signed_off(session, 2026, tmp_path / "ds.pdf"),
        "evaluation list": evaluation_printing.export_list(session, 2026, tmp_path / "dg.pdf"),
        "nomination list": nomination_printing.export_list(session, 2026, tmp_path / "gdh.pdf"),
        "meeting record": meeting_printing.print_meeting(session, meeting.id, tmp_path / "bb.pdf"),
    }
    return session, records


def _codes(result):
    codes = getattr(result, "codes", None)
    return list(codes) if codes else [result.code]


def test_every_printed_code_is_checked_by_a_new_process(printed):
    session, records = printed
    env = {**os.environ, "CHIBO_DB": str(session.path)}
    for what, result in records.items():
        for code in _codes(result):
            done = subprocess.run(
                [sys.executable, "-m", "chibo_app.cli", "verify", code],
                env=env,
                capture_output=True,
                text=True,
            )
            assert done.returncode == 0, (what, done.stdout, done.stderr)
            assert "không thay đổi kể từ khi in" in done.stdout, what
