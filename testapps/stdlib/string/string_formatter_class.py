# string.Formatter: parse tuples and errors, vformat with auto/manual numbering, nested specs,
# and a subclass overriding get_value, convert_field, format_field and check_unused_args.
import string

f = string.Formatter()
for text in ["a{0}b{name!r:>{width}}c{{d}}{}", "", "plain", "{}", "}}", "{{", "{0[a:b]}", "{x.y[0]}",
             "{0!}", "{0!rr}", "{", "}", "a{", "{0", "{0:{1}", "{a[}", "{:>{}}", "{0:{{}}}"]:
    try:
        print(repr(text), list(f.parse(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

print(f.format("{} + {} = {total:>5}", 1, 2, total=3))
print(f.vformat("{0}{1}{0}", ("ab", "cd"), {}))
print(f.format("{0.real} {0.imag:.1f} {1[k]} {1[0]} {2[1]}", 3 + 4j, {"k": "v", 0: "zero"}, "xyz"))
print(f.format("{:{}.{}f}|{:*^{w}}", 3.14159, 8, 3, "mid", w=9))
print(f.format("{0!r} {0!s} {0!a}", "é"))
for bad in [("{} {1}", ("a", "b")), ("{0} {}", ("a", "b")), ("{0!x}", (1,)), ("{a.}", ()), ("{0[0]x}", ([1],)),
            ("{2}", (1,)), ("{missing}", ())]:
    try:
        print(f.vformat(bad[0], bad[1], {}))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    f.format("{:{:{:{}}}}", 1, 2, 3, 4)
except ValueError as e:
    print("ValueError:", e)


class Strict(string.Formatter):
    def __init__(self):
        self.calls = []

    def get_value(self, key, args, kwargs):
        self.calls.append(("get_value", key))
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "yesno":
            return "yes" if value else "no"
        return super().format_field(value, spec)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


s = Strict()
print(s.format("{name!u} {flag:yesno} {0} {other}", 7, name="ada", flag=0))
print(s.calls)
try:
    s.format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError:", e)
print(type(f).__name__, type(f).__module__, isinstance(s, string.Formatter))
