"""What a crash leaves beside the data file, dealt with at the next start.

Run by whoever takes the file's lock (the window, a writing command) before opening it:
no other process can be using these files then. An interrupted password change is
finished first (storage.password_job); then temporary copies are removed — checked
copies of a restore or password change that never took their place, half-written
backups and their journals, scratch folders of killed exports. Any of them may
hold the data in plain text or under an old key; none is ever needed again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from chibo_app.fileio import sweep_scratch
from chibo_app.storage import password_job
from chibo_app.storage.database import backups_folder

# Temporary names the storage layer gives its copies (each with its SQLite sidecars).
_BESIDE_THE_FILE = (".mat-khau-*.tmp*", ".khoi-phuc-*.tmp*", ".kiem-tra-wal-*")
_IN_BACKUPS = ("*.tmp", "*.tmp-journal", "*.tmp-wal", "*.tmp-shm", ".mat-khau-*")


def clean_leftovers(db_path: Path) -> list[Path]:
    """Finish an interrupted password change and remove temporary files; return what
    was removed or put in place. Errors (a read-only folder) leave things as they are."""
    done: list[Path] = []
    try:
        done += password_job.finish(db_path)
    except OSError:
        return done  # cannot write here: the file will be opened read-only anyway
    for folder, patterns in (
        (db_path.parent, _BESIDE_THE_FILE),
        (backups_folder(db_path), _IN_BACKUPS),
    ):
        for pattern in patterns:
            for path in sorted(folder.glob(pattern)):
                if _remove(path):
                    done.append(path)
        done += sweep_scratch(folder)
    return done


def _remove(path: Path) -> bool:
    try:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False  # held by an antivirus or a viewer: next time
    return True
