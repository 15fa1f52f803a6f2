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
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "regenerate.sh: needs CPython 3.11, $python is $version" >&2
  exit 2
fi

is_program() {
  case "$1" in
    */bench/*|*/_*|*/lib/*|*/pkg*/*) return 1 ;;
  esac
  [ ! -e "$(dirname "$1")/__init__.py" ]
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("$here")
count=0
while IFS= read -r f; do
  is_program "$f" || continue
  dir=$(dirname "$f"); name=$(basename "$f" .py)
  set +e
  (cd "$dir" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
     timeout 120 "$python" "$name.py" </dev/null >"$name.out" 2>"$name.err")
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
           if [ -d "$t" ]; then find "$t" -name '*.py' -type f; else echo "$t"; fi
         done | sort)
echo "regenerated $count program(s)"
