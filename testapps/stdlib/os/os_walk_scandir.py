import os

base = "/tmp/pypack_os_walk_" + str(os.getpid())
os.makedirs(os.path.join(base, "src", "pkg"))
os.makedirs(os.path.join(base, "docs"))
os.makedirs(os.path.join(base, ".git", "objects"))
for name in ["src/main.py", "src/pkg/mod.py", "docs/index.md", "README"]:
    path = os.path.join(base, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    os.mkdir(path + ".d")

for root, dirs, files in os.walk(base):
    dirs.sort()
    files.sort()
    if ".git" in dirs:
        dirs.remove(".git")
    print(os.path.relpath(root, base), dirs, files)

print("bottom-up")
for root, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))

def entry_name(e):
    return e.name

entries = sorted(os.scandir(base), key=entry_name)
for entry in entries:
    print(entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink(), entry.path == os.path.join(base, entry.name))
print(repr(entries[0]))

errors = []
print(list(os.walk(os.path.join(base, "missing"))))
print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)), type(errors[0]).__name__)

for root, dirs, files in os.walk(base, topdown=False):
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
