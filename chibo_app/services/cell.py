"""Cell settings, units and years."""

from __future__ import annotations

import sqlite_utils

from chibo_app.core.cell import CellSettings, validate_settings
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services.session import Session
from chibo_app.storage import records, settings_repo


def load_settings(session: Session) -> CellSettings:
    stored = settings_repo.read_all(session.db)
    defaults = CellSettings()
    return CellSettings(**{k: stored.get(k, getattr(defaults, k)) for k in CellSettings.keys()})


def is_initialised(session: Session) -> bool:
    return load_settings(session).is_complete


def save_settings(session: Session, settings: CellSettings) -> CellSettings:
    cleaned = CellSettings(**{k: clean(getattr(settings, k)) for k in CellSettings.keys()})
    cleaned = CellSettings(**{**cleaned.__dict__, "symbol": cleaned.symbol.upper() or "CB"})
    problems = validate_settings(cleaned)
    if problems:
        raise ValidationError(problems)
    values = {k: getattr(cleaned, k) for k in CellSettings.keys()}
    settings_repo.write_many(session.db, session.editor, values)
    ensure_year(session, session.today().year)
    return cleaned


# Units ---------------------------------------------------------------------


def list_units(session: Session, include_inactive: bool = True) -> list[dict[str, object]]:
    where = "" if include_inactive else " WHERE active = 1"
    cursor = session.db.execute(
        f"SELECT id, name, active, (SELECT count(*) FROM people WHERE unit_id = units.id)"
        f" FROM units{where} ORDER BY sort_order, name"
    )
    return [{"id": i, "name": n, "active": bool(a), "people": c} for i, n, a, c in cursor]


def unit_id_for_name(session: Session, name: str, create: bool = False) -> int | None:
    name = clean(name)
    if not name:
        return None
    # casefold in Python: SQLite's lower() knows only ASCII letters.
    for unit_id, unit_name in session.db.execute("SELECT id, name FROM units"):
        if unit_name.casefold() == name.casefold():
            return int(unit_id)
    return add_unit(session, name) if create else None


def add_unit(session: Session, name: str) -> int:
    name = _checked_unit_name(session, name)
    order = session.db.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM units").fetchone()[0]
    return records.insert(session.db, session.editor, "units", {"name": name, "sort_order": order})


def rename_unit(session: Session, unit_id: int, name: str) -> None:
    name = _checked_unit_name(session, name, unit_id)
    records.update(session.db, session.editor, "units", unit_id, {"name": name})


def set_unit_active(session: Session, unit_id: int, active: bool) -> None:
    records.update(session.db, session.editor, "units", unit_id, {"active": int(active)})


# Tables whose rows name a unit, with what to call them; later features add theirs.
UNIT_REFERENCES = [("people", "người"), ("nominations", "đăng ký điển hình")]


def delete_unit(session: Session, unit_id: int) -> None:
    tables = session.db.table_names()
    for table, label in UNIT_REFERENCES:
        if table in tables:
            used = session.db.execute(
                f"SELECT count(*) FROM [{table}] WHERE unit_id = ?", [unit_id]
            )
            if used.fetchone()[0]:
                raise ChiboError(
                    f"Đơn vị đang có {label}, không xóa được; có thể đánh dấu “ngừng sử dụng”."
                )
    records.delete(session.db, session.editor, "units", unit_id)


def _checked_unit_name(session: Session, name: str, unit_id: int | None = None) -> str:
    name = clean(name)
    if not name:
        raise ValidationError({"name": "Chưa nhập tên đơn vị."})
    for unit in list_units(session):
        if str(unit["name"]).casefold() == name.casefold() and unit["id"] != unit_id:
            raise ValidationError({"name": f"Đã có đơn vị “{unit['name']}”."})
    return name


# Years ---------------------------------------------------------------------


def list_years(session: Session) -> list[int]:
    years = [r[0] for r in session.db.execute("SELECT year FROM years ORDER BY year")]
    return years or [session.today().year]


def ensure_year(session: Session, year: int) -> None:
    db: sqlite_utils.Database = session.db
    if not db.execute("SELECT 1 FROM years WHERE year = ?", [year]).fetchone():
        with db.atomic():
            db.execute("INSERT INTO years (year) VALUES (?)", [year])
            records.record_change(db, session.editor, "years", year, "insert", None, {"year": year})
