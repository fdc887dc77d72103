#!/usr/bin/env bash
# TEST-ONLY: build OpenPACE's Python bindings (modules 'eac' and 'chat') that vicc's nPA
# emulation needs. Debian 12 ships them only as source: this fetches the openpace source
# package (adding a deb-src entry for the machine's Debian mirror if there is none),
# runs swig on bindings/eac.i and compiles it against libeac-dev for /usr/bin/python3.
# Output: .tools/openpace/{eac.py,_eac*.so,chat.py}. Idempotent; needs root for apt.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="$PWD/.tools/openpace"
EXT=$(/usr/bin/python3 -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
if [ -f "$OUT/eac.py" ] && [ -f "$OUT/_eac$EXT" ] && [ -f "$OUT/chat.py" ]; then exit 0; fi
say() { printf 'build_openpace: %s\n' "$*" >&2; }
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! apt-get source --print-uris openpace >/dev/null 2>&1; then
  uri=$(grep -rhoE '^URIs: *http[^ ]*debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 \
        | sed 's/^URIs: *//')
  uri=${uri:-http://deb.debian.org/debian}
  suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
  say "adding a deb-src entry for $uri $suite"
  printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$uri" "$suite" | $SUDO tee /etc/apt/sources.list.d/deb-src-openpace.sources >/dev/null
  $SUDO apt-get update -qq
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && apt-get source -qq openpace >/dev/null 2>&1) || { say "apt-get source openpace failed"; exit 1; }
SRC=$(ls -d "$WORK"/openpace-*/ | head -1)
mkdir -p "$OUT"
cp "$SRC"/bindings/*.i "$WORK"/
cp "$SRC"/bindings/python/chat.py "$OUT"/
(cd "$WORK" && swig -python -I"$SRC/src" -I/usr/include -outdir "$OUT" eac.i)
gcc -shared -fPIC -O1 -w $(/usr/bin/python3-config --includes 2>/dev/null || echo -I/usr/include/python3.11) \
  "$WORK/eac_wrap.c" -o "$OUT/_eac$EXT" $(pkg-config --libs libeac)
say "built $OUT"
