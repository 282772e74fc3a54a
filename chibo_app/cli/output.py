"""The file a printing or exporting command writes to, checked before any work."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError


def output_path(path: Path, suffixes: Sequence[str]) -> Path:
    """`path` when it ends in one of `suffixes` and its folder exists; else one sentence."""
    if path.suffix.lower() not in suffixes:
        if len(suffixes) == 1:
            raise ChiboError(msg("Tệp ra phải có đuôi {last}: {path}", last=suffixes[0], path=path))
        wanted = msg(
            "Tệp ra phải có đuôi {suffixes} hoặc {last}: {path}",
            suffixes=", ".join(suffixes[:-1]),
            last=suffixes[-1],
            path=path,
        )
        raise ChiboError(wanted)
    if not path.parent.is_dir():
        raise ChiboError(msg("Không có thư mục {parent}.", parent=path.parent))
    return path
