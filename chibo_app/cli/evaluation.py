"""`chibo evaluation …` and `chibo rules list`: year-end evaluation and rule sets.

    chibo evaluation list --year Y [--json]
    chibo evaluation export --year Y [--number N] -o FILE.pdf|FILE.docx|FILE.xlsx
    chibo evaluation forms --year Y [--blank] [--person ID…] -o FILE.pdf|FILE.docx
    chibo evaluation votes --year Y [--number N] [--replace] -o FILE.pdf|FILE.docx
    chibo evaluation dossier --year Y -o FILE.pdf|FILE.docx
    chibo rules list [--json]
    chibo rules try CASES.json [--rule-set CODE] [--json]   (core.rule_cases: the format)

--year defaults to the current year. Wired into chibo_app/cli/command.py through
`add_parsers`, `COMMANDS` and `run`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chibo_app.cli import numbering
from chibo_app.cli.language import say
from chibo_app.cli.output import output_path
from chibo_app.core.evaluation import STATUS_LABELS, EvaluationRowView
from chibo_app.core.messages import Message, msg
from chibo_app.core.rules import definition_data, number_text
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

COMMANDS = {"evaluation", "rules"}


def add_parsers(commands: Any) -> None:
    evaluation = commands.add_parser("evaluation", help="đánh giá, xếp loại cuối năm")
    actions = evaluation.add_subparsers(
        dest="evaluation_action", required=True, parser_class=type(evaluation)
    )
    listing = actions.add_parser("list", help="mọi người của năm: điểm, đề xuất, xếp loại")
    listing.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    listing.add_argument("--json", action="store_true")
    listing.add_argument(
        "--reasons", action="store_true", help="kèm lý do đề xuất mức xếp loại của từng người"
    )
    export = actions.add_parser("export", help="danh sách đánh giá, xếp loại (PDF hoặc Excel)")
    export.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    export.add_argument("--number", type=int, help="số văn bản (mặc định: số kế tiếp trong sổ)")
    numbering.add_replace(export)
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.docx|TỆP.xlsx"
    )
    forms = actions.add_parser(
        "forms", help="bản kiểm điểm Mẫu 2A/2B/2C (Hướng dẫn 43) điền sẵn hoặc để trống"
    )
    forms.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    forms.add_argument("--blank", action="store_true", help="mẫu trống để viết tay")
    forms.add_argument(
        "--person", type=int, nargs="+", metavar="MÃ", help="mã số người (mặc định: mọi đảng viên)"
    )
    forms.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.docx")
    votes = actions.add_parser(
        "votes", help="tổng hợp kết quả biểu quyết, đề nghị xếp loại (PDF hoặc Word)"
    )
    votes.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    votes.add_argument("--number", type=int, help="số văn bản (mặc định: số kế tiếp trong sổ)")
    numbering.add_replace(votes)
    votes.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.docx")
    dossier = actions.add_parser(
        "dossier", help="danh mục hồ sơ kiểm điểm, đánh giá, xếp loại (Mẫu 04)"
    )
    dossier.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    dossier.add_argument("-o", "--output", type=Path, required=True, metavar="TỆP.pdf|TỆP.docx")
    rules = commands.add_parser("rules", help="các bộ tiêu chí xếp loại")
    rule_actions = rules.add_subparsers(
        dest="rules_action", required=True, parser_class=type(rules)
    )
    rule_list = rule_actions.add_parser("list", help="liệt kê các bộ tiêu chí xếp loại")
    rule_list.add_argument("--json", action="store_true")
    trying = rule_actions.add_parser(
        "try", help="thử bộ tiêu chí trên các trường hợp (tệp JSON), xem mức và lý do"
    )
    trying.add_argument(
        "cases", type=Path, metavar="CASES.json", help="các trường hợp: năm, chức vụ, công việc…"
    )
    trying.add_argument(
        "--rule-set", dest="rule_set", metavar="MÃ", help="mã bộ tiêu chí (mặc định: của năm nay)"
    )
    trying.add_argument("--json", action="store_true", help="kết quả dạng JSON")


def run(session: Session, args: argparse.Namespace) -> int:
    if args.command == "rules":
        if args.rules_action == "try":
            return _try(session, args)
        return _rules(session, args.json)
    year = _checked_year(session, args.year)
    if args.evaluation_action == "list":
        return _list(session, year, args.json, args.reasons)
    if args.evaluation_action in ("forms", "votes", "dossier"):
        return _papers(session, year, args)
    return _export(session, year, args)


def _papers(session: Session, year: int, args: argparse.Namespace) -> int:
    """The papers of the kiểm điểm season (Hướng dẫn 43-HD/BTCTW)."""
    from chibo_app.core.verification import display_code
    from chibo_app.services import evaluation_papers, review_forms

    path = output_path(args.output, (".pdf", ".docx"))
    if args.evaluation_action == "forms":
        result = review_forms.print_forms(session, year, args.person, path, blank=args.blank)
        kind = msg("mẫu trống") if args.blank else msg("điền sẵn")
        done = msg(
            "Đã in {forms} bản kiểm điểm năm {year} ({kind}): {path}",
            forms=result.forms,
            year=year,
            kind=kind,
            path=path,
        )
        print(say(done))
        return 0
    if args.evaluation_action == "votes":
        paper = evaluation_papers.print_votes(
            session, year, path, number=args.number, replace=args.replace
        )
        done = msg(
            "Đã in tổng hợp kết quả biểu quyết năm {year} số {number}-DS ({rows} đảng viên): "
            "{path}; mã xác thực {code}.",
            year=year,
            number=f"{paper.number or 0:02d}",
            rows=paper.rows,
            path=path,
            code=display_code(paper.code),
        )
        print(say(done))
        numbering.print_note(paper.numbering)
        return 0
    paper = evaluation_papers.print_dossier(session, year, path)
    done = msg(
        "Đã in danh mục hồ sơ kiểm điểm năm {year}: {path}; mã xác thực {code}.",
        year=year,
        path=path,
        code=display_code(paper.code),
    )
    print(say(done))
    return 0


def _checked_year(session: Session, year: int | None) -> int:
    if year is None:
        return session.today().year
    if not 1990 <= year <= 2200:
        raise ChiboError(msg("Năm {year} không hợp lệ.", year=year))
    return year


def _list(session: Session, year: int, as_json: bool, reasons: bool = False) -> int:
    from chibo_app.services import evaluation_lists

    rows = evaluation_lists.list_year(session, year)
    if as_json:
        items = [
            {
                "person_id": r.person_id,
                "full_name": r.full_name,
                "score": r.score,
                "proposed": r.proposed,
                "final": r.final,
                "exempt_reason": r.exempt_reason,
                "frame": r.frame,
                "self_level": r.self_classification,
                "self_score": r.self_score,
                "cell_level": r.cell_level,
                "vote": (
                    {"for": r.vote[0], "against": r.vote[1], "voters": r.vote[2]}
                    if r.vote
                    else None
                ),
                "decided_level": r.decided_level,
                "decided_by": r.decided_by or None,
                "proposal_changed": r.proposal_changed,
                "reasons": [str(reason) for reason in r.reasons],  # Vietnamese, as stored
            }
            for r in rows
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for line in _table(rows):
        print(line)
    if reasons:
        for number, row in enumerate(rows, 1):
            if row.reasons:
                print(f"\n{number}. {row.full_name}")
                for reason in row.reasons:
                    print(f"    {say(reason)}")
    done = sum(1 for r in rows if r.final)
    print(
        say(
            msg(
                "Năm {year}: {people} người, {done} đã xếp loại.",
                year=year,
                people=len(rows),
                done=done,
            )
        )
    )
    warning = evaluation_lists.year_cap_warning(session, year)
    if warning:
        print(say(msg("Lưu ý: {warning}", warning=warning)))
    return 0


_HEADINGS = (
    msg("STT"),
    msg("Họ và tên"),
    msg("Điểm"),
    msg("Đề xuất"),
    msg("Xếp loại"),
    msg("Tình trạng"),
    msg("Ghi chú"),
)
_RIGHT = {0, 2}  # number columns, aligned right
_EMPTY = "—"


def _table(rows: list[EvaluationRowView]) -> list[str]:
    """The rows under headings in the user's language, columns padded to line up; an
    empty cell is "—", the last column (notes) is left blank when empty and nothing
    trails a line. Names stay as they are; levels and statuses are labels, translated."""
    headings = [say(heading) for heading in _HEADINGS]
    cells = [
        [
            str(number),
            r.full_name,
            _EMPTY if r.score is None or r.exempt_reason else number_text(r.score),
            say(r.proposed_label) or _EMPTY,
            say(r.final_label) or _EMPTY,
            say(STATUS_LABELS[r.status]),
            say(_note(r)),
        ]
        for number, r in enumerate(rows, 1)
    ]
    widths = [max(len(c[i]) for c in [headings, *cells]) for i in range(len(headings))]

    def line(values: Sequence[str]) -> str:
        padded = [
            v.rjust(w) if i in _RIGHT else v.ljust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ]
        return "  ".join(padded).rstrip()

    return [line(headings), line(["-" * w for w in widths]), *map(line, cells)]


def _note(row: EvaluationRowView) -> Message | str:
    if row.exempt_reason:
        return msg("Không đánh giá: {reason}", reason=row.exempt_reason)
    return "" if row.party_member else "Quần chúng"


def _export(session: Session, year: int, args: argparse.Namespace) -> int:
    from chibo_app.core.verification import display_code
    from chibo_app.services import evaluation_lists, evaluation_printing, papers

    path = output_path(args.output, papers.LIST_SUFFIXES)
    total, waiting = evaluation_lists.progress(session, year)
    result = evaluation_printing.export_list(
        session, year, path, number=args.number, replace=args.replace
    )
    if waiting:
        waiting_note = msg(
            "Lưu ý: Mới xếp loại {classified}/{total} người; danh sách vẫn được xuất.",
            classified=total - len(waiting),
            total=total,
        )
        print(say(waiting_note), file=sys.stderr)
    done = msg(
        "Đã xuất danh sách đánh giá, xếp loại năm {year} số {number}-DS ({rows} người, "
        "{classified} được xếp loại): {path}; mã xác thực {code}.",
        year=year,
        number=f"{result.number:02d}",
        rows=result.rows,
        classified=result.classified,
        path=path,
        code=display_code(result.code),
    )
    print(say(done))
    numbering.print_note(result.numbering)
    return 0


def _rules(session: Session, as_json: bool) -> int:
    from chibo_app.services import rule_sets

    found = rule_sets.list_rule_sets(session)
    if as_json:
        items = [
            {
                "id": r.id,
                "code": r.code,
                "name": r.name,
                "regulation": r.regulation,
                "issued_on": r.issued_on,
                "builtin": r.builtin,
                "definition": definition_data(r.definition),
            }
            for r in found
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for r in found:
        levels = ", ".join(b.label for b in r.definition.bands)
        points = msg("có tính điểm") if r.definition.points else msg("không tính điểm")
        print(f"{r.code} | {r.name} | {say(points)} | {levels}")
    print(say(msg("Tổng số: {count} bộ tiêu chí.", count=len(found))))
    return 0


def _try(session: Session, args: argparse.Namespace) -> int:
    """Each case through the engine: its score, level and reasons (Vietnamese)."""
    from chibo_app.core.rule_cases import parse_cases
    from chibo_app.core.rule_engine import propose
    from chibo_app.services import rule_sets

    path: Path = args.cases
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise ChiboError(
            msg("Không đọc được tệp {path}: {reason}.", path=path, reason=error.strerror or error)
        ) from None
    except ValueError as error:
        raise ChiboError(
            msg("Tệp {path} không phải JSON hợp lệ ({error}).", path=path, error=error)
        ) from None
    if args.rule_set:
        rule_set = next(
            (r for r in rule_sets.list_rule_sets(session) if r.code == args.rule_set), None
        )
        if rule_set is None:
            raise ChiboError(msg("Không có bộ tiêu chí mã “{rule_set}”.", rule_set=args.rule_set))
    else:
        rule_set = rule_sets.year_rule_set(session, session.today().year)
    cases = parse_cases(data)
    proposals = [propose(rule_set.definition, case.facts) for case in cases]
    if args.json:
        results = [
            {
                "id": case.id,
                "score": proposal.score,
                "level": proposal.code,
                "reasons": [str(reason) for reason in proposal.reasons],
            }
            for case, proposal in zip(cases, proposals, strict=True)
        ]
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    print(say(msg("Bộ tiêu chí: {name} ({code})", name=rule_set.name, code=rule_set.code)))
    for case, proposal in zip(cases, proposals, strict=True):
        score = "—" if proposal.score is None else number_text(proposal.score)
        level = rule_set.definition.label(proposal.code) if proposal.code else msg("không đề xuất")
        line = msg("- {case}: {score} điểm → {level}", case=case.id, score=score, level=level)
        print(say(line))
        for reason in proposal.reasons:
            print(f"    {say(reason)}")
    return 0
