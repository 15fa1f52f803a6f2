# finditer is lazy (CPython's iter(scanner.search, None)): each match is found when asked for, so
# breaking out early, interleaving with other matching, and errors raised mid-loop behave as in CPython.
import re

words = re.compile(r"(\w)(\w*)")
it = words.finditer("alpha beta gamma delta")
print(type(it).__name__, repr(it).startswith("<callable_iterator object at 0x"), iter(it) is it)
print(type(re.finditer("a", "a")) is type(iter(lambda: 1, 2)))
print(next(it).group(), next(it).span())
# The same pattern matching other strings between steps does not disturb the iterator.
print(words.search("zeta").group(), words.findall("eta theta"), words.sub("-", "iota kappa"))
print([m.groups() for m in it])
print(next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# Breaking out early on a long subject.
long_text = "x" * 1000000 + " tail"
for m in re.finditer(r"x+|tail", long_text):
    print("first", m.span())
    break
count = 0
for m in re.finditer(r"\d", "a1b2c3d4"):
    count += 1
    if count == 2:
        break
print("stopped at", m.group(), m.start())

# Empty matches: the next match may not be empty at the same place.
print([m.span() for m in re.finditer(r"\b|x*", "ab xx")])
print([m.group() for m in re.finditer(r"a*?", "baaa")])
# pos and endpos, and a subject with characters outside the BMP.
p = re.compile(r"\w+$")
print([m.span() for m in p.finditer("one two three", 4, 7)], [m.span() for m in p.finditer("one two", 5, 2)])
print([(m.group(), m.span()) for m in re.finditer(r".", "a\U0001F600b")])
print([m.span() for m in re.compile(rb"[a-c]+").finditer(bytearray(b"xabcyab"), 2)])

# Errors: argument errors come when finditer is called, errors of the loop body leave the
# iterator where it was, and a callback that raises stops sub mid-way.
for bad in [lambda: re.finditer(r"a", b"abc"), lambda: re.compile(r"a").finditer(None), lambda: re.compile("a").finditer("a", "0")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
it = re.finditer(r"\d+", "1 22 333 4444")
try:
    for m in it:
        if len(m.group()) == 2:
            raise ValueError("two digits at %d" % m.start())
except ValueError as e:
    print(e, [m.group() for m in it])


def fail(m):
    if m.group() == "c":
        raise KeyError(m.group())
    return m.group().upper()


try:
    re.sub(r"\w", fail, "abcd")
except KeyError as e:
    print("KeyError", e)


def gen():
    for m in re.finditer(r"[a-z]+", "one two three"):
        yield m.group()[::-1]


print(list(gen()), list(zip(re.finditer("o", "foo boo"), range(3))) != [])
m = re.finditer(r"(?P<k>\w+)=(?P<v>\w+)", "a=1 b=2")
print([(x.lastgroup, x.groupdict()) for x in m])
for m in re.finditer(r"\d", "12"):
    pass
last = [m for m in re.finditer(r"(a)|(b)", "ab")]
print([x.lastindex for x in last], last[1].re.pattern, last[0].string)
raise RuntimeError("after %d" % sum(1 for _ in re.finditer(r"o", "foo boo")))
