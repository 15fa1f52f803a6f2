# OrderedDict, defaultdict, ChainMap, UserDict and UserList: ordering, equality, views, repr,
# errors, copies and subclassing.
import copy
from collections import ChainMap, OrderedDict, UserDict, UserList, defaultdict


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict([('b', 2), ('a', 1)], c=3)
print(od, repr(OrderedDict()), list(reversed(od)), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
od.move_to_end('b')
od.move_to_end('c', last=False)
od.move_to_end('c', False)
print(od)
show(od.move_to_end, 'zz')
show(od.move_to_end, 'zz', last=False)
print(od.popitem(), od.popitem(False), od, od.popitem(last=True), od)
show(od.popitem)
show(od.popitem, last=False)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == {'a': 1, 'b': 2}, o1 != {'b': 2, 'a': 1})
print(OrderedDict.fromkeys('xyz'), OrderedDict.fromkeys('xy', 0), o1.copy(), copy.copy(o1), copy.deepcopy(o1))
print(o1 | {'c': 3}, {'z': 0} | o1, type({'z': 0} | o1).__name__)
o1 |= [('d', 4)]
print(o1, o1.setdefault('a', 9), o1.setdefault('e', 5), o1.pop('b'), o1.pop('q', None), o1)
show(o1.pop, 'q')
o1.update({'a': 0}, f=6)
o1['a'] = 10
del o1['d']
print(o1, list(o1), len(o1))
rec = OrderedDict(k=1)
rec['self'] = rec
print(rec)
ok = OrderedDict(a=1, b=2)
print(sorted(ok.keys() & {'a', 'z'}), ok.keys() == {'b', 'a'}, sorted(ok.items() - {('a', 1)}), ok.values() == ok.values())
print(type(ok.keys()).__name__, type(ok.items()).__name__, 'a' in ok.keys(), ('a', 1) in ok.items(), 2 in ok.values(), len(ok.values()))
print(ok.keys().isdisjoint(['z']), sorted(ok.keys() | ['z']), sorted(ok.keys() ^ {'a'}), ok.keys() <= {'a', 'b', 'c'})

dd = defaultdict(list, {'a': [1]}, b=[2])
dd['c'].append(3)
print(dd, dd.default_factory, dd.get('zz'), 'zz' in dd, len(dd))
print(repr(defaultdict()), defaultdict(int), defaultdict(lambda: 0).default_factory is not None)
show(defaultdict, 5)
show(defaultdict, 'notcallable')
dd2 = dd.copy()
dd2['d'].append(4)
print(type(dd2).__name__, dd2.default_factory, sorted(dd2), sorted(dd), copy.deepcopy(dd) == dd)
dd3 = defaultdict(set)
dd3.default_factory = int
dd3['n'] += 5
print(dd3, dd3 | {'m': 1}, {'m': 1} | dd3, type({'m': 1} | dd3).__name__)
dn = defaultdict(None)
show(dn.__getitem__, 'k')
print(dn.setdefault('k', 1), dn, defaultdict(int, a=1) == {'a': 1})
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x'], dict(nested['x']))


class Missing(dict):
    def __missing__(self, key):
        return key.upper()


print(Missing(a=1)['b'], Missing(a=1)['a'])

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, len(cm), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print(cm['a'], cm['b'], cm.get('c'), cm.get('z', 'dflt'), 'a' in cm, 'z' in cm, bool(cm), bool(ChainMap()))
show(cm.__getitem__, 'z')
print(ChainMap(), ChainMap({}), ChainMap({}).maps, repr(ChainMap({1: 2}, {3: 4})))
cm['a'] = 100
cm['d'] = 4
print(over, base)
del cm['d']
show(cm.__delitem__, 'b0')
show(cm.__delitem__, 'a' if 'a' not in over else 'zz')
print(cm.pop('a'), cm.pop('zz', 'none'))
show(cm.pop, 'zz')
show(cm.pop, 'b0')
print(cm.popitem(), cm.popitem(), over)
show(cm.popitem)
show(ChainMap().popitem)
cm2 = ChainMap({'x': 1})
child = cm2.new_child()
child['x'] = 2
child2 = cm2.new_child({'y': 5}, z=9)
child3 = cm2.new_child(q=1)
print(child, child2, child3, child.parents, child.parents.parents, child['x'], cm2['x'])
print(cm2.copy(), copy.copy(cm2).maps[0] is not cm2.maps[0], ChainMap.fromkeys('ab', 0))
print(ChainMap({'a': 1}) == ChainMap({'a': 1}), ChainMap({'a': 1}, {'a': 2}) == {'a': 1})
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})), ChainMap({'a': 1}) | {'b': 2}, cm2.setdefault('k', 7), cm2)
cm2 |= {'w': 0}
cm2.update({'v': 1}, u=2)
print(cm2, sorted(cm2))
cm2.clear()
print(cm2)
kv = ChainMap({'a': 1}, {'b': 2})
k = kv.keys()
print(k, kv.items(), kv.values(), 'a' in k, len(k), k == {'a', 'b'}, sorted(k & {'a'}), sorted(k | {'z'}), sorted(k - {'a'}))
print(sorted(k ^ {'a', 'q'}), k.isdisjoint({'q'}), kv.items() == {('a', 1), ('b', 2)}, ('a', 1) in kv.items(), ('a', 2) in kv.items())
print(1 in kv.values(), 3 in kv.values(), kv.values() == kv.values(), list(kv.items()), {'z': 0} | kv, ChainMap({'a': 1}) == {'a': 1}, ChainMap() == 5)
r = ChainMap()
r.maps[0]['me'] = r
print(r)

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, ud.data, len(ud), list(ud), 'a' in ud, ud.get('z'), ud.get('a'), ud == {'a': 1, 'b': 2, 'c': 3})
show(ud.__getitem__, 'z')
print(ud.pop('a'), ud.pop('z', None), ud.popitem(), ud.setdefault('n', 0), ud, ud.copy(), type(ud.copy()).__name__)
print(ud.keys(), ud.items(), ud.values(), ud | {'x': 1}, UserDict.fromkeys('ab'), sorted(ud.items()), list(ud.keys()), list(ud.values()))
show(ud.pop, 'z')
ud.clear()
show(ud.popitem)
print(ud, isinstance(ud, dict), UserDict() == UserDict())


class Defaulting(UserDict):
    def __missing__(self, key):
        return f'<{key}>'


print(Defaulting(a=1)['zz'], Defaulting(a=1)['a'])


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


print(Lower({'A': 1, 'B': 2}, C=3))
lo = Lower(A=1)
lo.tag = 'x'
lc = lo.copy()
lc['Q'] = 2
print(type(lc).__name__, lc, lo, lc.tag, copy.copy(lo).data is lo.data, copy.copy(UserList([1])).data)

ul = UserList([3, 1, 2])
ul.append(0)
ul.extend([9, 8])
ul.insert(0, 7)
print(ul, ul.data, len(ul), ul[0], ul[-1], ul[1:3], type(ul[1:3]).__name__, 5 in ul, ul.count(1), ul.index(9))
ul.sort()
print(ul, ul.pop(), ul.pop(0), ul)
ul.reverse()
ul.remove(3)
print(ul, ul + [1], [1] + list(ul), ul * 2, ul == [8, 2, 1, 0], ul < [9], ul > UserList([1]))
ul += (5, 6)
ul[0] = 'first'
del ul[1]
print(ul, ul.copy(), type(ul.copy()).__name__, UserList(), UserList('ab'), UserList(UserList([1])))
show(ul.remove, 'missing')
show(ul.index, 'missing')
ul.clear()
print(ul, bool(ul), bool(UserList([0])))
