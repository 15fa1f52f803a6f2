import itertools as it

try:
    print("islice 1", repr(it.islice([1])))
except Exception as e:
    print("islice 1", type(e).__name__, e)
try:
    print("islice stop -1", repr(it.islice([1], -1)))
except Exception as e:
    print("islice stop -1", type(e).__name__, e)
try:
    print("islice 1,-1", repr(it.islice([1], 1, -1)))
except Exception as e:
    print("islice 1,-1", type(e).__name__, e)
try:
    print("islice 0,-5", repr(it.islice([1], 0, -5)))
except Exception as e:
    print("islice 0,-5", type(e).__name__, e)
try:
    print("islice -1,5", repr(it.islice([1], -1, 5)))
except Exception as e:
    print("islice -1,5", type(e).__name__, e)
try:
    print("islice step 0", repr(it.islice([1], 0, 1, 0)))
except Exception as e:
    print("islice step 0", type(e).__name__, e)
try:
    print("islice str", repr(it.islice([1], "a")))
except Exception as e:
    print("islice str", type(e).__name__, e)
try:
    print("islice kw", repr(it.islice([1], stop=1)))
except Exception as e:
    print("islice kw", type(e).__name__, e)
try:
    print("count str", repr(it.count("a")))
except Exception as e:
    print("count str", type(e).__name__, e)
try:
    print("count 3 args", repr(it.count(1, 2, 3)))
except Exception as e:
    print("count 3 args", type(e).__name__, e)
try:
    print("repeat()", repr(it.repeat()))
except Exception as e:
    print("repeat()", type(e).__name__, e)
try:
    print("repeat times str", repr(it.repeat(1, "a")))
except Exception as e:
    print("repeat times str", type(e).__name__, e)
try:
    print("chain(1)", repr(list(it.chain(1))))
except Exception as e:
    print("chain(1)", type(e).__name__, e)
try:
    print("cycle()", repr(it.cycle()))
except Exception as e:
    print("cycle()", type(e).__name__, e)
try:
    print("cycle(5)", repr(it.cycle(5)))
except Exception as e:
    print("cycle(5)", type(e).__name__, e)
try:
    print("tee -1", repr(it.tee([1], -1)))
except Exception as e:
    print("tee -1", type(e).__name__, e)
try:
    print("accumulate()", repr(it.accumulate()))
except Exception as e:
    print("accumulate()", type(e).__name__, e)
try:
    print("starmap 1", repr(it.starmap(pow)))
except Exception as e:
    print("starmap 1", type(e).__name__, e)
try:
    print("starmap non-iter", repr(list(it.starmap(pow, [1]))))
except Exception as e:
    print("starmap non-iter", type(e).__name__, e)
try:
    print("groupby()", repr(it.groupby()))
except Exception as e:
    print("groupby()", type(e).__name__, e)
try:
    print("zip_longest(1)", repr(it.zip_longest(1)))
except Exception as e:
    print("zip_longest(1)", type(e).__name__, e)
try:
    print("zip_longest kw", repr(it.zip_longest([1], fill=1)))
except Exception as e:
    print("zip_longest kw", type(e).__name__, e)
try:
    print("pairwise(1)", repr(it.pairwise(1)))
except Exception as e:
    print("pairwise(1)", type(e).__name__, e)
try:
    print("compress 1", repr(it.compress([1])))
except Exception as e:
    print("compress 1", type(e).__name__, e)
try:
    print("takewhile 1", repr(it.takewhile(None)))
except Exception as e:
    print("takewhile 1", type(e).__name__, e)
try:
    print("product kw", repr(it.product([1], times=2)))
except Exception as e:
    print("product kw", type(e).__name__, e)
try:
    print("permutations()", repr(it.permutations()))
except Exception as e:
    print("permutations()", type(e).__name__, e)
