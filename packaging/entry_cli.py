"""PyInstaller entry point of `chibo`, the command line (packaging/chibo.spec)."""

from chibo_app.cli import main

raise SystemExit(main())
