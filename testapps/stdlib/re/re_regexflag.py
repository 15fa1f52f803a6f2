# re's flags are members of the IntFlag re.RegexFlag: how they print, combine, compare and pass
# through compile/search, with Pattern.flags staying a plain int.
import copy
import pickle
import re

print(re.I, repr(re.I), str(re.I | re.M), re.I | re.M, re.NOFLAG, re.RegexFlag(0))
print(re.I | 1024, ~re.I, ~re.NOFLAG, re.RegexFlag(3), re.RegexFlag(2 ** 20))
print(format(re.I), f"{re.I:d}", "%s %d %r" % (re.I, re.I, re.I), re.I + 1, type(re.I + 1).__name__)
print(type(re.I | 1).__name__, type(1 | re.I).__name__, re.I == 2, hash(re.I) == hash(2), int(re.VERBOSE))
print(list(re.RegexFlag), len(re.RegexFlag), re.RegexFlag.__module__)
print(list(re.RegexFlag.__members__))
print(re.A, re.U, re.L, re.T, re.DEBUG, re.X, re.S, re.RegexFlag.I, re.RegexFlag["VERBOSE"])
print(re.I.name, re.I.value, (re.I | re.M).name, re.I.__class__.__name__, re.RegexFlag.IGNORECASE is re.I)
print(isinstance(re.I, int), [c.__name__ for c in re.RegexFlag.__mro__], re.I in (re.I | re.M), bool(re.NOFLAG))
print(re.ASCII | re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE)
print(pickle.loads(pickle.dumps(re.I)) is re.I, copy.copy(re.I) is re.I, "RegexFlag" in re.__all__)

p = re.compile(r"a b # comment", re.I | re.X)
print(p, p.flags, type(p.flags).__name__, p.match("AB"))
q = re.compile("x", re.M)
print(q.flags, type(q.flags).__name__, re.compile("x", re.M) is q, re.compile("x", 8) is q)
print(re.search("A.B", "xa\nb", flags=re.IGNORECASE | re.DOTALL))
print(re.findall("^a", "a\na", re.M), re.sub("a", "-", "aAa", flags=re.I), re.split("x", "aXb", flags=re.I))
print(re.compile(b"a", re.I).flags, re.compile("a", re.A).flags, re.compile("(?i)a").flags)
for bad in (re.L, re.A | re.U):
    try:
        re.compile("a", bad)
    except ValueError as e:
        print("ValueError", e)
