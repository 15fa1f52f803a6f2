# str.format: nested fields, attribute/index lookups, conversions and the errors of bad fields.
class P:
    x = 3
    items = ["zero", "one"]

    def __format__(self, spec):
        return f"P<{spec}>"

    def __repr__(self):
        return "P()"


data = {"name": "bob", "n": 42, "list": [10, 20]}
print("{0[name]} {0[list][1]} {1.x} {1.items[1]}".format(data, P))
print("{:{w}.{p}f}|{:>{w}}|{!r:^10}".format(3.14159, "r", "s", w=8, p=2))
print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{{literal}} {}".format(5))
print("{p:xyz} {p!s:>20}".format(p=P()), format(P(), "spec"))
print("{0:{1}}".format(255, "#x"), "{:,}".format(10 ** 9), "{:_b}".format(255), "{:%}".format(0.256))
for fmt, args, kwargs in [
    ("{}{0}", (1, 2), {}),
    ("{0}{}", (1, 2), {}),
    ("{missing}", (), {}),
    ("{2}", (1,), {}),
    ("{0.nope}", (1,), {}),
    ("{0[5]}", ([1],), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{:d}", ("s",), {}),
    ("{0:{1}{2}}", (1, "<", 5), {}),
    ("{a[b]}", (), {"a": {"b": 7}}),
    ("{a[0]}", (), {"a": {"0": "str key"}}),
    ("{0[-1]}", ([1, 2],), {}),
]:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(fmt, type(e).__name__, e)
print("{0:{1}{2}}".format(3, "^", 7) + "|", "{:=+8}".format(-5), "{:0=8.2f}".format(-3.14159))
print("{} {}".format(*"ab"), "{x}-{y}".format_map({"x": 1, "y": 2}))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{a} {b}".format_map(Default(a="A")))
