#!/usr/bin/env bash
# Microbenchmarks of the language core (calls, attribute access, method calls, generators,
# exceptions raised and caught): each tests/bench/semantics/*.py is built with
# `pypack --onefile` (NativeAOT) and timed with hyperfine against CPython 3.11.
# Prints mean times and the ratio CPython/PyPack (above 1: PyPack is faster). Not a test.
#
#   tests/bench/semantics.sh [NAME...]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-/usr/bin/python3.11}
work=${WORK:-$here/artifacts/bench-semantics}
mkdir -p "$work"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/tests/bench/semantics/*.py; do names+=("$(basename "$f" .py)"); done
fi

dotnet build -c Release "$here/packager" -v q -nologo >/dev/null
pypack="$here/artifacts/bin/PyPack.Packager/release/pypack"

printf '%-12s %12s %12s %8s\n' benchmark "CPython (s)" "PyPack (s)" ratio
for name in "${names[@]}"; do
  src="$here/tests/bench/semantics/$name.py"
  "$pypack" "$src" --onefile -y --distpath "$work/dist" --workpath "$work/build" --log-level ERROR >/dev/null
  expected=$("$python" "$src")
  actual=$("$work/dist/$name")
  if [ "$expected" != "$actual" ]; then
    echo "$name: output differs from CPython's" >&2
    exit 1
  fi
  json="$work/$name.json"
  hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$json" "$python $src" "$work/dist/$name" >/dev/null
  read -r cpy ours < <("$python" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["mean"], r[1]["mean"])' "$json")
  printf '%-12s %12.3f %12.3f %8.2f\n' "$name" "$cpy" "$ours" "$(echo "$cpy / $ours" | bc -l)"
done
