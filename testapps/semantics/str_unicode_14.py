# str's methods answer by CPython 3.11's Unicode 14.0 for every code point, not by a later
# Unicode (.NET's): predicates, case mappings, repr and int() of decimal digits, as digests.
import hashlib


def digest(values):
    h = hashlib.sha256()
    for v in values:
        h.update(repr(v).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


chars = [chr(c) for c in range(0x110000)]
for name in ("isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper", "islower",
             "istitle", "isprintable", "isidentifier"):
    test = getattr(str, name)
    print(name, sum(map(test, chars)), digest(c for c in chars if test(c)))
print("continue", digest(c for c in chars if ("a" + c).isidentifier()))
for name in ("upper", "lower", "title", "casefold", "swapcase", "capitalize"):
    mapping = getattr(str, name)
    print(name, digest((c, mapping(c)) for c in chars if mapping(c) != c))
print("repr", digest(map(repr, chars)))
print("int", digest((c, int(c)) for c in chars if c.isdecimal()))
print("sigma", ascii("ΑΣ\u0301 ΑΣʰ ΑʰΣ Σ ᾼΣ ΑΣ\U0001e944".lower()))
print("upper", "ⅫⒶ".isupper(), "ⓐª".islower(), "ƛ".upper() == "ƛ", "Ⅻ".lower(), "一二三万億".isnumeric())
print(int("\u0663\U0001D7D3"), float("\u0663.5"), int(" \u2003 7\u00a0"), float("\u00a0\u0661e\u0662 "), int("\u0661\u0660", 16))
for text in ["5\u00e9", "\U0001D7D3x", "\x1c5", "\u00b2"]:
    for parse in (int, float):
        try:
            print(parse(text))
        except ValueError as e:
            print(e)
