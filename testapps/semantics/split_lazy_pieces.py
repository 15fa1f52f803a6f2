# str.split(sep) iterated by a for loop or comprehension (a lazy split): pieces, identity of an
# unsplit exact str, subclasses, surrogate pairs, long pieces and a str built by '+'.
s = "1.2.3"
print([p for p in s.split(".")], [p for p in "abc".split(".")])
x = "nosep"
print(all(p is x for p in x.split(",")), [p is x for p in x.split("x")])
class S(str): pass
y = S("a,b")
print([type(p).__name__ for p in y.split(",")], [p for p in y.split(S(","))])
z = S("whole")
print([type(p).__name__ for p in z.split(",")], [p is z for p in z.split(",")])
try:
    for p in "a".split(""): pass
except ValueError as e: print(e)
w = "é\U0001F600x.y\U0001F600z"
print([len(p) for p in w.split(".")], [p for p in w.split("\U0001F600")])
big = "a" * 40 + "," + "b" * 40
print([len(p) for p in big.split(",")])
t = "q" * 3
u = t + "-r"; u = u + "-s"
print([p for p in u.split("-")])
