"""Import a member list from Excel: read, preview, then write all rows or none.

The rows are understood a column at a time (members_import_columns) and classified
against the register (members_import_matcher)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from chibo_app.core.member_import import (
    IMPORT_FIELDS,
    ROW_STATUS_LABELS,
    Decision,
    ImportPreview,
    ImportResult,
    ImportRow,
    RowStatus,
)
from chibo_app.core.member_kinds import FROM_USER
from chibo_app.core.messages import Label, msg
from chibo_app.core.people import Kind, PositionKind
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import cell, people
from chibo_app.services.members_import_columns import SheetFacts, convert_all
from chibo_app.services.members_import_matcher import Matcher, merged_person
from chibo_app.services.session import Session
from chibo_app.spreadsheets.member_sheet import SheetReading, cell_text, read_member_sheet
from chibo_app.spreadsheets.problem_rows import column_label, write_problem_rows
from chibo_app.storage import settings_repo, transactions

_PARTY_FIELDS = ("party_card", "admitted_on", "full_member_on")


def preview_file(
    session: Session, path: str | Path, mapping: dict[str, int] | None = None
) -> ImportPreview:
    """Read the file and classify every row; nothing is written.

    A mapping the user corrected earlier for the same header shape is reused; one given
    here is remembered when the import is written.
    """
    path = Path(path)
    if mapping:
        _check_mapping(mapping)
    reading = read_member_sheet(
        path, mapping, remembered=lambda sig: settings_repo.import_mapping(session.db, sig)
    )
    matcher = Matcher(session)
    columns = reading.rows.columns()
    sheet = SheetFacts(
        title_text=reading.title_text,
        has_party_data=any(v not in (None, "") for f in _PARTY_FIELDS for v in columns.get(f, ())),
        today=session.today(),
        excel_epoch=reading.excel_epoch,
    )
    rows = matcher.classify_all(convert_all(reading.rows, columns, sheet))
    return ImportPreview(
        file_name=path.name,
        sheet_name=reading.sheet_name,
        header_row=reading.header_row,
        encoding=reading.encoding,
        columns=dict(reading.columns),
        labels=dict(reading.labels),
        signature=reading.signature,
        rows=rows,
        chosen_mapping=dict(mapping) if mapping else None,
    )


def with_kinds(session: Session, preview: ImportPreview, kinds: dict[int, Kind]) -> ImportPreview:
    """The preview with the kinds the secretary chose for some rows (by row number),
    every row checked again: a quần chúng with a party card becomes invalid, a conflict
    may go away. Nothing is written."""
    rows: list[ImportRow] = []
    for row in preview.rows:
        row = replace(
            row,
            reasons=list(row.parse_reasons),
            match_id=None,
            match_name=None,
            changes=[],
            warnings=[],
            status=RowStatus.NEW,
        )
        chosen = kinds.get(row.row_number)
        if chosen is not None:
            row.person = row.person.with_changes(kind=chosen)
            row.kind_source, row.kind_sure = FROM_USER, True
        rows.append(row)
    matcher = Matcher(session)
    return replace(preview, rows=[matcher.classify(row) for row in rows])


def apply_import(
    session: Session,
    preview: ImportPreview,
    decisions: dict[int, Decision] | None = None,
    skip_problem_rows: bool = False,
) -> ImportResult:
    """Write the previewed rows in one transaction; any failure writes nothing.

    The rows are matched again inside the transaction, which holds the write lock from
    its start: if anyone changed the people since the preview (another import of the
    same rows, say), nothing is written and the preview must be made again.
    """
    decisions = decisions or {}
    added = updated = skipped = 0
    with transactions.immediate(session.db):
        _still_as_previewed(session, preview)
        if preview.chosen_mapping:
            settings_repo.remember_import_mapping(
                session.db, session.editor, preview.signature, preview.chosen_mapping
            )
        for row in preview.rows:
            action = _action(row, decisions.get(row.row_number), skip_problem_rows)
            if action is None:
                skipped += 1
                continue
            try:
                _write_row(session, row, merge_into=row.match_id if action == "merge" else None)
            except ValidationError as error:
                raise ChiboError(
                    msg(
                        "Dòng {row_number}: {error}",
                        row_number=row.row_number,
                        error=list(error.messages.values()),
                    )
                ) from None
            if action == "merge":
                updated += 1
            else:
                added += 1
    return ImportResult(added=added, updated=updated, skipped=skipped)


def _still_as_previewed(session: Session, preview: ImportPreview) -> None:
    matcher = Matcher(session)
    for row in preview.rows:
        if row.status == RowStatus.INVALID:
            continue  # never written, and it left no trace in the matcher
        again = matcher.classify(
            replace(row, reasons=list(row.parse_reasons), changes=[], warnings=[])
        )
        if (again.status, again.match_id) != (row.status, row.match_id):
            raise ChiboError(
                msg(
                    "Danh sách đảng viên đã thay đổi từ lúc xem trước (dòng {row_number} – "
                    "{full_name}: nay là “{status}”, có thể do một lần nhập khác vừa ghi). "
                    "Hãy xem trước lại; chưa có gì được ghi.",
                    row_number=row.row_number,
                    full_name=row.person.full_name,
                    status=Label(ROW_STATUS_LABELS[again.status], lower=True),
                )
            )


def save_problem_rows(preview: ImportPreview, path: str | Path) -> int:
    """Write the invalid and conflicting rows, with their reasons, to fix and re-import:
    every column as read (labelled as in the file), and the unit a group heading gave
    the rows when the list has no unit column of its own."""
    rows = preview.blocking_rows
    width = max([len(r.cells) for r in rows] + list(preview.labels), default=0)
    labels = [preview.labels.get(c) or column_label(c) for c in range(1, width + 1)]
    unit_column = preview.columns.get("unit")
    headed = unit_column is None and any(r.unit for r in rows)
    header = ["Dòng trong tệp gốc", "Lý do", *labels]
    if headed:
        header.append("Đơn vị (theo dòng tiêu đề nhóm)")
    problem_rows = []
    fields = {c: f for f, c in preview.columns.items()}
    for row in rows:
        if row.cells:
            cells = [cell_text(v, preview.encoding) for v in row.cells]
        else:  # a row made without its cells: what was read of each mapped column
            cells = [row.raw.get(fields.get(c, ""), "") or None for c in range(1, width + 1)]
        cells += [None] * (width - len(cells))
        problem_rows.append([row.row_number, row.reason, *cells, *([row.unit] if headed else [])])
    write_problem_rows(Path(path), header, problem_rows)
    return len(problem_rows)


def _action(row: ImportRow, decision: Decision | None, skip_problem_rows: bool) -> str | None:
    if row.status == RowStatus.NEW:
        return "add"
    if row.status == RowStatus.MATCHED:
        return "merge"
    if row.status == RowStatus.CONFLICT and decision is not None:
        if decision == Decision.SKIP:
            return None
        if decision == Decision.MERGE and row.match_id is not None:
            return "merge"
        if decision == Decision.ADD_NEW:
            return "add"
    if skip_problem_rows:
        return None
    state = "không hợp lệ" if row.status == RowStatus.INVALID else "cần xem lại"
    raise ChiboError(
        msg(
            "Dòng {row_number} {state}: {reason}. Không có gì được ghi.",
            row_number=row.row_number,
            state=state,
            reason=row.reason,
        )
    )


def _write_row(session: Session, row: ImportRow, merge_into: int | None) -> None:
    person = row.person
    unit_id = cell.unit_id_for_name(session, row.unit, create=True) if row.unit else None
    if merge_into is not None:
        existing = people.get_person(session, merge_into)
        person = merged_person(existing, row)
    person = person.with_changes(unit_id=unit_id or person.unit_id, id=merge_into)
    person_id = people.save_person(session, person)
    for kind, title in (
        (PositionKind.PARTY, row.party_position),
        (PositionKind.GOVERNMENT, row.government_position),
    ):
        if title:
            people.change_position(session, person_id, kind, title, None)


def _check_mapping(mapping: dict[str, int]) -> None:
    unknown = set(mapping) - set(IMPORT_FIELDS)
    if unknown:
        raise ChiboError(msg("Cột không hợp lệ: {columns}", columns=", ".join(sorted(unknown))))


__all__ = ["preview_file", "with_kinds", "apply_import", "save_problem_rows", "SheetReading"]
