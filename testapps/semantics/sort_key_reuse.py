# Keyed sorts of big lists one after another (the runtime reuses an array between them): results,
# stability, reverse, a key that raises midway, a key that sorts another list, and a list changed
# by its own key function.
data = [(i * 7919) % 10007 for i in range(20000)]
a = sorted(data, key=lambda v: -v)
b = sorted(data, key=lambda v: v % 100)
c = sorted(a, key=lambda v: (v % 10, v), reverse=True)
print(a[:5], a[-5:], b[:5], b[-5:], c[:5], c[-3:])
lst = list(data)
lst.sort(key=lambda v: v % 1000)
print(lst[:5], lst[-5:], len(lst))
lst.sort(key=lambda v: v)
print(lst[:5], lst[-5:], len(lst), lst == sorted(data))
calls = 0
def bad(v):
    global calls
    calls += 1
    if calls == 15000:
        raise ValueError("key failed at %d" % v)
    return v
try:
    data.sort(key=bad)
except Exception as e:
    print(type(e).__name__, e)
print(data[:5], len(data))
inner = []
def nested(v):
    if v == data[100]:
        inner.extend(sorted(data[:15000], key=lambda w: -w)[:3])
    return -v
d = sorted(data, key=nested)
print(d[:3], inner)
victim = list(range(12000))
def meddle(v):
    if v == 5:
        victim.append(1)
    return -v
try:
    victim.sort(key=meddle)
except Exception as e:
    print(type(e).__name__, e)
print(len(victim), victim[:3])
print(sorted(range(30000), key=lambda v: v % 3)[:4], sorted(d, key=str)[:3])
