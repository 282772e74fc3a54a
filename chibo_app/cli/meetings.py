"""`chibo meetings …`: the year's cell meetings and their printed record.

    chibo meetings list --year Y [--json]
    chibo meetings show ID [--json]
    chibo meetings print ID [--attendance] [--minutes] [--number N] -o FILE.pdf|FILE.docx

--year defaults to the current year. `print` prints the attendance list and the
minutes unless one of --attendance / --minutes narrows it; the minutes take the
register's next BB number unless --number gives one, or keep theirs when printed again
unchanged (--replace: reissued changed under their number).
Wired into chibo_app/cli/command.py through `add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from chibo_app.cli import numbering
from chibo_app.cli.language import say
from chibo_app.core.dates import to_display
from chibo_app.core.meetings import KIND_LABELS
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

COMMANDS = {"meetings"}


def add_parsers(commands: Any) -> None:
    meetings = commands.add_parser("meetings", help="sinh hoạt chi bộ: liệt kê, in biên bản")
    actions = meetings.add_subparsers(
        dest="meetings_action", required=True, parser_class=type(meetings)
    )
    listing = actions.add_parser("list", help="các buổi sinh hoạt của năm và điểm danh")
    listing.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    listing.add_argument("--json", action="store_true")
    showing = actions.add_parser(
        "show", help="biên bản một buổi: thành phần, nội dung, ý kiến, biểu quyết, nghị quyết"
    )
    showing.add_argument("id", type=int, metavar="ID", help="số hiệu buổi sinh hoạt")
    showing.add_argument("--json", action="store_true")
    printing = actions.add_parser("print", help="in danh sách dự họp và biên bản")
    printing.add_argument("id", type=int, metavar="ID", help="số hiệu buổi sinh hoạt")
    printing.add_argument("--attendance", action="store_true", help="in danh sách dự họp")
    printing.add_argument("--minutes", action="store_true", help="in biên bản")
    printing.add_argument("--number", type=int, help="số biên bản (mặc định: số kế tiếp)")
    numbering.add_replace(printing)
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.docx")


def run(session: Session, args: argparse.Namespace) -> int:
    if args.meetings_action == "list":
        year = session.today().year if args.year is None else args.year
        if not 1990 <= year <= 2200:
            raise ChiboError(msg("Năm {year} không hợp lệ.", year=year))
        return _list(session, year, args.json)
    if args.meetings_action == "show":
        return _show(session, args.id, args.json)
    return _print(session, args)


def _show(session: Session, meeting_id: int, as_json: bool) -> int:
    from chibo_app.documents import meeting_record  # noqa: PLC0415 - only this command
    from chibo_app.services import meeting_printing  # noqa: PLC0415
    from chibo_app.services.cell import load_settings  # noqa: PLC0415

    data = meeting_printing.record_data(session, meeting_id)
    if as_json:
        print(json.dumps(_minutes_json(data), ensure_ascii=False, indent=2))
        return 0
    cell = load_settings(session)
    print(" ".join(["BIÊN BẢN", meeting_record.meeting_name(data)]))
    for line in meeting_record.composition_lines(data, cell):
        print(line)
    for heading, lines in meeting_record.minutes_sections(data):
        print(heading)
        for line in lines:
            print(line)
    return 0


def _minutes_json(data: Any) -> dict[str, Any]:
    c = data.composition
    present = [a for a in data.lines if str(a.presence) == "present"]
    return {
        "id": data.meeting_id,
        "date": data.held_on.isoformat(),
        "kind": str(data.kind),
        "start_time": data.start_time,
        "end_time": data.end_time,
        "place": data.place,
        "chair": data.chair,
        "secretary": data.secretary,
        "topics": list(data.topics),
        "counts": {
            "members": c.members,
            "full": c.full,
            "probationary": c.probationary,
            "exempted": c.exempted,
            "on_roll": c.on_roll,
            "present": c.present,
            "present_full": c.present_full,
            "present_probationary": c.present_probationary,
            "voters": c.voters,
        },
        "attendance": [
            {
                "full_name": a.full_name,
                "presence": str(a.presence),
                "reason": a.reason,
                "late": a.late,
            }
            for a in data.lines
        ],  # fmt: skip
        "absent": [
            {"full_name": a.full_name, "presence": str(a.presence), "reason": a.reason}
            for a in data.lines
            if a not in present
        ],
        "guests": [{"name": g.name, "title": g.title, "superior": g.superior} for g in data.guests],
        "agenda": [
            {
                "title": item.title,
                "presenter": item.presenter,
                "content": item.content,
                "opinions": [{"speaker": o.speaker, "text": o.text} for o in item.opinions],
            }
            for item in data.agenda
        ],
        "votes": [
            {
                "matter": v.matter,
                "agree": v.agree,
                "disagree": v.disagree,
                "other": v.other,
                "voters": c.voters,
            }
            for v in data.votes
        ],
        "resolution": data.conclusions,
        "content": data.content,
        "commendations": list(data.commendations),
    }


def _list(session: Session, year: int, as_json: bool) -> int:
    from chibo_app.services import meetings  # noqa: PLC0415 - only this command needs it

    rows = meetings.meeting_rows(session, year)
    if as_json:
        items = [
            {
                "id": r.meeting.id,
                "date": r.meeting.held_on,
                "kind": str(r.meeting.kind),
                "topics": r.topics,
                "present": r.counts.present,
                "excused": r.counts.excused,
                "absent": r.counts.absent,
            }
            for r in rows
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        counts = r.counts
        print(
            " | ".join(
                [
                    str(r.meeting.id),
                    to_display(r.meeting.held_on),
                    KIND_LABELS[r.meeting.kind],
                    f"có mặt {counts.present}/{counts.total}",
                    f"vắng có lý do {counts.excused}",
                    f"vắng không lý do {counts.absent}",
                    "; ".join(r.topics),
                ]
            ).rstrip(" |")
        )
    if not rows:
        print(say(msg("Năm {year} chưa có buổi sinh hoạt nào.", year=year)))
    return 0


def _print(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.services import meeting_printing  # noqa: PLC0415

    both = not (args.attendance or args.minutes)
    result = meeting_printing.print_meeting(
        session,
        args.id,
        args.output,
        attendance=both or args.attendance,
        minutes=both or args.minutes,
        number=args.number,
        replace=args.replace,
    )
    number = f"{result.number or 0:02d}"
    if not (both or args.minutes):
        said = msg("Đã in danh sách dự họp: {path}", path=str(result.path))
    elif not (both or args.attendance):
        said = msg("Đã in biên bản số {number}: {path}", number=number, path=str(result.path))
    else:
        said = msg(
            "Đã in danh sách dự họp và biên bản số {number}: {path}",
            number=number,
            path=str(result.path),
        )
    print(say(said))
    numbering.print_note(result.numbering)
    return 0
