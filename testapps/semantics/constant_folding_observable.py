# CPython 3.11 folds constant expressions at compile time (within size limits, never an operation
# that raises). It shows in a set display's order (built from a frozenset constant when every item
# is a constant after folding) and in the identity of folded tuples and numbers.

# Set displays whose items fold: CPython builds them from a frozenset constant.
print({-1, -2, 2**31 - 2})
print({1 << 40, 3 * 7, 5})
print(list({2**40 + 1, 2**33, 17, 2**35 - 3, -(2**34)}))
print({(1, -2), (3 * 4, 5), (0, 0)})
print(list({10**12, 10**11, 10**10, 7, 99}))
print(list({True + 40, 8 // 3, 17 % 5, 2**-1, 3.5 * 2}))
print(list({'a' * 3, 'b' + 'c', 'dd'}))
print(list({b'x' * 2, b'y' + b'z', b'q'}))
print(list({1 + 2j, 3 - 1j, 2j * 2}))
print(list({~5, -(-7), +3, not 0}))

# Items that do not fold (too big, or raising) keep the one-by-one order, like CPython's BUILD_SET.
print(list({1 << 200, 2**129, 3, 2**64}))
print(list({2**100 * 2**100, 5, 6}))
x = 4
print(list({x, 2**40 + 1, 2**33, 17}))

# Folded values are shared constants: the same object at each evaluation.
def pair():
    return (1, 2 + 3, ('a', 'b' * 2))

def big():
    return 2**100 - 1

def frac():
    return 7 / 2

print(pair() is pair(), pair())
print(big() is big(), big())
print(frac())

# Operations that raise are not folded: they raise at run time, where they are.
for label, f in [("div", lambda: 1 // 0), ("mod", lambda: 5 % 0), ("shift", lambda: 1 << -1),
                 ("neg", lambda: -'a'), ("mul", lambda: 'ab' * 'c'), ("fmt", lambda: 'a%d' % 'x'),
                 ("pow", lambda: 0 ** -1), ("inv", lambda: ~1.5)]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# Results past CPython's limits still compute right at run time.
print(len('ab' * 3000), len((1, 2) * 200), (1,) * 0, 'x' * -2, 2**300 % 1000, (1 << 130) >> 129)
print(0.1 + 0.2, 1 / 3, 2**-3, 1e308 * 10, -0.0 * 1, (-0.0, 0.0), 1 + 2j, -(1 + 2j), 2j * 2)
print(True & False, True | False, True ^ True, True + True, ~True, -True, 3 / 4)
