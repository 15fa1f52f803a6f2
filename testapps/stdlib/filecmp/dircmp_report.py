# filecmp: cmp (shallow and by contents), cmpfiles, dircmp with its lazily computed attributes,
# ignore/hide, the report methods and subdirs of the same class.
import filecmp, os, tempfile, time
from pathlib import Path
with tempfile.TemporaryDirectory() as t:
    a = Path(t) / "a"; b = Path(t) / "b"
    for d in (a, b):
        (d / "sub" / "deep").mkdir(parents=True)
        (d / "same.txt").write_text("same")
        (d / "sub" / "x.txt").write_text("x")
    (a / "diff.txt").write_text("one"); (b / "diff.txt").write_text("two!")
    (a / "only_a").write_text(""); (b / "only_b").write_text("")
    (a / "kind").mkdir(); (b / "kind").write_text("file")
    (a / ".git").mkdir()
    os.utime(a / "same.txt", (1000, 1000)); os.utime(b / "same.txt", (1000, 1000))
    os.chdir(t)
    d = filecmp.dircmp("a", "b")
    d.report_full_closure()
    print(d.common, d.left_only, d.right_only, d.common_funny, d.same_files, d.diff_files, list(d.subdirs))
    print(filecmp.cmp("a/same.txt", "b/same.txt"), filecmp.cmp("a/diff.txt", "b/diff.txt", shallow=False), filecmp.cmp("a/sub", "b/sub"))
    print(filecmp.cmpfiles("a", "b", ["same.txt", "diff.txt", "nope"]))
    try:
        d.nonexistent
    except AttributeError as e:
        print("AttributeError", e)
    d2 = filecmp.dircmp("a", "b", ignore=[], hide=[])
    print(d2.left_only, type(d.subdirs["sub"]).__name__, filecmp.dircmp[int])
    print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
