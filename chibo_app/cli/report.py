"""`chibo report`: the year report to the superior committee, as PDF and/or its figures.

    chibo report --year Y [--half | --until YYYY-MM-DD] [--number N] -o FILE.pdf|FILE.docx
    chibo report --year Y [--half | --until YYYY-MM-DD] --json

--year defaults to the current year; the period is the whole year unless --half (the
6-month report, to 30/06) or --until (from 1/1 to that day) narrows it. The PDF takes
the register's next BC number unless --number gives one, and the narrative saved for
that year and period (else the draft written from the figures); when the figures have
changed since that text was saved, a warning on stderr names them. Wired into
chibo_app/cli/command.py through `add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chibo_app.cli import numbering
from chibo_app.cli.language import say
from chibo_app.cli.output import output_path
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

COMMANDS = {"report"}

JSON_HELP = """\
khóa của --json (số liệu, không đổi tên giữa các phiên bản):
  year, period (year | half | until), start, end, as_of (ngày tính số liệu)
  people: full, probationary, non_party, party_members, total, exempted, left
  plans: people, made, made_percent, confirmed, confirmed_percent, on_time,
         on_time_percent, returned, drafting, deadline
  tasks: source (evaluation | midyear), total, completed, completed_percent,
         exceeded, partly, not_done, not_assessed
  midyear: plans, reviewed, tasks, done, in_progress, not_started, behind
  classification: rule_set, evaluated, exempt, classified,
         levels [code, label, count, percent]
  nominations: total, by_kind {collective, individual, model},
         by_field [field, collective, individual, model, total],
         commended, proposed, awarded, awards [form, count]
  commendations: count, items [date, text, nomination_id]
  meetings: regular, thematic, extraordinary, months, months_with_regular,
         average_attendance, present, excused, absent,
         by_month [month, regular, thematic, extraordinary, attendance]
  topics: total, due, held, items [title, planned, due, held_on]
Tỷ lệ tính bằng phần trăm (một chữ số thập phân), null khi không có gì để tính."""


def add_parsers(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="báo cáo kết quả học tập và làm theo Bác (PDF, số liệu)",
        description="Báo cáo kết quả thực hiện học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh gửi Đảng ủy cấp trên: cả năm, 6 tháng đầu năm "
        "(--half) hoặc từ đầu năm đến một ngày (--until).",
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    period = report.add_mutually_exclusive_group()
    period.add_argument("--half", action="store_true", help="báo cáo sơ kết 6 tháng đầu năm")
    period.add_argument(
        "--until",
        metavar="YYYY-MM-DD",
        help="tính số liệu từ đầu năm đến ngày này (ví dụ 2026-10-15)",
    )
    report.add_argument("--number", type=int, help="số văn bản (mặc định: số kế tiếp trong sổ)")
    numbering.add_replace(report)
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="TỆP.pdf|TỆP.docx",
        help="in báo cáo ra tệp PDF (hoặc Word .docx)",
    )
    report.add_argument("--json", action="store_true", help="in số liệu dạng JSON ra màn hình")


def run(session: Session, args: argparse.Namespace) -> int:
    from chibo_app.core.year_report import figures_json
    from chibo_app.services import year_report

    if args.output is None and not args.json:
        raise ChiboError(msg("Cần ghi tệp ra (-o TỆP.pdf) hoặc --json để xem số liệu."))
    year = session.today().year if args.year is None else args.year
    period = year_report.period_of(year, half=args.half, until=args.until)
    if args.output is not None:
        output_path(args.output, (".pdf", ".docx"))
    if args.json:
        figures = year_report.figures(session, period)
        print(json.dumps(figures_json(figures), ensure_ascii=False, indent=2))
    if args.output is not None:
        _print(session, period, args, quiet=args.json)
    return 0


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _print(session: Session, period: Any, args: argparse.Namespace, quiet: bool) -> None:
    from chibo_app.core.verification import display_code
    from chibo_app.documents.year_report import register_title
    from chibo_app.services import (
        report_printing,
        year_report,
    )

    warning = year_report.stale_warning(session, period)
    if warning:  # printed all the same
        print(say(msg("Cảnh báo: {warning}", warning=_lower_first(warning))), file=sys.stderr)
    path: Path = args.output
    result = report_printing.print_report(
        session, period, path, number=args.number, replace=args.replace
    )
    pages = msg(" ({count} trang)", count=result.pages) if result.pages else ""
    message = msg(
        "Đã in {title} số {number}-BC{pages}: {path}; mã xác thực {code}.",
        title=_lower_first(register_title(period)),
        number=f"{result.number:02d}",
        pages=pages,
        path=path,
        code=display_code(result.code),
    )
    print(say(message), file=sys.stderr if quiet else sys.stdout)  # stdout may carry the JSON
    numbering.print_note(result.numbering, file=sys.stderr if quiet else sys.stdout)
