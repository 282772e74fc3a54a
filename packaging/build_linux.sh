#!/bin/sh
# Build the Linux bundle (one folder, dist/chibo) and smoke-test it offscreen.
#
#   packaging/build_linux.sh               a fresh build venv in build/venv (from PyPI)
#   packaging/build_linux.sh --current     the Python of $VIRTUAL_ENV, else .venv
#   packaging/build_linux.sh ... --archive also dist/chibo-VERSION-linux-ARCH.tar.gz
#
# Steps: install chibo with its [package] extra (PyInstaller) in editable mode, then
# PyInstaller runs packaging/chibo.spec, which renders the icons (make_icons.py) and
# compiles the translations (lrelease) before bundling; then packaging/smoke_test.py
# runs the built programs. Nothing it writes is committed: build/ and dist/ are ignored.
set -eu
cd "$(dirname "$0")/.."

current=no
archive=no
for arg in "$@"; do
    case "$arg" in
        --current) current=yes ;;
        --archive) archive=yes ;;
        *) echo "build_linux.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [ "$current" = yes ]; then
    python="${VIRTUAL_ENV:-$(pwd)/.venv}/bin/python"
else
    [ -x build/venv/bin/python ] || python3 -m venv build/venv
    python=build/venv/bin/python
fi
echo "== build with $python ($("$python" --version))"
start=$(date +%s)

"$python" -m pip install -q -e '.[package]'
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/chibo.spec
built=$(date +%s)

# Qt's X11 plugin needs these; PyInstaller bundles them only when the build machine has
# them (Debian/Ubuntu: libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0).
for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxkbcommon-x11.so.0; do
    [ -e "dist/chibo/_internal/$lib" ] ||
        echo "build_linux.sh: WARNING: $lib not bundled; install it on the build machine" >&2
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/linux/chibo.desktop
fi
"$python" packaging/smoke_test.py --dist dist/chibo
done_at=$(date +%s)

version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
echo "== dist/chibo: $(du -sh dist/chibo | cut -f1), $(find dist/chibo -type f | wc -l) files"
echo "== build $((built - start)) s (with pip), smoke test $((done_at - built)) s"
if [ "$archive" = yes ]; then
    name="chibo-$version-linux-$(uname -m).tar.gz"
    tar -czf "dist/$name.tmp" -C dist chibo && mv "dist/$name.tmp" "dist/$name"
    echo "== dist/$name: $(du -h "dist/$name" | cut -f1)"
fi
