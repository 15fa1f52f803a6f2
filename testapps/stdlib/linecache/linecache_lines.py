import linecache
import os
import tempfile

me = __file__
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 0)), repr(linecache.getline(me, 10000)))
print(len(linecache.getlines(me)) > 5)
print(linecache.getline("/no/such/file.py", 1) == "", linecache.getlines("/no/such/file.py"))
try:
    linecache.getline(me, "2")
except TypeError as e:
    print("TypeError", e)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w", newline="") as f:
        f.write("one\r\ntwo\rthree")
    print(linecache.getlines(path))
    with open(path, "w") as f:
        f.write("changed and longer\n")
    print(linecache.getline(path, 1))
    linecache.checkcache(path)
    print(linecache.getline(path, 1))
    linecache.clearcache()
    print(linecache.getline(path, 2) == "")
