"""`chibo plans …` and `chibo verify CODE`: personal plans and printed documents.

    chibo plans list --year Y [--json]
    chibo plans print --year Y [--blank] [--person ID …] -o FILE.pdf
    chibo plans signed-off --year Y [--number N] -o FILE.pdf|FILE.xlsx
    chibo plans similar --year Y [--json]
    chibo verify CODE
    chibo plans export-docx | import | show   (plan_files.py)

--year defaults to the current year. `plans print` prints everyone of the year unless
--person names some (repeat it, or give several ids after one); a filled print gives a
blank form to anyone who has no plan yet. `verify` prints one sentence and exits 0
when the document is found and its record is unchanged since it was printed, 1 when
it is not found, was changed since, or can no longer be checked; a text that is not a
verification code at all is bad input (ChiboError → exit 2, like every other error).
Wired into chibo_app/cli/command.py through `add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from chibo_app.cli import numbering, plan_files
from chibo_app.cli.language import say
from chibo_app.cli.output import output_path
from chibo_app.core.dates import to_display
from chibo_app.core.messages import Message, msg
from chibo_app.core.plans import STATUS_LABELS, PlanStatus
from chibo_app.core.text import name_sort_key
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

COMMANDS = {"plans", "verify"}
NOT_VERIFIED = 1
_CODE_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def add_parsers(commands: Any) -> None:
    plans = commands.add_parser("plans", help="kế hoạch cá nhân: liệt kê, in, danh sách")
    actions = plans.add_subparsers(dest="plans_action", required=True, parser_class=type(plans))
    listing = actions.add_parser("list", help="mọi người của năm và tình trạng kế hoạch")
    _year(listing)
    listing.add_argument("--json", action="store_true")
    printing = actions.add_parser("print", help="in mẫu kế hoạch (điền sẵn hoặc mẫu trống)")
    _year(printing)
    printing.add_argument("--blank", action="store_true", help="mẫu trống để viết tay")
    printing.add_argument(
        "--person",
        type=int,
        nargs="+",
        action="extend",
        metavar="ID",
        help="chỉ in cho những người này (mặc định: mọi người của năm)",
    )
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.docx")
    signed = actions.add_parser("signed-off", help="danh sách kế hoạch đã được chi bộ xác nhận")
    _year(signed)
    signed.add_argument("--number", type=int, help="số văn bản (mặc định: số kế tiếp trong sổ)")
    numbering.add_replace(signed)
    signed.add_argument(
        "-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.docx|TỆP.xlsx"
    )
    similar = actions.add_parser("similar", help="các cặp kế hoạch gần như trùng nhau")
    _year(similar)
    similar.add_argument("--json", action="store_true")
    plan_files.add_parsers(actions, _year)
    verify = commands.add_parser("verify", help="kiểm tra mã xác thực in trên văn bản")
    verify.add_argument("code", metavar="MÃ", help="ví dụ K7QX2-M4TRA")


def _year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, help="năm (mặc định: năm nay)")


def run(session: Session, args: argparse.Namespace) -> int:
    if args.command == "verify":
        return _verify(session, args.code)
    year = _checked_year(session, args.year)
    action = args.plans_action
    if action == "list":
        return _list(session, year, args.json)
    if action == "similar":
        return _similar(session, year, args.json)
    if action == "print":
        return _print(session, year, args)
    if action in plan_files.ACTIONS:
        return plan_files.run(session, year, args)
    return _signed_off(session, year, args)


def _checked_year(session: Session, year: int | None) -> int:
    if year is None:
        return session.today().year
    if not 1990 <= year <= 2200:
        raise ChiboError(msg("Năm {year} không hợp lệ.", year=year))
    return year


def _list(session: Session, year: int, as_json: bool) -> int:
    from chibo_app.services import plan_lists

    rows = sorted(
        plan_lists.list_year_plans(session, year), key=lambda r: name_sort_key(r.full_name)
    )
    if as_json:
        items = [
            {
                "person_id": r.person_id,
                "full_name": r.full_name,
                "status": str(r.status),
                "submitted_on": r.submitted_on,
                "confirmed_on": r.confirmed_on,
                "tasks": r.tasks,
                "checks": r.checks,
                "similar_to": r.similar_to,
            }
            for r in rows
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for number, r in enumerate(rows, 1):
        similar = say(msg("giống {name}", name=r.similar_to)) if r.similar_to else ""
        print(
            " | ".join(
                [
                    str(number),
                    r.full_name,
                    say(STATUS_LABELS[r.status]),
                    say(msg("nộp {day}", day=to_display(r.submitted_on))) if r.submitted_on else "",
                    say(msg("xác nhận {day}", day=to_display(r.confirmed_on)))
                    if r.confirmed_on
                    else "",
                    say(msg("{count} nhiệm vụ", count=r.tasks)),
                    say(msg("{count} lưu ý", count=r.checks)),
                    similar,
                ]
            ).rstrip(" |")
        )
    confirmed = sum(1 for r in rows if r.status == PlanStatus.CONFIRMED)
    done = msg(
        "Năm {year}: {people} người, {confirmed}/{people} kế hoạch đã xác nhận.",
        year=year,
        people=len(rows),
        confirmed=confirmed,
    )
    print(say(done))
    return 0


def _similar(session: Session, year: int, as_json: bool) -> int:
    from chibo_app.services import plan_lists

    pairs = plan_lists.similar_pairs(session, year)
    if as_json:
        items = [
            {
                "person_id": p.person_id,
                "full_name": p.name,
                "year": p.year,
                "other_person_id": p.other_person_id,
                "other_full_name": p.other_name,
                "other_year": p.other_year,
                "similarity": round(p.score, 3),
            }
            for p in pairs
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for p in pairs:
        other = (
            say(msg("kế hoạch năm {year} của chính mình", year=p.other_year))
            if p.last_year
            else p.other_name
        )
        print(f"{p.score:.0%}  {p.name} — {other}")
    print(
        say(
            msg("Năm {year}: {count} cặp kế hoạch gần như trùng nhau.", year=year, count=len(pairs))
        )
    )
    return 0


def _print(session: Session, year: int, args: argparse.Namespace) -> int:
    from chibo_app.services import plan_printing

    path = output_path(args.output, (".pdf", ".docx"))
    result = plan_printing.print_plans(session, year, args.person, path, blank=args.blank)
    kind = msg("mẫu trống") if args.blank else msg("kế hoạch")
    extra: Message | str = ""
    if not args.blank and result.blank:
        extra = msg(" ({count} người chưa có kế hoạch: in mẫu trống)", count=result.blank)
    pages = msg(" ({count} trang)", count=result.pages) if result.pages else ""
    done = msg(
        "Đã in {count} {kind} năm {year}{extra}: {path}{pages}.",
        count=result.forms,
        kind=kind,
        year=year,
        extra=extra,
        path=path,
        pages=pages,
    )
    print(say(done))
    return 0


def _signed_off(session: Session, year: int, args: argparse.Namespace) -> int:
    from chibo_app.core.verification import display_code
    from chibo_app.services import papers, plan_printing

    path = output_path(args.output, papers.LIST_SUFFIXES)
    result = plan_printing.print_signed_off(
        session, year, path, number=args.number, replace=args.replace
    )
    done = msg(
        "Đã in danh sách số {number}-DS ({confirmed}/{total} kế hoạch đã xác nhận): {path}; "
        "mã xác thực {code}.",
        number=f"{result.number:02d}",
        confirmed=result.confirmed,
        total=result.total,
        path=path,
        code=display_code(result.code),
    )
    print(say(done))
    numbering.print_note(result.numbering)
    return 0


def _verify(session: Session, code: str) -> int:
    from chibo_app.core.verification import CODE_LENGTH, normalise_code
    from chibo_app.services import documents, verification

    wanted = normalise_code(code)
    if len(wanted) != CODE_LENGTH or not set(wanted) <= _CODE_ALPHABET:
        raise ChiboError(
            msg(
                "“{code}” không phải là mã xác thực: mã gồm {code_length} chữ cái và "
                "chữ số (từ 2 đến 7), in ở chân trang văn bản, ví dụ K7QX2-M4TRA.",
                code=code,
                code_length=CODE_LENGTH,
            )
        )
    result = verification.verify(session, wanted)
    print(say(result.message))
    return 0 if result.status == documents.VerifyStatus.UNCHANGED else NOT_VERIFIED
