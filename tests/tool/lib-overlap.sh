#!/usr/bin/env bash
# Shows how much of PyPack's own Python Lib (bootstrap/Lib) repeats CPython's Lib line for line.
# Our Lib is written here from CPython's documented behaviour; its code must not carry over. For
# each module this prints "verbatim/total": distinct non-comment lines longer than 25 characters
# (leading and trailing blanks ignored) that also occur in CPython's file of the same name.
# Error messages and public signatures are facts and may coincide; whole bodies must not.
#
#   tests/tool/lib-overlap.sh              every module
#   tests/tool/lib-overlap.sh argparse.py  one file (path relative to bootstrap/Lib)
#   tests/tool/lib-overlap.sh -v FILE      also list the shared lines
# Needs python3 (CPython 3.11) to find its Lib; not part of the test suite.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
lib=$(python3 -c 'import os; print(os.path.dirname(os.__file__))')
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
cd "$here/bootstrap/Lib"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then mapfile -t files < <(find . -name '*.py' | sed 's|^\./||' | sort); fi
significant() { sed 's/^[[:space:]]*//;s/[[:space:]]*$//' "$1" | grep -v '^#' | awk 'length > 25' | sort -u; }
for f in "${files[@]}"; do
  ref="$lib/$f"
  if [ ! -f "$ref" ]; then printf '%-28s (no CPython file)\n' "$f"; continue; fi
  total=$(significant "$f" | wc -l)
  shared=$(comm -12 <(significant "$f") <(significant "$ref") | wc -l)
  printf '%-28s %5d/%-5d %3d%%\n' "$f" "$shared" "$total" $(( total ? shared * 100 / total : 0 ))
  if [ $verbose -eq 1 ]; then comm -12 <(significant "$f") <(significant "$ref") | sed 's/^/    /'; fi
done
