# pickle's errors: unpicklable objects, local classes and lambdas, bad reduce values, bad data.
import pickle


def local_class():
    class Local:
        pass
    return Local


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


def show(e):
    text = str(e)
    if " at 0x" in text:
        text = text[:text.index(" at 0x")] + text[text.index(">", text.index(" at 0x")):]
    print(f"{type(e).__module__}.{type(e).__name__}: {text}")


cases = [lambda: 0, (lambda: 0,), local_class(), local_class()(), BadReduce(5), BadReduce((len,)),
         BadReduce((5, ())), BadReduce((len, 5)), BadReduce((len, (), None, 5)),
         BadReduce(tuple(range(7))), BadReduce("nosuchname")]
for case in cases:
    try:
        pickle.dumps(case)
        print("pickled", type(case).__name__)
    except Exception as e:
        show(e)

for bad_protocol in [6, "2"]:
    try:
        pickle.dumps(1, bad_protocol)
    except Exception as e:
        show(e)

for data in [b"", b"\x80", b"\x80\x04", b"garbage", b"\x80\x02K\x01", b"a", b"0", b"\x80\x06K\x01.",
             b"h\x05.", b"K\x01K\x02b.", b"\xff", b"cbuiltins\nnosuch\n.", b"S'abc\n.", b"R.",
             b"\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.", b"Vabc", b"I12x\n."]:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        show(e)

try:
    pickle.loads("text")
except Exception as e:
    show(e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PickleError.__mro__)
