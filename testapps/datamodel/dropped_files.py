# Files dropped without close(): CPython closes a file when its last reference goes, so what was
# written is on disk at once; a file still referenced keeps its buffer until flushed or closed.
import json
import os
import shutil
import subprocess
import tempfile

folder = tempfile.mkdtemp()


def path(name):
    return os.path.join(folder, name)


def show(name):
    with open(path(name)) as f:
        return f.read()


def cat(name):
    return subprocess.run(["cat", path(name)], capture_output=True, text=True).stdout


# A method called on the file open() made: closed when the call ends.
n = open(path("a.txt"), "w").write("version = 1.2.3\n")
print(n, repr(show("a.txt")))
open(path("a.txt"), "a").writelines(["more\n", "lines\n"])
print(repr(cat("a.txt")))

# Passed to a function that does not keep it: written before anyone looks.
json.dump({"name": "demo", "tags": [1, 2]}, open(path("b.json"), "w"), indent=1)
print(cat("b.json"))
for i in range(3):
    print("entry", i, file=open(path("c.log"), "a"))
print(show("c.log"), end="")


def save(name, text):
    f = open(path(name), "w")
    f.write(text)


save("d.txt", "from a function\n")
print(repr(show("d.txt")), repr(cat("d.txt")))

# Still referenced: nothing written yet, for a reader or a child process.
kept = open(path("e.txt"), "w")
kept.write("buffered")
print(repr(show("e.txt")), repr(cat("e.txt")))
kept.flush()
print(repr(show("e.txt")))
kept.close()

# Kept by the function it was passed to.
class Holder:
    def __init__(self, f):
        self.f = f


h = Holder(open(path("f.txt"), "w"))
h.f.write("held")
print(repr(show("f.txt")))
h.f.close()
print(repr(show("f.txt")))

# A child writing to the descriptor of a file with buffered text comes first.
with open(path("g.txt"), "w") as log:
    log.write("header\n")
    subprocess.run(["echo", "child"], stdout=log)
print(show("g.txt"), end="")

# A method that returns the file itself does not close it.
f = open(path("a.txt")).__enter__()
print(f.closed, f.readline(), end="")
f.close()

# An open() that is not the builtin: its file is not closed after the call.
shared = open(path("h.txt"), "w")


def open(name, mode="r"):
    return shared


open("ignored", "w").write("through the shared file\n")
print(shared.closed)
shared.close()
print(repr(cat("h.txt")))
shutil.rmtree(folder)
