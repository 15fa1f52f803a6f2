from collections import deque

try:
    print("pop empty", repr(deque().pop()))
except Exception as e:
    print("pop empty", type(e).__name__, e)
try:
    print("popleft empty", repr(deque().popleft()))
except Exception as e:
    print("popleft empty", type(e).__name__, e)
try:
    print("index empty", repr(deque()[0]))
except Exception as e:
    print("index empty", type(e).__name__, e)
try:
    print("index big", repr(deque([1, 2])[5]))
except Exception as e:
    print("index big", type(e).__name__, e)
try:
    print("index neg", repr(deque([1, 2])[-3]))
except Exception as e:
    print("index neg", type(e).__name__, e)
try:
    print("remove missing", repr(deque([1]).remove(2)))
except Exception as e:
    print("remove missing", type(e).__name__, e)
try:
    print("index missing", repr(deque([1, 2]).index(3)))
except Exception as e:
    print("index missing", type(e).__name__, e)
try:
    print("maxlen neg", repr(deque([1], maxlen=-1)))
except Exception as e:
    print("maxlen neg", type(e).__name__, e)
try:
    print("not iterable", repr(deque(1)))
except Exception as e:
    print("not iterable", type(e).__name__, e)
try:
    print("insert full", repr(deque([1, 2], 2).insert(0, 1)))
except Exception as e:
    print("insert full", type(e).__name__, e)
try:
    print("str index", repr(deque([1])["a"]))
except Exception as e:
    print("str index", type(e).__name__, e)
try:
    print("rotate str", repr(deque([1, 2, 3]).rotate("a")))
except Exception as e:
    print("rotate str", type(e).__name__, e)
try:
    print("maxlen str", repr(deque(maxlen="a")))
except Exception as e:
    print("maxlen str", type(e).__name__, e)
try:
    print("add list", repr(deque([1]) + [2]))
except Exception as e:
    print("add list", type(e).__name__, e)
try:
    print("index range", repr(deque([1, 2, 3, 2]).index(2, 2)))
except Exception as e:
    print("index range", type(e).__name__, e)
try:
    print("index range 2", repr(deque([1, 2, 3]).index(1, 1, 3)))
except Exception as e:
    print("index range 2", type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
