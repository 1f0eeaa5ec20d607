#!/usr/bin/env bash
# Builds the one-folder bundle dist/Entente/ (run it as dist/Entente/Entente) from packaging/entente.spec.
# Called by `make package` once pyinstaller is in the venv. KEEP_BUILD=1 keeps PyInstaller's work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
work=build/pyinstaller

rm -rf dist/Entente
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --workpath "$work" --distpath dist packaging/entente.spec
[[ ${KEEP_BUILD:-} == 1 ]] || rm -rf "$work"

# Cython extensions (spaCy, blis, thinc...) and libpython ship with symbols and debug info: drop them. Libraries
# patched by auditwheel (*.libs folders, an $ORIGIN run path) are left alone: strip rewrites their segments so
# that they no longer load ("ELF load command address/offset not page-aligned").
find dist/Entente/_internal -type f -name '*.so*' -not -path '*.libs/*' -print0 |
  while IFS= read -r -d '' lib; do
    sections=$(readelf -S "$lib" 2>/dev/null || true) dynamic=$(readelf -d "$lib" 2>/dev/null || true)
    if [[ $sections =~ \.symtab|\.debug_info && $dynamic != *ORIGIN* ]]; then
      strip --strip-unneeded "$lib"
    fi
  done

# Every Qt library a bundled binary links must be in the bundle: catches an over-eager exclude here rather than
# as a crash on a user's machine. System libraries (GTK, Wayland, xcb) are the desktop's, and may be absent here.
internal=dist/Entente/_internal
qt_lib=$("$venv/bin/python" -c 'import PySide6, os; print(os.path.dirname(PySide6.__file__))')/Qt/lib
binaries() { find dist/Entente -type f \( -name '*.so*' -o -name Entente -o -name QtWebEngineProcess \) -print0; }
missing=$( (binaries | LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 ldd 2>/dev/null || true) |
  awk '/not found/ {print $1}' | sort -u)
for lib in $missing; do
  if [[ -e $qt_lib/$lib ]]; then
    echo "build: $lib is needed but was left out of the bundle" >&2
    exit 1
  fi
done
[[ -z $missing ]] || echo "build: note: system libraries absent on this machine:" $missing

echo "build: dist/Entente $(du -sh dist/Entente | cut -f1) ($(find dist/Entente -type f | wc -l) files)"
