#!/usr/bin/env bash
# Checks that `dotnet pack` gives an installable .NET tool: packs the packager, installs the
# package into a temporary tool folder, and uses the installed `pypack` from another folder:
# --version, `pypack run` (compiles and runs in memory), and with --native a real NativeAOT build
# (which needs the runtime assembly inside the package).
#
#   tests/tool/check-tool-package.sh [--native]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo/packager" -c Release -o "$work/nupkg" --nologo -v quiet >/dev/null
package=$(ls "$work/nupkg"/PyPack.*.nupkg)
listing=$(unzip -l "$package")
for f in tools/net10.0/any/pypack.dll tools/net10.0/any/PyPack.Runtime.dll tools/net10.0/any/ICSharpCode.SharpZipLib.dll; do
  grep -q " $f\$" <<<"$listing" || { echo "check-tool-package: $f missing from $(basename "$package")" >&2; exit 1; }
done
dotnet tool install PyPack --tool-path "$work/tools" --add-source "$work/nupkg" >/dev/null
pypack="$work/tools/pypack"

mkdir -p "$work/app/shop"
printf 'from shop import price\nprint("total", price(3))\n' >"$work/app/main.py"
printf 'def price(n):\n    return n * 7\n' >"$work/app/shop/__init__.py"
cd "$work/app"
"$pypack" --version
out=$("$pypack" run main.py)
[ "$out" = "total 21" ] || { echo "check-tool-package: pypack run printed '$out'" >&2; exit 1; }
if [ "${1:-}" = "--native" ]; then
  "$pypack" main.py --log-level WARN
  out=$(./dist/main)
  [ "$out" = "total 21" ] || { echo "check-tool-package: the native build printed '$out'" >&2; exit 1; }
fi
echo "check-tool-package: the installed pypack works"
