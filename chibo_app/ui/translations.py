"""The interface language: Vietnamese (the default and the source text) or English.

The choice is a setting of this computer (QSettings, like the auto-lock minutes), not
of the cell's data: two secretaries may share a file and read the screens in different
languages. It is read once at start, before any widget exists, and applies on the next
start. Documents and exports stay Vietnamese whatever the interface language: the
translators only touch what goes through `tr()` / `QCoreApplication.translate()`.

Translations are Qt Linguist files in resources/i18n/: chibo_vi.ts, chibo_en.ts and
qtbase_vi.ts (Qt's own buttons and file dialog in Vietnamese; Qt ships no Vietnamese
translation). The compiled .qm files are not in git. A packaged build places them next
to the .ts files and they are used as they are; in a source checkout they are compiled
with PySide6's lrelease on first start into the user cache folder, again whenever a .ts
is newer than its .qm. Loading them costs well under a millisecond; the first start of
a checkout adds the compilation (~50 ms).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, QTranslator

from chibo_app.ui.resources import root

SETTING = "interface/language"
ENVIRONMENT = "CHIBO_LANGUAGE"  # overrides the setting: screenshots, tests, support calls
DEFAULT = "vi"
# Language code → its own name, as offered in Cài đặt (each name in its own language).
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    # British English: day/month/year, like the Vietnamese dates on screen.
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []


def i18n_folder() -> Path:
    return root() / "resources" / "i18n"


def cache_folder() -> Path:
    """The per-user cache (~/.cache/chibo/i18n, %LOCALAPPDATA%\\cache\\chibo\\i18n): Qt's
    QStandardPaths, already loaded, rather than importing platformdirs before the frame."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base) / "chibo" / "i18n"


def _warn(text: str, *args: object) -> None:
    import logging  # noqa: PLC0415 - only when something is wrong

    logging.getLogger(__name__).warning(text, *args)


def saved_language() -> str:
    """The language chosen in Cài đặt (or the default), ignoring the environment."""
    value = str(QSettings().value(SETTING, DEFAULT))
    return value if value in LANGUAGES else DEFAULT


def interface_language() -> str:
    """The language to start in: CHIBO_LANGUAGE if set to a known code, else the setting."""
    forced = os.environ.get(ENVIRONMENT, "").strip().lower()
    return forced if forced in LANGUAGES else saved_language()


def set_interface_language(code: str) -> None:
    """Remember the language for the next start."""
    if code not in LANGUAGES:
        raise ValueError(code)
    QSettings().setValue(SETTING, code)


def set_language_for_this_run(code: str) -> None:
    """Start this process (and the ones it starts) in `code` without changing the
    saved choice: scripts that take screenshots in each language."""
    if code not in LANGUAGES:
        raise ValueError(code)
    os.environ[ENVIRONMENT] = code


def current_language() -> str:
    """The language the running interface was started in."""
    app = QCoreApplication.instance()
    value = app.property("chiboLanguage") if app is not None else None
    return str(value) if value in LANGUAGES else DEFAULT


def lrelease_program() -> Path | None:
    import PySide6  # noqa: PLC0415

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        if (folder / name).is_file():
            return folder / name
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile `ts` to `qm` with lrelease, under a temporary name then renamed."""
    import subprocess  # noqa: PLC0415 - only on the first start after a .ts changed

    program = lrelease_program()
    if program is None:
        _warn("lrelease not found; %s stays uncompiled", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    temp = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
    try:
        done = subprocess.run(
            [str(program), "-silent", str(ts), "-qm", str(temp)],
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0 or not temp.is_file():
            _warn("lrelease failed on %s: %s", ts.name, done.stderr.decode(errors="replace"))
            return False
        os.replace(temp, qm)
        return True
    except OSError as error:
        _warn("cannot compile %s: %s", ts.name, error)
        return False
    finally:
        temp.unlink(missing_ok=True)


def _fresh(qm: Path, ts: Path) -> bool:
    """`qm` exists and is not older than `ts` (or there is no .ts to compare with)."""
    try:
        built = qm.stat().st_mtime
    except OSError:
        return False
    try:
        return built >= ts.stat().st_mtime
    except OSError:
        return True


def _source_digest(ts: Path) -> str:
    import hashlib  # noqa: PLC0415 - only when a translation is loaded

    return hashlib.sha256(ts.read_bytes()).hexdigest()


def _compiled_from(qm: Path, ts: Path) -> bool:
    """The cached `qm` was compiled from this very `ts`: the cache is shared by every copy
    of the app a user has, and file times do not tell one .ts from another (an update may
    keep older times), so the .ts's digest is kept beside the .qm."""
    try:
        return qm.is_file() and qm.with_suffix(".source").read_text() == _source_digest(ts)
    except OSError:
        return False


def _compile_into_cache(ts: Path, qm: Path) -> bool:
    digest = _source_digest(ts)
    if not compile_ts(ts, qm):
        return False
    with contextlib.suppress(OSError):  # without it the next start compiles again: no harm
        qm.with_suffix(".source").write_text(digest)
    return True


def qm_path(name: str) -> Path | None:
    """The compiled translation `name` (e.g. "chibo_en"): the build's own, else the
    cache's, compiled now if missing or not compiled from this .ts; None if there is none."""
    ts = i18n_folder() / f"{name}.ts"
    shipped = ts.with_suffix(".qm")
    if _fresh(shipped, ts) or (getattr(sys, "frozen", False) and shipped.is_file()):
        return shipped  # a bundle's files do not change; their times may be the unpacking's
    if not ts.is_file():
        return None
    cached = cache_folder() / f"{name}.qm"
    if _compiled_from(cached, ts) or _compile_into_cache(ts, cached):
        return cached
    return shipped if shipped.is_file() else None  # stale is better than none


def files_for(language: str) -> list[str]:
    """The translation files a language needs, ours first."""
    names = [f"chibo_{language}"]
    if language == "vi":
        names.append("qtbase_vi")  # Qt's buttons and file dialog; English needs none
    return names


def install(language: str | None = None) -> str:
    """Load the translators of `language` (default: the chosen one) into the running
    application, replacing any loaded before, and set the matching default QLocale.
    Call before any widget is made. Returns the language code used."""
    app = QCoreApplication.instance()
    assert app is not None, "make the QApplication first"
    language = language if language in LANGUAGES else interface_language()
    uninstall()
    for name in files_for(language):
        path = qm_path(name)
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            _warn("cannot load %s", path)
    QLocale.setDefault(QLocale(*LOCALES[language]))
    app.setProperty("chiboLanguage", language)
    return language


def uninstall() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
