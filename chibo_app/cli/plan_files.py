"""`chibo plans export-docx | import | show`: personal plans as Word files, and as JSON.

    chibo plans export-docx --year Y [--person ID …] [--last-year] -o FOLDER|FILE.zip
    chibo plans import FILE_OR_FOLDER … --year Y [--dry-run] [--json] [--on DATE]
                       [--replace-drafts] [--choose FILE=ID …]
    chibo plans show --year Y [--json]

`import` reads every file (a folder: its .docx files), matches each to a person and
writes all the plans it can in one transaction, submitted on the file's date (or
--on). A file it cannot read, or cannot tell whose it is, is reported and skipped
(--choose names the person); the exit code is 0 when every file was imported (or
would be, with --dry-run), 1 otherwise. Wired in through cli_plans.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from chibo_app.cli.language import say
from chibo_app.core.dates import BadDate, parse_date, to_display
from chibo_app.core.messages import msg
from chibo_app.core.plan_due import display_due
from chibo_app.core.plans import STATUS_LABELS
from chibo_app.core.text import name_sort_key
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session

ACTIONS = {"export-docx", "import", "show"}
SOME_SKIPPED = 1


def add_parsers(actions: Any, year: Any) -> None:
    export = actions.add_parser("export-docx", help="gửi mẫu kế hoạch dạng Word để điền")
    year(export)
    export.add_argument("--person", type=int, nargs="+", action="extend", metavar="ID")
    export.add_argument("--last-year", action="store_true", help="điền sẵn kế hoạch năm trước")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="THƯ_MỤC|TỆP.zip")
    reading = actions.add_parser("import", help="nhập kế hoạch từ tệp Word (.docx)")
    reading.add_argument("paths", type=Path, nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    year(reading)
    reading.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    reading.add_argument("--json", action="store_true")
    reading.add_argument("--on", metavar="NGÀY", help="ngày nộp (mặc định: ngày trên tệp)")
    reading.add_argument("--replace-drafts", action="store_true", help="thay kế hoạch chưa nộp")
    reading.add_argument(
        "--choose", nargs="+", action="extend", default=[], metavar="TỆP=ID",
        help="kế hoạch trong TỆP là của người có mã ID",
    )  # fmt: skip
    show = actions.add_parser("show", help="nội dung mọi kế hoạch của năm")
    year(show)
    show.add_argument("--json", action="store_true")


def run(session: Session, year: int, args: argparse.Namespace) -> int:
    if args.plans_action == "export-docx":
        return _export(session, year, args)
    if args.plans_action == "import":
        return _import(session, year, args)
    return _show(session, year, args.json)


def _export(session: Session, year: int, args: argparse.Namespace) -> int:
    from chibo_app.services import plan_word_export

    result = plan_word_export.export_forms(
        session, year, args.person, args.output, last_year=args.last_year
    )
    where = result.zip_path or args.output
    print(
        say(
            msg(
                "Đã tạo {count} mẫu kế hoạch năm {year} (Word): {where}",
                count=len(result.files),
                year=year,
                where=where,
            )
        )
    )
    return 0


def _import(session: Session, year: int, args: argparse.Namespace) -> int:
    from chibo_app.services import plan_import

    on = None
    if args.on:
        try:
            iso = parse_date(args.on)
        except BadDate as error:
            raise ChiboError(error.message) from None
        if iso is None or len(iso) != 10:
            raise ChiboError(msg("--on cần đủ ngày/tháng/năm."))
        import datetime as dt

        on = dt.date.fromisoformat(iso)
    chosen = _choices(args.choose)
    previews = plan_import.preview_files(
        session, args.paths, year, replace_drafts=args.replace_drafts, chosen=chosen
    )
    if not previews:
        raise ChiboError(msg("Không có tệp .docx nào để nhập."))
    if not args.dry_run:
        plan_import.import_plans(session, previews, year, on=on)
    done = "would import" if args.dry_run else "imported"
    if args.json:
        items = [_preview_json(p, done if p.ready else "skipped", on) for p in previews]
        print(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        for preview in previews:
            print(_preview_line(preview, on))
        ready = sum(1 for p in previews if p.ready)
        verb = msg("Sẽ nhập") if args.dry_run else msg("Đã nhập")
        print(
            say(
                msg(
                    "{verb} {ready}/{count} kế hoạch năm {year}.",
                    verb=verb,
                    ready=ready,
                    count=len(previews),
                    year=year,
                )
            )
        )
    return 0 if all(p.ready for p in previews) else SOME_SKIPPED


def _choices(given: list[str]) -> dict[Path, int]:
    chosen: dict[Path, int] = {}
    for item in given:
        file, _, person = item.rpartition("=")
        try:
            chosen[Path(file)] = int(person)
        except ValueError:
            raise ChiboError(msg("“{item}” không đúng dạng TỆP=MÃ_NGƯỜI.", item=item)) from None
    return chosen


def _preview_json(preview: Any, result: str, on: Any) -> dict[str, object]:
    plan = preview.plan
    person = preview.person
    day = on or preview.dated
    return {
        "file": preview.name,
        "person": {"id": person.id, "full_name": person.full_name} if person else None,
        "matched_by": str(preview.matched_by),
        "candidates": [{"id": p.id, "full_name": p.full_name} for p in preview.candidates],
        "date": day.isoformat() if day and preview.ready else None,
        "sections": {
            "remedies": list(plan.remedies),
            "tasks": [{"text": t.text, "target": t.target, "due": t.due} for t in plan.tasks],
            "commitments": list(plan.commitments),
        }
        if plan
        else None,
        "checks": [str(c.message) for c in preview.checks],
        "problems": [str(preview.error)] if preview.error else [str(p) for p in preview.problems],
        "action": str(preview.action),
        "result": result,
    }


def _preview_line(preview: Any, on: Any) -> str:
    if not preview.ready:
        why = preview.error or list(preview.problems) or preview.reason
        return say(msg("{file}: bỏ qua — {why}", file=preview.name, why=why))
    plan = preview.plan
    day = on or preview.dated
    checks = msg("; {count} lưu ý", count=len(preview.checks)) if preview.checks else ""
    line = msg(
        "{file} → {name}: {remedies} giải pháp, {tasks} nhiệm vụ, {commitments} nêu gương; "
        "nộp ngày {day}{checks}",
        file=preview.name,
        name=preview.person.full_name,
        remedies=len(plan.remedies),
        tasks=len(plan.tasks),
        commitments=len(plan.commitments),
        day=f"{day:%d/%m/%Y}",
        checks=checks,
    )
    return say(line)


def _show(session: Session, year: int, as_json: bool) -> int:
    from chibo_app.services import plan_lists

    stored = plan_lists.plans_with_names(session, year)
    stored.sort(key=lambda pair: name_sort_key(pair[1]))
    items = [
        {
            "person_id": plan.person_id,
            "full_name": name,
            "status": str(plan.status),
            "submitted_on": plan.submitted_on,
            "confirmed_on": plan.confirmed_on,
            "remedies": list(plan.remedies),
            "tasks": [
                {"text": t.text, "target": t.target, "due": t.due, "due_text": display_due(t.due)}
                for t in plan.tasks
            ],
            "commitments": list(plan.commitments),
        }
        for plan, name in stored
    ]
    if as_json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for plan, name in stored:
        print(
            say(
                msg(
                    "{name} — {status}, nộp {day}",
                    name=name,
                    status=STATUS_LABELS[plan.status],
                    day=to_display(plan.submitted_on),
                )
            )
        )
        for n, text in enumerate(plan.remedies, 1):
            print(f"  1.{n} {text}")
        for n, task in enumerate(plan.tasks, 1):
            print(f"  2.{n} {task.text} | {task.target} | {display_due(task.due)}")
        for n, text in enumerate(plan.commitments, 1):
            print(f"  3.{n} {text}")
    print(say(msg("Năm {year}: {count} kế hoạch.", year=year, count=len(items))))
    return 0
