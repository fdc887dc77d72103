#!/usr/bin/env bash
# Bürgerbüro Kiosk: the two commands of the README.
#   ./dev.sh demo [ARGS]   install what is missing, then run `buergerbuero demo`
#   ./dev.sh test [ARGS]   install what is missing, then run the whole test suite
#   ./dev.sh package [ARGS] build dist/buergerbuero_<version>_amd64.deb (packaging/build_deb.py)
# Works on a fresh Debian 12 with Python 3.11: installs the Debian packages below
# (as root, or through sudo), uv, and the Python dependencies locked in uv.lock.
set -euo pipefail
cd "$(dirname "$0")"

DEBS=(
  libpcsclite-dev pcscd            # pyscard builds against PC/SC; the reader service
  ausweisapp2                      # the eID client the kiosk drives over its SDK WebSocket
  vsmartcard-vpcd vsmartcard-vpicc python3-virtualsmartcard python3-pycryptodome  # card tests:
  libeac-dev swig dpkg-dev         # virtual readers, vicc emulator, OpenPACE bindings for nPA
  poppler-utils zbar-tools         # tests render PDFs (pdftoppm) and decode QR codes
  cups-daemon cups-client cups-filters printer-driver-cups-pdf  # receipts: a private cupsd
  icc-profiles-free                # sRGB output intent of the PDF/A application PDFs
  softhsm2 qpdf openssl            # signatures: a PKCS#11 token, PDF structure checks, a test TSA
  python3-venv gcc python3-dev     # a venv for uv; pyscard's C extension
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt
  xkb-data                         # the keyboard layouts the on-screen keyboard is checked against
  fonts-dejavu-core                # the screens' font (ui/qtapp.py uses the system's copy; the package depends on it)
  espeak-ng alsa-utils             # the voice output: the offline voice (tests speak with it), aplay
  cage xwayland binutils           # the package: its kiosk compositor (tests start it headless), readelf
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1       # Qt on X11
  libxcb-shape0 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xinerama0
)

say() { printf 'dev.sh: %s\n' "$*" >&2; }

install_debs() {
  local missing=()
  for pkg in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      say "these Debian packages are missing and I am not root (no sudo either): ${missing[*]}"
      say "install them as root: apt-get install ${missing[*]}"; exit 1
    fi
  fi
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { say "apt-get could not install: ${missing[*]}"; exit 1; }
}

find_uv() {
  if command -v uv >/dev/null; then UV=$(command -v uv); return; fi
  if [ -x .tools/bin/uv ]; then UV=.tools/bin/uv; return; fi
  say "installing uv into .tools/"
  python3 -m venv .tools || { say "python3 -m venv failed: install python3-venv"; exit 1; }
  .tools/bin/pip install -q "uv>=0.5" || { say "could not install uv from PyPI"; exit 1; }
  UV=.tools/bin/uv
}

setup() {
  install_debs
  find_uv
  PY=$(command -v python3.11 || command -v python3)
  "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || { say "Python 3.11 is needed; $PY is $("$PY" --version 2>&1)"; exit 1; }
  say "installing the locked Python dependencies (uv sync --locked)"
  "$UV" sync --locked --quiet --python "$PY" || { say "uv sync failed (see above)"; exit 1; }
}

case "${1:-}" in
  demo)
    shift; setup
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ $# -eq 0 ]; then
      say "no screen here (DISPLAY is not set): running the scripted journey headless instead;"
      say "screenshots and journey.json go to ./walkthrough/"
      exec .venv/bin/buergerbuero demo --walkthrough walkthrough
    fi
    exec .venv/bin/buergerbuero demo "$@" ;;
  test)
    shift; setup
    tests/cardstack/build_openpace.sh || { say "could not build OpenPACE's bindings (see above)"; exit 1; }
    export QT_QPA_PLATFORM=offscreen UV  # UV: tests/test_package.py builds the package
    exec .venv/bin/python -m pytest "$@" ;;
  package)
    shift; setup
    UV="$UV" exec .venv/bin/python packaging/build_deb.py "$@" ;;
  *)
    echo "usage: ./dev.sh demo|test|package [ARGS]" >&2; exit 2 ;;
esac
