"""Smoke test of a built bundle (dist/chibo by default), offscreen, on a clean profile.

    python packaging/smoke_test.py [--dist dist/chibo]

Runs the BUILT programs, never the source tree, with HOME and the XDG folders in a fresh
temporary folder (no settings, no data, no translation cache from this machine):

1. `chibo --version` prints pyproject.toml's version;
2. `chibo init` creates a new data file; `chibo members list --json` reads it back;
3. `chibo demo` fills a second file; `chibo plans print --blank` writes a PDF with the
   bundled Liberation Serif embedded (fonts found inside the bundle);
4. `chibo-app FILE --smoke-test` opens each file, paints the main window (the overview
   with its QtCharts charts, the SVG window icon) and exits 0, in Vietnamese and in
   English, with the translations loaded from the bundle;
5. the file is still sound afterwards (`chibo check`).

Exits 0 when every step passed, 1 at the first failure (with the program's output).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""


class Failed(Exception):
    pass


class Bundle:
    def __init__(self, dist: Path, home: Path) -> None:
        self.dist = dist
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(home / "run"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
        }
        if sys.platform == "win32":
            self.env.update(
                {
                    name: os.environ[name]
                    for name in ("SYSTEMROOT", "TEMP", "TMP")
                    if name in os.environ
                }
            )
            self.env.update(APPDATA=str(home / "AppData"), LOCALAPPDATA=str(home / "Local"))
        (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)

    def run(self, program: str, *args: str, extra_env: dict[str, str] | None = None) -> str:
        command = [str(self.dist / f"{program}{EXE}"), *args]
        started = time.perf_counter()
        done = subprocess.run(
            command,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
        )
        took = time.perf_counter() - started
        shown = " ".join([program, *args])
        if done.returncode != 0:
            raise Failed(
                f"{shown} exited {done.returncode}\n--- stdout\n{done.stdout}--- stderr\n"
                f"{done.stderr}"
            )
        print(f"  ok  {took:5.2f} s  {shown}")
        return done.stdout


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def smoke(dist: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    with tempfile.TemporaryDirectory(prefix="chibo-smoke-") as folder:
        home = Path(folder)
        bundle = Bundle(dist, home)
        out = bundle.run("chibo", "--version")
        check(out.strip() == f"chibo {version}", f"chibo --version said {out!r}, not {version}")

        data = home / "du lieu" / "chi bộ.sqlite"  # a space and Vietnamese in the path
        data.parent.mkdir()
        bundle.run(
            "chibo", "--db", str(data), "init", "--cell", "Chi bộ Kiểm thử",
            "--superior", "Đảng ủy Khối", "--place", "Hà Nội", "--secretary", "Nguyễn Văn An",
        )  # fmt: skip
        check(data.is_file(), f"chibo init made no file at {data}")
        listed = json.loads(bundle.run("chibo", "--db", str(data), "members", "list", "--json"))
        check(listed == [], f"a new file lists people: {listed!r}")

        demo = home / "demo.sqlite"
        bundle.run("chibo", "--db", str(demo), "demo", "--people", "12")
        people = json.loads(bundle.run("chibo", "--db", str(demo), "members", "list", "--json"))
        check(len(people) >= 12, f"the demo file lists {len(people)} people")
        pdf = home / "ke hoach trong.pdf"
        bundle.run("chibo", "--db", str(demo), "plans", "print", "--blank", "-o", str(pdf))
        content = pdf.read_bytes() if pdf.is_file() else b""
        check(content.startswith(b"%PDF"), f"no PDF at {pdf}")
        check(b"LiberationSerif" in content, "the PDF does not embed Liberation Serif")

        internal = dist / "_internal"
        for path, language in ((data, "vi"), (demo, "vi"), (demo, "en")):
            report = home / "smoke-report.txt"
            report.unlink(missing_ok=True)
            bundle.run(
                "chibo-app",
                str(path),
                "--smoke-test",
                extra_env={"CHIBO_LANGUAGE": language, "CHIBO_SMOKE_REPORT": str(report)},
            )
            out = report.read_text(encoding="utf-8") if report.is_file() else ""
            check(out.startswith(f"smoke-test ok: {path} open (schema "), f"chibo-app said {out!r}")
            check(f"language {language} (" in out, f"not started in {language}: {out!r}")
            check("icon ok" in out, f"the window icon (SVG plugins) did not load: {out!r}")
            charts = re.search(r"(\d+) charts", out)
            check(charts is not None and int(charts[1]) > 0, f"no QtCharts chart drawn: {out!r}")
            ours = f"{internal / 'resources' / 'i18n' / f'chibo_{language}.qm'}"
            check(ours in out, f"chibo_{language}.qm not loaded from the bundle: {out!r}")
        bundle.run("chibo", "--db", str(data), "check")
        reports = [p for p in home.rglob("*") if "loi" in p.name.lower() or p.suffix == ".log"]
        check(not reports, f"error reports written: {reports}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "chibo")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if not (dist / f"chibo-app{EXE}").is_file():
        print(f"smoke test: no build in {dist} (run packaging/build_linux.sh)", file=sys.stderr)
        return 1
    print(f"smoke test of {dist}")
    started = time.perf_counter()
    try:
        smoke(dist)
    except (Failed, subprocess.TimeoutExpired) as error:
        print(f"smoke test FAILED: {error}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
