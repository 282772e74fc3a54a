"""Chi bộ: the party-cell secretary's desktop application."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Lazy: importlib.metadata costs ~20 ms, paid at start-up by every process otherwise.
    if name == "__version__":
        return _version()
    raise AttributeError(name)


def _version() -> str:
    """The version in pyproject.toml, its one home.

    In a source tree the file itself is read, so a bumped version shows without
    reinstalling (an editable install's metadata keeps the version it was installed
    with). Elsewhere, a wheel or the frozen bundle, the installed metadata answers: the
    PyInstaller spec copies chibo's dist-info into the bundle and refuses to build when
    it disagrees with pyproject.toml.
    """
    import sys
    from pathlib import Path

    project = Path(__file__).resolve().parents[1] / "pyproject.toml"
    if not getattr(sys, "frozen", False) and project.is_file():
        import tomllib

        with project.open("rb") as file:
            table = tomllib.load(file).get("project", {})
        if table.get("name") == "chibo" and "version" in table:
            return str(table["version"])
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("chibo")
    except PackageNotFoundError:  # neither a source tree nor installed
        return "0.0.0"
