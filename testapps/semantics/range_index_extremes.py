# range.index, count and `in` for values whose distance from the start needs all 64 bits.
big = range(-2**63, 2**63 - 1)
print(big.index(2**63 - 2), (2**63 - 2) in big, big.index(0), big.count(-2**63), (2**63 - 1) in big)
down = range(2**63 - 1, -2**63, -1)
print(down.index(-2**63 + 1), down.index(2**63 - 1), -2**63 in down)
halves = range(2**63 - 1, -2**63, -2**63)
print(list(halves), halves.index(-1), 0 in halves, halves.count(-1))
odd = range(-2**63 + 1, 2**63 - 1, 3)
print(odd.index(2**63 - 3), (2**63 - 2) in odd, odd.count(-2**63 + 4))
for r, x in [(range(10, 0, -5), 5), (range(10), 10), (range(0, 10, 3), 9), (range(0, 10, 3), 8)]:
    print(r, x, x in r, r.index(x) if x in r else "-")
try:
    big.index(2**63 - 1)
except ValueError as e:
    print("ValueError", e)
