"""The `chibo` command line: `main` assembles the command groups of this package."""

from chibo_app.cli.command import BAD_INPUT, build_parser, main

__all__ = ["BAD_INPUT", "build_parser", "main"]
