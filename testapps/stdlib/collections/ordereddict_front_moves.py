# OrderedDict.move_to_end(key, last=False) in runs (an MRU list refreshed at the front), mixed with
# moves to the end, pops from both ends, deletions, insertions and equality.
from collections import OrderedDict

od = OrderedDict.fromkeys('abcdefghij')
for k in 'cfa':
    od.move_to_end(k, last=False)
print(list(od), od.popitem(last=False), od.popitem(last=False))
od.move_to_end('b', last=False)
od.move_to_end('e', last=False)
print(list(od), list(reversed(od)), od)
od['n'] = 1
od.move_to_end('n', last=False)
del od['e']
print(od, len(od))
for i in range(100):
    od[i] = i
    if i // 2 in od:
        od.move_to_end(i // 2, last=False)
    if i % 7 == 0:
        od.popitem(last=False)
    if i % 5 == 0:
        od.popitem()
print(list(od)[:20], len(od), list(od.items())[-3:])

o2 = OrderedDict((i, i) for i in range(20))
for i in range(60):
    o2.move_to_end(i % 20, last=(i % 3 == 0))
print(list(o2), o2 == OrderedDict(o2), dict(o2) == o2, o2.copy() == o2)

# Many front moves on a dict of a few thousand keys, with evictions from the back.
mru = OrderedDict()
for i in range(60000):
    k = 'w%d' % ((i * 7919) % 3001)
    if k in mru:
        mru.move_to_end(k, last=False)
    else:
        mru[k] = i
        mru.move_to_end(k, last=False)
        if len(mru) > 2500:
            mru.popitem()
print(len(mru), list(mru)[:5], list(mru)[-5:], sum(mru.values()))

