import fnmatch

for args in [(), ("a",), ("a", "b", "c")]:
    try:
        if len(args) == 0:
            fnmatch.fnmatch()
        elif len(args) == 1:
            fnmatch.fnmatch(args[0])
        else:
            fnmatch.fnmatch(args[0], args[1], args[2])
    except TypeError as e:
        print("TypeError", e)
try:
    fnmatch.fnmatch(1, "*")
except TypeError as e:
    print("TypeError", e)
try:
    fnmatch.filter(["a", 2], "*")
except TypeError as e:
    print("TypeError", e)
print(fnmatch.filter([], "*"), fnmatch.filter(("a.c", "b.h"), "*.c"))
