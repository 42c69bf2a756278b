#!/usr/bin/env bash
# Build the one-folder bundle into dist/copydesk from a clean virtualenv (Linux; the README has
# the Windows and macOS notes). PYTHON picks the interpreter (default python3, 3.11 or newer).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
started=$(date +%s)
for tool in ldd objdump strip; do  # PyInstaller's binary analysis on Linux (Debian: binutils)
  command -v "$tool" >/dev/null || { echo "build.sh: '$tool' is missing (install binutils)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"${PYTHON:-python3}" -m venv "$work/venv"
. "$work/venv/bin/activate"
# The tested set: the lock's runtime packages and PyInstaller, pinned with hashes (the same pip
# that `python3 -m venv` brings, no upgrade), then the project itself without dependencies. The
# code is taken from this checkout by the spec (pathex); the installed copy brings its metadata.
python -m pip install -q -r requirements/bundle.txt
python -m pip install -q --no-deps .

rm -rf build/pyinstaller dist/copydesk
pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/copydesk.spec

# The X11 libraries Qt's xcb plugin links are bundled only when this machine has them
# (Debian: libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 ...).
xcb=dist/copydesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so
if [ -f "$xcb" ]; then
  unresolved=$(LD_LIBRARY_PATH="$root/dist/copydesk/_internal" ldd "$xcb" | awk '/not found/ {print $1}' | tr '\n' ' ')
  if [ -n "$unresolved" ]; then
    echo "warning: the xcb platform plugin cannot find: $unresolved" >&2
    echo "         workstations then need those packages installed to open the window." >&2
  fi
fi

echo "bundle: dist/copydesk, $(du -sh dist/copydesk | cut -f1)" \
  "($(find dist/copydesk -type f | wc -l) files), built in $(( $(date +%s) - started )) s"
