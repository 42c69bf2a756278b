#!/usr/bin/env bash
# Cap every name of the lock at its pinned version, for the pip that `python3 -m venv` brings.
#
# pip 23.2 (Python 3.11's) resolves an extra that a dependency asks for (justext's
# "lxml[html_clean]") as a project of its own, bound only by that dependency's range: it takes
# the newest release on the index and, in hash-checking mode, refuses it as unpinned as soon as
# that release is newer than the lock's (lxml 6.2.0 against the lock's 6.1.3: "all requirements
# must have their versions pinned with =="). Constraints bind a project under every extra, so
# constraints.txt holds each pin (name==version and its marker, no hashes) and each lock file
# reads it. compile.sh runs this after every resolution; it is idempotent and resolves nothing.
set -euo pipefail
cd "$(dirname "$0")"
{
  echo "# Every pin of the lock files, as constraints: written by constrain.sh (see there why)."
  cat app.txt test.txt bundle.txt \
    | grep -E '^[A-Za-z0-9][A-Za-z0-9._-]*==' \
    | sed -E 's/ \\$//' \
    | LC_ALL=C sort -u
} > constraints.txt
for lock in app.txt test.txt bundle.txt; do
  # after the two header lines, once
  grep -qxF -- "-c constraints.txt" "$lock" || sed -i '2a -c constraints.txt' "$lock"
done
echo "requirements/constraints.txt: $(grep -c '==' constraints.txt) pins"
