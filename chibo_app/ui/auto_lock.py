"""Auto-lock: after some minutes without mouse or keyboard, an encrypted file is closed
and its key dropped; the windows wait behind the lock screen for the password.

The idle time is a setting of this computer (QSettings), not of the cell's data: how
soon to lock depends on where the laptop stands (a shared office or at home), and it
has to be read before the encrypted file can be opened. 0 turns auto-lock off. A file
without a password is never locked: there is no key to drop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from chibo_app.services.session import Session
    from chibo_app.ui.widgets.lock_cover import LockScreen

SETTING = "security/autoLockMinutes"
DEFAULT_MINUTES = 10
MAX_MINUTES = 240

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class _Notifier(QObject):
    minutes_changed = Signal(int)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier  # noqa: PLW0603 - one per process, made when first needed
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def lock_minutes() -> int:
    """The idle minutes before locking (0: never)."""
    value = QSettings().value(SETTING, DEFAULT_MINUTES)
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return max(0, min(minutes, MAX_MINUTES))


def set_lock_minutes(minutes: int) -> None:
    minutes = max(0, min(int(minutes), MAX_MINUTES))
    QSettings().setValue(SETTING, minutes)
    notifier().minutes_changed.emit(minutes)


def drop_key(session: Session) -> None:
    """Close the file and forget its password: nothing left that could decrypt it."""
    from chibo_app.ui import background  # noqa: PLC0415

    background.forget(session)  # the worker threads close their connections too
    session.close()
    session.password = None
    conn = getattr(session.db, "conn", None)  # closed; it remembered the key for backups
    if getattr(conn, "password", None) is not None:
        conn.password = None  # type: ignore[union-attr]


class AutoLock(QObject):
    """Watches the whole application for activity; locks `window` when idle."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        session_of: Callable[[], Session | None],
        reload_all: Callable[[], None],
    ) -> None:
        # Given what it uses rather than the MainWindow that owns it: no import cycle.
        super().__init__(window)
        self.window = window
        self._session_of = session_of
        self._reload_all = reload_all
        self.interval_ms = 0
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.set_minutes(lock_minutes())
        notifier().minutes_changed.connect(self.set_minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        """The idle time in milliseconds (tests use a few; 0: off)."""
        self.interval_ms = max(0, interval_ms)
        self.timer.stop()
        if self.interval_ms and not self.locked:
            self.timer.start(self.interval_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.interval_ms and not self.locked and event.type() in _ACTIVITY:
            self.timer.start(self.interval_ms)
        return False

    def _idle(self) -> None:
        self.lock()

    def can_lock(self) -> bool:
        session = self._session_of()
        return session is not None and session.password is not None

    def lock(self) -> bool:
        """Cover the windows and drop the key; False if there is no password to drop."""
        from chibo_app.ui.widgets.lock_cover import LockScreen  # noqa: PLC0415

        if self.locked or not self.can_lock():
            return False
        self.timer.stop()
        session = self._session_of()
        assert session is not None
        self.screen = LockScreen(self.window, session.path, self._reopen)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.quit_requested.connect(self._quit)
        self.locked_changed.emit(True)  # backups stop before the key goes
        self.screen.cover()
        drop_key(session)
        return True

    def _reopen(self, password: str) -> None:
        session = self._session_of()
        assert session is not None
        session.password = password
        try:
            session.reopen()
        except BaseException:
            session.password = None  # a wrong password is never kept
            raise

    def _unlocked(self) -> None:
        if self.screen is not None:
            self.screen.uncover()
            self.screen.deleteLater()
            self.screen = None
        self.locked_changed.emit(False)
        self._reload_all()
        if self.interval_ms:
            self.timer.start(self.interval_ms)

    def _quit(self) -> None:
        self.window.close()
        QCoreApplication.quit()  # also ends a dialog that was open under the lock

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
