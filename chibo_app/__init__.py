"""Chi bộ: the party-cell secretary's desktop application."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Lazy: importlib.metadata costs ~20 ms, paid at start-up by every process otherwise.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("chibo")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0"
    raise AttributeError(name)
