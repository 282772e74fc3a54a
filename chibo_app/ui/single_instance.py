"""Bring the window that already has a file open to the front, when a second start asks.

The OS file lock (services.instance_lock) decides who owns a file; this is only the
courtesy on top: the owner listens on a local socket named after the file, and a
second start tells it to show itself before quitting.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_REQUEST = b"show\n"
_REPLY = b"ok\n"


def server_name(db_path: Path) -> str:
    """Same name for the same file however it was spelled (case-insensitive on Windows)."""
    text = os.path.normcase(str(Path(db_path).resolve()))
    return "chibo-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class InstanceServer(QObject):
    """Held by the first window; emits show_requested when another start asks."""

    show_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)

    def listen(self, db_path: Path) -> bool:
        name = server_name(db_path)
        # Whoever holds the file lock owns the name: a socket file left by a crashed
        # process (Unix) is stale, so remove it first.
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_REQUEST.strip()):
            socket.write(_REPLY)
            socket.flush()
            self.show_requested.emit()

    def close(self) -> None:
        self.server.close()


def ask_owner_to_show(db_path: Path, timeout_ms: int = 1500) -> bool:
    """True when the window that has `db_path` open answered and came to the front."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(_REQUEST)
        if not socket.waitForBytesWritten(timeout_ms) or not socket.waitForReadyRead(timeout_ms):
            return False
        return bytes(socket.readAll().data()).startswith(_REPLY.strip())
    finally:
        socket.disconnectFromServer()
