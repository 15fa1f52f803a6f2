"""A small text-diff/patch tool: unified and context diffs, ndiff, ratios, close matches, and
applying a unified diff back to the original."""
import difflib
import os
import tempfile

OLD = """[project]
name = "widget"
version = "1.4.2"
description = "Widgets for everyone"
authors = ["Ada <ada@example.org>"]

[dependencies]
requests = ">=2.28"
click = "^8.0"
rich = "13.3"

[scripts]
widget = "widget.cli:main"
""".splitlines(keepends=True)

NEW = """[project]
name = "widget"
version = "1.5.0"
description = "Widgets for everyone, now faster"
authors = ["Ada <ada@example.org>", "Lin <lin@example.org>"]

[dependencies]
requests = ">=2.31"
click = "^8.0"
tomli = "2.0"

[scripts]
widget = "widget.cli:main"
widget-admin = "widget.admin:main"
""".splitlines(keepends=True)


def apply_unified(original, diff_lines):
    result = []
    pos = 0
    lines = list(diff_lines)
    i = 0
    while i < len(lines) and not lines[i].startswith("@@"):
        i += 1
    while i < len(lines):
        header = lines[i]
        old_range = header.split()[1][1:]
        start = int(old_range.split(",")[0])
        start = start - 1 if start else 0
        result.extend(original[pos:start])
        pos = start
        i += 1
        while i < len(lines) and not lines[i].startswith("@@"):
            tag, text = lines[i][0], lines[i][1:]
            if tag == " ":
                result.append(text)
                pos += 1
            elif tag == "-":
                pos += 1
            elif tag == "+":
                result.append(text)
            i += 1
    result.extend(original[pos:])
    return result


def main():
    unified = list(difflib.unified_diff(OLD, NEW, fromfile="a/pyproject.toml", tofile="b/pyproject.toml", n=2))
    print("".join(unified), end="")
    print("---- context ----")
    print("".join(difflib.context_diff(OLD, NEW, "old", "new", n=1)), end="")
    print("---- ndiff ----")
    print("".join(difflib.ndiff(OLD[:6], NEW[:6])), end="")
    print("---- restore ----")
    print(list(difflib.restore(difflib.ndiff(OLD, NEW), 2)) == NEW)
    patched = apply_unified(OLD, unified)
    print("patched ok:", patched == NEW)

    sm = difflib.SequenceMatcher(None, "".join(OLD), "".join(NEW))
    print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, OLD, NEW).get_opcodes():
        print(f"{tag:8} a[{i1}:{i2}] b[{j1}:{j2}]")
    words_a = "the quick brown fox jumps over the lazy dog".split()
    words_b = "the quick red fox jumped over the very lazy dog".split()
    m = difflib.SequenceMatcher(a=words_a, b=words_b)
    print(m.get_matching_blocks())
    print(m.find_longest_match(0, len(words_a), 0, len(words_b)))
    for group in m.get_grouped_opcodes(1):
        print(group)

    commands = ["install", "uninstall", "list", "show", "search", "freeze", "download", "config", "cache"]
    for typo in ["instal", "lst", "frese", "cach", "xyz", "downlod", "confg"]:
        print(typo, difflib.get_close_matches(typo, commands), difflib.get_close_matches(typo, commands, n=1, cutoff=0.4))

    sm2 = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
    print(round(sm2.ratio(), 3), sm2.get_opcodes())
    print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"))

    with tempfile.TemporaryDirectory() as d:
        a = os.path.join(d, "a.txt")
        b = os.path.join(d, "b.txt")
        with open(a, "w") as f:
            f.writelines(OLD)
        with open(b, "w") as f:
            f.writelines(NEW)
        with open(a) as fa, open(b) as fb:
            lines = list(difflib.unified_diff(fa.readlines(), fb.readlines(), "a.txt", "b.txt", lineterm="\n"))
        print(len(lines), lines[0], end="")
        d2 = difflib.Differ()
        print("".join(d2.compare(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
    print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))


main()
