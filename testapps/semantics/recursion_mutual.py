# Mutual recursion, RecursionError caught at depth and the program recovering afterwards.
import sys


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(i) for i in range(6)], is_odd(301))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)

# still usable after recovering
print(is_even(100))


def ping(n):
    return pong(n)


def pong(n):
    return ping(n)


try:
    ping(0)
except RecursionError as e:
    print("mutual", type(e).__name__)


class Node:
    def __init__(self, child=None):
        self.child = child

    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)


n = None
for _ in range(50):
    n = Node(n)
print(n.depth())


class SelfRepr:
    def __repr__(self):
        return repr(self)


try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr", type(e).__name__)

count = 0


def counted():
    global count
    count += 1
    counted()


try:
    counted()
except RecursionError:
    print("deep enough", count > 500)

old = sys.getrecursionlimit()
print(old >= 1000)


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


print(hanoi(3, "A", "B", "C", []))
