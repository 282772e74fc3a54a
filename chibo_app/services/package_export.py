"""“Gửi cấp trên…”: the package a chi bộ sends its đảng ủy for a year (core.package).

Each part carries exactly what the đảng ủy needs of it, read through the same services
the cell's own lists and report use, so the package says what the cell's documents say:

- nominations: the rows of the nominations list (name or unit, position, unit, field,
  content, notes, status) and the units still short of their quota;
- plans: per person of the year, the plan's status and its dates;
- evaluation: per person, the three steps of 366-QĐ/TW Điều 12 (self-assessment, the
  chi bộ's proposal with its vote, the competent level's decision), and the levels of
  the cell's rule set;
- report: the figures of `chibo report --json` for the whole year as of today, and the
  narrative (the one saved, else the draft).

People appear only in the plans, evaluation and individual nominations, with name, kind
(đảng viên chính thức / dự bị, quần chúng), unit and positions: never a birth date, a
party card, a phone number or a history. Every package also lists the register numbers
and verification codes of the cell's documents it summarises.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chibo_app import __version__
from chibo_app.core import package as core
from chibo_app.core import stored_messages
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.nominations import Kind as NominationKind
from chibo_app.core.package import Package, Part, Row
from chibo_app.core.plans import PlanStatus
from chibo_app.core.text import fold
from chibo_app.core.verification import number_text
from chibo_app.core.year_report import SECTION_KEYS, figures_json
from chibo_app.errors import ChiboError
from chibo_app.services import (
    cell,
    evaluation_lists,
    level,
    nomination_lists,
    rule_sets,
    year_report,
)
from chibo_app.services.session import Session
from chibo_app.storage import (
    documents_repo,
    nominations_repo,
    people_repo,
    plans_repo,
    settings_repo,
)
from chibo_app.storage.package_file import write_package

# Which register entries summarise which part: (document type, subject table).
DOCUMENT_PARTS = {
    ("DS", "nominations"): Part.NOMINATIONS,
    ("DS", "people"): Part.PLANS,  # the signed-off list of confirmed plans
    ("DS", "evaluations"): Part.EVALUATION,
    ("BC", "year_report"): Part.REPORT,
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package: Package
    encrypted: bool

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.package.tables.items()}


SEQUENCE_KEY = "package_sequence"  # the cell's count of packages made (settings)


def next_sequence(session: Session) -> int:
    stored = settings_repo.read_all(session.db).get(SEQUENCE_KEY, "0")
    return (int(stored) if stored.isdigit() else 0) + 1


def build(
    session: Session, year: int, parts: Sequence[Part], sequence: int | None = None
) -> Package:
    """The package of `parts` for `year`, with its checksum (nothing is written); its
    number is `sequence`, by default the next one."""
    level.require_cell(session)
    settings = cell.load_settings(session)
    if not settings.cell_name:
        raise ChiboError(
            msg("Chưa khai báo tên chi bộ (Cài đặt): gói gửi cấp trên cần tên chi bộ.")
        )
    chosen = [p for p in core.PARTS if p in parts]
    tables: dict[str, list[Row]] = {t.name: [] for t in core.TABLES[1:]}
    if Part.NOMINATIONS in chosen:
        tables["nominations"] = _nominations(session, year)
        tables["nomination_quotas"] = _quotas(session, year)
    if Part.PLANS in chosen:
        tables["plans"] = _plans(session, year)
    if Part.EVALUATION in chosen:
        tables["evaluations"] = _evaluations(session, year)
        tables["levels"] = _levels(session, year)
    if Part.REPORT in chosen:
        tables["report"] = _report(session, year)
    tables["documents"] = _documents(session, year, chosen, settings.symbol or "CB")
    normalised = {
        name: core.sort_rows(
            core.TABLES_BY_NAME[name], map(core.TABLES_BY_NAME[name].normalise, rows)
        )
        for name, rows in tables.items()
    }
    meta = {
        "format": core.FORMAT,
        "schema_version": str(core.SCHEMA_VERSION),
        "app_version": __version__,
        # To the microsecond: two packages of one cell made in the same second still
        # say which is newer.
        "created_at": session.now().isoformat(timespec="microseconds"),
        "sequence": str(sequence or next_sequence(session)),
        "cell_uid": level.cell_uid(session),
        "cell_name": settings.cell_name,
        "superior": settings.superior,
        "place": settings.place,
        "secretary": settings.secretary,
        "symbol": settings.symbol,
        "term": settings.term,
        "year": str(year),
        "parts": ",".join(chosen),
    }
    meta["checksum"] = core.checksum(meta, normalised)
    return Package(meta=meta, tables=normalised)


def export(
    session: Session,
    year: int,
    parts: Sequence[Part],
    path: Path,
    password: str | None = None,
) -> ExportResult:
    """Build the package and write it to `path` (atomically), encrypted with `password`
    when one is given — the same SQLCipher settings as the cell's database. The cell
    counts its packages (the setting package_sequence, in the history): the đảng ủy
    tells a newer package of a part from an older one by that number."""
    if password is not None and not password:
        raise ChiboError(msg("Mật khẩu của gói không được để trống."))
    if not path.parent.is_dir():
        raise ChiboError(msg("Không có thư mục {folder}.", folder=path.parent))
    with session.db.atomic():  # the count goes up only if the file is written
        sequence = next_sequence(session)
        settings_repo.write_many(session.db, session.editor, {SEQUENCE_KEY: str(sequence)})
        package = build(session, year, parts, sequence)
        write_package(path, package.meta, package.tables, password)
    return ExportResult(path, package, password is not None)


def default_file_name(session: Session, year: int, parts: Sequence[Part]) -> str:
    """e.g. 'chi-bo-so-ngoai-vu-2026-tat-ca.chibo'."""
    name = fold(cell.load_settings(session).cell_name) or "chi-bo"
    slug = "-".join("".join(ch if ch.isalnum() else " " for ch in name).split())
    what = "tat-ca" if len(parts) == len(core.PARTS) else str(parts[0])
    return f"{slug}-{year}-{what}{core.SUFFIX}"


# The parts ---------------------------------------------------------------------------


def _nominations(session: Session, year: int) -> list[Row]:
    found: list[Row] = []
    for row in nomination_lists.rows(session, year):
        item = row.nomination
        if item.kind == NominationKind.MODEL:
            content = item.description
        else:
            content = item.title + (f"\n{item.description}" if item.description else "")
        found.append(
            (
                item.id,
                str(item.kind),
                item.person_id if item.kind == NominationKind.INDIVIDUAL else None,
                row.name,
                row.position,
                row.unit if item.kind != NominationKind.COLLECTIVE else "",
                item.field,
                item.title,
                content.strip(),
                item.notes,
                str(item.status),
                item.registered_on,
                item.commended_on,
                item.award_form,
                item.award_level,
            )
        )
    return found


def _quotas(session: Session, year: int) -> list[Row]:
    """The units short of their quota: the sentence, and the message by id and values
    the đảng ủy shows in its own language."""
    short = [q for q in nomination_lists.quota_report(session, year) if q.short_by]
    lines = [(q, q.unit_short_text()) for q in short]
    return [
        (
            n,
            q.unit,
            q.short_by,
            str(line),
            json.dumps(stored_messages.dump(line), ensure_ascii=False),
        )
        for n, (q, line) in enumerate(lines)
    ]


def _plans(session: Session, year: int) -> list[Row]:
    db = session.db
    people = {r.id: r for r in people_repo.person_rows(db, session.today().isoformat())}
    plans = {p.person_id: p for p in plans_repo.plans_of_year(db, year)}
    statuses = nominations_repo.plan_statuses(db, year)
    found: list[Row] = []
    for person_id, name, unit in plans_repo.year_people(db, year):
        person = people[person_id]
        plan = plans.get(person_id)
        found.append(
            (
                person_id,
                name,
                str(person.kind),
                unit,
                person.party_position or None,
                person.government_position or None,
                statuses.get(person_id, str(PlanStatus.NOT_STARTED)),
                plan.submitted_on if plan else None,
                plan.confirmed_on if plan else None,
            )
        )
    return found


def _evaluations(session: Session, year: int) -> list[Row]:
    found: list[Row] = []
    for r in evaluation_lists.list_year(session, year):
        # The three steps of 366-QĐ/TW Điều 12; `final` is the decision when recorded,
        # else the chi bộ's proposal (what the đảng ủy's summary counts).
        vote = r.vote
        found.append(
            (
                r.person_id,
                r.full_name,
                str(r.kind),
                r.unit,
                r.party_position or None,
                r.government_position or None,
                r.frame,
                str(r.status),
                r.self_classification,
                r.self_score,
                r.score,
                r.proposed,
                r.cell_level,
                vote[0] if vote else None,
                vote[1] if vote else None,
                vote[2] if vote else None,
                r.decided_level,
                r.decided_by or None,
                r.final,
                r.exempt_reason,
            )
        )
    return found


def _levels(session: Session, year: int) -> list[Row]:
    bands = rule_sets.year_rule_set(session, year).definition.bands
    return [(n, band.code, band.label) for n, band in enumerate(bands)]


def _report(session: Session, year: int) -> list[Row]:
    period = year_report.period_of(year)
    found = year_report.figures(session, period)
    saved = year_report.saved_narrative(session, period)
    text = saved or year_report.draft(found)
    rows: list[Row] = [("figures", json.dumps(figures_json(found), ensure_ascii=False))]
    rows += [(key, value) for key, value in zip(SECTION_KEYS, text.texts(), strict=True)]
    rows.append(("narrative", "saved" if saved else "draft"))
    return rows


def _documents(session: Session, year: int, parts: Sequence[Part], symbol: str) -> list[Row]:
    found: list[Row] = []
    for doc in documents_repo.list_documents(session.db, year=year):
        part = DOCUMENT_PARTS.get((doc.doc_type, doc.subject_table or ""))
        if part is None or part not in parts:
            continue
        found.append(
            (
                doc.code,
                str(part),
                doc.doc_type,
                doc.number,
                number_text(doc.number, doc.doc_type, symbol),
                doc.title,
                doc.printed_on.isoformat(),
            )
        )
    return found


def describe(package: Package) -> list[Message]:
    """What a package holds, one line per part (the CLI and the dialog)."""
    return [
        msg(
            "{part}: {summary}",
            part=Label(core.PART_LABELS[p]),
            summary=core.part_summary(package, p),
        )
        for p in package.parts
    ]
