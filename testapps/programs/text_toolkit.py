# A text and bytes toolkit of the sort found in utility scripts: str methods (split/partition/
# translate/casefold/expandtabs/zfill/center/title...), bytes and bytearray (hex, fromhex, find,
# replace, slicing, memoryview), int/float formatting and parsing, unicode, and exceptions whose
# tracebacks are printed to stdout with traceback.print_exc / format_exception.
import sys
import traceback

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

TEXT = """\
The quick brown fox\tjumps over the lazy dog.
  Pack my box with five dozen liquor jugs!  
Sphinx of black quartz, judge my vow;\tHOW VEXINGLY quick daft zebras jump.
Ünïcödé: naïve café, straße, ǅ, İstanbul, ﬁnance.
"""


def str_methods():
    lines = TEXT.splitlines()
    print("lines:", len(lines), [len(l) for l in lines])
    for line in lines:
        print(repr(line.strip()[:30]), line.expandtabs(4).find("  "), line.count("o"), line.isascii())
    first = lines[0]
    print(first.partition(" "), first.rpartition(" "))
    print(first.split(None, 2), first.rsplit(" ", 2))
    print(first.title(), "|", first.swapcase(), "|", first.capitalize())
    print("casefold:", [w.casefold() for w in lines[3].split()], lines[3].upper(), lines[3].lower())
    print("center:", "[" + "mid".center(11, "*") + "]", "[" + "l".ljust(4, ".") + "]", "[" + "r".rjust(4) + "]")
    print("zfill:", "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
    table = str.maketrans({"a": "4", "e": "3", "o": None}, )
    print("translate:", first.translate(table), first.translate(str.maketrans("abc", "xyz", "q")))
    print("strip:", repr("xxhixx".strip("x")), repr("  a b  ".lstrip()), repr("a.b.c".removesuffix(".c")), "v1.2".removeprefix("v"))
    print("predicates:", "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "x_1".isidentifier(), " ".isspace(), "Ab Cd".istitle())
    print("join/replace:", "-".join(sorted(set(first.lower().split()))), first.replace("o", "0", 2))
    print("startswith:", first.startswith(("A", "The")), first.endswith("dog.", 0, 45), first.index("fox"))
    print("format_map:", "{name} is {age:>3}".format_map({"name": "Ada", "age": 36}), "{0}{1}{0}".format("ab", "-"))
    print("splitlines keepends:", "a\r\nb\rc\n".splitlines(True))
    words = TEXT.lower().translate(str.maketrans("", "", ".,;!:")).split()
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    print("frequent:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
    print("ord/chr:", [ord(c) for c in "aé€😀"], chr(0x1F600) == "😀", "😀"[0], len("😀"))
    print("encode:", "naïve €".encode("utf-8"), "naïve".encode("latin-1"), "x€".encode("ascii", "replace"), "x€".encode("ascii", "xmlcharrefreplace"))
    print("decode:", b"caf\xc3\xa9".decode(), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"))


def bytes_work():
    data = bytes(range(0, 256, 17))
    print("bytes:", data, len(data), data.hex(), data.hex(":", 4))
    print("fromhex:", bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
    buf = bytearray(b"hello world")
    buf[0] = ord("H")
    buf[6:11] = b"There"
    buf.extend(b"!!")
    buf += b"?"
    del buf[-1]
    buf.insert(5, 44)
    print("bytearray:", buf, buf.upper(), buf.find(b"T"), buf.count(b"e"), buf.pop(), bytes(buf[:5]))
    print("split:", b"a,b,,c".split(b","), b"  x y ".split(), b"k=v".partition(b"="))
    print("ops:", b"ab" * 3, b"abc" + bytearray(b"d"), b"b" in b"abc", 98 in b"abc", b"abc"[1], b"abc"[1:], list(b"hi"))
    print("strip/replace:", b"--x--".strip(b"-"), b"aXbXc".replace(b"X", b"/"), b"Title case".title(), b"AbC".swapcase())
    view = memoryview(bytearray(b"abcdef"))
    view[1:3] = b"XY"
    print("memoryview:", view.tobytes(), view[2], bytes(view[::2]), view.nbytes, view.readonly)
    print("int.to_bytes:", (1024).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True), int.from_bytes(b"\x01\x00", "little"))
    checksum = 0
    for i in range(2000 * SCALE):
        chunk = (i * 2654435761 % 2 ** 32).to_bytes(4, "big")
        checksum = (checksum * 31 + int.from_bytes(chunk[::-1], "big")) % 1_000_000_007
    print("checksum:", checksum)
    print("repr escapes:", bytes([0, 9, 10, 13, 39, 34, 92, 127, 128, 255]), repr(b"'\""), bytearray(b"\x00a"))


def numbers():
    values = [0, 1, -1, 7, 255, 1000, 123456789, -98765, 2 ** 40, 2 ** 64 + 1]
    for v in values:
        print(f"{v:>22,} {v:>12x} {v:_b}"[-60:], format(v, "+"), str(v)[:6])
    floats = [0.0, -0.0, 1.5, 2.675, 1e-7, 123456789.125, 1e22, float("inf"), float("nan"), 1 / 3]
    for f in floats:
        print(repr(f), f"{f:.2f}", f"{f:10.3e}", f"{f:g}", f"{f:.3%}" if f == f and abs(f) < 1e6 else "-", round(f, 1) if f == f and abs(f) != float("inf") else f)
    print("round half even:", [round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(1234.5, -2))
    print("int parse:", int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), int("z", 36), float("1e3"), float(" -inf "))
    print("divmod:", divmod(17, 5), divmod(-17, 5), divmod(17.5, -5), -17 // 5, -17 % 5, 7 / 2, 2 ** -1, pow(3, 4, 5), pow(3, -1, 7))
    print("float methods:", (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), 10 ** 20 / 3)
    print("int methods:", (255).bit_length(), (-255).bit_count() if hasattr(int, "bit_count") else 8, abs(-3), int(-3.9), int(3.9))
    print("old style:", "%5.1f|%-6d|%06.2f|%x|%r|%s|%%|%c" % (3.14159, 42, 2.5, 255, "a", None, 65))
    print("old dict:", "%(a)s-%(b)03d" % {"a": "x", "b": 7})
    print("big:", 3 ** 100, len(str(7 ** 500)), (10 ** 30 + 7) % 97, -(2 ** 70) // 3)


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def parse_record(line):
    name, age, email = line.split(",")
    try:
        years = int(age)
    except ValueError as e:
        raise ValidationError("age", f"not a number ({age!r})") from e
    if "@" not in email:
        raise ValidationError("email", "missing @")
    return name.strip(), years, email.strip()


def process(lines):
    good = []
    for line in lines:
        try:
            good.append(parse_record(line))
        except ValidationError as e:
            print(f"rejected {line!r}: {e} [{e.field}]")
            if e.__cause__ is not None:
                print("  caused by:", type(e.__cause__).__name__, e.__cause__)
    return good


def exceptions():
    lines = ["ada, 36, ada@example.org", "bob, x, bob@example.org", "cy, 4, cy-at-example", "dee, 51, d@e.f"]
    print("accepted:", process(lines))
    try:
        parse_record("only,two")
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    try:
        parse_record("eve, ten, e@x.y")
    except ValidationError:
        traceback.print_exc(file=sys.stdout)
    try:
        try:
            {}["key"]
        except KeyError:
            1 / 0
    except ZeroDivisionError as e:
        print("".join(traceback.format_exception(e)), end="")
        print("only:", traceback.format_exception_only(type(e), e))
    try:
        raise ExceptionGroup("several", [ValueError("one"), TypeError("two")])
    except* ValueError as eg:
        print("except* value:", eg.exceptions)
    except* TypeError as eg:
        print("except* type:", eg.exceptions)
    err = RuntimeError("with note")
    err.add_note("a note added later")
    try:
        raise err
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
    stack = traceback.extract_stack()
    print("stack depth > 0:", len(stack) > 0, stack[-1].name)


str_methods()
bytes_work()
numbers()
exceptions()
