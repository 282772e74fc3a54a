"""The red frame of a field with a problem: set when shown, taken off when cleared, and a
field that never had one is not restyled (a page of fields is cleared when it opens)."""

from PySide6.QtWidgets import QFormLayout, QLineEdit, QProxyStyle, QWidget

from chibo_app.ui.widgets.field_errors import FieldErrors


class _Restyles(QProxyStyle):
    """The widget's style, counting how often it is polished again."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.setStyle(self)
        self.count = 0

    def polish(self, target):  # type: ignore[override]
        if isinstance(target, QWidget):
            self.count += 1
        return super().polish(target)


def test_the_frame_follows_the_problems(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QFormLayout(host)
    name, day = QLineEdit(), QLineEdit()
    layout.addRow("Tên", name)
    layout.addRow("Ngày", day)
    errors = FieldErrors(layout, {"name": name, "day": day})
    restyled = _Restyles(day)
    errors.clear()
    assert name.property("invalid") is None and restyled.count == 0
    errors.show({"day": "Ngày không hợp lệ."}, "Chưa lưu được:")
    assert day.property("invalid") is True and name.property("invalid") is None
    assert errors.message("day") == "Ngày không hợp lệ."
    marked = restyled.count
    assert marked > 0
    errors.clear()
    assert day.property("invalid") is False and restyled.count > marked
