#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs that a fresh machine may lack, only when they are missing.
#   system-deps.sh          libraries for tests (offscreen Qt + QtWebEngine)
#   system-deps.sh display  also the X11 platform plugin's libraries, and Xvfb when there is no display
set -euo pipefail
venv=${VENV:-.venv}
qt=$("$venv/bin/python" -c 'import PySide6, os; print(os.path.dirname(PySide6.__file__))')

missing() { ldd "$@" 2>/dev/null | awk '/not found/ {print $1}' | sort -u; }

declare -A package_of=(
  [libnss3.so]=libnss3 [libnssutil3.so]=libnss3 [libsmime3.so]=libnss3 [libnspr4.so]=libnspr4
  [libxkbcommon.so.0]=libxkbcommon0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libEGL.so.1]=libegl1
  [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0 [libfontconfig.so.1]=libfontconfig1
  [libfreetype.so.6]=libfreetype6 [libdbus-1.so.3]=libdbus-1-3 [libasound.so.2]=libasound2
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-image.so.0]=libxcb-image0 [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-randr.so.0]=libxcb-randr0 [libxcb-xinerama.so.0]=libxcb-xinerama0
  [libX11-xcb.so.1]=libx11-xcb1 [libXcomposite.so.1]=libxcomposite1 [libXdamage.so.1]=libxdamage1
  [libXrandr.so.2]=libxrandr2 [libXtst.so.6]=libxtst6 [libxshmfence.so.1]=libxshmfence1 [libgbm.so.1]=libgbm1
  [libdrm.so.2]=libdrm2 [libXkbfile.so.1]=libxkbfile1 [libglib-2.0.so.0]=libglib2.0-0
)

files=("$qt/Qt/libexec/QtWebEngineProcess" "$qt/Qt/lib/libQt6WebEngineCore.so.6" "$qt/Qt/plugins/platforms/libqoffscreen.so")
[[ ${1:-} == display ]] && files+=("$qt/Qt/plugins/platforms/libqxcb.so")

wanted=()
for lib in $(missing "${files[@]}"); do
  pkg=${package_of[$lib]:-}
  if [[ -z $pkg ]]; then echo "system-deps: $lib is missing and no package is known for it" >&2; continue; fi
  wanted+=("$pkg")
done
if [[ ${1:-} == display && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]] && ! command -v xvfb-run >/dev/null; then
  wanted+=(xvfb xauth)
fi
if (( ${#wanted[@]} )); then
  echo "system-deps: installing ${wanted[*]}" >&2
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
fi
