# Group spans on every path that reads them from the engine's own match (match, search, fullmatch,
# finditer, findall, split, sub with a template and a function): unmatched groups, groups of a
# failed alternative, repeated groups (last repetition), nested groups, pos/endpos, lookbehind
# before pos, empty matches, astral characters, bytes, and a callback that reuses the pattern.
import re

p = re.compile(r"(a)|(b)(c)?")
for s in ["a", "b", "bc", "xbcx", ""]:
    m = p.search(s)
    print(repr(s), m and (m.span(), m.groups(), m.groups("-"), m.lastindex, m.regs))

rep = re.compile(r"(?:(\d)|([a-z]))+")
m = rep.match("1a2b3")
print(m.groups(), m.span(1), m.span(2), m.lastindex)

failed = re.compile(r"(x)(y)z|(x)y")
m = failed.match("xy")
print(m.groups(), m.span(1), m.span(3), m.lastindex)

nested = re.compile(r"((\w)(\w))?-((?P<tail>\w+))")
for m in nested.finditer("ab-cd -e xy-zz"):
    print(m.span(), m.groups(), m.groupdict(), m.lastgroup, m.lastindex)

print(nested.findall("ab-cd -e xy-zz"))
print(re.findall(r"(a)?(b)", "ab b ab"))
print(re.findall(r"(\d*)", "12a3"))
print(re.split(r"(,)|(;)", "a,b;c,,d"))
print(re.split(r"(\s*)", "a b  c"))
print(re.split(r"(x)?", "axbc", maxsplit=2))
print(re.sub(r"(\w)(\d)?", r"[\2\1]", "a1b c2"))
print(re.sub(r"(a)|(b)", lambda m: "<%s|%s>" % m.groups(), "abcab"))
print(re.subn(r"(x*)", r"-\1-", "axxb"))
print(re.sub(r"(?P<w>\w+)", r"\g<w>!", "hi there", count=1))

pos = re.compile(r"(?<=a)(b)(c)?$")
print(pos.search("abcabd", 1), pos.search("abcab", 4), pos.search("abcab", 4, 5), pos.match("xab", 2))
print(pos.fullmatch("abc", 1), re.compile(r"(b)(c)?").fullmatch("abc", 1, 2))
print(re.compile(r"(\w)(\w)").search("abcd", 1, 3).span(2))

astral = "\U0001F600x\U0001F601yy\U0001F602"
for m in re.finditer(r"(.)(y)?", astral):
    print(m.span(), m.span(1), m.span(2), ascii(m.group(1)))
print(ascii(re.sub(r"(\W)", r"<\1>", astral)), re.split(r"(y)", astral)[1:3])
print(re.search(r"(x)(\U0001F601)", astral).regs)

for m in re.finditer(rb"(\d)(\w)?", b"1a 2 3c"):
    print(m.span(), m.groups())
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.split(rb"(\d)", b"a1b2c"))

word = re.compile(r"(\w)(\w*)")
def cap(m):
    inner = word.match(m.group(2) or "_")
    return m.group(1).upper() + (inner.group(1) if inner else "") + m.group(2)[1:]
print(word.sub(cap, "hello big world"))

it = word.finditer("one two three")
first = next(it)
print(word.sub(lambda m: m.group(2), "alpha beta"), first.groups(), [m.groups() for m in it])

try:
    word.match("abc").group(3)
except IndexError as e:
    print("IndexError", e)
try:
    re.sub(r"(a)", lambda m: 5, "aa")
except TypeError as e:
    print("TypeError", e)
