# A code-review helper: generates revisions of a small source tree, diffs them with difflib
# (unified_diff, context_diff, ndiff, restore), scores similarity with SequenceMatcher,
# suggests names with get_close_matches, filters paths with fnmatch, hashes file contents
# (hashlib) and writes/reads a patch series through tempfile and glob, sorted by path.
import difflib
import fnmatch
import glob
import hashlib
import os
import re
import sys
import tempfile
from collections import Counter, OrderedDict

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

BASE = {
    "src/app.py": """import sys

def main(argv):
    name = argv[1] if len(argv) > 1 else "world"
    print("hello", name)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
""",
    "src/util.py": """def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
""",
    "docs/README.md": """# Demo

A demo project.

## Usage

Run `app.py NAME`.
""",
    "tests/test_util.py": """from src.util import clamp

def test_clamp():
    assert clamp(5, 0, 3) == 3
""",
}


def revise(files, step):
    """A deterministic edit script: renames, inserted lines, deleted lines, changed lines."""
    out = {}
    for path, text in files.items():
        lines = text.splitlines(keepends=True)
        if path.endswith(".py"):
            if step % 2 == 0:
                lines = [re.sub(r"\bname\b", "who", l) for l in lines]
            if step % 3 == 1 and len(lines) > 3:
                lines.insert(2, f"# revision {step}\n")
            if step % 4 == 3 and len(lines) > 5:
                del lines[4]
        else:
            lines.append(f"\nChange {step}: more text here.\n")
            if step % 2:
                lines[0] = lines[0].replace("Demo", f"Demo v{step}")
        out[path] = "".join(lines)
    if step == 2:
        out["src/extra.py"] = "VALUE = 42\n"
    if step == 3:
        out.pop("tests/test_util.py", None)
    return out


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def write_tree(root, files):
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)


def read_tree(root):
    files = {}
    for full in sorted(glob.glob(os.path.join(root, "**", "*"), recursive=True)):
        if os.path.isfile(full):
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            with open(full, encoding="utf-8") as f:
                files[rel] = f.read()
    return files


def diff_trees(old, new, name):
    patch = []
    for path in sorted(set(old) | set(new)):
        a = old.get(path, "").splitlines(keepends=True)
        b = new.get(path, "").splitlines(keepends=True)
        if a == b:
            continue
        patch.extend(difflib.unified_diff(
            a, b, fromfile="a/" + path if path in old else "/dev/null",
            tofile="b/" + path if path in new else "/dev/null",
            fromfiledate=f"rev{name - 1}", tofiledate=f"rev{name}", n=2))
    return patch


def summarize(patch):
    stats = Counter()
    for line in patch:
        if line.startswith(("+++", "---")):
            continue
        if line.startswith("+"):
            stats["added"] += 1
        elif line.startswith("-"):
            stats["removed"] += 1
        elif line.startswith("@@"):
            stats["hunks"] += 1
    return dict(sorted(stats.items()))


def main():
    revisions = [BASE]
    for step in range(1, 4 + SCALE):
        revisions.append(revise(revisions[-1], step))

    with tempfile.TemporaryDirectory(prefix="review-") as tmp:
        for i, rev in enumerate(revisions):
            write_tree(os.path.join(tmp, f"rev{i}"), rev)
        loaded = [read_tree(os.path.join(tmp, f"rev{i}")) for i in range(len(revisions))]
        print("round trip ok:", loaded == revisions)
        patches = OrderedDict()
        for i in range(1, len(loaded)):
            patch = diff_trees(loaded[i - 1], loaded[i], i)
            patches[f"{i:04d}-rev{i}.patch"] = patch
            with open(os.path.join(tmp, f"{i:04d}-rev{i}.patch"), "w") as f:
                f.writelines(patch)
        series = sorted(os.path.basename(p) for p in glob.glob(os.path.join(tmp, "*.patch")))
        print("series:", series[:5], "..." if len(series) > 5 else "")
        for name in series[:4]:
            with open(os.path.join(tmp, name)) as f:
                text = f.read()
            print(f"== {name} {digest(text)} {summarize(patches[name])}")
            print(text, end="")

    # context diff and ndiff/restore on one file
    a = BASE["src/util.py"].splitlines(keepends=True)
    b = revisions[3]["src/util.py"].splitlines(keepends=True)
    print("".join(difflib.context_diff(a, b, "util.py@0", "util.py@3", n=1)), end="")
    delta = list(difflib.ndiff(a[:5], b[:5]))
    print("".join(delta), end="")
    print("restore 1 ok:", "".join(difflib.restore(delta, 1)) == "".join(a[:5]))
    print("restore 2 ok:", "".join(difflib.restore(delta, 2)) == "".join(b[:5]))

    # similarity scoring
    pairs = [("clamp", "clump"), ("chunks", "chunk_size"), ("main", "domain"),
             ("abcdefgh", "hgfedcba"), ("", "x"), ("same", "same")]
    for x, y in pairs:
        sm = difflib.SequenceMatcher(None, x, y)
        print(f"{x!r:>12} {y!r:<12} ratio={sm.ratio():.3f} quick={sm.quick_ratio():.3f} "
              f"blocks={[tuple(m) for m in sm.get_matching_blocks()]}")
    sm = difflib.SequenceMatcher(lambda ch: ch == " ", "private int foo = 1;", "public  int bar = 2;")
    for op in sm.get_opcodes():
        print(" ", op)
    print(sm.find_longest_match(0, 20, 0, 20))
    words = [w for text in BASE.values() for w in re.findall(r"[a-z_]+", text)]
    vocab = sorted(set(words))
    for typo in ["clmap", "chunk", "argvs", "retrun", "pirnt", "zzz"]:
        print(typo, "->", difflib.get_close_matches(typo, vocab, n=3, cutoff=0.6))

    # fnmatch filters over all paths ever seen
    every = sorted({p for rev in revisions for p in rev})
    for pattern in ["*.py", "src/*", "*/test_*.py", "[dt]*", "*.[!p]*", "SRC/*"]:
        print(f"{pattern:<12} {fnmatch.filter(every, pattern)} case={fnmatch.fnmatchcase('SRC/app.py', pattern)}")
    print(fnmatch.translate("*.[!p]?"))

    # volume check for larger sizes
    total = 0
    big_a = [f"line {i}\n" for i in range(200 * SCALE)]
    big_b = [l if i % 17 else f"changed {i}\n" for i, l in enumerate(big_a)]
    for line in difflib.unified_diff(big_a, big_b, lineterm="\n", n=0):
        total += len(line)
    print("big diff chars:", total)


main()
