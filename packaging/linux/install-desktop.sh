#!/bin/sh
# Put Chi bộ in the application menu: the menu entry, its icons and the `chibo` command.
#
#   ./install-desktop.sh               for this user (~/.local/share, ~/.local/bin)
#   sudo ./install-desktop.sh --system for everyone (/usr/local/share, /usr/local/bin)
#   ./install-desktop.sh --uninstall   (add --system for a system-wide one)
#
# Run it from the unpacked bundle folder (dist/chibo, or wherever it was copied); the
# bundle stays there and the menu entry points at it. It writes only the menu entry,
# the hicolor icons and a link to `chibo`: never the data folder
# (~/.local/share/ChiBo), which --uninstall leaves as it is too.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
system=no
uninstall=no
for arg in "$@"; do
    case "$arg" in
        --system) system=yes ;;
        --uninstall) uninstall=yes ;;
        *) echo "install-desktop.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
if [ "$system" = yes ]; then
    share=/usr/local/share
    bin=/usr/local/bin
else
    share=${XDG_DATA_HOME:-$HOME/.local/share}
    bin=$HOME/.local/bin
fi
icons="$here/_internal/resources/icons/hicolor"
sizes="16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
    fi
}

if [ "$uninstall" = yes ]; then
    rm -f "$share/applications/chibo.desktop"
    for size in $sizes; do rm -f "$share/icons/hicolor/$size/apps/chibo.png"; done
    rm -f "$share/icons/hicolor/scalable/apps/chibo.svg"
    if [ -L "$bin/chibo" ]; then rm -f "$bin/chibo"; fi
    refresh
    echo "Chi bộ removed from the menu (data folder left as it was)."
    exit 0
fi

[ -x "$here/chibo-app" ] || { echo "install-desktop.sh: no chibo-app in $here" >&2; exit 1; }
case "$here" in
    *[\"\`\$\\%]*) echo "install-desktop.sh: move the bundle to a folder whose path has no \" \` \$ \\ or %" >&2; exit 1 ;;
esac
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$icons/$size/apps/chibo.png" "$share/icons/hicolor/$size/apps/chibo.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps" "$share/applications" "$bin"
cp "$icons/scalable/apps/chibo.svg" "$share/icons/hicolor/scalable/apps/chibo.svg"
# The entry runs this bundle's chibo-app, quoted for paths with spaces.
sed -e "s|^Exec=.*|Exec=\"$here/chibo-app\" %f|" -e "s|^TryExec=.*|TryExec=$here/chibo-app|" \
    "$here/chibo.desktop" > "$share/applications/chibo.desktop.tmp"
mv "$share/applications/chibo.desktop.tmp" "$share/applications/chibo.desktop"
ln -sfn "$here/chibo" "$bin/chibo"
refresh
echo "Chi bộ is in the menu (Office). Command line: $bin/chibo"
