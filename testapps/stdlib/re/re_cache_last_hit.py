# re's module functions called again and again with the same pattern object (found again by
# identity), with an equal pattern built at run time, with other flags, after purge() and after
# the pattern left the cache (600 others compiled): each call still uses the pattern and flags it
# was given. Group strings and pieces cut from subjects with and without surrogate pairs, and
# lone surrogates inside pieces.
import re

PAT = r"(\d+)\.(\d)"
line = "took 12.5 ms and 3.25 s"
for _ in range(3):
    print(re.sub(PAT, lambda m: m.group(2) + "," + m.group(1), line))
built = "".join(["(", "\\d+)\\.(\\d)"])
print(built == PAT, re.sub(built, "#", line))
print(re.findall("a+", "aAaa", re.I), re.findall("a+", "aAaa"), re.findall("a+", "aAaa", re.I))
print(re.subn("x", "y", "xax", 1), re.subn("x", "y", "xax", 1.0 == 1 and 0))
re.purge()
print(re.sub(PAT, r"\2|\1", line), re.search(PAT, line).groups())
for i in range(600):
    re.compile("q%d" % i)
print(re.sub(PAT, r"\2|\1", line), re.split(PAT, line))
print(re.match(PAT, line, re.I), re.match(".+?" + PAT, line).span(2))

# Pieces and groups of a subject with a surrogate pair, and of a subject without one.
wide = "a\U0001F600b 12.5 c\U0001F601"
print(ascii(re.search(r"(\S+) (\d+)\.(\d)", wide).groups()))
print(ascii(re.split(r"\s", wide)), ascii(re.findall(r"\S", wide)))
print([len(p) for p in re.split(" ", wide)], len(re.search(r"\S+$", wide).group()))
narrow = "x" + chr(0xD83D) + " " + chr(0xDE00) + "y"
pieces = re.split(" ", narrow)
print([len(p) for p in pieces], [ascii(p) for p in pieces], [p.isprintable() for p in pieces])
m = re.search(r"(x.)(\s)(.y)", narrow)
print([len(g) for g in m.groups()], ascii(m.group(3)), m.span(3), m.group(1)[1] == chr(0xD83D))
