import re

print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"\d+", "#", "a1b22c333", 2), re.subn(r"\d", "", "a1b2"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(a)(b)?", r"[\1\2]", "ab a"), re.sub("a", r"\n\t\\", "xay"), re.sub("(a)", r"\g<1>0\1", "a"))
print(re.sub(r"x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("a|", "-", "bab"), re.subn("b*", "X", "abbc"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b5c9"), re.sub("(?i)hello", "bye", "Hello HELLO"))
print(re.sub("a", "b", "aaa", count=0), re.sub("x", "y", ""), re.sub("^", ">", "l1\nl2", flags=re.M))
print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(,)", "a,b,c"), re.split(r"(,)|(;)", "a,b;c"), re.split(",", "a,b,c", 1))
print(re.split(r"x*", "axbc"), re.split("", "abc"), re.split(r"\b", "hi there"), re.split("(?=b)", "abab"))
print(re.split(r"\s+", "  lead and trail  "), re.split("z", "abc"), re.split(b",", b"a,b"), re.split("a", "aaa", maxsplit=2))
p = re.compile(r"(\d+)-(\d+)")
print(p.sub(r"\2-\1", "1-2 33-44"), p.subn(lambda m: m.group(2), "1-2 3-4", 1), p.split("x1-2y"))
print(re.sub(b"(b)", b"[\\1]", b"abc"), re.sub(b"a", lambda m: m.group().upper(), b"banana"))
print(re.escape("a.b*c?d+(e)[f]{g}^$|\\ -#&~\t\n"), re.escape("plain_text123"), re.escape(b"a.b"), re.escape("ü€"))
print(re.search(re.escape("1+1=2?"), "is 1+1=2?"), re.purge())
print(re.match(r"(\w+) (\w+)", "John Smith").expand(r"\2, \1"))
for repl in [r"\3", r"\g<x>", r"\g<1", r"\g", r"\q", "\\", r"\g<-1>", r"\g<a b>", r"\400", r"\g<99999999999999999999>"]:
    try:
        print(re.sub("(a)(b)", repl, "ab"))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(re.sub, ("a", 1, "a")), (re.sub, ("a", "b", 1)), (re.sub, (b"a", "b", b"a")), (re.sub, ("a", b"b", "a")),
            (re.search, ("a", b"a")), (re.search, (b"a", "a")), (re.compile, (1,)), (re.compile, (re.compile("a"), re.I)),
            (re.sub, ("a", lambda m: 1, "a")), (re.compile, ("a", re.L)), (re.compile, ("a", re.A | re.U)), (re.compile, (b"a", re.U))]:
    try:
        print(bad[0](*bad[1]))
    except Exception as e:
        print(type(e).__name__, e)
