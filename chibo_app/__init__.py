"""Chi bộ: the party-cell secretary's desktop application."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("chibo")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
