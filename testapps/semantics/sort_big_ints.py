# sorted() of exact ints past 64 bits: prefixes that order by length and leading bits, ties settled natively;
# mixed with small ints, negatives, an int subclass, bools, floats and tuples.
import random
random.seed(5)
vals = []
for i in range(3000):
    b = random.choice([3, 30, 55, 56, 57, 63, 64, 65, 100, 200, 1000])
    v = random.getrandbits(b)
    if random.random() < 0.5:
        v = -v
    vals.append(v)
vals += [2**56, 2**56 - 1, -2**56, -2**56 + 1, 2**63, -2**63, 2**63 - 1, 2**64, -2**64, 0, 2**100, 2**100 + 1, -(2**100), 7 * 2**4000, 7 * 2**4000 + 1, 2**(2**23)]
s = sorted(vals)
assert all(s[i] <= s[i + 1] for i in range(len(s) - 1))
print(hash(tuple(s)) , len(s))
print(sorted(vals, reverse=True)[:5] == sorted(vals)[::-1][:5])
class I(int):
    pass
print(sorted([I(5), 2**70, 3, -2**80])[:3])
t = [(v % 7, v) for v in vals]
print(hash(tuple(sorted(t))))
print(sorted([(1, 2**70), (1, 3), (0, 2**64), (1, -2**90)]))
print(sorted([True, 2**64, -1, False, 3.5]))
# stability: equal big ints keep their order
a, b = 2**70 + 5, 2**70 + 5
r = sorted([b, 1, a, 2**70 + 4])
print(r[2] is b, r[3] is a)
print(sorted([2**200 + k for k in range(50, 0, -1)])[:3])
