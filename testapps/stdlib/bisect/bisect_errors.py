import bisect

try:
    print("missing x", repr(bisect.bisect_left([1])))
except Exception as e:
    print("missing x", type(e).__name__, e)
try:
    print("too many", repr(bisect.bisect_left([1], 1, 2, 3, 4)))
except Exception as e:
    print("too many", type(e).__name__, e)
try:
    print("lo<0", repr(bisect.bisect_left([1], 1, -1)))
except Exception as e:
    print("lo<0", type(e).__name__, e)
try:
    print("None", repr(bisect.bisect_left(None, 1)))
except Exception as e:
    print("None", type(e).__name__, e)
try:
    print("bad kw", repr(bisect.bisect_left([1], 1, foo=1)))
except Exception as e:
    print("bad kw", type(e).__name__, e)
try:
    print("insort None", repr(bisect.insort(None, 1)))
except Exception as e:
    print("insort None", type(e).__name__, e)
try:
    print("mixed", repr(bisect.bisect([1, "a"], 2)))
except Exception as e:
    print("mixed", type(e).__name__, e)
try:
    print("lo str", repr(bisect.bisect_left([1, 2], 1, "a")))
except Exception as e:
    print("lo str", type(e).__name__, e)
try:
    print("hi big", repr(bisect.bisect_left([1, 2], 1, hi=10)))
except Exception as e:
    print("hi big", type(e).__name__, e)
try:
    print("insort tuple", repr(bisect.insort((1, 2), 1)))
except Exception as e:
    print("insort tuple", type(e).__name__, e)
try:
    print("dup", repr(bisect.bisect_right([1], 1, 0, lo=0)))
except Exception as e:
    print("dup", type(e).__name__, e)
try:
    print("hi=-1", repr(bisect.bisect_right([1, 2, 3], 2, 0, -1)))
except Exception as e:
    print("hi=-1", type(e).__name__, e)
try:
    print("hi=None", repr(bisect.bisect_right([1, 2, 3], 2, 0, None)))
except Exception as e:
    print("hi=None", type(e).__name__, e)
