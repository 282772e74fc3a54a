"""A fork server for kill tests of whole `chibo` commands.

    python tests/command_killer.py KDF_ITERATIONS

Imports the app once (Python and the app take ~0.4 s to start; a fork takes
milliseconds), then per request on stdin — one JSON line {"argv": [...], "env": {...},
"output": path} — forks a child that runs `chibo argv` with those environment variables,
its stdout and stderr going to `output`. Answers "pid <pid>" once forked and
"exit <pid> <wait status>" once the child is gone. The test kills the child with
SIGKILL by its pid, at a random moment, exactly as a power cut or the task manager would.

KDF_ITERATIONS: the key derivation rounds the test's own files use (tests/conftest.py's
fast_kdf), so that the child opens them.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def serve(kdf_iterations: int) -> None:
    from chibo_app import cli
    from chibo_app.services import backups, members_export, password  # noqa: F401 - warm
    from chibo_app.storage import connection

    connection.KDF_ITERATIONS = kdf_iterations
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 4
            try:
                out = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(out, 1)
                os.dup2(out, 2)
                os.environ.update(request["env"])
                import tempfile

                tempfile.tempdir = None  # TMPDIR as the request sets it
                code = cli.main(request["argv"])
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(f"exit {pid} {status}", flush=True)


if __name__ == "__main__":
    serve(int(sys.argv[1]))
