# Dict views' set operators iterate whatever operand they get: a non-iterable one is a TypeError, never NotImplemented.
k = {1: 2}.keys()
for f in (lambda: k & 5, lambda: k | None, lambda: 5 - k, lambda: k ^ 1.5, lambda: {}.values() & {1}, lambda: k.__and__(5), lambda: k.__rsub__(3), lambda: k == 5, lambda: k <= 5):
    try: print(f())
    except TypeError as e: print('TypeError', e)
class R:
    def __rand__(self, o): return 'rand'
    def __sub__(self, o): return NotImplemented
for f in (lambda: k & R(), lambda: R() - k, lambda: [3] | k, lambda: k - (1,), lambda: {(1, 2)} ^ {1: 2}.items(), lambda: k & iter([1, 9])):
    try: print(f())
    except TypeError as e: print('TypeError', e)
