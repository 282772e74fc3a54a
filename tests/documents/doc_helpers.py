"""Shared data and PDF readers for the documents tests."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from chibo_app.core.cell import CellSettings
from chibo_app.documents.plan_form import PlanFormData, TaskLine

CELL = CellSettings(
    cell_name="Chi bộ Sở Ngoại vụ",
    superior="Đảng ủy Ủy ban nhân dân tỉnh",
    place="Hà Tĩnh",
    secretary="Thái Phúc Sơn",
    symbol="CB",
    term="2025–2030",
)

_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # ngang huyền sắc hỏi ngã nặng
_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
_CONSONANTS = "b c d đ g h k l m n p q r s t v x".split()


def alphabet() -> list[str]:
    """Every Vietnamese letter: each vowel with each of the six tones, and đ, both cases."""
    lower = [unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES] + _CONSONANTS
    return lower + [letter.upper() for letter in lower]


ALPHABET_LINE = " ".join(alphabet())


def form(**changes: object) -> PlanFormData:
    values: dict[str, object] = dict(
        full_name="Nguyễn Thị Hồng Nhung",
        year=2026,
        party_position="Chi ủy viên",
        government_position="Phó Chánh Văn phòng Sở",
        remedies=[
            "Khắc phục tình trạng chưa chủ động nghiên cứu, cập nhật văn bản mới.",
            "Sắp xếp công việc khoa học, đúng tiến độ; không để tồn đọng hồ sơ.",
        ],
        tasks=[
            TaskLine(
                "Tham mưu tổ chức các đoàn công tác đối ngoại đúng quy định",
                "100% đoàn được thẩm định đúng hạn",
                "Thường xuyên",
            ),
            TaskLine("Chuyển đổi số văn bản đi, đến", "Xử lý trên mạng đạt 95%", "Quý II/2026"),
        ],
        role_model=["Gương mẫu thực hiện văn hóa công sở."],
        dated=dt.date(2026, 3, 5),
        confirmed_on=dt.date(2026, 3, 20),
        plan_id=7,
    )
    values.update(changes)
    return PlanFormData(**values)  # type: ignore[arg-type]


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def poppler_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return unicodedata.normalize("NFC", done.stdout)


def squeeze(text: str) -> str:
    """Whitespace-insensitive form (extractors break lines where the layout does)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""
