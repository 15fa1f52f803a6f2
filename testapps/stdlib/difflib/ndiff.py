import difflib
import sys

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
sys.stdout.writelines(result)
print(result)
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(type(e).__name__, e)
print(list(difflib.ndiff(["abc\n", "same\n", "def\n"], ["abd\n", "same\n", "xyz\n"])))
print(list(difflib.ndiff(["a\tb c\n"], ["a\tb d\n"])))
print(list(difflib.ndiff(["\tindented line here\n"], ["\tindented lines here!\n"])))
print(list(difflib.ndiff(["x\n", "y\n", "x\n"], ["y\n", "x\n", "z\n", "x\n"])))
print(list(difflib.ndiff(["same\n", "aaaa\n"], ["bbbb\n", "same\n"])))
print(list(difflib.ndiff(["#\n", "code\n", "\n"], ["code\n", "  # \n"], linejunk=difflib.IS_LINE_JUNK)))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_LINE_JUNK("# x"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
words1 = "the quick brown fox jumps over the lazy dog".split()
words2 = "the quick red fox jumped over the very lazy dog".split()
print(list(difflib.ndiff(words1, words2)))
print(list(difflib.Differ(charjunk=None).compare(["private volatile Thread"], ["private Thread"])))
