"""PyInstaller entry point of `chibo-app`, the desktop application (packaging/chibo.spec)."""

import os
import sys

# The windowed Windows build has no console: sys.stdout and sys.stderr are None there,
# and code that writes to them (the error reporter echoes each traceback to stderr)
# would fail before it could show its message box. Give them somewhere to go.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

# The window runs copy detection in a child process (ui/child_work.py), started with
# `spawn`: in the bundle that runs this executable again, and freeze_support() turns
# such a start into the child (then exits) before the window's imports.
import multiprocessing  # noqa: E402

multiprocessing.freeze_support()

from chibo_app.ui.app import main  # noqa: E402

raise SystemExit(main())
