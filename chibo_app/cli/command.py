"""The `chibo` command: headless access to the services (a contract: extend, don't rename).

The parser is assembled from the command groups (one module each in this package); a
parsed command carries the `run` of its group, which it is dispatched to.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from chibo_app import __version__
from chibo_app.cli import (
    access,
    cell,
    dang_bo,
    data,
    demo,
    documents,
    evaluation,
    meetings,
    members,
    nominations,
    package,
    plans,
    report,
)
from chibo_app.cli.language import HelpFormatter, argparse_word, say
from chibo_app.core.messages import msg
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services.session import Session
from chibo_app.storage import failures

# The command groups, each a module with add_parsers(commands), COMMANDS and run(session,
# args); help lists the commands in this order.
GROUPS = (
    cell,
    members,
    demo,
    data,
    plans,
    documents,
    nominations,
    meetings,
    evaluation,
    report,
    package,
    dang_bo,
)

BAD_INPUT = 2
STORAGE_FAILED = 1  # the disk or the file refused (full, read-only, busy): said in one line

argparse._ = argparse_word  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        wrong = msg("Lỗi: lệnh không đúng cú pháp ({problem}).", problem=message)
        self.exit(BAD_INPUT, say(wrong) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="chibo", description="Chi bộ — quản lý chi bộ từ dòng lệnh.")
    parser.add_argument(  # help given here: argparse fixes its own at import, untranslated
        "--version", action="version", version=f"chibo {__version__}", help="hiện số phiên bản"
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="tệp dữ liệu (mặc định: CHIBO_DB hoặc thư mục dữ liệu của người dùng)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="đọc mật khẩu tệp dữ liệu từ dòng đầu của stdin (hoặc đặt biến CHIBO_PASSWORD)",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    for group in GROUPS:
        group.add_parsers(commands)
        for name in group.COMMANDS:  # each command runs its own group: no fall-through
            commands.choices[name].set_defaults(run=group.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    args = build_parser().parse_args(argv)
    try:
        opened = access.open_for(args, lambda ask: data.current_password(args, ask))
    except ChiboError as error:
        return _fail(error)
    except failures.STORAGE_ERRORS as error:  # a new file on a full disk, a locked one…
        if not failures.is_storage_failure(error):
            raise
        return _storage_failed(error)
    try:
        if opened.session is None:  # `backups`, or `restore` over a file too damaged to open
            assert opened.path is not None
            if args.command == "backups":
                return data.list_backups(opened.path)
            return data.restore_damaged(opened, args)
        return _run(opened.session, args)
    except ChiboError as error:
        return _fail(error)
    except BrokenPipeError:  # `chibo … | head`: the reader left; not an error (and no
        # storage failure: it is an OSError, so it is caught before those)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except failures.STORAGE_ERRORS as error:
        if not failures.is_storage_failure(error):
            raise  # a bug: its traceback is what a developer needs
        return _storage_failed(error)
    finally:
        _close_quietly(opened)


def _storage_failed(error: BaseException) -> int:
    print(say(msg("Lỗi: {message}", message=failures.failure_message(error))), file=sys.stderr)
    return STORAGE_FAILED


def _close_quietly(opened: access.Access) -> None:
    """Close without a second report: on a full disk even the closing checkpoint can
    fail, after the one sentence was said; what was committed is safe in the WAL."""
    try:
        opened.close()
    except failures.STORAGE_ERRORS as error:
        if not failures.is_storage_failure(error):
            raise


def _run(session: Session, args: argparse.Namespace) -> int:
    return int(args.run(session, args))


def _fail(error: ChiboError) -> int:
    messages = error.messages.values() if isinstance(error, ValidationError) else [error.message]
    for message in messages:
        print(say(msg("Lỗi: {message}", message=message)), file=sys.stderr)
    return BAD_INPUT


def _utf8_output() -> None:
    # Windows consoles default to a legacy code page; Vietnamese needs UTF-8.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")
