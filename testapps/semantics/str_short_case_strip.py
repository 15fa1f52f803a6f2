# Short-str fast paths of lower()/upper()/strip(chars): results, types and identity must be CPython's.


class Word(str):
    def lower(self):
        return "sub-lower:" + str.lower(self)


words = ["", "a", "A", "abc", "ABC", "MiXeD", "x" * 32, "Y" * 33, "a1!Z", "@[`{", "caf\u00e9",
         "\u00c9COLE", "stra\u00dfe", "\u0130i", "\u03a3\u03a3", "ab\U0001F600CD", "\ud800X", "X\udc00y",
         "\u1e9e", "\ufb03X", "\u212a", "tab\tZ"]
for w in words:
    lo, up = w.lower(), w.upper()
    print(ascii(w), ascii(lo), ascii(up), len(lo), len(up), type(lo).__name__, lo == w, up == w)
    # lower()/upper() of an unchanged str still gives a str equal to it that hashes the same
    print(hash(lo) == hash(w.lower()), {lo: 1}.get(w.lower()))

s = Word("HeLLo")
print(s.lower(), str.upper(s), type(str.upper(s)).__name__, type(str.lower(Word("abc"))).__name__)
print(str.lower(Word("abc")) == "abc", str.lower(Word("ABC")) is not s)

for w, chars in [("..,hi,..", ",."), (",,,", ","), ("", "x"), ("xyx", ""), ("abcba", "ab"),
                 ("\ud800a\ud800", "\ud800"), ("\U0001F600x\U0001F600", "\U0001F600"),
                 ("\U0001F600x\U0001F600", "\ud83d"), ("aaaaaaaaaXbbbbbbbbb", "abcdefghij"),
                 ("  pad  ", None), ("\u3000z\u3000", None), ("qwertyuiopQasdfghjkl", "qwertyuiopasdfghjkl")]:
    print(ascii(w.strip(chars)), ascii(w.lstrip(chars)), ascii(w.rstrip(chars)))
print(type(Word("ab,").strip(",")).__name__, type(Word("ab").strip(",")).__name__)
try:
    "abc".strip(5)
except Exception as e:
    print(type(e).__name__, e)

# dict keys: equal strs from different sources find each other; subclasses with __eq__ keep theirs
d = {}
for w in "The the THE tHe, the. a A".split():
    k = w.strip(",.").lower()
    d[k] = d.get(k, 0) + 1
print(d)


class Loud(str):
    def __eq__(self, other):
        print("eq", str(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


d2 = {"key": 1}
print(d2.get(Loud("key")), Loud("key") in d2, d2.get(Loud("nope")))

# str hashes (PYTHONHASHSEED=0): Latin-1 text short and long, wider text, surrogates
for t in ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "\xff\xe9t\xe9", "x" * 31 + "\xff", "y" * 32, "z" * 33,
          "\u0100", "abc\u20ac", "a" * 31 + "\u0101", "\U0001F600", "ab\ud800", "q" * 40 + "\u4e2d"]:
    print(ascii(t)[:20], hash(t))
