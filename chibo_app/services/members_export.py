"""Export the people register to a print-ready Excel list."""

from __future__ import annotations

from pathlib import Path

from chibo_app.core.dates import to_display
from chibo_app.core.member_kinds import list_subject, party_post
from chibo_app.core.people import KIND_LABELS, Status, status_label
from chibo_app.core.person_order import person_order
from chibo_app.services import cell, people
from chibo_app.services.session import Session
from chibo_app.spreadsheets.member_export import write_member_list


def export_members(session: Session, path: str | Path, include_left: bool = False) -> int:
    """Write the list (active people unless include_left) in the order every list uses
    (party post, then Vietnamese name order: core.person_order)."""
    rows = [r for r in people.list_rows(session) if include_left or r.status == Status.ACTIVE]
    rows.sort(key=lambda r: person_order(r.full_name, party_post(r), r.kind))
    settings = cell.load_settings(session)
    title_lines = [
        settings.superior.upper(),
        settings.cell_name.upper(),
        "",
        "DANH SÁCH " + list_subject([r.kind for r in rows]).upper(),
        f"(Tính đến ngày {to_display(session.today().isoformat())})",
    ]
    write_member_list(
        Path(path),
        [
            {
                "full_name": r.full_name,
                "sex": r.sex or "",
                "birth_date": r.birth_date,
                "kind_label": KIND_LABELS[r.kind],
                "party_card": r.party_card or "",
                "admitted_on": r.admitted_on,
                "full_member_on": r.full_member_on,
                "unit": r.unit or "",
                "party_position": party_post(r),
                "government_position": r.government_position or "",
                "status_label": status_label(r.status, r.kind),
            }
            for r in rows
        ],
        title_lines=title_lines,
    )
    return len(rows)
