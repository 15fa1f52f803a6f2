#!/usr/bin/env bash
# Data-model benchmark: a few dict/str/list-heavy loops (tests/bench/datamodel/*.py) built with
# `pypack --onefile` and timed with hyperfine against CPython 3.11 (Debian's PGO build).
# Prints each program's mean times and the ratio (CPython time / PyPack time; >1 means PyPack is faster).
#
#   tests/bench/datamodel.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
python=${PYTHON:-/usr/bin/python3.11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$here/packager" -v q -nologo >/dev/null
pypack="$here/artifacts/bin/PyPack.Packager/release/pypack"
for prog in "$here"/tests/bench/datamodel/*.py; do
  name=$(basename "$prog" .py)
  "$pypack" "$prog" --onefile -y --distpath "$work/dist" --workpath "$work/build" >/dev/null
  expected=$("$python" "$prog")
  actual=$("$work/dist/$name")
  if [ "$expected" != "$actual" ]; then
    echo "$name: output differs from CPython's ($actual vs $expected)"; exit 1
  fi
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/$name.json" \
    -n cpython "$python $prog" -n pypack "$work/dist/$name" >/dev/null
  python3 - "$work/$name.json" "$name" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print(f"{sys.argv[2]:12s} CPython {r['cpython']*1000:8.1f} ms   PyPack {r['pypack']*1000:8.1f} ms   ratio {r['cpython']/r['pypack']:.2f}x")
PY
done
