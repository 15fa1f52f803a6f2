# title/swapcase/capitalize of ASCII text (and of text that is not), and ljust/rjust/center/zfill:
# short and long results, subclasses (whose results are exact strs), signs, odd widths.
class S(str):
    pass

texts = ["", "a", "hello world", "HELLO wORLD", "they're bill's friends from the UK", "3rd-party_lib v2.0",
         "x" * 40 + " Yy zZ", "\tmixed  CASE\nlines", "caf\u00e9 \u00c9t\u00e9", "\u01c6ungla \ufb01sh", "\u03a3\u0391\u03a3 \u03a3",
         "emoji \U0001F600 ok"]
for t in texts:
    print(repr(t.title()), repr(t.swapcase()), repr(t.capitalize()))
sub = S("abc DEF")
for r in (sub.title(), sub.swapcase(), sub.capitalize(), S("").title(), S("").capitalize()):
    print(type(r).__name__, repr(r))
for t in ["", "7", "-7", "+42", "abc", "-", "+", "x" * 35, "\u00e9\u00e8", "a\U0001F600b"]:
    print(repr(t.zfill(5)), repr(t.zfill(40)), repr(t.ljust(6)), repr(t.rjust(7, "*")), repr(t.center(8, "-")), repr(t.center(9)))
    print(repr(t.ljust(50, "\u00b7")), repr(t.center(3)), repr(t.rjust(0)))
for r in (S("ab").ljust(1), S("ab").zfill(1), S("ab").center(2), S("ab").rjust(4), S("-1").zfill(4)):
    print(type(r).__name__, repr(r))
print(repr("ab".center(5, "\U0001F600")), repr("\udc00".rjust(3, "-")), len("\ud800".ljust(3, "x")))
try:
    "ab".ljust(4, "xy")
except TypeError as e:
    print("TypeError", e)
print(len("z".center(100001)), "z".center(100001).index("z"))
