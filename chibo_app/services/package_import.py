"""The đảng ủy receives its cells' packages: verified, previewed, applied in one go.

`inspect` reads every file (storage.package_file verifies it: checksum, format version,
schema, values) and compares each part with what was last received from the same cell
for the same year: new, changed (what changed), the same package again, or older than the
one already received. Nothing is written. `apply` writes the accepted parts in one
transaction: a newer package of a cell's part becomes current and the one it replaces
stays in the history; an older package goes straight into the history; a package
received before is not stored twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from chibo_app.core import package as package_core
from chibo_app.core import package_diff
from chibo_app.core.messages import Label, Message, msg
from chibo_app.core.package import PART_LABELS, Package, PackageError, Part
from chibo_app.services import level
from chibo_app.services.session import Session
from chibo_app.storage import received_repo
from chibo_app.storage.package_file import PackagePasswordRequired, read_package
from chibo_app.storage.received_repo import Received, SubCell


class Change(StrEnum):
    NEW = "new"  # the first of this part from this cell for the year
    CHANGED = "changed"  # replaces the one received before
    SAME = "same"  # this very package was received before: nothing to do
    OLDER = "older"  # made before the one received: kept in the history only


CHANGE_LABELS = {
    Change.NEW: "Mới",
    Change.CHANGED: "Thay gói nhận trước",
    Change.SAME: "Đã nhận rồi: bỏ qua",
    Change.OLDER: "Cũ hơn gói đã nhận: chỉ lưu vào lịch sử",
}


@dataclass(frozen=True)
class PartPreview:
    part: Part
    change: Change
    lines: tuple[Message, ...] = ()  # what changed
    previous: Received | None = None  # the current package it is compared with


@dataclass(frozen=True)
class Inspected:
    path: Path
    package: Package
    known_as: str | None  # the cell's name when received before (None: a new cell)
    parts: tuple[PartPreview, ...]

    @property
    def renamed(self) -> bool:
        return self.known_as is not None and self.known_as != self.package.cell_name


@dataclass(frozen=True)
class Refused:
    path: Path
    message: Message | str
    needs_password: bool = False


@dataclass(frozen=True)
class Preview:
    items: tuple[Inspected, ...] = ()
    refused: tuple[Refused, ...] = ()

    @property
    def acceptable(self) -> bool:
        """Something to apply and nothing refused (the CLI applies all or nothing)."""
        return bool(self.items) and not self.refused


@dataclass(frozen=True)
class Applied:
    cells: int  # cells with a part applied
    parts: int  # parts stored (current or history)
    package_ids: tuple[int, ...] = field(default=())


def inspect(
    session: Session,
    paths: Sequence[Path],
    password: str | None = None,
    passwords: dict[Path, str] | None = None,
) -> Preview:
    """Read and verify every file; compare each part with the current one (and with the
    packages before it in this batch). Writes nothing. `passwords` per file override
    `password`."""
    level.require_committee(session)
    read: list[tuple[Path, Package]] = []
    refused: list[Refused] = []
    for path in paths:
        given = (passwords or {}).get(path, password)
        try:
            read.append((path, read_package(Path(path), given)))
        except PackagePasswordRequired as error:
            refused.append(Refused(Path(path), error.message, needs_password=True))
        except PackageError as error:
            refused.append(Refused(Path(path), error.message))
    items = _compare(session, read)
    return Preview(tuple(items), tuple(refused))


_Latest = tuple[tuple[int, str], str, dict[str, Any], Received | None]


def _compare(session: Session, read: list[tuple[Path, Package]]) -> list[Inspected]:
    db = session.db
    # What is current as the batch is applied in the cells' order: (uid, year, part) →
    # (order, checksum, content, received record or None).
    latest: dict[tuple[str, int, str], _Latest] = {}
    seen: set[tuple[str, int, str, str]] = set()
    items = []
    for path, package in sorted(read, key=lambda item: item[1].order):
        known = received_repo.sub_cell_by_uid(db, package.cell_uid)
        previews = []
        for part in package.parts:
            key = (package.cell_uid, package.year, str(part))
            content = package.part_content(part)
            if key not in latest and known is not None:
                stored = received_repo.current(db, known.id, package.year, str(part))
                if stored is not None:
                    latest[key] = (
                        stored.order,
                        stored.checksum,
                        received_repo.content(db, stored.id),
                        stored,
                    )
            duplicate = (*key, package.checksum) in seen or (
                known is not None
                and received_repo.with_checksum(
                    db, known.id, package.year, str(part), package.checksum
                )
                is not None
            )
            seen.add((*key, package.checksum))
            before = latest.get(key)
            if duplicate:
                previews.append(PartPreview(part, Change.SAME))
                continue
            if before is not None and before[0] > package.order:
                previews.append(PartPreview(part, Change.OLDER, previous=before[3]))
                continue
            if before is None:
                lines = [package_core.part_summary(package, part)]
            else:
                lines = _change_lines(part, before[2], content)
            change = Change.NEW if before is None else Change.CHANGED
            previews.append(PartPreview(part, change, tuple(lines), before[3] if before else None))
            latest[key] = (package.order, package.checksum, content, None)
        items.append(Inspected(Path(path), package, known.name if known else None, tuple(previews)))
    return items


def _change_lines(part: Part, old: dict[str, Any], new: dict[str, Any]) -> list[Message]:
    lines = [c.text() for c in package_diff.table_changes(part, old, new)]
    if part == Part.REPORT:
        lines += package_diff.figure_changes(old, new)
        if package_diff.narrative_changed(old, new):
            lines.append(msg("Phần nhận định của báo cáo đã sửa"))
    if not lines:
        lines.append(msg("Nội dung không đổi (gói mới lập lại)"))
    return lines


def apply(session: Session, preview: Preview) -> Applied:
    """Store every part of the previewed packages (not the refused files) in one
    transaction, in the order the cells numbered them."""
    level.require_committee(session)
    db = session.db
    editor = session.editor
    stored: list[int] = []
    cells: set[str] = set()
    with db.atomic():
        for item in sorted(preview.items, key=lambda i: i.package.order):
            package = item.package
            meta = package.meta
            sub_cell_id = received_repo.save_sub_cell(
                db,
                editor,
                SubCell(
                    0,
                    package.cell_uid,
                    package.cell_name,
                    meta["superior"],
                    meta["secretary"],
                    meta["symbol"],
                    meta["term"],
                ),
            )
            for part in package.parts:
                if received_repo.with_checksum(
                    db, sub_cell_id, package.year, str(part), package.checksum
                ):
                    continue  # received before
                current = received_repo.current(db, sub_cell_id, package.year, str(part))
                values = {
                    "sub_cell_id": sub_cell_id,
                    "year": package.year,
                    "part": str(part),
                    "sequence": package.sequence,
                    "created_at": package.created_at,
                    "received_at": editor.stamp(),
                    "received_by": editor.name,
                    "cell_name": package.cell_name,
                    "file_name": item.path.name,
                    "checksum": package.checksum,
                    "schema_version": int(meta["schema_version"]),
                    "app_version": meta["app_version"],
                }
                content = json.dumps(package.part_content(part), ensure_ascii=False)
                if current is not None and current.order > package.order:
                    values["replaced_by"] = current.id  # older: history only
                    stored.append(received_repo.add(db, editor, values, content))
                else:
                    replaces = current.id if current is not None else None
                    stored.append(received_repo.add(db, editor, values, content, replaces))
                cells.add(package.cell_uid)
    return Applied(len(cells), len(stored), tuple(stored))


# Showing a preview ------------------------------------------------------------------------


def preview_lines(preview: Preview) -> list[tuple[int, Message]]:
    """(indent, line) of the preview as the command line prints it."""
    lines: list[tuple[int, Message]] = []
    for item in preview.items:
        package = item.package
        values = {"file": item.path.name, "cell": package.cell_name, "year": package.year}
        if item.known_as is None:
            head = msg("{file}: {cell}, năm {year} (chi bộ mới)", **values)
        elif item.renamed:
            head = msg(
                "{file}: {cell}, năm {year} (trước đây: {before})", before=item.known_as, **values
            )
        else:
            head = msg("{file}: {cell}, năm {year}", **values)
        lines.append((0, head))
        for part in item.parts:
            change = msg(
                "{part}: {change}",
                part=Label(PART_LABELS[part.part]),
                change=Label(CHANGE_LABELS[part.change]),
            )
            lines.append((2, change))
            lines += [(6, line) for line in part.lines]
    return lines


def preview_json(preview: Preview, applied: Applied | None) -> dict[str, Any]:
    return {
        "applied": applied is not None,
        "stored_parts": applied.parts if applied else 0,
        "packages": [
            {
                "file": str(item.path),
                "cell_uid": item.package.cell_uid,
                "cell_name": item.package.cell_name,
                "known_as": item.known_as,
                "year": item.package.year,
                "created_at": item.package.created_at,
                "sequence": item.package.sequence,
                "checksum": item.package.checksum,
                "app_version": item.package.meta["app_version"],
                "schema_version": int(item.package.meta["schema_version"]),
                "parts": [
                    {
                        "part": str(p.part),
                        "change": str(p.change),
                        "lines": [str(line) for line in p.lines],
                    }
                    for p in item.parts
                ],
            }
            for item in preview.items
        ],
        "refused": [
            {"file": str(r.path), "message": str(r.message), "needs_password": r.needs_password}
            for r in preview.refused
        ],
    }
