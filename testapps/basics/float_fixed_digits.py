# '%.Nf', '%#.Nf' and format specs 'f'/'%' at precisions up to 25: exact half-to-even digits,
# values near 2**64 and 10**19, tiny values, inf and nan, signs, padding and grouping.
import random
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123.456, 99.995, 0.0049999, 1e15, 1e18, 9.999e18, 1.8446744073709552e19, 1e19, 1e20, 1e-20, 5e-324, 2.0**60, 12.3456, -3.75, 1/3, 2/3]
random.seed(5)
vals += [random.uniform(-1e6, 1e6) for _ in range(200)] + [random.random() for _ in range(200)] + [random.uniform(0, 1e-3) for _ in range(100)]
out = []
for v in vals:
    for p in (0, 1, 2, 3, 6, 10, 17, 19, 20, 25):
        out.append("%.*f|%#.*f|%+.*f|%12.*f|%-12.*f|%012.*f" % (p, v, p, v, p, v, p, v, p, v, p, v))
        out.append(f"{v:.{p}f}|{v:#.{p}f}|{v:,.{p}f}|{v:.{p}%}|{v:z.{p}f}")
    out.append("%f %F %.0f %#.0f" % (v, v, v, v))
for x in (float('inf'), float('-inf'), float('nan')):
    out.append("%.3f %f %5.1F" % (x, x, x))
out.append("%d %s %.2f" % (1, 2, 3))
import hashlib
print(len(out), hashlib.md5("\n".join(out).encode()).hexdigest())
print("\n".join(out[:40]))
