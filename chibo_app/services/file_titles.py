"""The names a document's files are suggested under, without suffix or number. Documents
stay Vietnamese, and so do their file names; the print preview and the print dialogs
suggest the same ones."""

from __future__ import annotations

MEMBER_LIST = "Danh sách cán bộ, đảng viên"  # đảng viên and quần chúng alike


def plan_forms(year: int) -> str:
    return f"Kế hoạch cá nhân {year}"


def signed_off_list(year: int) -> str:
    return f"Danh sách kế hoạch đã xác nhận năm {year}"


def evaluation_list(year: int) -> str:
    return f"Danh sách đánh giá, xếp loại năm {year}"


def nomination_list(year: int) -> str:
    return f"Danh sách đăng ký điển hình năm {year}"
