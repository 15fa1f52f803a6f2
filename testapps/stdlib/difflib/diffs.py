import difflib
import sys

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n", "twelve\n"]
b = ["zero\n", "one\n", "two\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n", "twelve\n", "thirteen\n"]
sys.stdout.writelines(difflib.unified_diff(a, b, fromfile="before.py", tofile="after.py"))
sys.stdout.writelines(difflib.unified_diff(a, b, "a", "b", "2005-01-26 23:30:50", "2010-04-02 10:20:52", n=1))
sys.stdout.writelines(difflib.context_diff(a, b, fromfile="before.py", tofile="after.py"))
sys.stdout.writelines(difflib.context_diff(a, b, n=0))
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff("one two three".split(), "one three four".split(), lineterm="")))
print(list(difflib.context_diff("one two three".split(), "one three four".split(), lineterm="")))
print(list(difflib.unified_diff([], ["x"], lineterm="")))
print(list(difflib.unified_diff(["x"], [], lineterm="")))
print(list(difflib.context_diff([], ["x"], lineterm="")))
print(list(difflib.context_diff(["x"], [], lineterm="")))
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], n=0, lineterm="")))
try:
    list(difflib.unified_diff([b"x"], ["y"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(difflib.unified_diff(["x"], ["y"], fromfile=1))
except TypeError as e:
    print(type(e).__name__, e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"b\n"], b"f", b"g")))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print(type(e).__name__, e)
