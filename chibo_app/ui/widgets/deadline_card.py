"""A deadline of the year on the overview: its date, the days left and who or what is
still missing; a click opens the page that deals with it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from chibo_app.services.overview import Deadline
from chibo_app.ui.core_text import core_message

SHOWN_NAMES = 4
RED, AMBER, GREEN, GREY = "#c8102e", "#d98b00", "#2e7d32", "#8a8a8a"
SOON = 14  # days: amber from here on


def tr(text: str) -> str:
    """`text` (a source text of the tables below) in the interface language."""
    return QCoreApplication.translate("DeadlineCard", text)


TITLES = {
    "nominations_due": QT_TRANSLATE_NOOP("DeadlineCard", "Đăng ký điển hình"),
    "plans_due": QT_TRANSLATE_NOOP("DeadlineCard", "Kế hoạch cá nhân"),
    "midyear": QT_TRANSLATE_NOOP("DeadlineCard", "Sơ kết 6 tháng"),
    "report_due": QT_TRANSLATE_NOOP("DeadlineCard", "Báo cáo kết quả năm"),
    "evaluation_due": QT_TRANSLATE_NOOP("DeadlineCard", "Đánh giá, xếp loại cuối năm"),
}
MISSING = {
    "nominations_due": QT_TRANSLATE_NOOP("DeadlineCard", "Đơn vị chưa đủ chỉ tiêu (%1):"),
    "plans_due": QT_TRANSLATE_NOOP("DeadlineCard", "Chưa xác nhận kế hoạch (%1 người):"),
    "midyear": QT_TRANSLATE_NOOP("DeadlineCard", "Chưa sơ kết (%1 người):"),
    "evaluation_due": QT_TRANSLATE_NOOP("DeadlineCard", "Chưa đánh giá (%1 người):"),
    "report_due": QT_TRANSLATE_NOOP(
        "DeadlineCard", "Chưa in báo cáo kết quả học tập và làm theo gửi cấp ủy cấp trên."
    ),
}
DONE = {
    "nominations_due": QT_TRANSLATE_NOOP("DeadlineCard", "Các đơn vị đã đủ chỉ tiêu."),
    "plans_due": QT_TRANSLATE_NOOP("DeadlineCard", "Mọi kế hoạch đã được xác nhận."),
    "midyear": QT_TRANSLATE_NOOP("DeadlineCard", "Mọi kế hoạch đã sơ kết."),
    "report_due": QT_TRANSLATE_NOOP("DeadlineCard", "Đã in báo cáo: %1."),
    "evaluation_due": QT_TRANSLATE_NOOP("DeadlineCard", "Mọi người đã được đánh giá."),
}


# Nobody concerned yet: what to do first, never a green "done".
EMPTY = {
    "plans_due": QT_TRANSLATE_NOOP(
        "DeadlineCard",
        "Chưa có ai trong danh sách năm nay. Hãy thêm người ở trang “Đảng viên” hoặc nhập "
        "danh sách từ Excel (Ctrl+I) trước.",
    ),
    "nominations_due": QT_TRANSLATE_NOOP(
        "DeadlineCard",
        "Chưa có chỉ tiêu nào: hãy khai báo các đơn vị (Cài đặt → Chi bộ) và đặt chỉ tiêu ở "
        "trang “Gương điển hình”.",
    ),
    "midyear": QT_TRANSLATE_NOOP(
        "DeadlineCard", "Chưa có kế hoạch nào để sơ kết: hãy lập kế hoạch cá nhân trước."
    ),
    "evaluation_due": QT_TRANSLATE_NOOP(
        "DeadlineCard",
        "Chưa có ai để đánh giá: hãy thêm đảng viên và xác nhận kế hoạch cá nhân trước.",
    ),
}


def colour(deadline: Deadline) -> str:
    if deadline.empty:
        return GREY
    if deadline.overdue:
        return RED
    if not deadline.missing:
        return GREEN
    if 0 <= deadline.days_left <= SOON:
        return AMBER
    return GREY


def days_text(deadline: Deadline) -> str:
    days = deadline.days_left
    if days > 0:
        return QCoreApplication.translate("DeadlineCard", "Còn %1 ngày").replace("%1", str(days))
    if days == 0:
        return QCoreApplication.translate("DeadlineCard", "Hôm nay là hạn")
    if deadline.overdue:
        return QCoreApplication.translate("DeadlineCard", "Quá hạn %1 ngày").replace(
            "%1", str(-days)
        )
    if deadline.empty:
        return QCoreApplication.translate("DeadlineCard", "Đã qua hạn")
    return QCoreApplication.translate("DeadlineCard", "Đã hoàn thành")


def date_text(deadline: Deadline) -> str:
    day = deadline.day.strftime("%d/%m/%Y")
    if deadline.start is not None:
        return (
            QCoreApplication.translate("DeadlineCard", "Từ %1 đến %2")
            .replace("%1", deadline.start.strftime("%d/%m"))
            .replace("%2", day)
        )
    return QCoreApplication.translate("DeadlineCard", "Hạn %1").replace("%1", day)


def names_text(names: tuple[str, ...], unit_lines: bool = False) -> str:
    """The first few names, then “và n người khác”."""
    shown = ", ".join(names[:SHOWN_NAMES]) if not unit_lines else "; ".join(names[:SHOWN_NAMES])
    rest = len(names) - SHOWN_NAMES
    if rest > 0:
        more = (
            QCoreApplication.translate("DeadlineCard", "và %1 đơn vị khác")
            if unit_lines
            else QCoreApplication.translate("DeadlineCard", "và %1 người khác")
        )
        shown += " " + more.replace("%1", str(rest))
    return shown


def missing_text(deadline: Deadline) -> str:
    if deadline.empty:
        return tr(EMPTY[deadline.key])
    if not deadline.missing:
        return tr(DONE[deadline.key]).replace("%1", deadline.done)
    if deadline.key == "report_due":  # a document, not people
        return tr(MISSING[deadline.key])
    head = tr(MISSING[deadline.key]).replace("%1", str(len(deadline.missing)))
    return f"{head} {names_text(shown_missing(deadline), deadline.key == 'nominations_due')}"


def shown_missing(deadline: Deadline) -> tuple[str, ...]:
    """People's names as they are; a unit's “Phòng A: thiếu 1 tập thể” translated."""
    if deadline.key != "nominations_due":
        return deadline.missing
    return tuple(core_message(line) for line in deadline.missing)


class DeadlineCard(QFrame):
    clicked = Signal(str)  # the page key

    def __init__(
        self,
        deadline: Deadline,
        can_open: bool,
        parent: QWidget | None = None,
        text: str | None = None,
    ) -> None:
        """`text`: what the card says under the days, when not the overview's own words
        (the đảng ủy's card of a cell's package)."""
        super().__init__(parent)
        self.deadline = deadline
        self.can_open = can_open
        self.setObjectName("deadlineCard")
        self.setMinimumWidth(230)
        accent = colour(deadline)
        self.setStyleSheet(
            f"#deadlineCard {{ background: palette(base); border: 1px solid palette(mid);"
            f" border-top: 4px solid {accent}; border-radius: 6px; }}"
            f"#deadlineCard:hover {{ border-color: {accent}; }}"
        )
        self.title = QLabel(f"<b>{tr(TITLES[deadline.key])}</b>")
        self.date = QLabel(date_text(deadline))
        self.days = QLabel(days_text(deadline))
        self.days.setStyleSheet(f"color: {accent}; font-weight: bold; font-size: 13pt;")
        self.missing = QLabel(missing_text(deadline) if text is None else text)
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        for label in (self.title, self.date, self.days, self.missing):
            label.setStyleSheet(label.styleSheet() + "border: none; background: transparent;")
            layout.addWidget(label)
        layout.addStretch(1)
        if can_open:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(QCoreApplication.translate("DeadlineCard", "Bấm để mở trang tương ứng"))
        if deadline.missing and deadline.key != "report_due":
            self.missing.setToolTip("\n".join(shown_missing(deadline)))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.can_open and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.deadline.page)
        super().mouseReleaseEvent(event)
