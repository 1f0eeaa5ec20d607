#!/usr/bin/env bash
# Installs the built bundle (dist/Entente) so that Entente appears in the applications menu, with its icon.
#
#   packaging/linux/install.sh               for you: ~/.local/opt/Entente, menu entry and icons in ~/.local/share
#   sudo packaging/linux/install.sh --system for everyone: /opt/Entente, menu entry and icons in /usr/local/share
#   packaging/linux/install.sh --uninstall   removes what the same install put there (add --system for that one)
#   --from DIR                               the bundle to install (default: dist/Entente next to this script)
# Also links `entente` into ~/.local/bin (or /usr/local/bin) for the command line.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
from="$repo/dist/Entente"
icons="$repo/resources/icons"
mode=user action=install
while (($#)); do
  case $1 in
    --system) mode=system ;;
    --uninstall) action=uninstall ;;
    --from) from=${2:?--from needs a folder}; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [[ $mode == system ]]; then
  [[ $(id -u) -eq 0 ]] || { echo "install.sh: --system needs root (sudo)" >&2; exit 1; }
  prefix=/opt/Entente share=/usr/local/share bin=/usr/local/bin
else
  [[ $(id -u) -ne 0 ]] || echo "install.sh: installing for root only; use --system to install for everyone" >&2
  prefix="$HOME/.local/opt/Entente" share="${XDG_DATA_HOME:-$HOME/.local/share}" bin="$HOME/.local/bin"
fi
desktop_file="$share/applications/entente.desktop"
sizes=(16 32 48 64 128 256 512)

refresh_menus() {
  # desktops pick new entries up by themselves; refresh the caches only where they already exist (a new icon
  # cache in ~/.local would go stale and hide icons other apps install there later)
  if command -v update-desktop-database >/dev/null && [[ -e $share/applications/mimeinfo.cache ]]; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [[ -e $share/icons/hicolor/icon-theme.cache ]]; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
  fi
}

is_bundle() { [[ -x $1/Entente && -d $1/_internal ]]; }

if [[ $action == uninstall ]]; then
  if [[ -e $prefix ]]; then
    is_bundle "$prefix" || { echo "install.sh: $prefix is not an Entente bundle; left alone" >&2; exit 1; }
    rm -rf "$prefix"
  fi
  rm -f "$desktop_file" "$share/icons/hicolor/scalable/apps/entente.svg"
  for s in "${sizes[@]}"; do rm -f "$share/icons/hicolor/${s}x${s}/apps/entente.png"; done
  [[ -L $bin/entente && $(readlink "$bin/entente") == "$prefix/Entente" ]] && rm -f "$bin/entente"
  refresh_menus
  echo "Entente removed from $prefix (your projects in ~/.local/share/Entente are kept)"
  exit 0
fi

is_bundle "$from" || { echo "install.sh: no bundle at $from; build it first with 'make package'" >&2; exit 1; }

# copy beside the old install, then swap, so a failed copy never leaves a half-installed app
mkdir -p "$(dirname "$prefix")"
staging="$prefix.new.$$"
trap 'rm -rf "$staging"' EXIT
cp -a "$from" "$staging"
if [[ -e $prefix ]]; then
  is_bundle "$prefix" || { echo "install.sh: $prefix exists and is not an Entente bundle; left alone" >&2; exit 1; }
  rm -rf "$prefix"
fi
mv "$staging" "$prefix"
trap - EXIT

for s in "${sizes[@]}"; do
  install -D -m 644 "$icons/entente-$s.png" "$share/icons/hicolor/${s}x${s}/apps/entente.png"
done
install -D -m 644 "$icons/entente.svg" "$share/icons/hicolor/scalable/apps/entente.svg"
# the menu entry names the installed executable by its full path (~/.local/opt is not on PATH)
mkdir -p "$share/applications"
sed -e "s|^Exec=.*|Exec=\"$prefix/Entente\"|" -e "s|^TryExec=.*|TryExec=$prefix/Entente|" \
  "$here/entente.desktop" > "$desktop_file"
chmod 644 "$desktop_file"
mkdir -p "$bin"
ln -sfn "$prefix/Entente" "$bin/entente"
refresh_menus

echo "Entente installed in $prefix"
echo "  menu entry: $desktop_file"
echo "  command:    $bin/entente (check a build with: entente --self-test)"
