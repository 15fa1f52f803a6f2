# reprlib.Repr with its default limits, and reprlib.repr.
import reprlib
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(r.repr(list(range(10))), r.repr(tuple(range(3))), r.repr((1,)), r.repr([]), r.repr(()))
print(r.repr(set()), r.repr({3, 1, 2, 5, 4, 9, 8, 7}), r.repr(frozenset({2, 1})), r.repr(frozenset()))
print(r.repr({"b": 1, "a": [1, [2, [3, [4, [5, [6, [7]]]]]]], "c": 3, "d": 4, "e": 5}), r.repr({}))
print(r.repr("x" * 100), r.repr("short"), r.repr(2 ** 200), r.repr(-(10 ** 50)))
print(r.repr(deque(range(9))), r.repr(deque()))
print(r.repr([[[[[[[[1]]]]]]]]), r.repr(((((((((1,),),),),),),),)))
print(r.repr({1, "a", None}) in ("{1, 'a', None}", "{1, None, 'a'}", "{'a', 1, None}", "{'a', None, 1}", "{None, 1, 'a'}", "{None, 'a', 1}"))
print(r.repr(b"y" * 100), r.repr(1.5), r.repr(None), r.repr(range(3)))
print(reprlib.repr("z" * 40), reprlib.aRepr.maxlist, reprlib.repr(list(range(100))))


class Long:
    def __repr__(self):
        return "L" * 50


print(r.repr(Long()), r.repr([Long()]))
print(r.repr("it's \"quoted\" " * 5))
