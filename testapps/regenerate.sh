#!/usr/bin/env bash
# Regenerates the expected output of test programs by running CPython 3.11 on them.
#
#   testapps/regenerate.sh                 every test program under testapps/
#   testapps/regenerate.sh testapps/core   the programs under one folder (or name .py files)
#
# For each program NAME.py it writes, next to it:
#   NAME.out   stdout (always)
#   NAME.err   stderr, only when CPython wrote any
#   NAME.exit  the exit code, only when it was not 0
# Each program runs in its own folder as `python3 NAME.py`, with PYTHONHASHSEED=0 and no stdin.
# CPython prints absolute paths in tracebacks; the program's folder is cut from them ("/abs/dir/x.py"
# becomes "x.py") so the files do not depend on where the repo is. The tests cut it the same way.
# Not test programs: helper modules (folders with __init__.py, files or folders starting with _,
# lib/ and pkg*/ folders) and benchmarks (bench/), which compare against CPython when measured.
#
# Multi-module apps live in apps/NAME/: the program is apps/NAME/main.py and every other file of
# the folder belongs to it. Instead of main.py an app may have main.entry, one line of arguments
# for python3 (e.g. `-m shop` for a package's __main__.py); its output is still main.out. An app
# with a .venv/lib/python3.11/site-packages folder runs with it on PYTHONPATH, as an activated
# virtual environment would put it on sys.path. Extra pypack options for the app's build go in
# apps/NAME/main.pypack, one per line (the tests read it; CPython ignores it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "regenerate.sh: needs CPython 3.11, $python is $version" >&2
  exit 2
fi

is_program() {
  local path
  path="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  case "${path#"$here"}" in
    /apps/*/*/*) return 1 ;;
    /apps/*/main.py|/apps/*/main.entry) return 0 ;;
    */apps/*) return 1 ;;
    */bench/*|*/_*|*/lib/*|*/pkg*/*) return 1 ;;
  esac
  [ "${1%.py}" != "$1" ] && [ ! -e "$(dirname "$1")/__init__.py" ]
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("$here")
count=0
while IFS= read -r f; do
  is_program "$f" || continue
  dir=$(dirname "$f"); name=$(basename "$f"); name=${name%.*}
  args=("$name.py")
  [ "${f%.entry}" != "$f" ] && read -r -a args <"$f"
  sitepackages=""
  [ -d "$dir/.venv/lib/python3.11/site-packages" ] && sitepackages="$(cd "$dir" && pwd)/.venv/lib/python3.11/site-packages"
  set +e
  (cd "$dir" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$sitepackages" \
     timeout 120 "$python" "${args[@]}" </dev/null >"$name.out" 2>"$name.err")
  rc=$?
  set -e
  absdir=$(cd "$dir" && pwd)
  for stream in out err; do
    sed -i "s|$absdir/||g" "$dir/$name.$stream"
  done
  [ -s "$dir/$name.err" ] || rm -f "$dir/$name.err"
  if [ $rc -ne 0 ]; then echo $rc >"$dir/$name.exit"; else rm -f "$dir/$name.exit"; fi
  count=$((count + 1))
done < <(for t in "${targets[@]}"; do
           if [ -d "$t" ]; then find "$t" \( -name '*.py' -o -name 'main.entry' \) -type f; else echo "$t"; fi
         done | sort)
echo "regenerated $count program(s)"
