import os
import os.path
from os.path import join, splitext, basename
from os import path as p2

print(p2 is os.path, join("x", "y"), splitext("f.py"), basename("/q/r"))
parts = []
path = "/usr/local/lib/python3.11/site-packages"
while True:
    head, tail = os.path.split(path)
    if not tail:
        parts.append(head)
        break
    parts.append(tail)
    path = head
print(parts[::-1])
names = ["report.final.pdf", "archive.tar.gz", ".hidden", "noext", "dir.d/file"]
print([os.path.splitext(n)[1] for n in names])
def extension(n):
    return os.path.splitext(n)[1]

print(sorted(names, key=extension))
print(os.path.normpath("/../../a/b/../../../c"), os.path.normpath("a/../../b"), os.path.normpath("./."))
