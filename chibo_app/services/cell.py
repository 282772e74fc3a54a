"""Cell settings, units and years."""

from __future__ import annotations

from chibo_app.core.cell import CellSettings, validate_settings
from chibo_app.core.messages import msg
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services.session import Session
from chibo_app.storage import cell_repo, records, settings_repo


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
    return cell_repo.units(session.db, include_inactive)


def unit_id_for_name(session: Session, name: str, create: bool = False) -> int | None:
    name = clean(name)
    if not name:
        return None
    # casefold in Python: SQLite's lower() knows only ASCII letters.
    for unit_id, unit_name in cell_repo.unit_names(session.db).items():
        if unit_name.casefold() == name.casefold():
            return unit_id
    return add_unit(session, name) if create else None


def add_unit(session: Session, name: str) -> int:
    name = _checked_unit_name(session, name)
    order = cell_repo.next_unit_position(session.db)
    return records.insert(session.db, session.editor, "units", {"name": name, "sort_order": order})


def rename_unit(session: Session, unit_id: int, name: str) -> None:
    name = _checked_unit_name(session, name, unit_id)
    records.update(session.db, session.editor, "units", unit_id, {"name": name})


def set_unit_active(session: Session, unit_id: int, active: bool) -> None:
    records.update(session.db, session.editor, "units", unit_id, {"active": int(active)})


# Tables whose rows name a unit, with what to call them; later features add theirs.
UNIT_REFERENCES = [("people", "người"), ("nominations", "đăng ký điển hình")]


def delete_unit(session: Session, unit_id: int) -> None:
    for table, label in UNIT_REFERENCES:
        if cell_repo.rows_naming_unit(session.db, table, unit_id):
            raise ChiboError(
                msg(
                    "Đơn vị đang có {label}, không xóa được; có thể đánh dấu “ngừng sử dụng”.",
                    label=label,
                )
            )
    records.delete(session.db, session.editor, "units", unit_id)


def _checked_unit_name(session: Session, name: str, unit_id: int | None = None) -> str:
    name = clean(name)
    if not name:
        raise ValidationError({"name": msg("Chưa nhập tên đơn vị.")})
    for unit in list_units(session):
        if str(unit["name"]).casefold() == name.casefold() and unit["id"] != unit_id:
            raise ValidationError({"name": msg("Đã có đơn vị “{unit}”.", unit=unit["name"])})
    return name


# Years ---------------------------------------------------------------------


def list_years(session: Session) -> list[int]:
    return cell_repo.years(session.db) or [session.today().year]


def ensure_year(session: Session, year: int) -> None:
    cell_repo.add_year(session.db, session.editor, year)
