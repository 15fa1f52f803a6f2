# fileinput: line numbering over several files, the module-level state, in-place editing with and
# without a backup, openhooks (hook_encoded, hook_compressed, custom), binary mode and the errors.
import fileinput
import gzip
import os
import shutil
import sys
import tempfile

home = tempfile.mkdtemp()
os.chdir(home)


def write(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)


def read(name):
    with open(name, encoding="utf-8") as f:
        return f.read()


write("a.txt", "a1\na2\n")
write("b.txt", "b1\nb2")
write("e.txt", "")

fi = fileinput.FileInput(["a.txt", "e.txt", "b.txt"])
print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(), fi.fileno())
for line in fi:
    print(repr(line), fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(), fi.fileno() > 2)
print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.fileno())
fi.close()
print(fi.filename(), fi.lineno(), fi.filelineno(), list(fi))

try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError", e)
first = fileinput.input("a.txt")
second = fileinput.input(["b.txt", "a.txt"])  # allowed: the first had not opened a file yet
print(first is second, next(second), fileinput.filename(), fileinput.lineno())
try:
    fileinput.input("a.txt")
except RuntimeError as e:
    print("RuntimeError", e)
fileinput.nextfile()
print(repr(next(second)), fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline())
fileinput.close()
fileinput.close()
for name in ("filename", "filelineno", "fileno", "isfirstline", "isstdin", "nextfile"):
    try:
        getattr(fileinput, name)()
    except RuntimeError as e:
        print(name, "RuntimeError", e)

for kwargs in [{"mode": "w"}, {"mode": "rU"}, {"inplace": True, "openhook": open}, {"openhook": 5}]:
    try:
        fileinput.FileInput("a.txt", **kwargs)
    except ValueError as e:
        print("ValueError", e)

fi = fileinput.FileInput("a.txt")
print(repr(fi.readline()), repr(fi.readline()), repr(fi.readline()), fi.lineno())
try:
    fi[0]
except TypeError as e:
    print("TypeError", e)
print(fileinput.FileInput[str])
with fileinput.FileInput(files=("a.txt", "b.txt"), mode="rb") as f:
    print(list(f))
with fileinput.FileInput("a.txt", mode="rb", encoding="utf-8") as f:
    print(list(f))
f = fileinput.FileInput(["missing.txt"])
try:
    next(f)
except OSError as e:
    print(type(e).__name__, e)
print(f.filename(), f.lineno())


def hook(name, mode, **kwargs):
    print("hook", name, mode, sorted(kwargs.items()))
    return open(name, mode)


print(list(fileinput.FileInput("a.txt", openhook=hook)))
print(list(fileinput.FileInput("a.txt", openhook=hook, encoding="utf-8")))
write("u.txt", "caf\u00e9\n")
print(list(fileinput.input("u.txt", openhook=fileinput.hook_encoded("latin-1"))))
fileinput.close()
print(list(fileinput.FileInput("u.txt", openhook=fileinput.hook_encoded("ascii", "replace"))))
with gzip.open("z.txt.gz", "wb") as f:
    f.write(b"zipped 1\nzipped 2\n")
print(list(fileinput.FileInput(["z.txt.gz", "a.txt"], openhook=fileinput.hook_compressed)))
print(list(fileinput.FileInput("z.txt.gz", mode="rb", openhook=fileinput.hook_compressed)))

os.chmod("a.txt", 0o640)
for line in fileinput.input("a.txt", inplace=True, backup=".orig"):
    print(fileinput.filelineno(), line.upper(), end="")
print("after")
print(repr(read("a.txt")), repr(read("a.txt.orig")), oct(os.stat("a.txt").st_mode & 0o777))
with fileinput.input(["a.txt", "b.txt"], inplace=True) as f:
    for line in f:
        sys.stdout.write(line.lower().replace("1", "one"))
print(sorted(os.listdir(".")), repr(read("a.txt")), repr(read("b.txt")))
fi = fileinput.FileInput("a.txt", inplace=True)
print(next(fi).strip(), sys.stdout is sys.__stdout__)
fi.close()
print(sys.stdout is sys.__stdout__, repr(read("a.txt")), sorted(os.listdir(".")))
try:
    list(fileinput.FileInput("nothere.txt", inplace=True))
except OSError as e:
    print(type(e).__name__, e.filename)
print(fileinput.__all__)
os.chdir("/")
shutil.rmtree(home)
