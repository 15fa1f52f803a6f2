# startswith/endswith/count with positions, and slices with int bounds, on plain text and on
# text with surrogate pairs (positions count code points), including subclass receivers.
s = "key = true  # comment\nname = 'x'\n"
for pos in range(0, len(s) + 3):
    print(pos, s.startswith("true", pos), s.startswith(("=", "#", "n"), pos), s.endswith("x'", 0, pos),
          s.startswith("", pos), s.endswith("", pos, pos - 1), s.count("e", pos), s.count("", pos),
          s.count("e", pos, pos + 5), s[pos:pos + 1], s[pos:pos + 4], s[pos:], s[:pos], s[pos::3])
print(s.startswith("key", -100), s.startswith("ment", -14, -10), s.endswith("ment", -100, -12))
print(s.count("e", -5), s.count("e", 10, 3), s.count("", 10, 3), s.count("", -3), s.count("ee"), "aaaa".count("aa"))
print(s[-3:-1], s[-1:], s[5:2], s[::-1][:6], s[100:], s[-100:3], repr(s[len(s):len(s) + 1]))
w = "a\U0001F600b\U0001F601c"
for pos in range(0, 7):
    print(pos, w.startswith("\U0001F600", pos), w.startswith("b", pos), w.endswith("\U0001F601", 0, pos),
          w.count("\U0001F601", pos), w.count("", pos), ascii(w[pos:pos + 1]), ascii(w[pos:pos + 2]), ascii(w[pos:]))


class S(str):
    pass


t = S("hello")
print(type(t[0:5]).__name__, t[0:5], type(t[1:2]).__name__, type(t[:]).__name__, t.startswith("ll", 2), t.count("l", 3))
try:
    s.startswith(1, 0)
except TypeError as e:
    print("TypeError", e)
try:
    s.count("e", "x")
except TypeError as e:
    print("TypeError", e)
