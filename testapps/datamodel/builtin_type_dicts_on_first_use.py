# Builtin types fill their dicts on first use: what a program sees must not depend on when or
# through which path (attribute, dict, dir, subclass, isinstance) it looks first.


class MyBytes(bytes):
    def hex(self, *args):
        return "mine:" + super().hex(*args)


print(MyBytes(b"\x01\x02").hex(), MyBytes(b"\x01\x02").decode())
print("fromhex" in bytes.__dict__, "decode" in bytes.__dict__)
print(bytes.__dict__["hex"] is bytes.__dict__["hex"], bytes.hex is bytes.hex)

print(isinstance(frozenset(), frozenset), "union" in dir(frozenset), frozenset.union.__name__)
print(type(set.__dict__["add"]).__name__, set.add.__qualname__, set.__dict__.get("nope"))

print((7).real, (7).imag, (2.5).real)
print(sorted(n for n in vars(float) if not n.startswith("_"))[:4])

for name in ["upper", "split", "join", "startswith"]:
    print(name, name in str.__dict__, getattr(str, name).__name__, callable(getattr("x", name)))

try:
    str.upper = None
except TypeError as e:
    print(type(e).__name__, e)

class Sub(dict):
    pass


print(Sub.keys is dict.keys, "keys" in dir(Sub), "keys" in Sub.__dict__)
print("with_traceback" in BaseException.__dict__, OSError.__init__ is not BaseException.__init__)
