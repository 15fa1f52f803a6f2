# str methods that change nothing give back the str itself (for an exact str), as CPython does;
# a str subclass gets an exact str copy.
t = "".join(["ab", "c d"])
print(t.split(",")[0] is t, t.rsplit(",")[0] is t, t.split(",", 0)[0] is t)
w = "".join(["wo", "rd"])
print(w.split()[0] is w, w.rsplit()[0] is w, " word".split()[0] is w, w.splitlines()[0] is w)
print(t.replace("x", "y") is t, t.replace("a", "z", 0) is t, t.replace("a", "z") is t)
old = "".join(["c", " "])
print(t.replace(old, old) is t, t.replace(old, "".join(["c", " "])) is t)
print(t.removeprefix("zz") is t, t.removesuffix("zz") is t, t.removeprefix("a") is t)
print(t.partition("x")[0] is t, t.rpartition("x")[2] is t)


class S(str):
    pass


u = S("abc")
for r in (u.replace("x", "y"), u.removeprefix("z"), u.removesuffix("z"), u.split()[0], u.split(",")[0], u.splitlines()[0], u.strip()):
    print(type(r).__name__, r, r is u)
