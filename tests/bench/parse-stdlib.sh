#!/usr/bin/env bash
# Parse benchmark: PyPack's parser vs CPython's ast.parse over the CPython 3.11 standard library
# (without test folders and site-packages). Prints the median of several runs of each and the ratio.
#
#   tests/bench/parse-stdlib.sh [STDLIB_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
stdlib=${1:-/root/.pyenv/versions/3.11.7/lib/python3.11}
runs=${2:-5}
python=${PYTHON:-python3}

list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$stdlib" -name '*.py' -type f \
  -not -path "$stdlib/test/*" -not -path "$stdlib/site-packages/*" \
  -not -path '*/tests/*' -not -path '*/idle_test/*' | sort >"$list"
echo "files: $(wc -l <"$list")"

dotnet build -c Release "$here/tests/PyPack.Benchmarks" -v q -nologo >/dev/null
ours=$(dotnet "$here/artifacts/bin/PyPack.Benchmarks/release/PyPack.Benchmarks.dll" parse --runs "$runs" $(cat "$list"))
echo "PyPack : $ours"

theirs=$("$python" - "$list" "$runs" <<'PY'
import ast, sys, time
files = open(sys.argv[1]).read().split()
runs = int(sys.argv[2])
sources = [(f, open(f, "rb").read()) for f in files]
times = []
for r in range(runs + 1):
    t = time.perf_counter()
    for name, src in sources:
        ast.parse(src, name)
    if r:
        times.append(time.perf_counter() - t)
times.sort()
print("%.3f" % times[len(times) // 2])
PY
)
echo "CPython: $theirs"
ours_s=${ours%% *}
awk -v a="$theirs" -v b="$ours_s" 'BEGIN { printf "ratio  : %.2fx faster than CPython ast.parse\n", a / b }'
