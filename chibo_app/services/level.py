"""Which level a data file serves: a chi bộ (the default) or a đảng bộ, whose đảng ủy
receives the packages of the cells under it (chosen at first start, `chibo init
--level dang-bo`). Kept in the settings as 'level'; the file's own random id, which its
packages carry, is the setting 'cell_uid' (made by migration 11)."""

from __future__ import annotations

from enum import StrEnum

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError
from chibo_app.services.session import Session
from chibo_app.storage import received_repo, settings_repo

KEY = "level"
UID_KEY = "cell_uid"


class Level(StrEnum):
    CELL = "cell"  # chi bộ
    COMMITTEE = "committee"  # đảng bộ (the đảng ủy's file)


LEVEL_NAMES = {Level.CELL: "chi bộ", Level.COMMITTEE: "đảng bộ"}
# How `chibo init --level` names them (typed without diacritics).
CLI_NAMES = {"chi-bo": Level.CELL, "dang-bo": Level.COMMITTEE}
# The signing heading of the level's documents.
SIGNING = {Level.CELL: ("T/M CHI BỘ", "BÍ THƯ"), Level.COMMITTEE: ("T/M ĐẢNG ỦY", "BÍ THƯ")}
DEFAULT_SYMBOL = {Level.CELL: "CB", Level.COMMITTEE: "ĐU"}


def level(session: Session) -> Level:
    stored = settings_repo.read_all(session.db).get(KEY)
    return Level.COMMITTEE if stored == Level.COMMITTEE else Level.CELL


def is_committee(session: Session) -> bool:
    return level(session) == Level.COMMITTEE


def set_level(session: Session, chosen: Level) -> None:
    """Make the file a chi bộ's or a đảng bộ's. A đảng bộ that has received packages
    stays one: turning it back would hide them."""
    if chosen == level(session):
        return
    if chosen == Level.CELL and received_repo.has_packages(session.db):
        raise ChiboError(
            msg(
                "Tệp dữ liệu này đã nhận gói của các chi bộ trực thuộc nên không chuyển về "
                "chi bộ được."
            )
        )
    settings_repo.write_many(session.db, session.editor, {KEY: str(chosen)})


def cell_uid(session: Session) -> str:
    uid = settings_repo.read_all(session.db).get(UID_KEY)
    if not uid:  # every file has one since migration 11
        raise ChiboError(msg("Tệp dữ liệu chưa có mã chi bộ; hãy mở bằng phiên bản mới nhất."))
    return uid


def require_committee(session: Session) -> None:
    if not is_committee(session):
        raise ChiboError(
            msg(
                "Tệp dữ liệu này là của một chi bộ. Gói của các chi bộ trực thuộc chỉ nhập vào "
                "tệp dữ liệu của đảng bộ (tạo bằng “chibo init --level dang-bo”)."
            )
        )


def require_cell(session: Session) -> None:
    if is_committee(session):
        raise ChiboError(
            msg(
                "Tệp dữ liệu này là của đảng bộ: gói gửi cấp trên được tạo từ tệp dữ liệu của "
                "từng chi bộ."
            )
        )
