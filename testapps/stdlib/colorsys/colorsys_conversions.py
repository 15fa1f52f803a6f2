import colorsys
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4))
print(colorsys.hsv_to_rgb(0.5, 0.5, 0.4))
print(colorsys.rgb_to_hls(0.2, 0.4, 0.4))
print(colorsys.hls_to_rgb(0.5, 0.3, 0.5))
print(colorsys.rgb_to_yiq(0.2, 0.4, 0.4))
print(colorsys.yiq_to_rgb(0.36, -0.12, 0.0))
for c in [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5), (1, 0.5, 0)]:
    h = colorsys.rgb_to_hsv(*c); l = colorsys.rgb_to_hls(*c); y = colorsys.rgb_to_yiq(*c)
    print(c, h, colorsys.hsv_to_rgb(*h), l, colorsys.hls_to_rgb(*l), y, colorsys.yiq_to_rgb(*y))
for hh in [0, 1/6, 2/6, 0.5, 4/6, 5/6, 1.0, 1.2, -0.1]:
    print(hh, colorsys.hsv_to_rgb(hh, 1, 1), colorsys.hls_to_rgb(hh, 0.5, 1), colorsys.hls_to_rgb(hh, 0.8, 0.3), colorsys.hsv_to_rgb(hh, 0, 0.3))
print(colorsys.yiq_to_rgb(1, 1, 1), colorsys.yiq_to_rgb(-1, -1, -1))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(colorsys.__all__)
import random
rng = random.Random(30)
total = 0.0
for _ in range(3000):
    c = (rng.random(), rng.random(), rng.random())
    if rng.random() < 0.2:
        c = (round(c[0], 1), round(c[1], 1), round(c[2], 1))
    for f, g in ((colorsys.rgb_to_hsv, colorsys.hsv_to_rgb), (colorsys.rgb_to_hls, colorsys.hls_to_rgb), (colorsys.rgb_to_yiq, colorsys.yiq_to_rgb)):
        x = f(*c)
        y = g(*x)
        total += sum(x) + sum(y)
        print(repr(x), repr(y)) if _ % 500 == 0 else None
print(repr(total))
print(repr(colorsys.hsv_to_rgb(0.99999999, 1, 1)), repr(colorsys.hls_to_rgb(1.0, 0.25, 0.5)), repr(colorsys.rgb_to_hls(1, 1, 0.999)))
try:
    colorsys.rgb_to_hsv("a", 1, 1)
except TypeError as e:
    print("TypeError:", e)
