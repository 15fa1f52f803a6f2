# list/tuple/str search methods: index with bounds, count, remove, and their error messages.
items = ["a", "b", "c", "b", "a"]
print(items.index("b"), items.index("b", 2), items.index("a", -2), items.index("c", 0, 3), items.count("a"), items.count("z"))
for args in (("z",), ("a", 1, 4), ("b", 4), ("a", 10)):
    try:
        print(items.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2))
try:
    t.index(5)
except ValueError as e:
    print(type(e).__name__, e)
s = "hello world"
print(s.index("o"), s.rindex("o"), s.find("z"), s.rfind("l", 0, 5), s.count("l"), s.count(""), s.index("", 3))
for call in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: b"abc".index(b"z"), lambda: s.index(5)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
lst = [1, 2, 3, 2]
lst.remove(2)
print(lst)
try:
    lst.remove(9)
except ValueError as e:
    print(type(e).__name__, e)
print(lst.pop(), lst.pop(0), lst)
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop("x")):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in (nan,), [float("nan")].count(nan))
print([1, 1.0, True].count(1), (0, False, 0.0).index(False), ["1", 1].index(1))
