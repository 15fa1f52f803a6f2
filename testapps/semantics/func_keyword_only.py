# Keyword-only parameters after * and *args, required and defaulted, with error messages.
def f(a, *, key, flag=False):
    return a, key, flag


print(f(1, key=2), f(1, flag=True, key=0), f(a=1, key=3))
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, key=3), lambda: f(key=1), lambda: f(1, key=1, other=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


def g(*args, sep="-", end):
    return sep.join(map(str, args)) + end


print(g(1, 2, 3, end="!"), g(end="."), g("a", sep="+", end=""))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


def many(*, a, b, c=3, d):
    return a, b, c, d


try:
    many()
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(many(d=4, b=2, a=1), many.__kwdefaults__)


def two_req(a, b, c):
    return a


for call in [lambda: two_req(), lambda: two_req(1), lambda: two_req(1, 2), lambda: two_req(1, 2, 3, 4), lambda: two_req(1, 2, c=3, a=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
