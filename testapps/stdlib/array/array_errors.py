# array's errors: typecodes, item types, C ranges, indexes and operands, with CPython's messages.
from array import array


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for code in "bBhHiIlLqQ":
    for value in [-2**64 - 1, -(2**63) - 1, -(2**31) - 1, -32769, -129, -1, 128, 256, 32768, 65536,
                  2**31, 2**32, 2**63, 2**64, 2**64 + 1]:
        try:
            array(code, [value])
            print(code, value, "ok")
        except OverflowError as e:
            print(code, value, "OverflowError", e)

attempt("bad typecode", lambda: array("z"))
attempt("no args", lambda: array())
attempt("long typecode", lambda: array("ii"))
attempt("int typecode", lambda: array(1))
attempt("not iterable", lambda: array("i", 5))
attempt("str for i", lambda: array("i", "abc"))
attempt("float for i", lambda: array("i", [1.5]))
attempt("str for b", lambda: array("b", ["1"]))
attempt("None for d", lambda: array("d", [None]))
attempt("str for d", lambda: array("d", ["a"]))
attempt("int for u", lambda: array("u", [1]))
attempt("two chars for u", lambda: array("u", ["ab"]))

a = array("i", [1, 2, 3])
attempt("index", lambda: a.index(9))
attempt("remove", lambda: a.remove(9))
attempt("pop empty", lambda: array("i").pop())
attempt("pop range", lambda: a.pop(9))
attempt("getitem", lambda: a[9])
attempt("getitem str", lambda: a["x"])
attempt("setitem", lambda: a.__setitem__(5, 1))
attempt("setitem overflow", lambda: a.__setitem__(0, 2**40))
attempt("add other code", lambda: a + array("d"))
attempt("add list", lambda: a + [1])
attempt("slice list", lambda: a.__setitem__(slice(0, 2), [1]))
attempt("slice other code", lambda: a.__setitem__(slice(0, 2), array("d")))
attempt("extended slice", lambda: a.__setitem__(slice(0, 3, 2), array("i", [1])))
attempt("frombytes", lambda: a.frombytes(b"abc"))
attempt("fromlist tuple", lambda: a.fromlist((1,)))
attempt("fromlist bad", lambda: a.fromlist([4, "x"]))
print(a)
attempt("extend bad", lambda: a.extend([1, "x"]))
print(a)
attempt("extend other code", lambda: a.extend(array("d")))
attempt("iadd other code", lambda: a.__iadd__(array("d")))
attempt("mul str", lambda: a * "x")
attempt("tounicode", lambda: a.tounicode())
attempt("fromunicode", lambda: a.fromunicode("x"))
attempt("insert str", lambda: a.insert("x", 1))
