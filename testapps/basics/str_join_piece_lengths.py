# join and '+' chains of pieces of every length around the copy's step sizes (1-3 units, 4-7,
# 8 and up in 16-byte steps, past 32), with separators of 0 to 3 characters; each result is
# checked in full through its hash (PYTHONHASHSEED=0) and its ends.
ALPHA = "".join(chr(ord("a") + i % 26) if i % 7 else chr(0x3b1 + i % 20) for i in range(200))
for sep in ("", "\n", ", ", "<|>"):
    for n in range(0, 42):
        pieces = [ALPHA[k:k + n] for k in range(0, 9)]
        r = sep.join(pieces)
        print(repr(sep), n, len(r), ascii(r[:3]), ascii(r[-3:]), hash(r), r == "".join(p + sep for p in pieces)[:len(r)])
for a in range(0, 20, 3):
    for b in range(0, 20, 4):
        for c in range(0, 14, 5):
            x, y, z = ALPHA[:a], ALPHA[50:50 + b], ALPHA[100:100 + c]
            s = x + y + z
            t = x + y
            print(a, b, c, len(s), hash(s), hash(t), s == "".join([x, y, z]), t == "".join([x, y]))
