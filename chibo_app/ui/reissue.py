"""Asked before printing a document that was printed before and has changed since
(Hướng dẫn 36-HD/VPTW: one number per document): a new document under the next number,
or the old one reissued under its own number, the old print recorded as replaced."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from chibo_app.errors import ChiboError
from chibo_app.services import documents
from chibo_app.services.documents import Numbering
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_message


class Choice(Enum):
    NEW = "new"  # the next number: both prints stand
    REISSUE = "reissue"  # the earlier number, the earlier print replaced
    CANCEL = "cancel"


def ask_reissue(parent: QWidget | None, numbering: Numbering) -> Choice:
    """NEW without asking when nothing changed since an earlier print (a reprint keeps
    its number by itself) or there is none."""
    earlier = numbering.changed_since
    if earlier is None or earlier.number is None:
        return Choice.NEW
    shown = f"{earlier.number:02d}-{earlier.doc_type}"
    box = QMessageBox(parent)
    box.setObjectName("reissueBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Reissue", "Văn bản đã in trước đây"))
    box.setText(
        QCoreApplication.translate("Reissue", "“%1” đã in số %2 ngày %3; nội dung nay đã thay đổi.")
        .replace("%1", earlier.title)
        .replace("%2", shown)
        .replace("%3", f"{earlier.printed_on:%d/%m/%Y}")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Reissue",
            "Ban hành lại: bản mới giữ số %1, bản cũ được ghi là đã được thay thế. "
            "Văn bản mới: bản mới lấy số kế tiếp, bản cũ vẫn còn hiệu lực.",
        ).replace("%1", shown)
    )
    reissue = box.addButton(
        QCoreApplication.translate("Reissue", "Ban hành lại (giữ số %1)").replace("%1", shown),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new = box.addButton(
        QCoreApplication.translate("Reissue", "Văn bản mới (số kế tiếp)"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("Reissue", "Hủy"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(reissue)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reissue:
        return Choice.REISSUE
    if clicked is new:
        return Choice.NEW
    return Choice.CANCEL


def number_note(numbering: Numbering, choice: Choice) -> str | None:
    """The print dialog's line under the number when it is not the register's next:
    the earlier print it copies or replaces, then where the number stands among the
    register's dates (a free number for an earlier date, a reservation, or out of order)."""
    notes = [
        text for text in (_earlier_note(numbering, choice), _order_note(numbering, choice)) if text
    ]
    return " ".join(notes) or None


def _order_note(numbering: Numbering, choice: Choice) -> str | None:
    if choice is Choice.REISSUE:
        return None
    said = documents.order_note(numbering)
    return None if said is None else core_message(said)


def _earlier_note(numbering: Numbering, choice: Choice) -> str | None:
    earlier = numbering.earlier
    if earlier is None:
        return None
    day = f"{earlier.printed_on:%d/%m/%Y}"
    if numbering.reprint:
        return QCoreApplication.translate(
            "Reissue",
            "Bản in lại của văn bản đã in ngày %1 (nội dung không đổi): giữ số, ngày và mã "
            "xác thực của bản đó.",
        ).replace("%1", day)
    if choice is Choice.REISSUE:
        return QCoreApplication.translate(
            "Reissue", "Ban hành lại thay cho bản in ngày %1: giữ số của bản đó."
        ).replace("%1", day)
    return None


def suggested_number(numbering: Numbering, choice: Choice) -> int:
    """The number the print dialog offers after the choice."""
    earlier = numbering.changed_since
    if choice is Choice.REISSUE and earlier is not None and earlier.number is not None:
        return earlier.number
    return numbering.number


@dataclass(frozen=True)
class Offer:
    """What the print dialog offers: its number, the line explaining it, and whether the
    print reissues the earlier one."""

    number: int
    note: str | None = None
    replace: bool = False


def offer(
    parent: QWidget | None,
    numbering: Callable[[], Numbering],
    doc_type: str,
    session: Session,
) -> Offer | None:
    """Number the document about to be printed, asking first when it changed since its
    last print; None when the secretary cancels. When the document cannot be drawn up
    (nothing to list yet), the register's next number: printing says why it cannot."""
    try:
        found = numbering()
    except ChiboError:
        return Offer(documents.next_number(session, doc_type))
    choice = ask_reissue(parent, found)
    if choice is Choice.CANCEL:
        return None
    return Offer(
        suggested_number(found, choice),
        number_note(found, choice),
        choice is Choice.REISSUE,
    )
