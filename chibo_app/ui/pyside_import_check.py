"""A lighter form of PySide6's check of every module imported after it.

PySide6 (6.4 and later) looks at each newly imported module for the text "PySide6", to
know where its `__feature__` switches (snake_case, true_property) may apply, and does it
with inspect.getsource — which reads the module's source into linecache and keeps it
there: at our start-up ~290 modules, ~7 MiB held for the process's life and ~0.1 s CPU.
We use no feature; the same answer is read from the file's bytes, kept nowhere.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def install() -> None:
    """Put the byte-reading check in PySide's place (once; nothing when this PySide6
    has no such check)."""
    import PySide6.QtCore  # noqa: F401, PLC0415 - loads shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return
    feature._mod_uses_pyside = reading_bytes(original)  # type: ignore[union-attr]


def reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))  # built in, compiled only, or an extension
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    return uses_pyside
