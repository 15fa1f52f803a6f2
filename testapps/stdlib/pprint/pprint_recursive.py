import pprint

a = [1, 2]
a.append(a)
print(pprint.saferepr(a).startswith("[1, 2, <Recursion on list with id="))
print(pprint.isrecursive(a), pprint.isreadable(a))
d = {"self": None}
d["self"] = d
print(pprint.isrecursive(d), pprint.isreadable(d))
out = pprint.pformat(d)
print(out.startswith("{'self': <Recursion on dict with id="))
print(pprint.isreadable([1, "two", 3.0, (4,), {5: None}]), pprint.isrecursive([1, [2]]))
print(pprint.isreadable([object]), pprint.isreadable(print), pprint.isreadable(1j))
print(pprint.saferepr({"b": 2, "a": [1, (2, 3)], "c": {}}))
print(pprint.saferepr((1,)), pprint.saferepr(()), pprint.saferepr([]))
shared = [1, 2]
print(pprint.pformat([shared, shared, (shared,)]))
print(pprint.saferepr([[[[[1]]]]]))
pp = pprint.PrettyPrinter(depth=2)
print(pp.pformat([[[[[1]]]]]), pp.isreadable([[[[1]]]]), pp.isrecursive([[[[1]]]]))
print(pp.isreadable([1, 2]), pp.pformat((1, (2, (3, (4,))))), pp.pformat({1: {2: {3: 4}}}))
pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat(list(range(10))))
print(pp.format([1, 2], {}, 0, 0))
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -2}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    pprint.pformat([1], indent="x")
except ValueError as e:
    print(type(e).__name__, e)
import io
s = io.StringIO()
pprint.pprint({"to": "stream"}, stream=s)
pprint.PrettyPrinter(stream=s, width=5).pprint([1, 2])
print(repr(s.getvalue()))
print(sorted(pprint.__all__))


class Sub(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)


print(Sub().pformat(["abc", {"k": "v"}]))
mixed = {1: "a", "b": 2, None: 3}
print(sorted(pprint.pformat(mixed)[1:-1].split(", ")))
