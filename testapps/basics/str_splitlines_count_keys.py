# splitlines over every line break (pieces read in place, long texts sized first), count of one
# and several characters, '%-8s' of short and paired strs, %(key) templates applied repeatedly
# (keys made once per template), and fixed-point digits of floats at many scales.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nmm\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "x".splitlines(), "\n".splitlines(True), "\r\n\r".splitlines())
t = ("line %d\n" % 3) * 30 + "tail"
print(len(t.splitlines()), t.splitlines()[-1], t.splitlines(keepends=True)[:2])
word = "abc"
print(word.splitlines()[0] is word, "a😀b\nc😀".splitlines(), ("😀x\n" * 40).splitlines()[:2])
print("aaaa".count("aa"), "a\nb\n".count("\n"), "abcabc".count("bc", 2), "x".count(""))
print("😀😀a😀".count("😀"), "abab".count("ab", 1, 3), ("ab" * 50).count("b"), ("ab" * 50).count("ba", 3, -3))
print("[%-8s] [%8s] [%-8.2s] [%-5s]" % ("INFO", "WARN", "ERROR", "😀x"))
for x in (0.0005, 2.5, 1000.25, 1e20, 1e-20, 123456789.987654321, 0.125, 0.375, 2.675, 1.5e300, 5e-324):
    print("%.3f %.0f %.2e %g %.10f %f" % (x, x, x, x, x, -x), format(x, ".3f"), f"{x:.5g}")
d = {"levelname": "INFO", "name": "app.db", "message": "hi"}
for fmt in ("%(levelname)-8s %(name)s: %(message)s", "%(name)s %(name)r", "%(message)s"):
    for _ in range(3):
        print(fmt % d)


class Missing(dict):
    def __missing__(self, key):
        return key.upper()


print("%(abc)s %(levelname)s" % Missing(d))
try:
    "%(nokey)s" % d
except KeyError as e:
    print(repr(e))
print(b"%(a)s" % {b"a": b"x"})
