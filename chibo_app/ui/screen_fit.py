"""Every window fits the screen it opens on and comes back as it was left on that screen.

Offices have 1366×768 screens and Full HD laptops at 125–150 % (1280×720 logical pixels
or less): a window opened larger than the screen hides its buttons under the edge or the
task bar. One application-wide event filter handles every top-level window, ours and
Qt's (message boxes, input dialogs):
- when shown, it is made no larger than the screen's available area (less the window
  frame), wide enough for its title when the screen allows, and moved inside the area;
- when it grows later (a message appears under a field), it is moved back inside;
- our own windows (classes of chibo_app) are remembered per screen when hidden: the
  size chosen on the office's 1366×768 screen is not applied to a docked Full HD one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

# The frame a window manager adds (title bar, borders) before the window has one to ask.
FRAME_GUESS = QMargins(8, 32, 8, 8)
# The window manager's icon and buttons beside the title text.
TITLE_BAR_EXTRA = 140
_KEY = "windows/{name}/{screen}"
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def screen_of(window: QWidget) -> QScreen:
    return window.screen() or QGuiApplication.primaryScreen()


def screen_key(screen: QScreen) -> str:
    """A name for the screen as it is now: the same monitor at another scale is another."""
    size = screen.availableGeometry().size()
    name = screen.name().replace("/", "_") or "screen"
    return f"{name}-{size.width()}x{size.height()}"


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame, or a guess before the window system has given it one."""
    frame, inner = window.frameGeometry(), window.geometry()
    if frame == inner and not window.isVisible():
        return FRAME_GUESS
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def largest_size(window: QWidget) -> QSize:
    """The largest client size whose frame fits the screen's available area."""
    area = screen_of(window).availableGeometry()
    margins = frame_margins(window)
    return QSize(
        area.width() - margins.left() - margins.right(),
        area.height() - margins.top() - margins.bottom(),
    )


def default_size(window: QWidget, wanted: QSize, share: float = 0.92) -> QSize:
    """`wanted`, or less: at most `share` of the largest size, so a first start leaves
    the task bar and some desktop visible."""
    largest = largest_size(window)
    return QSize(
        min(wanted.width(), round(largest.width() * share)),
        min(wanted.height(), round(largest.height() * share)),
    )


def fit(window: QWidget) -> None:
    """Shrink `window` to the screen (never below its minimum), widen it for its title
    when there is room, and move it inside the available area."""
    if window.isMaximized() or window.isFullScreen():
        return
    largest = largest_size(window)
    least = window.minimumSize().expandedTo(window.minimumSizeHint())
    width = min(window.width(), largest.width())
    height = min(window.height(), largest.height())
    title = window.windowTitle()
    if title and not window.maximumWidth() < largest.width():
        needed = window.fontMetrics().horizontalAdvance(title) + TITLE_BAR_EXTRA
        width = max(width, min(needed, largest.width()))
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        # Wrapped labels: Qt sizes a window from its size hint, which does not ask the
        # nested layouts how tall their text is at this width; the last lines were cut.
        height = max(height, min(layout.totalHeightForWidth(width), largest.height()))
    size = QSize(max(width, least.width()), max(height, least.height()))
    if size != window.size():
        window.resize(size)
    move_inside(window)


def move_inside(window: QWidget) -> None:
    area = screen_of(window).availableGeometry()
    margins = frame_margins(window)
    frame = window.geometry().marginsAdded(margins)
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)  # move() places the frame's corner


def _remembered_name(window: QWidget) -> str | None:
    """Our own windows only (their class is in chibo_app); Qt's boxes size themselves."""
    if not type(window).__module__.startswith("chibo_app."):
        return None
    return window.objectName() or type(window).__name__


def remember(window: QWidget) -> None:
    name = _remembered_name(window)
    if name is not None:
        key = _KEY.format(name=name, screen=screen_key(screen_of(window)))
        QSettings().setValue(key, window.saveGeometry())


def restore(window: QWidget) -> bool:
    """Put `window` where it was last left on this screen; False if it never was."""
    name = _remembered_name(window)
    if name is None:
        return False
    stored = QSettings().value(_KEY.format(name=name, screen=screen_key(screen_of(window))))
    return isinstance(stored, QByteArray | bytes) and window.restoreGeometry(QByteArray(stored))


class ScreenFit(QObject):
    """The application-wide filter; install once with `install()`."""

    _RESTORED = "chiboGeometryRestored"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.Hide):
            return False
        if not isinstance(watched, QWidget) or watched.windowType() not in _WINDOW_TYPES:
            return False
        if kind == QEvent.Type.Show:
            if not watched.property(self._RESTORED):
                watched.setProperty(self._RESTORED, True)
                restore(watched)
            fit(watched)
        elif kind == QEvent.Type.Resize and watched.isVisible():
            move_inside(watched)
        elif kind == QEvent.Type.Hide and not event.spontaneous():
            remember(watched)
        return False


_filter: ScreenFit | None = None


def install(app: QApplication) -> None:
    global _filter  # noqa: PLW0603 - one filter for the application
    if _filter is None:
        _filter = ScreenFit(app)
        app.installEventFilter(_filter)


def centered(window: QWidget, size: QSize) -> QRect:
    """`size` centred on the window's screen's available area."""
    area = screen_of(window).availableGeometry()
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(area.center())
    return rect
