"""LibreOffice as a test reads our files: one headless conversion, with a profile of its
own. Two runs sharing the user's profile (another xdist worker, another program) lock it,
and the second exits 1 without converting anything."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

HAS_SOFFICE = shutil.which("soffice") is not None


def convert(paths: list[Path], to: str, folder: Path, timeout: int = 300) -> None:
    """Convert `paths` (in one run: a few seconds, not one per file) into `folder`;
    `to` is LibreOffice's filter, e.g. "pdf" or "xls:MS Excel 97"."""
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", to,
         "--outdir", str(folder), *map(str, paths)],
        check=True, capture_output=True, timeout=timeout,
    )  # fmt: skip
