# partition/rpartition, center/ljust/rjust/zfill with fill characters, expandtabs and their errors.
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"), "".partition("x"))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
for w in (0, 5, 10, 11):
    print(repr("abc".center(w, "*")), repr("ab".center(w)), repr("abc".ljust(w, "-")), repr("abc".rjust(w, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "1".zfill(-1))
for call in (lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".center()):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(2)))
print(b"k=v".partition(b"="), bytearray(b"x-y").rpartition(b"-"), b"ab".center(6, b"*"), b"7".zfill(3))
print("é".center(5, "·"), "日本".ljust(4, "＿"), len("日本".ljust(4)))
