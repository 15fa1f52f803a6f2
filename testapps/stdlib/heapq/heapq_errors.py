import heapq

try:
    print("push 1 arg", repr(heapq.heappush([])))
except Exception as e:
    print("push 1 arg", type(e).__name__, e)
try:
    print("push None", repr(heapq.heappush(None, 1)))
except Exception as e:
    print("push None", type(e).__name__, e)
try:
    print("pop empty", repr(heapq.heappop([])))
except Exception as e:
    print("pop empty", type(e).__name__, e)
try:
    print("replace empty", repr(heapq.heapreplace([], 1)))
except Exception as e:
    print("replace empty", type(e).__name__, e)
try:
    print("heapify None", repr(heapq.heapify(None)))
except Exception as e:
    print("heapify None", type(e).__name__, e)
try:
    print("pop tuple", repr(heapq.heappop((1,))))
except Exception as e:
    print("pop tuple", type(e).__name__, e)
try:
    print("pop none", repr(heapq.heappop()))
except Exception as e:
    print("pop none", type(e).__name__, e)
try:
    print("nlargest 1 arg", repr(heapq.nlargest(2)))
except Exception as e:
    print("nlargest 1 arg", type(e).__name__, e)
try:
    print("mixed", repr(heapq.heappush([1], "a")))
except Exception as e:
    print("mixed", type(e).__name__, e)
try:
    print("nsmallest str n", repr(heapq.nsmallest("2", [1])))
except Exception as e:
    print("nsmallest str n", type(e).__name__, e)
try:
    print("merge kw", repr(list(heapq.merge([1], foo=1))))
except Exception as e:
    print("merge kw", type(e).__name__, e)
try:
    print("merge mixed", repr(list(heapq.merge([1], ["a"]))))
except Exception as e:
    print("merge mixed", type(e).__name__, e)
try:
    print("heapify dict", repr(heapq.heapify({})))
except Exception as e:
    print("heapify dict", type(e).__name__, e)
