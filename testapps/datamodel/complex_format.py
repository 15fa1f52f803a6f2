# format() and f-strings with complex numbers: the format-spec mini-language applied to both parts.
values = [1 + 2j, -1.5 - 0.25j, 3j, -0.0 + 0j, 1e20 + 1e-5j, complex(float("inf"), float("nan")), 0j, 2 + 0j]
specs = ["", "g", ".2f", ">20", "<20.3", "^24.2e", "+.1f", " .3g", "10", "e", "E", ".0f", "#g", "_.2f", ",.1f", "=^30", "*>25.4"]
for v in values:
    print(repr(v), str(v), [format(v, s) for s in specs])
print(f"{1+2j!r:>12}|{1+2j:}|{(1+2j).real:.1f}")
for bad in ["d", "%", "=10", "010", "c", "s"]:
    try:
        print(format(1 + 1j, bad))
    except ValueError as e:
        print(type(e).__name__, e)
print("{:.3}|{:12.2f}|{!s:>10}".format(1.23456 + 9.87654j, 1j, 2 + 3j))
