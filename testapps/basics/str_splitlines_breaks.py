# str.splitlines: every line break (CRLF as one), keepends, texts whose lines are shorter and longer
# than the scalar look-ahead, non-ASCII text, a result that is the str itself, a str subclass.
tests = ["", "a", "\n", "a\nb", "a\r\nb\rc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u2029k", "x" * 40 + "\n" + "y" * 70 + "\r\n\r\n", "\r", "\r\n", "abc\n\n\ndef\n", "a\U0001F600b\nc", "line\u2028" * 20]
for t in tests:
    print(t.splitlines(), t.splitlines(True), t.splitlines(keepends=True) == t.splitlines(True))
s = "abc"
print(s.splitlines()[0] is s)
class S(str): pass
print(type(S("a\nb").splitlines()[0]), S("ab").splitlines()[0] is S("ab"))
print([("q" * n + "\n") * 3 for n in (31, 32, 33)][0].splitlines() == ["q" * 31] * 3)
for n in (30, 31, 32, 33, 34, 64, 65):
    t = ("z" * n + "\x85") * 3 + "w" * n
    assert t.splitlines() == ["z" * n] * 3 + ["w" * n], n
    assert len(t.splitlines(True)) == 4
print("ok")
big = "".join("line %d\tx\n" % i if i % 3 else "l\u00e9gne %d\r\n" % i for i in range(1000))
print(len(big.splitlines()), big.splitlines()[-3:], big.splitlines(True)[:4], sum(map(len, big.splitlines(True))) == len(big))
