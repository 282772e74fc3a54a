"""The cell's own settings: who it is, who signs, how its documents are numbered."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from chibo_app.core.messages import Label, Problems, msg

_SYMBOL = re.compile(r"^[A-ZĐ]{1,10}$")


@dataclass(frozen=True)
class CellSettings:
    cell_name: str = ""
    superior: str = ""
    place: str = ""
    secretary: str = ""
    deputy: str = ""
    symbol: str = "CB"
    term: str = ""
    user_name: str = ""
    # The cell's own copy in "Nơi nhận" (Hướng dẫn 36-HD/VPTW), as seed 003 writes it.
    archive: str = "Lưu Văn phòng Chi bộ"

    @classmethod
    def keys(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @property
    def is_complete(self) -> bool:
        return not validate_settings(self)


SETTING_LABELS = {
    "cell_name": "Tên chi bộ",
    "superior": "Đảng ủy cấp trên",
    "place": "Địa danh (ghi ở dòng ngày tháng)",
    "secretary": "Bí thư chi bộ",
    "deputy": "Phó Bí thư",
    "symbol": "Ký hiệu văn bản",
    "term": "Nhiệm kỳ",
    "user_name": "Người sử dụng (ghi vào lịch sử thay đổi)",
    "archive": "Nơi lưu văn bản (dòng cuối Nơi nhận)",
}

_REQUIRED = ("cell_name", "superior", "place", "secretary")


def validate_settings(settings: CellSettings) -> Problems:
    problems: Problems = {
        key: msg("Chưa nhập {field}.", field=Label(SETTING_LABELS[key], lower=True))
        for key in _REQUIRED
        if not getattr(settings, key)
    }
    if not _SYMBOL.match(settings.symbol):
        problems["symbol"] = msg("Ký hiệu văn bản gồm 1–10 chữ in hoa, ví dụ “CB”.")
    return problems
