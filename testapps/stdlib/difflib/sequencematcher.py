import difflib
from difflib import SequenceMatcher

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

a = "qabxcdefghijklmnop"
b = "abycdfghhijkzzlmnop"
s = SequenceMatcher(None, a, b)
print(s.get_opcodes())
print(list(s.get_grouped_opcodes(1)))
print(list(s.get_grouped_opcodes(0)))
print(s.ratio())
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(SequenceMatcher(None, "", "").ratio(), SequenceMatcher(None, "", "").get_opcodes())
print(SequenceMatcher(None, "abc", "").get_opcodes(), SequenceMatcher(None, "", "abc").get_opcodes())

# autojunk: a long b whose popular element is left out of matching
a = "x" * 50 + "abc" + "y" * 300
b = "y" * 300 + "abc" + "x" * 50
for aj in (True, False):
    s = SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, s.get_matching_blocks(), round(s.ratio(), 6), sorted(s.bpopular), len(s.b2j))

lines_a = ["line %d\n" % i for i in range(250)]
lines_b = lines_a[:100] + ["new\n"] + lines_a[100:240] + ["x\n"] * 4
s = SequenceMatcher(None, lines_a, lines_b)
print(s.get_opcodes())

s = SequenceMatcher(None, [1, 2, 3, 4, 5], [1, 3, 5, 7])
print(s.get_opcodes(), s.ratio())
s.set_seq1([7, 5, 3, 1])
print(s.get_opcodes(), s.ratio())
s.set_seqs("abc", "abd")
print(s.get_opcodes(), s.bjunk, s.bpopular)
m = s.get_matching_blocks()[0]
print(m, m.a, m.b, m.size, type(m).__name__)

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheel", "whale", "heel", "wheels", "hello"], n=4, cutoff=0.5))
print(difflib.get_close_matches("zzz", ["a", "b"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
for bad in [dict(n=0), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches("a", ["a"], **bad)
    except ValueError as e:
        print(type(e).__name__, e)
