import os
import tempfile

base = tempfile.mkdtemp(prefix="unique-")
names = set()
for i in range(20):
    names.add(tempfile.mkdtemp(dir=base))
print(len(names), len(os.listdir(base)))
for n in names:
    os.rmdir(n)
os.rmdir(base)
try:
    tempfile.mkdtemp(dir=os.path.join(base, "gone"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
