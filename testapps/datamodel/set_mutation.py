s = {1, 2, 3}
s.add(4)
s.add(1)
print(s)
s.remove(4)
s.discard(99)
print(s)
print(s.pop(), s)
s.update([7, 8], {9})
print(s)
s.intersection_update({7, 8, 9, 100})
print(s)
s.difference_update([8])
print(s)
s.symmetric_difference_update({9, 10})
print(s)
s |= {20}
s &= {7, 10, 20, 30}
s -= {10}
s ^= {40}
print(s)
c = s.copy()
c.clear()
print(c, s, len(c))
t = set(range(10))
while t:
    print(t.pop(), end=' ')
print()
for bad in range(4):
    try:
        if bad == 0:
            set().pop()
        elif bad == 1:
            {1}.remove(2)
        elif bad == 2:
            {1}.add([1])
        else:
            fs = frozenset([1])
            fs.add(2)
    except Exception as e:
        print(type(e).__name__, e)
