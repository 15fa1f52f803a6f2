# ** unpacking from dicts and custom mappings, keyword collisions between ** sources, non-str keys.
def show(*args, **kwargs):
    return args, kwargs


class Mapping:
    def __init__(self, data):
        self.data = data

    def keys(self):
        print("keys() called")
        return list(self.data)

    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]


print(show(**Mapping({"a": 1, "b": 2})))
print(show(1, *[2, 3], *(), **{}, c=4, **{"d": 5}))
print(dict(**{"x": 1}, y=2), {**Mapping({"m": 0}), "n": 1})


def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)


attempt(lambda: show(**{"a": 1}, **{"a": 2}))
attempt(lambda: show(a=1, **{"a": 2}))
attempt(lambda: show(**{1: "x"}))
attempt(lambda: show(**[("a", 1)]))
attempt(lambda: show(**None))
attempt(lambda: show(*5))
attempt(lambda: show(*None))
attempt(lambda: dict(**{1: 2}))
attempt(lambda: {**{1: 2}, **{"a": 3}})


def named(a, b):
    return a - b


attempt(lambda: named(**{"b": 1, "a": 10}))
attempt(lambda: named(1, **{"a": 2}))
attempt(lambda: named(**{"a": 1, "b": 2, "c": 3}))
attempt(lambda: named(*[1], **{"b": 5}))


class NoKeys:
    def __getitem__(self, k):
        return k


attempt(lambda: show(**NoKeys()))
order = []


def src(tag, value):
    order.append(tag)
    return value


show(src("a", 1), *src("b", [2]), k=src("c", 3), **src("d", {"z": 4}))
print(order)


def kwonly_from_dict(*, alpha, beta=2):
    return alpha + beta


params = {"alpha": 1}
print(kwonly_from_dict(**params), kwonly_from_dict(**params, beta=10))
attempt(lambda: kwonly_from_dict(**{"alpha": 1, "gamma": 3}))
