# bin/oct/hex at the edges of 64 bits, of bools and __index__ objects; the results are new strs.
edges = [0, 1, -1, 7, 8, -8, 15, 16, 255, -256, 2**31, 2**63 - 1, -2**63, -2**63 - 1, 2**64, -(2**64) - 1, 2**100 + 5]
for v in edges:
    print(v, bin(v), oct(v), hex(v))
print(hex(True), oct(False), bin(True))
class Idx:
    def __index__(self):
        return -4096
print(hex(Idx()), oct(Idx()), bin(Idx()))
class Big(int):
    pass
print(hex(Big(-300)), len(hex(Big(10**30))))
h = hex(255)
print(h == "0xff", h + "!", h.upper(), h[2:], len(h))
print([hex(i) for i in range(-3, 20, 4)])
try:
    hex(2.0)
except Exception as e:
    print(type(e).__name__, e)
