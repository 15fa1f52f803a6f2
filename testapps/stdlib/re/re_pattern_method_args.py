# Pattern.search/match/fullmatch are native methods: keywords, bound and unbound calls, and their argument errors in CPython's words.
import re
p = re.compile(r"(b)")
print(p.search(string="abc", pos=1), p.match("abc", endpos=2, pos=1), p.fullmatch("b", 0, 1))
f = p.search
print(f("xb"), re.Pattern.search(p, "b"), list(map(p.match, ["b", "a"])))
for call in (lambda: p.search(), lambda: p.search("a", 1, 2, 3), lambda: p.search("a", x=1), lambda: p.search(1), lambda: re.Pattern.match("s", "b")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
