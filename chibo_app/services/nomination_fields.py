"""The editable list of nomination fields (lĩnh vực): usage, and saving an edited list.

The list itself is kept by services.nominations (`fields`, `set_fields`); this module
adds what an editor needs: how many nominations use each field, a rename that carries
the nominations along (each change in the history), and the refusal to drop a field
that nominations still use. "Khác" is never stored: `fields` always offers it last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chibo_app.core.nominations import OTHER_FIELD
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import nominations
from chibo_app.services.session import Session
from chibo_app.storage import nominations_repo, records

TABLE = "nominations"


def usage(session: Session) -> dict[str, int]:
    """field → how many nominations (every year) use it."""
    return nominations_repo.field_usage(session.db)


def in_use_message(name: str, count: int) -> str:
    return (
        f"Không xóa được lĩnh vực “{name}”: đang có {count} đăng ký thuộc lĩnh vực này. "
        "Hãy chuyển các đăng ký đó sang lĩnh vực khác, hoặc đổi tên lĩnh vực."
    )


def save_fields(
    session: Session, names: Sequence[str], renamed: Mapping[str, str] | None = None
) -> list[str]:
    """Store `names` (in this order; "Khác" is left out and always offered last).

    `renamed` maps a field's old name to its new one: nominations of the old field
    move to the new name. A field left out that nominations still use is refused.
    Returns the list as `nominations.fields` now offers it.
    """
    renamed = {clean(old): clean(new) for old, new in (renamed or {}).items()}
    chosen = [clean(n) for n in names if clean(n)]
    problems = _problems(chosen, renamed)
    if problems:
        raise ValidationError({"fields": problems})
    chosen = [n for n in chosen if n.casefold() != OTHER_FIELD.casefold()]
    used = usage(session)
    before = [n for n in nominations.fields(session) if n != OTHER_FIELD]
    for name in before:
        if name in chosen or name in renamed:
            continue
        if used.get(name):
            raise ChiboError(in_use_message(name, used[name]))
    # Which nominations move is read before any of them does: renames may swap names.
    moves = [
        (nomination_id, new)
        for old, new in renamed.items()
        if old != new and used.get(old)
        for nomination_id in nominations_repo.ids_of_field(session.db, old)
    ]
    with session.db.atomic():
        for nomination_id, new in moves:
            records.update(session.db, session.editor, TABLE, nomination_id, {"field": new})
        if chosen:
            return nominations.set_fields(session, chosen)
        # Only "Khác" is left: store an empty choice, so it is the one offered.
        nominations.set_fields(session, [OTHER_FIELD])
    return nominations.fields(session)


def _problems(chosen: list[str], renamed: Mapping[str, str]) -> str | None:
    seen: set[str] = set()
    for name in chosen:
        key = name.casefold()
        if key in seen:
            return f"Lĩnh vực “{name}” có hai lần."
        seen.add(key)
    for old, new in renamed.items():
        if not new:
            return f"Chưa ghi tên mới cho lĩnh vực “{old}”."
        if old == OTHER_FIELD:
            return f"Không đổi tên được lĩnh vực “{OTHER_FIELD}”."
        if new.casefold() == OTHER_FIELD.casefold():
            return f"“{OTHER_FIELD}” luôn có sẵn ở cuối danh sách; hãy chọn tên khác."
        if new.casefold() not in seen:
            return f"Tên mới “{new}” không có trong danh sách lĩnh vực."
    return None
